// The actor pipeline: the statistical tagger proposes entities; rules and
// lists fix what it cannot know (outlets, state bodies, acting groups,
// titles, span hygiene); linking turns mentions into ranked actors.
#include "actors.h"

#include <algorithm>
#include <iterator>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "actor_linking.h"
#include "actor_mention.h"
#include "chars.h"
#include "gazetteer.h"
#include "tagger.h"

namespace newsmark {
namespace {

bool is_word(const Token& t) { return t.type == TokenType::word && !t.has(kPossessive); }
bool is_capitalized(const Token& t) { return t.has(kCapitalized) || t.has(kAllCaps); }

bool is_the(const Document& doc, std::uint32_t i) {
  const std::string_view w = doc.str(doc.tokens[i]);
  return w == "the" || w == "The" || w == "THE";
}

ActorMention make_mention(const Document& doc, std::uint32_t first, std::uint32_t last, ActorKind kind,
                          bool from_tagger) {
  ActorMention m;
  m.first = first;
  m.last = last;
  m.span = {doc.tokens[first].span.start, doc.tokens[last - 1].span.end};
  m.kind = kind;
  m.from_tagger = from_tagger;
  return m;
}

// Phrases of one sentence found in the lists, indexed by the token they
// start and end at, so each lookup is constant time.
class SentenceLists {
 public:
  // `matches`: the sentence's list phrases (find_gazetteer_matches over it).
  SentenceLists(const Sentence& s, std::vector<GazetteerMatch> matches)
      : first_(s.first),
        matches_(std::move(matches)),
        starting_(s.last - s.first + 1, kNone),
        ending_(s.last - s.first + 1, kNone) {
    for (std::size_t k = 0; k < matches_.size(); ++k) {
      starting_[matches_[k].first - first_] = static_cast<std::uint32_t>(k);
      ending_[matches_[k].last - first_] = static_cast<std::uint32_t>(k);
    }
  }
  const std::vector<GazetteerMatch>& matches() const { return matches_; }

  // The title ending right before token `i` ("President" in "President Trump").
  const GazetteerMatch* title_before(std::uint32_t i) const { return title(ending_[i - first_]); }
  // The title starting at token `i`.
  const GazetteerMatch* title_at(std::uint32_t i) const { return title(starting_[i - first_]); }

 private:
  static constexpr std::uint32_t kNone = static_cast<std::uint32_t>(-1);
  const GazetteerMatch* title(std::uint32_t k) const {
    return k != kNone && (matches_[k].kinds & kGazTitle) ? &matches_[k] : nullptr;
  }

