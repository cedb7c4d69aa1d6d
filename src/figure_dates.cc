#include "figure_dates.h"

#include <cstdio>
#include <string_view>

#include "figure_lexicon.h"

namespace newsmark {
namespace {

// Day of month written "8", "08" or "8th"; 0 when token i is not one.
int day_number(const FigureText& t, std::size_t i) {
  if (!t.is_number(i)) return 0;
  std::string_view s = t.low(i);
  if (s.size() >= 3) {
    const std::string_view suffix = s.substr(s.size() - 2);
    if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") s.remove_suffix(2);
  }
  if (s.empty() || s.size() > 2) return 0;
  int d = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return 0;
    d = d * 10 + (c - '0');
  }
  return d >= 1 && d <= 31 ? d : 0;
}

int year_number(const FigureText& t, std::size_t i) {
  if (!looks_like_year(t, i)) return 0;
  int y = 0;
  for (char c : t.raw(i)) y = y * 10 + (c - '0');
  return y;
}

// Month word at i, with the period of "Oct." written apart ("oct . 13").
int month_at(const FigureText& t, std::size_t i, std::size_t end, std::size_t* after) {
  if (!t.is_word(i)) return 0;
  const int m = month_number(t.low(i));
  if (m == 0) return 0;
  *after = i + 1;
  if (*after < end && t.is(*after, ".") && t.low(i).size() <= 4 && (*after + 1 < end) && t.is_number(*after + 1)) ++*after;
  return m;
}

std::string iso(int year, int month, int day) {
  char buf[24];
  if (year && month && day) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  } else if (year && month) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  } else if (month && day) {
    std::snprintf(buf, sizeof buf, "XXXX-%02d-%02d", month, day);
  } else if (month) {
    std::snprintf(buf, sizeof buf, "XXXX-%02d", month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d", year);
  }
  return buf;
}

// Reads ", 2025" or " 2025" after a day or month.
int year_after(const FigureText& t, std::size_t* k, std::size_t end) {
  std::size_t j = *k;
  if (j < end && t.is(j, ",")) ++j;
  if (j < end) {
    const int y = year_number(t, j);
    if (y) {
      *k = j + 1;
      return y;
    }
  }
  return 0;
}

bool is_date_preposition(std::string_view w) {
  return w == "in" || w == "since" || w == "until" || w == "till" || w == "by" || w == "of" || w == "from" ||
         w == "during" || w == "before" || w == "after" || w == "early" || w == "late" || w == "mid" ||
         w == "last" || w == "next" || w == "this" || w == "through" || w == "throughout" || w == "on" ||
         w == "between";
}

bool is_period_word(std::string_view w) {
  return w == "week" || w == "month" || w == "year" || w == "weekend" || w == "summer" || w == "winter" ||
         w == "spring" || w == "autumn" || w == "fall" || w == "decade" || w == "century" || w == "night" ||
         w == "season" || weekday_number(w) != 0;
}

std::optional<DateMatch> month_first(const FigureText& t, std::size_t i, std::size_t end) {
  std::size_t k;
  const int month = month_at(t, i, end, &k);
  if (!month) return std::nullopt;
  const bool capitalized = t.token(i).has(kCapitalized);
  const std::string_view low = t.low(i);
  DateMatch d;
  d.first = i;
  const int day = k < end ? day_number(t, k) : 0;
  // "April 8" but not "April 8:30" or "May 4 5".
  const bool day_is_more = k + 1 < end && (t.is(k + 1, ":") || (t.is_number(k + 1) && !looks_like_year(t, k + 1)));
  if (day && !day_is_more) {
    std::size_t after = k + 1;
    // "Nov. 18-19": the span covers both days; the date is the first.
    if (after + 1 < end && (t.is(after, "-") || t.is(after, "\xE2\x80\x93")) && day_number(t, after + 1) > day) after += 2;
    const int year = year_after(t, &after, end);
    d.last = after;
    d.iso = iso(year, month, day);
    return d;
  }
  std::size_t after = k;
  const int year = year_after(t, &after, end);
  if (year && (capitalized || !t.is(k, ","))) {
    d.last = after;
    d.iso = iso(year, month, 0);
    return d;
  }
  // A month alone: capitalised full names; "May" and "March" only after "in", "since" ...
  static constexpr std::string_view kFullNames[] = {"january", "february", "march", "april", "may", "june", "july",
                                                    "august", "september", "october", "november", "december"};
  if (!capitalized || low != kFullNames[month - 1]) return std::nullopt;
  const bool ambiguous = low == "may" || low == "march";
  // "from January to March", "between March and May": the second of two months.
  const bool after_month = i >= 2 && month_number(t.low(i - 2)) != 0 &&
                           (t.is(i - 1, "and") || t.is(i - 1, "to") || t.is(i - 1, "or"));
  const bool after_preposition = i > 0 && (is_date_preposition(t.low(i - 1)) || after_month);
  if (ambiguous && !after_preposition) return std::nullopt;
  if (t.token(i).has(kSentenceStart) && !after_preposition && i + 1 < end && t.token(i + 1).has(kCapitalized)) {
    return std::nullopt;  // "August Rush", a name at the start of a sentence
  }
  d.last = k;
  d.iso = iso(0, month, 0);
  return d;
}

