// The noun phrase a count quantifies: "two [Chinese nationals]", "over
// 10,000 [North Korean troops]", "thousands of [civilians]".
#ifndef NEWSMARK_FIGURE_COUNTS_H_
#define NEWSMARK_FIGURE_COUNTS_H_

#include <cstddef>
#include <optional>
#include <string_view>

#include "figure_amounts.h"
#include "figure_text.h"

namespace newsmark {

// The phrase after the amount: modifiers (nationalities, adjectives) up to a
// plural head noun, stopping before verbs, prepositions and punctuation.
// Vague amounts and fractions may count through "of". `has_plural` tells
// whether a plural head was found ("2025 soldiers" is then a count, not a year).
std::optional<Span> counted_phrase(const FigureText& text, const Amount& amount, std::size_t end, bool* has_plural);

// A plural noun: ends in s (not "ss", "us", "is"), or people, police, children ...
bool is_plural_noun(std::string_view lower);

}  // namespace newsmark

#endif  // NEWSMARK_FIGURE_COUNTS_H_
