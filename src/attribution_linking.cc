// Source → actor linking (see attribution_linking.h).
#include "attribution_linking.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "cue_lexicon.h"

namespace newsmark {
namespace {

struct RoleNoun {
  std::string_view head;
  ActorKind kind;
};

// Heads of definite descriptions that refer back to an actor: "the ministry".
constexpr RoleNoun kRoleNouns[] = {
    {"ministry", ActorKind::organization}, {"government", ActorKind::organization},
    {"company", ActorKind::organization},  {"firm", ActorKind::organization},
    {"agency", ActorKind::organization},   {"army", ActorKind::organization},
    {"military", ActorKind::organization}, {"party", ActorKind::organization},
    {"campaign", ActorKind::organization}, {"committee", ActorKind::organization},
    {"department", ActorKind::organization}, {"court", ActorKind::organization},
    {"police", ActorKind::organization},   {"bank", ActorKind::organization},
    {"group", ActorKind::organization},    {"organization", ActorKind::organization},
    {"organisation", ActorKind::organization}, {"kremlin", ActorKind::organization},
    {"president", ActorKind::person},      {"minister", ActorKind::person},
    {"spokesman", ActorKind::person},      {"spokeswoman", ActorKind::person},
    {"spokesperson", ActorKind::person},   {"leader", ActorKind::person},
    {"senator", ActorKind::person},        {"governor", ActorKind::person},
    {"mayor", ActorKind::person},          {"chancellor", ActorKind::person},
    {"secretary", ActorKind::person},      {"ceo", ActorKind::person},
    {"candidate", ActorKind::person},      {"nominee", ActorKind::person},
    {"chairman", ActorKind::person},       {"chairwoman", ActorKind::person},
    {"ambassador", ActorKind::person},     {"general", ActorKind::person},
    {"newspaper", ActorKind::media},       {"paper", ActorKind::media},
    {"outlet", ActorKind::media},          {"broadcaster", ActorKind::media},
    {"network", ActorKind::media},         {"magazine", ActorKind::media},
    {"daily", ActorKind::media},           {"country", ActorKind::country},
    {"nation", ActorKind::country},
};

// Words of a source phrase, split at white space, without a possessive.
std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == ',')) ++i;
    std::size_t j = i;
    while (j < text.size() && text[j] != ' ' && text[j] != '\t' && text[j] != '\n' && text[j] != ',') ++j;
    if (j > i) words.emplace_back(text.substr(i, j - i));
    i = j;
  }
  return words;
}

std::string_view last_word(std::string_view name) {
  const std::size_t space = name.rfind(' ');
  return space == std::string_view::npos ? name : name.substr(space + 1);
}

}  // namespace

ActorLinker::ActorLinker(const Document& doc, const std::vector<Actor>& actors) : doc_(doc), actors_(actors) {
  for (std::size_t a = 0; a < actors.size(); ++a) {
    for (const Span& m : actors[a].mentions) mentions_.push_back({m, a});
  }
  std::sort(mentions_.begin(), mentions_.end(),
            [](const Mention& x, const Mention& y) { return x.span < y.span; });
  // The first (most prominent) actor wins a shared name or surname.
  for (std::size_t a = 0; a < actors.size(); ++a) {
    const std::string_view name = actors[a].name;
    if (name.empty()) continue;
    by_name_.emplace(name, a);
    by_last_word_.emplace(last_word(name), a);
  }
}

std::optional<std::size_t> ActorLinker::overlapping(Span source) const {
  // In "Ana Ortega, the chief executive of Harbour Lines" the speaker is the
  // head before the apposition: only that part is searched.
  const std::size_t comma = doc_.str(source).find(',');
  if (comma != std::string_view::npos && comma > 0) source.end = source.start + static_cast<std::uint32_t>(comma);
  // Mentions starting before the source's end; only the last few can reach into it.
  auto it = std::lower_bound(mentions_.begin(), mentions_.end(), source.end,
                             [](const Mention& m, std::uint32_t end) { return m.span.start < end; });
  std::optional<std::size_t> best;
  std::uint32_t best_overlap = 0;
  bool best_at_end = false;
  constexpr int kLookBack = 16;
  for (int steps = 0; it != mentions_.begin() && steps < kLookBack; ++steps) {
    --it;
    const Span& m = it->span;
    if (m.end <= source.start) continue;
    const std::uint32_t overlap = std::min(m.end, source.end) - std::max(m.start, source.start);
    // The head of "China's foreign ministry" is at its end: prefer the mention there.
    const bool at_end = m.end >= source.end;
    if (!best || (at_end && !best_at_end) || (at_end == best_at_end && overlap > best_overlap)) {
      best = it->actor;
      best_overlap = overlap;
      best_at_end = at_end;
    }
  }
  return best;
}

std::optional<std::size_t> ActorLinker::same_name(Span source) const {
  const std::string_view text = doc_.str(source);
  if (auto it = by_name_.find(text); it != by_name_.end()) return it->second;
  if (auto it = by_last_word_.find(last_word(text)); it != by_last_word_.end()) return it->second;
  return std::nullopt;
}

std::optional<std::size_t> ActorLinker::nearest_before(Span source, const std::vector<ActorKind>& kinds,
                                                       const std::string& role_word) const {
  auto it = std::lower_bound(mentions_.begin(), mentions_.end(), source.start,
                             [](const Mention& m, std::uint32_t start) { return m.span.start < start; });
  std::optional<std::size_t> fallback;
  constexpr int kLookBack = 200;
  for (int steps = 0; it != mentions_.begin() && steps < kLookBack; ++steps) {
    --it;
    const Actor& actor = actors_[it->actor];
    if (std::find(kinds.begin(), kinds.end(), actor.kind) == kinds.end()) continue;
    if (role_word.empty()) return it->actor;
    if (actor.role && lowercase_word(*actor.role).find(role_word) != std::string::npos) return it->actor;
    if (!fallback) fallback = it->actor;
  }
  return fallback;
}

std::optional<std::size_t> ActorLinker::link(Span source) const {
  if (auto a = overlapping(source)) return a;
  const std::vector<std::string> words = words_of(doc_.str(source));
  if (words.empty()) return std::nullopt;
  const std::string first = lowercase_word(words.front());
  if (words.size() == 1) {
    if (first == "he" || first == "she") return nearest_before(source, {ActorKind::person}, "");
    if (first == "it") {
      return nearest_before(source, {ActorKind::organization, ActorKind::media, ActorKind::country}, "");
    }
    if (first == "who") {
      // "Smith, who said ...": the nearest actor named before the relative pronoun.
      return nearest_before(source, {ActorKind::person, ActorKind::organization, ActorKind::media,
                                     ActorKind::group}, "");
    }
    if (first == "they") {
      return nearest_before(source, {ActorKind::organization, ActorKind::media, ActorKind::group}, "");
    }
  }
  if (first == "the" && words.size() >= 2) {
    const std::string head = lowercase_word(words.back());
    for (const RoleNoun& role : kRoleNouns) {
      if (head != role.head) continue;
      const std::string role_word = role.kind == ActorKind::person ? head : std::string();
      return nearest_before(source, {role.kind}, role_word);
    }
  }
  return same_name(source);
}

}  // namespace newsmark
