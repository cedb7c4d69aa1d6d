// Dates written with a month or weekday name, relative dates and ISO dates:
// "April 8, 2025", "8 April", "April 2025", "the 4th of July", "Tuesday",
// "last week", "2025-04-08".
#ifndef NEWSMARK_FIGURE_DATES_H_
#define NEWSMARK_FIGURE_DATES_H_

#include <cstddef>
#include <optional>
#include <string>

#include "figure_text.h"

namespace newsmark {

struct DateMatch {
  std::size_t first = 0;  // tokens [first, last)
  std::size_t last = 0;
  std::string iso;        // "2025-04-08", "2025-04", "XXXX-04-08"; empty when relative
};

// A date starting at token i, read no further than token `end`.
std::optional<DateMatch> match_date(const FigureText& text, std::size_t i, std::size_t end);

// A year written alone, 1000..2100: true when token i reads as a four-digit year.
bool looks_like_year(const FigureText& text, std::size_t i);

}  // namespace newsmark

#endif  // NEWSMARK_FIGURE_DATES_H_