  std::uint32_t first_;
  std::vector<GazetteerMatch> matches_;
  std::vector<std::uint32_t> starting_, ending_;
};

// "the Chinese government", "China’s foreign ministry", "U.S. military" are
// organisations; "Chinese nationals", "North Korean troops" acting groups;
// "Russian military recruiters" a group, not the military.
void find_state_bodies_and_groups(const Document& doc, const std::vector<GazetteerMatch>& matches,
                                  std::vector<ActorMention>& out) {
  for (std::size_t k = 0; k + 1 < matches.size(); ++k) {
    const GazetteerMatch& who = matches[k];
    if (!(who.kinds & (kGazDemonym | kGazCountry | kGazCommunity)) || !is_capitalized(doc.tokens[who.first])) continue;
    // "an Islamic state", "a Chinese company": a kind of thing, not one actor.
    if (who.first > 0 && (doc.str(doc.tokens[who.first - 1]) == "a" || doc.str(doc.tokens[who.first - 1]) == "an")) {
      continue;
    }
    std::size_t next = k + 1;
    std::uint32_t gap = matches[next].first - who.last;
    const bool possessive = gap == 1 && doc.tokens[who.last].has(kPossessive) && (who.kinds & kGazCountry);
    if (gap != 0 && !possessive) continue;
    const GazetteerMatch& noun = matches[next];
    if (noun.kinds & kGazOrganizationBody) {
      const bool then_group = next + 1 < matches.size() && matches[next + 1].first == noun.last &&
                              (matches[next + 1].kinds & kGazGroupNoun);
      if (then_group) {
        out.push_back(make_mention(doc, who.first, matches[next + 1].last, ActorKind::group, false));
        k = next + 1;
      } else {
        // "the Romanian Ministry of Transport": a capitalised "of" phrase is part of the name.
        std::uint32_t last = noun.last;
        if (last + 1 < doc.tokens.size() && doc.str(doc.tokens[last]) == "of" && is_word(doc.tokens[last + 1]) &&
            is_capitalized(doc.tokens[last + 1]) && is_capitalized(doc.tokens[noun.first])) {
          last += 2;
          while (last < doc.tokens.size() && is_word(doc.tokens[last]) && is_capitalized(doc.tokens[last])) ++last;
        }
        out.push_back(make_mention(doc, who.first, last, ActorKind::organization, false));
        k = next;
        while (k + 1 < matches.size() && matches[k + 1].first < last) ++k;
      }
    } else if ((noun.kinds & kGazGroupNoun) && !possessive) {
      out.push_back(make_mention(doc, who.first, noun.last, ActorKind::group, false));
      k = next;
    }
  }
}

ActorKind kind_of(EntityType type, std::uint16_t kinds) {
  if (kinds & kGazMedia) return ActorKind::media;
  if (kinds & kGazPlatform) return ActorKind::organization;
  if (kinds & kGazGeographic) return ActorKind::place;
  if ((kinds & kGazCountry) && type == EntityType::organization) return ActorKind::country;
  switch (type) {
    case EntityType::person: return ActorKind::person;
    case EntityType::organization: return ActorKind::organization;
    case EntityType::location: return (kinds & kGazCountry) ? ActorKind::country : ActorKind::place;
    case EntityType::misc: break;
  }
  return ActorKind::group;
}

// Whether `word` is one of `words` (exact case).
template <std::size_t N>
bool listed(const std::string_view (&words)[N], std::string_view word) {
  return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

// The last word names a body that places are not called after ("Union",
// "Council"; not "Bank": "West Bank"). "Soviet Union" was a state.
bool ends_with_body_word(const Document& doc, std::uint32_t first, std::uint32_t last) {
  static constexpr std::string_view kBodyWords[] = {
      "Union",    "Council",   "Court",       "Commission", "Committee",    "Assembly",     "Parliament", "Ministry",
      "Agency",   "Authority", "Association", "Federation", "Organisation", "Organization", "Institute",  "Party",
      "Brotherhood", "Movement", "Front",     "Alliance",   "League",       "Coalition"};
  const std::string_view word = doc.str(doc.tokens[last - 1]);
  if (!listed(kBodyWords, word)) return false;
  return !(word == "Union" && doc.str(doc.tokens[first]) == "Soviet");
}

bool ends_with_place_word(const Document& doc, std::uint32_t last) {
  static constexpr std::string_view kPlaceWords[] = {
      "Island", "Islands", "Beach",  "Bay",    "River",  "Lake",     "Mountain", "Mountains",
      "Valley", "Coast",   "Harbour", "Harbor", "Peninsula", "Street", "Road",   "Avenue",
      "Square", "Bridge",  "Airport", "Station", "County", "Province", "District", "Desert",
      "Center", "Centre",  "Garden", "Gardens", "Museum", "Heights", "Stadium", "Arena", "Tower", "Plaza",
      "Monument"};
  const std::string_view word = doc.str(doc.tokens[last - 1]);
  return listed(kPlaceWords, word);
}

// "Far East", "Brent North Sea": no person's name holds a point of the compass.
bool names_a_direction(const Document& doc, std::uint32_t first, std::uint32_t last) {
  static constexpr std::string_view kDirections[] = {"North", "South", "East", "West", "Midwest",
                                                     "Northeast", "Northwest", "Southeast", "Southwest"};
  for (std::uint32_t i = first; i < last; ++i) {
    if (listed(kDirections, doc.str(doc.tokens[i]))) return true;
  }
  return false;
}

// "Houston Chronicle", "The Post": words newspapers are named with.
bool is_newspaper_word(std::string_view word) {
  static constexpr std::string_view kNewspaperWords[] = {
      "Chronicle", "Times",    "Post",     "Herald",    "Tribune", "Journal",  "Gazette",
      "Courier",   "Observer", "Telegraph", "Inquirer", "Examiner", "Dispatch", "Bulletin"};
  return listed(kNewspaperWords, word);
}

// "Lower Manhattan", "Greater Manchester": a part of a place, never a first name.
bool starts_with_place_part(const Document& doc, std::uint32_t first) {
  static constexpr std::string_view kParts[] = {
      "Lower", "Upper", "Greater", "Central", "Northern", "Southern", "Eastern", "Western", "Downtown", "Midtown"};
  const std::string_view word = doc.str(doc.tokens[first]);
  return listed(kParts, word);
}

// "State" in "Islamic State", "al-Sham" in "Hayat Tahrir al-Sham": the last
// word of a name has a capital letter ("an Islamic state" is no group).
bool written_as_name(const Document& doc, std::uint32_t i) {
  const std::string_view word = doc.str(doc.tokens[i]);
  return std::any_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// Whether token `i` is the first word of sentence `s` (after any quotation marks or dashes).
bool opens_sentence_at(const Document& doc, const Sentence& s, std::uint32_t i) {
  for (std::uint32_t k = s.first; k < i; ++k) {
    if (doc.tokens[k].type != TokenType::punct) return false;
  }
  return true;
}

// "If Wells Fargo's board ...", "Shares of Dell fell": a capitalised word
// that opens a sentence because it must, not because it starts a name.
bool opens_sentence(const Document& doc, const Sentence& s, std::uint32_t i) {
  static constexpr std::string_view kOpeners[] = {
      "A", "After", "Also", "Although", "An", "And", "As", "At", "Because", "Before", "Both", "But", "By", "Can",
      "Could", "Did", "Do", "Does", "Even", "For", "From", "Had", "Has", "Her", "His", "How", "If", "In", "Is",
      "Its", "Last", "Like", "Meanwhile", "Not", "Now", "On", "Once", "Only", "Our", "Shares", "Should", "Since",
      "So", "Still", "That", "The", "Their", "Then", "These", "This", "Those", "Though", "Under", "Unlike",
      "Until", "Was", "What", "When", "Where", "Whether", "While", "Why", "Will", "With", "Would", "Yet"};
  return opens_sentence_at(doc, s, i) && listed(kOpeners, doc.str(doc.tokens[i]));
}

bool is_pronoun(std::string_view word) {
  static constexpr std::string_view kPronouns[] = {
      "It",      "Its",     "He",      "She",      "They",      "We",       "You",      "I",
      "This",    "That",    "These",   "Those",    "Someone",   "Somebody", "Anyone",   "Anybody",
      "Everyone", "Everybody", "Nobody", "No-one", "There",     "Here"};
  return listed(kPronouns, word);
}

// "I’m" → "I", "We'll" → "We": the word before a contraction's apostrophe.
std::string_view before_contraction(std::string_view word) {
  const std::size_t straight = word.find('\'');
  const std::size_t curly = word.find("\xE2\x80\x99");  // ’
  const std::size_t apostrophe = std::min(straight, curly);
  return apostrophe == std::string_view::npos || apostrophe == 0 ? word : word.substr(0, apostrophe);
}

// Where the name after an honorific starts ("Trump" in "Mr. Trump", also
// written "Mr Trump"), or `i` itself when token `i` is no honorific.
std::uint32_t name_after_honorific(const Document& doc, std::uint32_t i, std::uint32_t end) {
  static constexpr std::string_view kHonorifics[] = {"Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Dr.", "Dr"};
  if (i >= end || !listed(kHonorifics, doc.str(doc.tokens[i]))) return i;
  const std::uint32_t next = i + 1 < end && doc.str(doc.tokens[i + 1]) == "." ? i + 2 : i + 1;
  return next < end && is_word(doc.tokens[next]) && is_capitalized(doc.tokens[next]) ? next : i;
}

// The lists' kinds of token `i` alone.
std::uint16_t word_kinds(const Document& doc, std::uint32_t i) { return gazetteer_kinds(gazetteer_key(doc, i, i + 1)); }

// A capitalised word that, as far as the lists know, can only be part of a
// person's name: a first name or a surname, or a word no list holds. Its
// kinds go to `kinds`.
bool is_plain_name_word(const Document& doc, std::uint32_t i, std::uint16_t* kinds = nullptr) {
  const Token& t = doc.tokens[i];
  if (!is_word(t) || !t.has(kCapitalized) || t.has(kAllCaps)) return false;
  const std::uint16_t found = word_kinds(doc, i);
  if (kinds != nullptr) *kinds = found;
  return (found & ~(kGazFirstName | kGazGivenName | kGazSurname)) == 0;
}

// "Kong-listed", "Kremlin-backed": a hyphen, then a lower-case word.
bool has_lower_case_suffix(std::string_view word) {
  const std::size_t hyphen = word.find('-');
  return hyphen != std::string_view::npos &&
         (hyphen + 1 == word.size() || !is_upper(static_cast<unsigned char>(word[hyphen + 1])));
}

// "Donald" in "Donald Trump": a first name from compromise's list.
bool is_given_name(const Document& doc, std::uint32_t i) {
  std::uint16_t kinds = 0;
  return is_plain_name_word(doc, i, &kinds) && (kinds & kGazGivenName);
}

// Where the place a title serves starts, when one comes right before the
// title at `title_first` ("Kharkiv" in "Kharkiv Mayor"); else `title_first`.
std::uint32_t place_before(const Document& doc, const Sentence& s, std::uint32_t title_first) {
  for (std::uint32_t words = 2; words >= 1; --words) {
    if (title_first < s.first + words) continue;
    const std::uint16_t kinds = gazetteer_kinds(gazetteer_key(doc, title_first - words, title_first));
    if ((kinds & (kGazCountry | kGazRegion | kGazCity)) && is_capitalized(doc.tokens[title_first - words])) {
      return title_first - words;
    }
  }
  return title_first;
}

// Cleans a tagged entity's edges and decides its kind. False when nothing
// worth a mention is left.
bool tidy_entity(const Document& doc, const SentenceLists& lists, const Sentence& s, TaggedEntity e,
                 ActorMention* out) {
  std::uint32_t first = e.first, last = e.last;
  while (first < last && !is_word(doc.tokens[first]) && doc.tokens[first].type != TokenType::number) ++first;
  while (last > first && !is_word(doc.tokens[last - 1]) && doc.tokens[last - 1].type != TokenType::number) --last;
  if (first == last) return false;
  if (last - first == 1 && is_pronoun(before_contraction(doc.str(doc.tokens[first])))) {
    return false;  // "Someone named ...", "It", "I’m"
  }
  // "Mr. Trump": whatever the tagger read, a name after an honorific is a person's.
  if (name_after_honorific(doc, first, last) != first ||
      (first > s.first && name_after_honorific(doc, first - 1, last) == first) ||
      (first > s.first + 1 && name_after_honorific(doc, first - 2, last) == first)) {
    e.type = EntityType::person;
  }
  // "opposition leader Aung San Suu Kyi": plain name words after a title are
  // a person's name, though the tagger read them as an organisation's or an event's.
  // Not after an adjective that is also a rank ("a major Hong Kong-listed company").
  const GazetteerMatch* title_before = first > s.first ? lists.title_before(first) : nullptr;
  if ((e.type == EntityType::misc || e.type == EntityType::organization) && last - first >= 2 &&
      title_before != nullptr) {
    static constexpr std::string_view kAdjectives[] = {"major", "general", "premier"};
    bool plain = !listed(kAdjectives, doc.str(doc.tokens[title_before->last - 1]));
    for (std::uint32_t i = first; i < last; ++i) {
      plain = plain && is_plain_name_word(doc, i) && !has_lower_case_suffix(doc.str(doc.tokens[i]));
    }
    if (plain) e.type = EntityType::person;
  }
  // "Jamie Werner of Ngātiwai": a person's name ends before "of" and where the person is from.
  if (e.type == EntityType::person) {
    for (std::uint32_t i = first + 1; i + 1 < last; ++i) {
      if (doc.str(doc.tokens[i]) == "of") {
        last = i;
        break;
      }
    }
  }
  // A leading title is a role, not part of the name: "President Zelenskyy",
  // also after the place it serves: "Kharkiv Mayor Ihor Terekhov" (the city
  // is then found on its own).
  std::string role;
  if (e.type == EntityType::person) {
    std::uint32_t title_first = first;
    for (std::uint32_t after_place = first + 1; after_place <= first + 2 && after_place < last; ++after_place) {
      if (lists.title_at(after_place) != nullptr && place_before(doc, s, after_place) == first) title_first = after_place;
    }
    const GazetteerMatch* title = lists.title_at(title_first);
    if (title != nullptr && title->last < last) {
      role = std::string(doc.str(Span{doc.tokens[first].span.start, doc.tokens[title->last - 1].span.end}));
      first = title->last;
    }
  }
  // "the" belongs to a name only when the lists say so ("The Guardian").
  const bool starts_with_the = is_the(doc, first) && last - first > 1;
  if (starts_with_the && !(gazetteer_kinds(gazetteer_key(doc, first, last)) & kGazMedia)) ++first;
  if (!starts_with_the && first > s.first && doc.str(doc.tokens[first - 1]) == "The" &&
      (gazetteer_kinds(gazetteer_key(doc, first - 1, last)) & kGazMedia)) {
    --first;
  }
  const std::uint16_t kinds = gazetteer_kinds(gazetteer_key(doc, first, last));
  // "Romanian Transport Minister Andrei Vlăsceanu": a nationality and a portfolio
  // before a title and a name belong to the role, not to an actor.
  if (e.type != EntityType::person && (word_kinds(doc, first) & kGazDemonym)) {
    const GazetteerMatch* title = lists.title_at(last);
    bool names_a_body = false;
    for (std::uint32_t i = first; i < last; ++i) {
      names_a_body = names_a_body ||
                     (word_kinds(doc, i) & (kGazOrganizationWord | kGazOrganizationBody));
    }
    if (title != nullptr && !names_a_body && title->last < s.last && is_word(doc.tokens[title->last]) &&
        is_capitalized(doc.tokens[title->last])) {
      return false;
    }
  }
  if ((kinds & (kGazMedia | kGazPlatform)) && written_as_name(doc, last - 1)) {
    // The list knows it; whatever the tagger said, it is an outlet or a platform.
  } else if (e.type == EntityType::misc || (kinds & (kGazDemonym | kGazCommunity))) {
    return false;  // events, laws, bare nationalities and faiths: not actors
  }
  ActorKind kind = kind_of(e.type, kinds);
  // "Kyiv" read as a person is the city (read as an organisation it may be a team).
  if (kind == ActorKind::person && (kinds & kGazCity)) kind = ActorKind::place;
  // "Stewart Island", "Ninety Mile Beach", "Lower Manhattan": no person is named after a kind or a part of a place.
  if (kind == ActorKind::person && last - first > 1 &&
      (ends_with_place_word(doc, last) || starts_with_place_part(doc, first))) {
    kind = ActorKind::place;
  }
  // "Donald Trump", "Salma Hayek": a first name, then a word no list knows, is
  // a person the tagger took for a place. Not "Victoria Falls", "Far East"
  // (kinds and parts of places), nor a line in capitals ("MYRTLE BEACH").
  if (kind == ActorKind::place && (last - first == 2 || last - first == 3) && kinds == 0 && is_given_name(doc, first) &&
      (word_kinds(doc, last - 1) & ~kGazSurname) == 0 && !ends_with_place_word(doc, last) &&
      !names_a_direction(doc, first, last) && !ends_with_body_word(doc, first, last)) {
    kind = ActorKind::person;
  }
  // "Nevada said": a state's name alone is no person's.
  if (kind == ActorKind::person && (kinds & kGazRegion)) kind = ActorKind::place;
  // "Obama", "Putin" alone: a well-known surname the tagger took for a place.
  if (kind == ActorKind::place && last - first == 1 && kinds == kGazSurname && !doc.tokens[first].has(kAllCaps)) {
    kind = ActorKind::person;
  }
  // "African Union", "Security Council": a place name before a body's word names the body.
  if (kind == ActorKind::place && last - first > 1 && !(kinds & kGazCountry) && ends_with_body_word(doc, first, last)) {
    kind = ActorKind::organization;
  }
  // "San Francisco Chronicle", and "Chronicle" in "The Chronicle says": a newspaper.
  if (kind != ActorKind::media && is_newspaper_word(doc.str(doc.tokens[last - 1])) &&
      (last - first > 1 || (first > s.first && doc.str(doc.tokens[first - 1]) == "The"))) {
    kind = ActorKind::media;
  }
  // "Muslim Brotherhood", "Acme Corp": nobody's name ends in a body's word.
  if (kind == ActorKind::person && last - first > 1 &&
      (ends_with_body_word(doc, first, last) ||
       (word_kinds(doc, last - 1) & kGazOrganizationWord))) {
    kind = ActorKind::organization;
  }
  *out = make_mention(doc, first, last, kind, true);
  if (role.empty() && out->kind == ActorKind::person) {
    if (const GazetteerMatch* title = lists.title_before(first)) {
      const std::uint32_t role_first = place_before(doc, s, title->first);
      role = std::string(doc.str(Span{doc.tokens[role_first].span.start, doc.tokens[title->last - 1].span.end}));
    }
  }
  out->role = std::move(role);
  return true;
}

// "Institute for the Study of War", "Council on Foreign Relations",
// "Committee to Protect Journalists": a body's name with its lower-case
// joints, which the tagger cuts into pieces. Returns one past its last token,
// or `i` when no such name starts at body word `i`.
std::uint32_t end_of_body_name(const Document& doc, const Sentence& s, std::uint32_t i) {
  static constexpr std::string_view kBodies[] = {
      "Institute", "Institution", "Center",   "Centre",     "Council",      "Committee",    "Commission",
      "Foundation", "Fund",       "Office",   "Agency",     "Association",  "Society",      "League",
      "Alliance",  "Coalition",   "Board",    "Bureau",     "Department",   "Ministry",     "Organization",
      "Organisation", "Federation", "Union",  "Court",      "University",   "College",      "Academy",
      "Authority", "Service",     "Movement", "Front",      "Party",        "Campaign",     "Project"};
  static constexpr std::string_view kJoints[] = {"for", "on", "of", "to", "and"};
  // "the Council on Tuesday": a day or a month after a joint is when, not a name.
  static constexpr std::string_view kWhen[] = {
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
      "April",  "May",     "June",      "July",     "August", "September", "October", "November", "December"};
  if (!is_word(doc.tokens[i]) || !listed(kBodies, doc.str(doc.tokens[i]))) return i;
  // Where another name starts: a title or a first name ("… Relations Executive Director Nihad Awad").
  auto starts_other_name = [&](std::uint32_t k) {
    return (word_kinds(doc, k) & kGazTitle) || is_given_name(doc, k);
  };
  // After "and", also an outlet, a country or a name in capitals ("… Politics and USA TODAY").
  auto starts_other_actor = [&](std::uint32_t k) {
    return starts_other_name(k) || doc.tokens[k].has(kAllCaps) ||
           (word_kinds(doc, k) & (kGazMedia | kGazCountry | kGazPlatform));
  };
  std::uint32_t end = i + 1;
  while (end + 1 < s.last && listed(kJoints, doc.str(doc.tokens[end]))) {
    const bool also = doc.str(doc.tokens[end]) == "and";
    // "and" joins inside a name's tail ("Office of Management and Budget"), not two names
    // ("Justice Department and FBI").
    if (also && end == i + 1) break;
    std::uint32_t k = end + 1;
    if (!also && k + 1 < s.last && doc.str(doc.tokens[k]) == "the") ++k;
    const std::uint32_t words = k;
    while (k < s.last && is_word(doc.tokens[k]) && doc.tokens[k].has(kCapitalized) &&
           !listed(kWhen, doc.str(doc.tokens[k])) && !(k > words && starts_other_name(k)) &&
           !(k == words && also && starts_other_actor(k))) {
      ++k;
    }
    if (k == words) break;
    end = k;
  }
  return end;
}

// Joins each body's name with its joints into one organisation, in place of
// the pieces the tagger or the lists made of it. Capitalised words right
// before the body's word belong to the name ("National Institute of Health").
void join_body_names(const Document& doc, const Sentence& s, std::vector<ActorMention>& rule_mentions,
                     std::vector<ActorMention>& mentions) {
  for (std::uint32_t i = s.first; i < s.last; ++i) {
    const std::uint32_t end = end_of_body_name(doc, s, i);
    if (end <= i + 1) continue;
    // The tagger's own longer name stands ("Organisation for Security and Cooperation in Europe").
    const bool within_organization = std::any_of(mentions.begin(), mentions.end(), [&](const ActorMention& m) {
      return m.kind == ActorKind::organization && m.first <= i && m.last >= end;
    });
    if (within_organization) continue;
    std::uint32_t first = i;
    while (first > s.first && is_word(doc.tokens[first - 1]) && doc.tokens[first - 1].has(kCapitalized) &&
           !is_the(doc, first - 1)) {
      --first;
    }
    auto overlaps = [&](const ActorMention& m) { return m.first < end && first < m.last; };
    // A person's name inside is not a body's ("Robert Kennedy Center for Justice" keeps its person).
    const bool person_inside = std::any_of(mentions.begin(), mentions.end(), [&](const ActorMention& m) {
      return overlaps(m) && m.kind == ActorKind::person && m.first < i;
    });
    if (person_inside) first = i;
    rule_mentions.erase(std::remove_if(rule_mentions.begin(), rule_mentions.end(), overlaps), rule_mentions.end());
    mentions.erase(std::remove_if(mentions.begin(), mentions.end(), overlaps), mentions.end());
    mentions.push_back(make_mention(doc, first, end, ActorKind::organization, false));
    i = end - 1;
  }
}

// A headline in Title Case ("Minister Quits Over Budget Row"): capitals there
// do not mark names, so the tagger's spans are checked against the body.
bool is_title_case_line(const Document& doc, const Sentence& s) {
  int long_words = 0, capitalized = 0;
  for (std::uint32_t i = s.first; i < s.last; ++i) {
    const Token& t = doc.tokens[i];
    if (!is_word(t) || t.span.end - t.span.start < 4) continue;
    ++long_words;
    if (t.has(kCapitalized) && !t.has(kAllCaps)) ++capitalized;
  }
  return long_words >= 3 && capitalized * 4 >= long_words * 3;
}

bool is_capitals_line(const Document& doc, const Sentence& s) {
  int caps = 0, other = 0;
  for (std::uint32_t i = s.first; i < s.last; ++i) {
    const Token& t = doc.tokens[i];
    if (!is_word(t)) continue;
    (t.has(kAllCaps) ? caps : other) += 1;
  }
  return caps >= 2 && caps > 2 * other;
}

// The words the text writes in lower case somewhere: common words ("fishing", "may", "bill").
std::unordered_set<std::string_view> words_in_lower_case(const Document& doc) {
  std::unordered_set<std::string_view> words;
  for (const Token& t : doc.tokens) {
    if (t.type == TokenType::word && t.has(kLowercase)) words.insert(doc.str(t));
  }
  return words;
}

bool has_lower_case_word(const Document& doc, std::uint32_t first, std::uint32_t last) {
  return std::any_of(doc.tokens.begin() + first, doc.tokens.begin() + last,
                     [](const Token& t) { return t.has(kLowercase); });
}

// A mention in a headline whose text never occurs in the body, but part of
// which does, is cut to that part: "Zelenskyy Claims" → "Zelenskyy".
void trim_headline_mentions(const Document& doc, const std::vector<std::uint8_t>& in_headline,
                            std::vector<ActorMention>& mentions) {
  std::unordered_set<std::string> body_keys;
  std::unordered_set<std::string> surname_keys;  // "lindqvist" of "Tomas Lindqvist"
  for (const ActorMention& m : mentions) {
    if (in_headline[m.first]) continue;
    body_keys.insert(gazetteer_key(doc, m.first, m.last));
    if (m.kind == ActorKind::person && m.last - m.first >= 2) surname_keys.insert(gazetteer_key(doc, m.last - 1, m.last));
  }
  const std::unordered_set<std::string_view> lowercase_words = words_in_lower_case(doc);
  auto common_word = [&](std::uint32_t i) {
    const std::string word = lowercase(doc.str(doc.tokens[i]));
    return is_capitalized(doc.tokens[i]) && word_kinds(doc, i) == 0 &&
           (lowercase_words.count(word) || lowercase_words.count(word + "s"));  // "Drone Attack", "drones"
  };
  // A long run of capitals that the body never names is the headline's wording,
  // not a name ("Zelenskyy Says Ukraine Will Not Cede Land"), and so is a run of
  // common words ("Fishing Quotas"): they are dropped, and the names in them are
  // found from the body's (propagate_names).
  constexpr std::uint32_t kLongestHeadlineName = 4;
  std::vector<std::uint8_t> wording(mentions.size(), 0);
  for (std::size_t k = 0; k < mentions.size(); ++k) {
    ActorMention& m = mentions[k];
    // Long runs are not names worth trimming (and would make this quadratic).
    if (!in_headline[m.first] || m.last - m.first < 2 || m.last - m.first > 8 || m.kind == ActorKind::group) continue;
    if (body_keys.count(gazetteer_key(doc, m.first, m.last))) continue;
    std::uint32_t common = 0, capitalized = 0;
    for (std::uint32_t i = m.first; i < m.last; ++i) {
      common += common_word(i) ? 1 : 0;
      capitalized += is_capitalized(doc.tokens[i]) ? 1 : 0;
    }
    // With common words in it, a body person's surname alone is a name too
    // ("Lindqvist Defends Fishing Quotas"), not so in "Aravinda de Silva".
    auto known = [&](std::uint32_t first, std::uint32_t last) {
      const std::string key = gazetteer_key(doc, first, last);
      return body_keys.count(key) ||
             (common > 0 && last - first == 1 && !common_word(first) && surname_keys.count(key));
    };
    std::uint32_t best_first = m.first, best_last = m.first;
    for (std::uint32_t cut = m.last - 1; cut > m.first; --cut) {
      if (known(m.first, cut) && cut - m.first > best_last - best_first) best_first = m.first, best_last = cut;
      if (known(cut, m.last) && m.last - cut > best_last - best_first) best_first = cut, best_last = m.last;
    }
    if (best_last > best_first) {
      m.first = best_first;
      m.last = best_last;
      m.span = {doc.tokens[best_first].span.start, doc.tokens[best_last - 1].span.end};
      m.propagated = true;  // the kind was read for the longer span: the body's mentions decide it
    } else if ((m.last - m.first > kLongestHeadlineName && !has_lower_case_word(doc, m.first, m.last)) ||
               (common == capitalized && gazetteer_kinds(gazetteer_key(doc, m.first, m.last)) == 0)) {
      wording[k] = 1;  // "Muslim American Society of Boston" keeps its lower-case joint
    }
  }
  std::size_t kept = 0;
  for (std::size_t k = 0; k < mentions.size(); ++k) {
    if (wording[k]) continue;
    if (kept != k) mentions[kept] = std::move(mentions[k]);
    ++kept;
  }
  mentions.resize(kept);
}

// "Man’s greed ...", "Again, ...": a single capitalised word that opens a
// sentence, is in no list, and that the text writes in lower case elsewhere
// and never capitalised inside a sentence, is a common word, not a name.
void drop_sentence_openers(const Document& doc, std::vector<ActorMention>& mentions) {
  const std::unordered_set<std::string_view> lowercase_words = words_in_lower_case(doc);
  std::vector<std::uint8_t> first_word(doc.tokens.size(), 0);
  std::unordered_set<std::string> capitalized_inside;
  for (const Sentence& s : doc.sentences) {
    bool before_first_word = true;
    for (std::uint32_t i = s.first; i < s.last; ++i) {
      const Token& t = doc.tokens[i];
      // The first word comes after any quotation marks or dashes (opens_sentence_at).
      if (before_first_word && t.type != TokenType::punct) {
        before_first_word = false;
        first_word[i] = 1;
      } else if (t.type == TokenType::word && is_capitalized(t)) {
        capitalized_inside.insert(lowercase(doc.str(t)));
      }
    }
  }
  mentions.erase(std::remove_if(mentions.begin(), mentions.end(),
                                [&](const ActorMention& m) {
                                  if (m.last - m.first != 1 || !first_word[m.first] || word_kinds(doc, m.first) != 0) {
                                    return false;
                                  }
                                  const std::string word = lowercase(doc.str(doc.tokens[m.first]));
                                  return lowercase_words.count(word) && !capitalized_inside.count(word);
                                }),
                 mentions.end());
}

// A name found once is found everywhere: other capitalised occurrences of a
// mention's words become mentions too (the tagger may miss "Trump’s" in one
// sentence and find "Trump" in another).
void propagate_names(const Document& doc, const std::vector<std::uint8_t>& in_headline,
                     std::vector<ActorMention>& mentions) {
  constexpr std::uint32_t kLongest = 4;
  std::unordered_map<std::string, ActorKind> known;
  std::vector<std::uint8_t> covered(doc.tokens.size(), 0);
  // Words also written in lower case are common words ("may", "bill").
  const std::unordered_set<std::string_view> lowercase_words = words_in_lower_case(doc);
  for (const ActorMention& m : mentions) {
    for (std::uint32_t i = m.first; i < m.last; ++i) covered[i] = 1;
    if (m.kind == ActorKind::group || m.last - m.first > kLongest || !is_capitalized(doc.tokens[m.first])) continue;
    if (m.last - m.first == 1 && lowercase_words.count(lowercase(doc.str(doc.tokens[m.first])))) continue;
    known.emplace(gazetteer_key(doc, m.first, m.last), m.kind);
    // "Keir Starmer ... Starmer later said": a person's surname alone is found too.
    const Token& surname = doc.tokens[m.last - 1];
    const std::string_view surname_text = doc.str(surname);
    if (m.kind == ActorKind::person && m.last - m.first >= 2 && is_word(surname) && is_capitalized(surname) &&
        surname_text.size() > 2 && surname_text.back() != '.' && !lowercase_words.count(lowercase(surname_text))) {
      known.emplace(gazetteer_key(doc, m.last - 1, m.last), ActorKind::person);
    }
  }
  if (known.empty()) return;
  std::vector<ActorMention> found;
  for (const Sentence& s : doc.sentences) {
    for (std::uint32_t i = s.first; i < s.last; ++i) {
      if (covered[i] || !is_word(doc.tokens[i]) || !is_capitalized(doc.tokens[i])) continue;
      for (std::uint32_t len = std::min(kLongest, s.last - i); len >= 1; --len) {
        bool free = true;
        for (std::uint32_t j = i; j < i + len; ++j) free = free && !covered[j];
        if (!free) continue;
        const auto it = known.find(gazetteer_key(doc, i, i + len));
        if (it == known.end()) continue;
        // The name must end at a word boundary of the sentence, not inside a longer name
        // (in a Title Case headline every word has a capital), and be written as one
        // ("an Islamic state" is not "Islamic State"; "Republican party" is).
        if (i + len < s.last && is_word(doc.tokens[i + len]) && is_capitalized(doc.tokens[i + len]) &&
            !in_headline[i]) {
          break;
        }
        if (!written_as_name(doc, i + len - 1) && !(word_kinds(doc, i + len - 1) & kGazOrganizationWord)) continue;
        found.push_back(make_mention(doc, i, i + len, it->second, false));
        found.back().propagated = true;
        i += len - 1;
        break;
      }
    }
  }
  for (ActorMention& m : found) mentions.push_back(std::move(m));
}

}  // namespace

std::vector<Actor> find_actors(const Document& doc) {
  const TaggerContext context = build_tagger_context(doc);
  const std::vector<TaggedEntity> entities = tag_entities(doc, context, builtin_tagger_model());
  std::size_t next_match = 0;
  std::vector<ActorMention> mentions;
  std::size_t next_entity = 0;
  std::vector<std::uint8_t> in_headline(doc.tokens.size(), 0);
  // Tokens already inside a mention: rules first, then the tagger, then lists.
  std::vector<std::uint8_t> taken(doc.tokens.size(), 0);
  auto any_taken = [&](std::uint32_t first, std::uint32_t last) {
    return std::find(taken.begin() + first, taken.begin() + last, 1) != taken.begin() + last;
  };
  for (const Sentence& s : doc.sentences) {
    if (is_title_case_line(doc, s) || is_capitals_line(doc, s)) {
      std::fill(in_headline.begin() + s.first, in_headline.begin() + s.last, 1);
    }
    std::vector<GazetteerMatch> sentence_matches;
    for (; next_match < context.gazetteer_matches.size() && context.gazetteer_matches[next_match].first < s.last;
         ++next_match) {
      sentence_matches.push_back(context.gazetteer_matches[next_match]);
    }
    const SentenceLists lists(s, std::move(sentence_matches));
    std::vector<ActorMention> rule_mentions;
    find_state_bodies_and_groups(doc, lists.matches(), rule_mentions);
    // Platforms and geographic features from the lists come before the
    // tagger, which may run them into their neighbours ("Meta said Facebook")
    // or take a river for a person; but not when they are part of a longer
    // name ("Danube Commission", "Black Sea Fleet"): that is the tagger's.
    auto capitalized_word = [&](std::uint32_t i) {
      return i >= s.first && i < s.last && is_word(doc.tokens[i]) && is_capitalized(doc.tokens[i]);
    };
    // A capitalised word before a listed name makes it part of a longer one,
    // unless that word opens the sentence because it must ("If Wells Fargo ...").
    auto after_name_word = [&](const GazetteerMatch& g) {
      return g.first > s.first && capitalized_word(g.first - 1) && !opens_sentence(doc, s, g.first - 1);
    };
    for (const GazetteerMatch& g : lists.matches()) {
      if (!(g.kinds & (kGazPlatform | kGazGeographic)) || (g.kinds & kGazMedia) ||
          !is_capitalized(doc.tokens[g.first]) || !written_as_name(doc, g.last - 1) || capitalized_word(g.last) ||
          after_name_word(g)) {
        continue;
      }
      bool free = true;
      for (const ActorMention& r : rule_mentions) free = free && (g.last <= r.first || r.last <= g.first);
      const ActorKind kind = (g.kinds & kGazPlatform) ? ActorKind::organization : ActorKind::place;
      if (free) rule_mentions.push_back(make_mention(doc, g.first, g.last, kind, false));
    }
    for (const ActorMention& r : rule_mentions) std::fill(taken.begin() + r.first, taken.begin() + r.last, 1);
    std::vector<ActorMention> sentence_mentions;
    for (; next_entity < entities.size() && entities[next_entity].first < s.last; ++next_entity) {
      TaggedEntity e = entities[next_entity];
      // "Donald [Trump]": a first name before a lone name the tagger found is part of it.
      if (e.last - e.first == 1 && e.type != EntityType::organization && e.type != EntityType::misc &&
          e.first > s.first && !taken[e.first - 1] && is_given_name(doc, e.first - 1) &&
          is_plain_name_word(doc, e.first)) {
        --e.first;
        e.type = EntityType::person;
      }
      ActorMention m;
      if (!any_taken(e.first, e.last) && tidy_entity(doc, lists, s, e, &m)) {
        std::fill(taken.begin() + m.first, taken.begin() + m.last, 1);
        sentence_mentions.push_back(std::move(m));
      }
    }
    // "Mr. Trump arrived": a name after an honorific that the tagger missed.
    for (std::uint32_t i = s.first; i < s.last; ++i) {
      const std::uint32_t first = name_after_honorific(doc, i, s.last);
      if (first == i || lists.title_at(first) != nullptr) continue;  // "Mr. President" names no one
      std::uint32_t last = first;
      while (last < s.last && last - first < 3 && is_word(doc.tokens[last]) && is_capitalized(doc.tokens[last])) ++last;
      if (any_taken(i, last)) continue;
      std::fill(taken.begin() + first, taken.begin() + last, 1);
      ActorMention m = make_mention(doc, first, last, ActorKind::person, false);
      m.role = std::string(doc.str(doc.tokens[i]));
      sentence_mentions.push_back(std::move(m));
    }
    // "her opponent Donald Trump doesn’t": a first name and a name the tagger missed.
    for (std::uint32_t i = s.first; i + 1 < s.last; ++i) {
      if (taken[i] || !is_given_name(doc, i)) continue;
      std::uint32_t last = i + 1;
      while (last < s.last && last - i < 3 && !taken[last] && is_plain_name_word(doc, last)) ++last;
      if (last == i + 1 || ends_with_place_word(doc, last) || ends_with_body_word(doc, i, last) ||
          names_a_direction(doc, i, last) || (last < s.last && is_capitalized(doc.tokens[last]))) {
        continue;
      }
      std::fill(taken.begin() + i, taken.begin() + last, 1);
      sentence_mentions.push_back(make_mention(doc, i, last, ActorKind::person, true));
      i = last - 1;
    }
    // Cities the tagger missed ("Kyiv's mayor said"), not inside a longer name
    // ("Kyiv Independent"); where it found one, its reading stands (in sports
    // results "Toronto" is a team).
    for (const GazetteerMatch& g : lists.matches()) {
      if (!(g.kinds & kGazCity) || !is_capitalized(doc.tokens[g.first]) || any_taken(g.first, g.last) ||
          (capitalized_word(g.last) && lists.title_at(g.last) == nullptr) ||  // a title may follow ("Kharkiv Mayor ...")
          after_name_word(g)) {
        continue;
      }
      std::fill(taken.begin() + g.first, taken.begin() + g.last, 1);
      sentence_mentions.push_back(make_mention(doc, g.first, g.last, ActorKind::place, false));
    }
    // Outlets the tagger missed ("according to Meduza").
    for (const GazetteerMatch& g : lists.matches()) {
      if (!(g.kinds & kGazMedia)) continue;
      std::uint32_t first = g.first;
      if (is_the(doc, first) && !is_capitalized(doc.tokens[first])) ++first;
      if (first >= g.last || !is_capitalized(doc.tokens[first])) continue;
      if (any_taken(first, g.last)) continue;
      sentence_mentions.push_back(make_mention(doc, first, g.last, ActorKind::media, false));
    }
    join_body_names(doc, s, rule_mentions, sentence_mentions);
    for (ActorMention& m : rule_mentions) mentions.push_back(std::move(m));
    for (ActorMention& m : sentence_mentions) mentions.push_back(std::move(m));
  }
  trim_headline_mentions(doc, in_headline, mentions);
  drop_sentence_openers(doc, mentions);
  propagate_names(doc, in_headline, mentions);
  return link_mentions(doc, std::move(mentions));
}

}  // namespace newsmark
