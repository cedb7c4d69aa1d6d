#include "figure_counts.h"

#include <algorithm>
#include <iterator>

#include "figure_lexicon.h"

namespace newsmark {

bool is_plural_noun(std::string_view w) {
  if (is_irregular_plural(w)) return true;
  // "fishermen", "servicemen", "gunmen"; not "specimen", "abdomen".
  if (w.size() >= 6 && w.compare(w.size() - 3, 3, "men") == 0) {
    static constexpr std::string_view kSingulars[] = {"specimen", "abdomen", "regimen", "acumen", "albumen",
                                                      "stamen"};
    return std::find(std::begin(kSingulars), std::end(kSingulars), w) == std::end(kSingulars);
  }
  if (w.size() < 4 || w.back() != 's') return false;
  const std::string_view end2 = w.substr(w.size() - 2);
  if (end2 == "ss" || end2 == "us" || end2 == "is" || end2 == "'s") return false;
  return !is_phrase_stop_word(w) && unit_word(w).name.empty();
}

std::optional<Span> counted_phrase(const FigureText& t, const Amount& a, std::size_t end, bool* has_plural) {
  *has_plural = false;
  std::size_t j = a.last;
  // "dozens of people", "half of the crew"; a plain number only before a
  // determiner ("two of the victims", not "three of a kind").
  if (j + 1 < end && t.is(j, "of")) {
    const bool determiner = t.is(j + 1, "the") || t.is(j + 1, "its") || t.is(j + 1, "their") ||
                            t.is(j + 1, "these") || t.is(j + 1, "those");
    if (a.vague || a.fraction || determiner) j += determiner ? 2 : 1;
  }
  const std::size_t start = j;
  std::size_t head = end;
  std::size_t n = 0;
  for (; j < end && n < 5; ++j, ++n) {
    if (!t.is_word(j) || t.token(j).has(kPossessive) || t.token(j).has(kHasDigit)) break;
    const std::string_view w = t.low(j);
    if (is_phrase_stop_word(w)) break;
    if (number_word(w).kind != NumberWordKind::none || month_number(w) || weekday_number(w)) break;
    const bool capitalized = t.token(j).has(kCapitalized);
    if (!capitalized && w.size() > 4 && w.compare(w.size() - 2, 2, "ly") == 0) break;
    const bool verb_like = !capitalized && w.size() > 4 &&
                           (w.compare(w.size() - 3, 3, "ing") == 0 || w.compare(w.size() - 2, 2, "ed") == 0);
    if (verb_like) {
      // A participle may modify a noun ("two wounded soldiers") but never heads the phrase.
      if (n > 0 || j + 1 >= end || !t.is_word(j + 1) || is_phrase_stop_word(t.low(j + 1))) break;
      continue;
    }
    if (is_plural_noun(w)) {
      head = j;
      *has_plural = true;
      // "police officers": a plural may itself modify the next plural noun.
      if (j + 1 < end && t.is_word(j + 1) && is_plural_noun(t.low(j + 1)) && !is_phrase_stop_word(t.low(j + 1)) &&
          !t.token(j + 1).has(kCapitalized)) {
        continue;
      }
      break;
    }
  }
  if (head == end) {
    // A singular noun after "one": "one soldier".
    if (a.value == 1 && start < end && t.is_word(start) && !t.token(start).has(kCapitalized) &&
        !is_phrase_stop_word(t.low(start)) && number_word(t.low(start)).kind == NumberWordKind::none &&
        !t.token(start).has(kPossessive)) {
      const std::string_view w = t.low(start);
      if (w.size() > 2 && w.compare(w.size() - 3, 3, "ing") != 0 && w.compare(w.size() - 2, 2, "ed") != 0 &&
          w.compare(w.size() - 2, 2, "ly") != 0) {
        return Span{t.token(start).span.start, t.token(start).span.end};
      }
    }
    return std::nullopt;
  }
  return Span{t.token(start).span.start, t.token(head).span.end};
}


}  // namespace newsmark
