// Reads one number at a token: digits ("10,000", "1.2bn", "21st", "1/4") or
// words ("two", "a dozen", "one hundred and six", "two thirds", "thousands").
// Units, currencies and qualifiers around it are the caller's business.
#ifndef NEWSMARK_FIGURE_NUMBERS_H_
#define NEWSMARK_FIGURE_NUMBERS_H_

#include <cstddef>
#include <optional>
#include <string_view>

#include "figure_text.h"

namespace newsmark {

enum class NumberShape {
  number,        // a plain amount
  ordinal,       // "21st", "third", "twenty-first"
  list,          // "22,24,26": several numbers in one token, see split_number_list()
  numeric_date,  // "4/8/2025", "08.04.2025"
  not_a_figure,  // times of day, IP addresses, codes with letters ("24703L202")
};

struct ParsedNumber {
  std::size_t first = 0;  // tokens [first, last)
  std::size_t last = 0;
  Span span;              // bytes; may end inside the last token (see rest)
  NumberShape shape = NumberShape::number;
  double value = 0;
  bool spelled = false;   // written in words
  bool vague = false;     // "thousands", "tens of thousands": a lower bound
  bool fraction = false;  // "two thirds", "a half", "1/4"
  bool has_scale = false; // million, bn, k ...
  double scale = 1;       // the last scale applied ("1.2 million": 1e6)
  bool digits_only = false;  // one digit token without separators or decimals: "2025", "155"
  int digit_count = 0;       // digits before any decimal point, for year-like numbers
  bool has_separator = false;  // "10,000", "1 234"
  // Letters glued to the digits and not understood as a scale or ordinal
  // suffix ("km" in "17km", "USD" in "115USD"), or the rest of a hyphenated
  // word after a spelled number ("mile" in "six-mile"). The span ends before it.
  std::string_view rest;
  bool rest_after_hyphen = false;
};

// Parses the number starting at token i; tokens from `end` on are not read.
// `allow_bare_m` lets a glued "m" mean million ("£5m"), as after a currency.
std::optional<ParsedNumber> parse_number(const FigureText& text, std::size_t i, std::size_t end,
                                         bool allow_bare_m = false);

// The pieces of a "22,24,26" token: byte spans and values, at most `max` of them.
struct ListItem {
  Span span;
  double value;
};
std::size_t split_number_list(const FigureText& text, std::size_t token, ListItem* out, std::size_t max);

// Reads a date written with digits in one token: "4/8/2025" (month first),
// "08.04.2025", "2025/04/08". Writes "YYYY-MM-DD"; false when not a date.
// A month and day alone ("5/12") gives "XXXX-05-12"; the caller decides
// first whether "1/4" is a fraction.
bool numeric_date(std::string_view token_text, std::string* iso);

}  // namespace newsmark

#endif  // NEWSMARK_FIGURE_NUMBERS_H_