std::optional<DateMatch> day_first(const FigureText& t, std::size_t i, std::size_t end) {
  const int day = day_number(t, i);
  if (!day) return std::nullopt;
  std::size_t k = i + 1;
  if (k < end && t.is(k, "of")) ++k;
  std::size_t after;
  const int month = k < end ? month_at(t, k, end, &after) : 0;
  if (!month) return std::nullopt;
  const std::string_view m = t.low(k);
  if ((m == "may" || m == "march") && !t.token(k).has(kCapitalized)) return std::nullopt;
  DateMatch d;
  d.first = i;
  const int year = year_after(t, &after, end);
  d.last = after;
  d.iso = iso(year, month, day);
  return d;
}

std::optional<DateMatch> relative(const FigureText& t, std::size_t i, std::size_t end) {
  const std::string_view w = t.low(i);
  if (w == "last" || w == "next" || w == "this" || w == "past" || w == "coming" || w == "previous") {
    if (i + 1 < end && t.is_word(i + 1) && is_period_word(t.low(i + 1))) {
      DateMatch d;
      d.first = i;
      d.last = i + 2;
      return d;
    }
    return std::nullopt;
  }
  if (t.token(i).has(kCapitalized) && weekday_number(w) && w.size() >= 6) {
    DateMatch d;
    d.first = i;
    d.last = i + 1;
    // "Tuesday, April 8": one date.
    if (i + 2 < end && t.is(i + 1, ",")) {
      if (auto m = month_first(t, i + 2, end)) {
        d.last = m->last;
        d.iso = m->iso;
      }
    }
    return d;
  }
  return std::nullopt;
}

// "2025-04-08" and "2025-04" written as number, hyphen, number tokens.
std::optional<DateMatch> iso_tokens(const FigureText& t, std::size_t i, std::size_t end) {
  const int year = year_number(t, i);
  if (!year || i + 2 >= end || !t.is(i + 1, "-") || !t.glued(i, i + 1) || !t.glued(i + 1, i + 2)) return std::nullopt;
  const std::string_view m = t.raw(i + 2);
  if (m.size() != 2 || !t.is_number(i + 2)) return std::nullopt;
  const int month = (m[0] - '0') * 10 + (m[1] - '0');
  if (month < 1 || month > 12) return std::nullopt;
  DateMatch d;
  d.first = i;
  d.last = i + 3;
  int day = 0;
  if (i + 4 < end && t.is(i + 3, "-") && t.glued(i + 2, i + 3) && t.glued(i + 3, i + 4)) {
    const std::string_view s = t.raw(i + 4);
    if (s.size() == 2 && t.is_number(i + 4)) {
      day = (s[0] - '0') * 10 + (s[1] - '0');
      if (day >= 1 && day <= 31) d.last = i + 5;
      else day = 0;
    }
  }
  d.iso = iso(year, month, day);
  return d;
}

}  // namespace

bool looks_like_year(const FigureText& t, std::size_t i) {
  if (!t.is_number(i)) return false;
  const std::string_view s = t.raw(i);
  if (s.size() != 4) return false;
  int y = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    y = y * 10 + (c - '0');
  }
  return y >= 1000 && y <= 2100;
}

std::optional<DateMatch> match_date(const FigureText& t, std::size_t i, std::size_t end) {
  if (i >= end) return std::nullopt;
  if (t.is_number(i)) {
    if (auto d = day_first(t, i, end)) return d;
    return iso_tokens(t, i, end);
  }
  if (!t.is_word(i)) return std::nullopt;
  // "the 4th of July"
  if (auto d = month_first(t, i, end)) return d;
  return relative(t, i, end);
}

}  // namespace newsmark
