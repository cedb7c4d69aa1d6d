#include "actor_linking.h"

#include <algorithm>
#include <array>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "chars.h"
#include "gazetteer.h"

namespace newsmark {
namespace {

// Coarse classes the mentions of one actor vote on; country and place are
// one class (the gazetteer decides between them afterwards).
enum Class { kPersonClass, kOrganizationClass, kMediaClass, kLocationClass, kGroupClass, kClassCount };

Class class_of(ActorKind kind) {
  switch (kind) {
    case ActorKind::person: return kPersonClass;
    case ActorKind::organization: return kOrganizationClass;
    case ActorKind::media: return kMediaClass;
    case ActorKind::country:
    case ActorKind::place: return kLocationClass;
    case ActorKind::group: return kGroupClass;
  }
  return kOrganizationClass;
}

struct Cluster {
  std::vector<std::size_t> members;  // indexes into the mentions
  std::array<int, kClassCount> votes{};
};

// Lookup key of a mention: lower case, without a leading "the".
std::string mention_key(const Document& doc, const ActorMention& m) {
  std::uint32_t first = m.first;
  if (m.last - first > 1 && lowercase(doc.str(doc.tokens[first])) == "the") ++first;
  return gazetteer_key(doc, first, m.last);
}

bool is_name_word(const Token& t) { return t.type == TokenType::word && (t.has(kCapitalized) || t.has(kAllCaps)); }

// A person's name that opens with a lower-case word: a particle ("de Blasio",
// "van Gaal"), or a word the tagger took in ("off-spinner Such").
bool starts_with_particle(const Document& doc, const ActorMention& m) {
  const Token& first = doc.tokens[m.first];
  return first.type == TokenType::word && !first.has(kCapitalized) && !first.has(kAllCaps);
}

// Reporting words after a mention ("X said") or before it ("according to X")
// make it a source, which counts for the panel ranking.
bool is_source(const Document& doc, const ActorMention& m) {
  static const std::array<std::string_view, 16> kAfter = {
      "said", "says", "told", "announced", "claimed", "added", "stated", "reported",
      "wrote", "noted", "confirmed", "denied", "warned", "argued", "insisted", "tweeted"};
  for (std::uint32_t i = m.last; i < doc.tokens.size() && i < m.last + 2; ++i) {
    const std::string word = lowercase(doc.str(doc.tokens[i]));
    if (std::find(kAfter.begin(), kAfter.end(), word) != kAfter.end()) return true;
    if (doc.tokens[i].type != TokenType::punct && !doc.tokens[i].has(kPossessive)) break;
  }
  if (m.first >= 1 && lowercase(doc.str(doc.tokens[m.first - 1])) == "per") return true;
  return m.first >= 2 && lowercase(doc.str(doc.tokens[m.first - 1])) == "to" &&
         lowercase(doc.str(doc.tokens[m.first - 2])) == "according";
}

double prominence_of(const Document& doc, const std::vector<ActorMention>& mentions, const Cluster& c) {
  const double length = doc.text.empty() ? 1.0 : static_cast<double>(doc.text.size());
  double score = 0;
  std::uint32_t first_start = mentions[c.members.front()].span.start;
  for (const std::size_t k : c.members) {
    const ActorMention& m = mentions[k];
    first_start = std::min(first_start, m.span.start);
    score += 1.0;
    if (is_source(doc, m)) score += 1.5;
  }
  score += 2.0 * (1.0 - first_start / length);  // named early: the story is about it
  return score;
}

// "Ajmi Lourimi" read as an organisation, "Lourimi" alone only ever as a
// person: a name of plain capitalised words whose last word stands alone as a
// person, and as nothing else, is that person's full name.
void read_full_names_of_people(const Document& doc, std::vector<ActorMention>& mentions) {
  std::unordered_map<std::string_view, bool> alone_as_person;  // word → never read otherwise
  for (const ActorMention& m : mentions) {
    if (!m.from_tagger || m.last - m.first != 1) continue;
    const auto [it, added] = alone_as_person.emplace(doc.str(doc.tokens[m.first]), m.kind == ActorKind::person);
    if (!added) it->second = it->second && m.kind == ActorKind::person;
  }
  if (alone_as_person.empty()) return;
  for (ActorMention& m : mentions) {
    if (m.kind != ActorKind::organization || !m.from_tagger || m.last - m.first < 2 || m.last - m.first > 3) continue;
    const auto alone = alone_as_person.find(doc.str(doc.tokens[m.last - 1]));
    if (alone == alone_as_person.end() || !alone->second) continue;
    bool plain = true;
    for (std::uint32_t i = m.first; i < m.last && plain; ++i) {
      const Token& t = doc.tokens[i];
      plain = t.type == TokenType::word && t.has(kCapitalized) && !t.has(kAllCaps) &&
              !(gazetteer_kinds(gazetteer_key(doc, i, i + 1)) &
                (kGazOrganizationWord | kGazOrganizationBody | kGazMedia | kGazCountry | kGazDemonym));
    }
    if (plain) m.kind = ActorKind::person;
  }
}

}  // namespace

std::string name_initials(const Document& doc, std::uint32_t first, std::uint32_t last) {
  std::string initials;
  for (std::uint32_t i = first; i < last; ++i) {
    const Token& t = doc.tokens[i];
    if (t.type != TokenType::word) continue;
    const std::string word = lowercase(doc.str(t));
    if (word == "of" || word == "the" || word == "and" || word == "for" || word == "'s" || word == "’s") continue;
    const char c = doc.str(t)[0];
    if (c >= 'a' && c <= 'z') initials.push_back(static_cast<char>(c - 32));
    else if (c >= 'A' && c <= 'Z') initials.push_back(c);
    else return "";
  }
  return initials;
}

std::vector<Actor> link_mentions(const Document& doc, std::vector<ActorMention> mentions) {
  std::sort(mentions.begin(), mentions.end(),
            [](const ActorMention& a, const ActorMention& b) { return a.span < b.span; });
  read_full_names_of_people(doc, mentions);
  std::vector<Cluster> clusters;
  std::unordered_map<std::string, std::size_t> by_key;
  std::vector<std::string> keys(mentions.size());
  for (std::size_t k = 0; k < mentions.size(); ++k) keys[k] = mention_key(doc, mentions[k]);

  // `votes`: false when the mention joins by a person's name part, which the
  // full name has already decided the kind of.
  auto join = [&](std::size_t k, std::size_t cluster, bool votes = true) {
    clusters[cluster].members.push_back(k);
    const ActorMention& m = mentions[k];
    if (votes) clusters[cluster].votes[class_of(m.kind)] += m.propagated ? 0 : (m.from_tagger ? 1 : 2);
    by_key.emplace(keys[k], cluster);
  };
  auto create = [&](std::size_t k) {
    clusters.emplace_back();
    join(k, clusters.size() - 1);
  };

  // Full names first, so that a surname earlier in the text (a headline)
  // still finds its person; the longer ones first, so that "Suu Kyi" finds
  // "Aung San Suu Kyi".
  auto is_full_name = [&](const ActorMention& m) {
    return m.kind == ActorKind::person && m.last - m.first >= 2 && !starts_with_particle(doc, m);
  };
  for (std::size_t k = 0; k < mentions.size(); ++k) {
    const ActorMention& m = mentions[k];
    if (!is_full_name(m) || m.last - m.first < 3) continue;
    const auto it = by_key.find(keys[k]);
    if (it != by_key.end()) {
      join(k, it->second);
    } else {
      create(k);
    }
  }
  // Their last words, as a name of their own ("Suu Kyi"): the longer name decides the kind.
  std::unordered_map<std::string, std::size_t> people_by_last_words;
  for (std::size_t cluster = 0; cluster < clusters.size(); ++cluster) {
    for (const std::size_t k : clusters[cluster].members) {
      for (std::uint32_t from = mentions[k].first + 1; from + 1 < mentions[k].last; ++from) {
        people_by_last_words.emplace(gazetteer_key(doc, from, mentions[k].last), cluster);
      }
    }
  }
  std::unordered_set<std::string> name_part_keys;
  for (std::size_t k = 0; k < mentions.size(); ++k) {
    const ActorMention& m = mentions[k];
    if (!is_full_name(m) || m.last - m.first != 2) continue;
    const auto it = by_key.find(keys[k]);
    const auto longer = people_by_last_words.find(keys[k]);
    if (it != by_key.end()) {
      join(k, it->second, name_part_keys.count(keys[k]) == 0);
    } else if (longer != people_by_last_words.end()) {
      join(k, longer->second, false);
      name_part_keys.insert(keys[k]);
    } else {
      create(k);
    }
  }
  std::vector<bool> placed(mentions.size(), false);
  for (const Cluster& c : clusters) {
    for (const std::size_t k : c.members) placed[k] = true;
  }

  // A single name word joins the person whose first or last name it is. When
  // two people share it ("Hori Parata", "Robert Parata"), "Parata" is the one
  // named last before it (before both, the first one named).
  std::unordered_map<std::string_view, std::vector<std::pair<std::uint32_t, std::size_t>>> people_by_part;
  for (std::size_t k = 0; k < mentions.size(); ++k) {
    if (!placed[k]) continue;
    const ActorMention& full = mentions[k];
    const std::size_t cluster = by_key.at(keys[k]);
    for (const std::uint32_t part : {full.first, full.last - 1}) {
      people_by_part[doc.str(doc.tokens[part])].emplace_back(full.span.start, cluster);  // in text order
    }
  }
  auto person_named = [&](std::string_view part, std::uint32_t at) -> std::optional<std::size_t> {
    const auto it = people_by_part.find(part);
    if (it == people_by_part.end()) return std::nullopt;
    std::size_t chosen = it->second.front().second;
    for (const auto& [start, cluster] : it->second) {
      if (start >= at) break;
      chosen = cluster;
    }
    return chosen;
  };
  // An acronym joins the organisation whose initials it spells; the first
  // name with those initials wins.
  std::unordered_map<std::string, std::size_t> cluster_by_initials;
  // "The Chronicle" joins the outlet named "San Francisco Chronicle" before it.
  std::unordered_map<std::string_view, std::size_t> outlet_by_last_word;
  // "Wells" joins "Wells Fargo", "Goldman" joins "Goldman Sachs": the first
  // word of a well-known organisation's name named before it.
  std::unordered_map<std::string_view, std::size_t> organization_by_first_word;
  auto note_initials = [&](std::size_t k, std::size_t cluster) {
    const ActorMention& m = mentions[k];
    if (m.last - m.first >= 2 && m.kind == ActorKind::organization &&
        (gazetteer_kinds(gazetteer_key(doc, m.first, m.last)) & kGazPlatform)) {
      organization_by_first_word.emplace(doc.str(doc.tokens[m.first]), cluster);
    }
    if (m.last - m.first >= 2 && m.kind != ActorKind::person) {
      const std::string initials = name_initials(doc, m.first, m.last);
      if (initials.size() >= 2) cluster_by_initials.emplace(initials, cluster);
    }
    if (m.last - m.first >= 2 && m.kind == ActorKind::media) {
      outlet_by_last_word.emplace(doc.str(doc.tokens[m.last - 1]), cluster);
    }
  };

  // Keys that are a person's name part (name_part_keys): the full name
  // decides their kind, so the tagger's reading of "Parata" alone does not vote.
  for (std::size_t k = 0; k < mentions.size(); ++k) {
    if (placed[k]) continue;
    const ActorMention& m = mentions[k];
    const auto it = by_key.find(keys[k]);
    if (it != by_key.end()) {
      join(k, it->second, name_part_keys.count(keys[k]) == 0);
      note_initials(k, it->second);
      continue;
    }
    // "de Blasio" after "Bill de Blasio": the surname with its particle.
    if (m.kind == ActorKind::person && m.last - m.first >= 2 && starts_with_particle(doc, m)) {
      if (const auto person = person_named(doc.str(doc.tokens[m.last - 1]), m.span.start)) {
        join(k, *person, false);
        name_part_keys.insert(keys[k]);
        continue;
      }
    }
    if (m.last - m.first == 1 && is_name_word(doc.tokens[m.first]) && m.kind != ActorKind::group) {
      const std::string_view word = doc.str(doc.tokens[m.first]);
      if (const auto person = person_named(word, m.span.start)) {
        join(k, *person, false);
        name_part_keys.insert(keys[k]);
        continue;
      }
      const auto named = cluster_by_initials.find(std::string(word));
      if (named != cluster_by_initials.end() && doc.tokens[m.first].has(kAllCaps)) {
        join(k, named->second);
        continue;
      }
      const auto organization = organization_by_first_word.find(word);
      if (organization != organization_by_first_word.end()) {
        join(k, organization->second, false);  // the full name decides the kind
        continue;
      }
      const auto outlet = outlet_by_last_word.find(word);
      if (m.kind == ActorKind::media && outlet != outlet_by_last_word.end()) {
        join(k, outlet->second);
        continue;
      }
    }
    create(k);
    note_initials(k, clusters.size() - 1);
  }

  std::vector<Actor> actors;
  actors.reserve(clusters.size());
  for (const Cluster& c : clusters) {
    // The class most mentions agree on; ties go to the first mention's class.
    Class best = class_of(mentions[c.members.front()].kind);
    for (int k = 0; k < kClassCount; ++k) {
      if (c.votes[k] > c.votes[best]) best = static_cast<Class>(k);
    }
    Actor actor;
    std::size_t longest = c.members.front();
    bool country = false;
    for (const std::size_t k : c.members) {
      const ActorMention& m = mentions[k];
      actor.mentions.push_back(m.span);
      if (m.span.end - m.span.start > mentions[longest].span.end - mentions[longest].span.start) longest = k;
      if (!actor.role && !m.role.empty()) actor.role = m.role;
      if (gazetteer_kinds(keys[k]) & kGazCountry) country = true;
    }
    switch (best) {
      case kPersonClass: actor.kind = ActorKind::person; break;
      case kOrganizationClass: actor.kind = ActorKind::organization; break;
      case kMediaClass: actor.kind = ActorKind::media; break;
      case kLocationClass: actor.kind = country ? ActorKind::country : ActorKind::place; break;
      case kGroupClass: actor.kind = ActorKind::group; break;
      default: break;
    }
    actor.name = std::string(doc.str(mentions[longest].span));
    std::sort(actor.mentions.begin(), actor.mentions.end());
    actor.prominence = prominence_of(doc, mentions, c);
    actors.push_back(std::move(actor));
  }
  std::stable_sort(actors.begin(), actors.end(), [](const Actor& a, const Actor& b) {
    if (a.prominence != b.prominence) return a.prominence > b.prominence;
    return a.mentions.front() < b.mentions.front();
  });
  return actors;
}

}  // namespace newsmark
