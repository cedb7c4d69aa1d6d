#include "figure_amounts.h"

#include <algorithm>
#include <cmath>
#include <string>

#include <re2/re2.h>

#include "figure_dates.h"
#include "figure_lexicon.h"
#include "figure_numbers.h"

namespace newsmark {
namespace {

// Words after which a number is a measure of time, not a count of things.
bool is_time_word(std::string_view w) {
  return w == "am" || w == "pm" || w == "a.m." || w == "p.m." || w == "a.m" || w == "p.m" || w == "gmt" ||
         w == "utc" || w == "est" || w == "edt" || w == "bst" || w == "cet" || w == "cest" || w == "pst" ||
         w == "pdt" || w == "o'clock" || w == "o’clock" || w == "hrs" || w == "local" || w == "noon";
}

double vulgar_fraction(std::string_view s) {
  if (s == "½") return 0.5;
  if (s == "¼") return 0.25;
  if (s == "¾") return 0.75;
  if (s == "⅓") return 1.0 / 3;
  if (s == "⅔") return 2.0 / 3;
  if (s == "⅙") return 1.0 / 6;
  if (s == "⅛") return 0.125;
  return 0;
}

// The unit of an age word: "year-old" and "years-old" → "year", "day-old" →
// "day"; "" for any other word.
std::string_view age_unit(std::string_view word) {
  if (word != "year-old" && word != "years-old" && word != "month-old" && word != "week-old" && word != "day-old") {
    return {};
  }
  std::string_view unit = word.substr(0, word.find('-'));
  if (unit.back() == 's') unit.remove_suffix(1);
  return unit;
}

}  // namespace

void AmountReader::end_at(Amount& a, std::size_t last) const {
  a.last = last;
  a.span.end = t_.token(last - 1).span.end;
}

bool AmountReader::is_dash(std::size_t i) const {
  if (i >= t_.size() || !t_.is_punct(i)) return false;
  const std::string_view w = t_.raw(i);
  return w == "-" || w == "\xE2\x80\x93" /* – */ || w == "\xE2\x80\x94" /* — */ || w == "\xE2\x80\x90";
}

// Reads one amount at token i: sign, currency, number, scale, unit or currency after it.
std::optional<Amount> AmountReader::read(std::size_t i, std::size_t end) const {
  if (i >= end) return std::nullopt;
  Amount a;
  a.first = i;
  std::size_t k = i;
  std::string currency;
  double currency_factor = 1;
  bool negative = false;
  // Sign: "minus five", "negative one", "-9.5" (a hyphen glued to the digits, not to a word before).
  if (t_.is(k, "minus") || t_.is(k, "negative")) {
    negative = true;
    ++k;
  } else if ((t_.is(k, "-") || t_.is(k, "−")) && t_.is_number(k + 1) && t_.glued(k, k + 1) &&
             (k == 0 || !t_.glued(k - 1, k) || t_.is_punct(k - 1))) {
    negative = true;
    ++k;
  }
  // Currency before the number: "$", "US$", "€", "USD", "dollar 22.5 million", "USD115".
  if (k < end) {
    const std::string_view w = t_.low(k);
    Currency c = currency_symbol(w);
    std::size_t used = c.code.empty() ? 0 : 1;
    if (!used && k + 1 < end && t_.is_word(k) && t_.glued(k, k + 1) && t_.is_punct(k + 1)) {
      std::string joined(w);
      joined += t_.low(k + 1);
      c = currency_symbol(joined);
      if (!c.code.empty()) used = 2;
    }
    if (!used && (w == "dollar" || w == "euro") && k + 1 < end && t_.is_number(k + 1)) {
      c = currency_word(w);
      used = 1;
    }
    if (used && t_.is_word(k) && !is_currency_code_word(k)) {
      used = 0;  // "try one": an English word, not a code
      c = {};
    }
    if (used && t_.is_word(k) && !t_.is_number(k + used) && !(k + used < end && t_.is_word(k + used) &&
                                                            number_word(t_.low(k + used)).kind != NumberWordKind::none)) {
      used = 0;  // "usd" as a word, not before an amount
      c = {};
    }
    if (!used && t_.is_word(k) && t_.token(k).has(kHasDigit)) {
      if (auto glued = glued_code_amount(k)) return glued;
    }
    if (used) {
      currency = std::string(c.code);
      currency_factor = c.factor;
      k += used;
    }
  }
  if (k >= end) return std::nullopt;
  // Vulgar fractions: "½", "¾".
  if (t_.is_punct(k)) {
    const double v = vulgar_fraction(t_.raw(k));
    if (v == 0) return std::nullopt;
    a.value = v;
    a.fraction = true;
    a.span = {t_.token(i).span.start, t_.token(k).span.end};
    a.last = k + 1;
    read_unit(a, end, currency, currency_factor);
    return a;
  }
  // ".25": decimals without the leading zero.
  if (t_.is(k, ".") && t_.is_number(k + 1) && t_.glued(k, k + 1) && (k == 0 || !t_.glued(k - 1, k))) {
    auto n = parse_number(t_, k + 1, end, !currency.empty());
    if (!n || !n->digits_only) return std::nullopt;
    const std::string_view digits = t_.raw(k + 1);
    double v = 0, unit = 0.1;
    for (char c : digits) {
      v += (c - '0') * unit;
      unit /= 10;
    }
    a.value = negative ? -v : v;
    a.last = k + 2;
    a.span = {t_.token(i).span.start, t_.token(k + 1).span.end};
    read_unit(a, end, currency, currency_factor);
    return a;
  }
  auto n = parse_number(t_, k, end, !currency.empty());
  if (!n) return std::nullopt;
  a.last = n->last;
  a.span = {t_.token(i).span.start, n->span.end};
  a.value = negative ? -n->value : n->value;
  a.vague = n->vague;
  a.fraction = n->fraction;
  a.spelled = n->spelled;
  a.has_scale = n->has_scale;
  a.scale = n->scale;
  switch (n->shape) {
    case NumberShape::not_a_figure:
      a.skip = true;
      return a;
    case NumberShape::numeric_date:
      numeric_date(t_.raw(n->last - 1), &a.date);
      return a;
    case NumberShape::list:
      a.list = true;  // "22,24,26": the caller splits it
      a.skip = true;
      return a;
    case NumberShape::ordinal:
      a.kind = FigureKind::ordinal;
      if (!n->rest.empty() && n->rest_after_hyphen) {
        a.span.end = t_.token(n->last - 1).span.end;  // "second-largest"
      }
      if (month_follows(a.last, end)) return std::nullopt;
      return a;
    case NumberShape::number:
      break;
  }
  if (n->digits_only && n->digit_count == 4 && n->rest.empty() && looks_like_year(t_, k) && currency.empty() &&
      !negative) {
    a.year_like = true;
  }
  if (n->spelled && !n->vague && !n->fraction && !n->has_scale && n->value <= 10 && n->first + 1 == n->last) {
    a.small_spelled = true;
  }
  // Letters left on the digits: a unit, a currency code, a time, a decade or a code.
  if (!n->rest.empty()) {
    const std::string_view rest = n->rest;
    const std::string lower = ascii_lower(rest);
    if (n->rest_after_hyphen) {
      if (!read_hyphen_rest(a, lower, currency)) {
        a.skip = true;
      }
      end_at(a, n->last);
      return a;
    }
    const std::uint32_t token_end = t_.token(n->last - 1).span.end;
    if (lower == "s" && n->digits_only && n->digit_count == 4 && rest.size() == 1) {
      a.date = std::string(t_.raw(k).substr(0, 3)) + "X";  // "1990s"
      a.span.end = token_end;
      return a;
    }
    const Currency c = currency_symbol(lower);
    if (!c.code.empty() && currency.empty()) {
      a.kind = FigureKind::money;
      a.unit = std::string(c.code);
      a.value *= c.factor;
      a.span.end = token_end;
      read_money_scale(a, end);
      return a;
    }
    const Unit u = glued_unit(rest);
    if (!u.name.empty() && currency.empty() && !(lower == "c" && !plausible_celsius(a, end))) {
      a.kind = FigureKind::quantity;
      a.unit = std::string(u.name);
      a.span.end = token_end;
      read_per_unit(a, end);
      return a;
    }
    a.skip = true;  // "6pm", "24703L202"
    a.span.end = token_end;
    return a;
  }
  // Proportions: "one in five", "two out of five hundred", and "1 over 3"
  // when nothing follows the second number ("30 over three days" is no fraction).
  if (currency.empty() && !n->has_scale && !n->vague && !a.year_like) {
    const std::size_t j = a.last;
    const bool over = t_.is(j, "over");
    const std::size_t skip = (t_.is(j, "out") && t_.is(j + 1, "of")) ? 2 : ((t_.is(j, "in") || over) ? 1 : 0);
    if (skip && j + skip < end && !looks_like_year(t_, j + skip)) {
      auto d = parse_number(t_, j + skip, end);
      const bool unit_follows = d && d->last < end && t_.is_word(d->last) && !unit_word(t_.low(d->last)).name.empty();
      const bool phrase_ends = d && (d->last >= end || t_.is_punct(d->last) || is_phrase_stop_word(t_.low(d->last)));
      if (d && d->shape == NumberShape::number && d->rest.empty() && !unit_follows && d->value > 0 &&
          (over ? phrase_ends : d->value > a.value)) {
        a.value /= d->value;
        a.fraction = true;
        a.last = d->last;
        a.span.end = d->span.end;
        return a;
      }
    }
  }
  if (a.last < end && is_time_word(t_.low(a.last)) && !n->spelled) {
    a.skip = true;
    return a;
  }
  read_unit(a, end, currency, currency_factor);
  return a;
}

bool AmountReader::plausible_celsius(const Amount& a, std::size_t end) const {
  if (a.value < -90 || a.value > 60) return false;
  const std::size_t j = a.last;
  if (a.first > 0 && (t_.is(a.first - 1, "-") && t_.glued(a.first - 1, a.first))) return false;  // "SCP-173C"
  return !(j < end && t_.glued(j - 1, j) && t_.is_punct(j) && t_.is(j, "/"));
}

// "one-yen", "six-mile", "three-year-old", "12-cent"
bool AmountReader::read_hyphen_rest(Amount& a, std::string_view rest, const std::string& currency) const {
  if (const std::string_view age = age_unit(rest); !age.empty()) {
    a.kind = FigureKind::quantity;
    a.unit = std::string(age);
    return true;
  }
  // "a 300-pound cover" weighs; money is "£300".
  if (rest == "pound" || rest == "pounds") {
    a.kind = FigureKind::quantity;
    a.unit = "lb";
    return true;
  }
  const Currency c = currency_word(rest);
  if (!c.code.empty() && currency.empty()) {
    a.kind = FigureKind::money;
    a.unit = std::string(c.code);
    a.value *= c.factor;
    return true;
  }
  const Unit u = unit_word(rest);
  if (!u.name.empty() && rest.size() > 1) {
    a.kind = FigureKind::quantity;
    a.unit = std::string(u.name);
    return true;
  }
  // "12-cent-a-share", "5-mile-long": the measure is the first part.
  const std::size_t hyphen = rest.find('-');
  if (hyphen == std::string_view::npos || hyphen == 0 || !read_hyphen_rest(a, rest.substr(0, hyphen), currency)) {
    return false;
  }
  // "5-foot-11": feet, then inches.
  const std::string_view inches = rest.substr(hyphen + 1);
  if (a.unit == "ft" && !inches.empty() && inches.size() <= 2 &&
      std::all_of(inches.begin(), inches.end(), [](char digit) { return digit >= '0' && digit <= '9'; })) {
    const int count = std::stoi(std::string(inches));
    if (count < 12) a.value += count / 12.0;
  }
  return true;
}


bool AmountReader::month_follows(std::size_t j, std::size_t end) const {
  if (j < end && t_.is(j, "of")) ++j;
  return j < end && t_.is_word(j) && month_number(t_.low(j)) != 0 && t_.token(j).has(kCapitalized);
}

// A word read as a currency code: "USD", "GBP"; lower case only for codes that are no English word.
bool AmountReader::is_currency_code_word(std::size_t k) const {
  const std::string_view w = t_.low(k);
  if (w == "dollar" || w == "euro") return true;
  if (t_.token(k).has(kAllCaps)) return true;
  return w == "usd" || w == "rmb" || w == "eur" || w == "gbp" || w == "jpy" || w == "cny" || w == "inr" ||
         w == "aud" || w == "hkd" || w == "uah";
}

// "USD115", "USD50"
std::optional<Amount> AmountReader::glued_code_amount(std::size_t k) const {
  // Upper-case letters then digits: "USD115", "GBP3".
  static const RE2* const re = new RE2(R"(([A-Za-z]{3})(\d+(?:\.\d+)?))");
  const std::string_view s = t_.raw(k);
  std::string code, digits;
  if (!RE2::FullMatch(re2::StringPiece(s.data(), s.size()), *re, &code, &digits)) return std::nullopt;
  const Currency c = currency_symbol(ascii_lower(code));
  if (c.code.empty()) return std::nullopt;
  Amount a;
  a.first = k;
  a.last = k + 1;
  a.span = t_.token(k).span;
  a.kind = FigureKind::money;
  a.unit = std::string(c.code);
  // "USD3.14": the word ends at the decimal point.
  if (t_.is(k + 1, ".") && t_.glued(k, k + 1) && t_.is_number(k + 2) && t_.glued(k + 1, k + 2)) {
    digits += '.';
    digits += t_.raw(k + 2);
    end_at(a, k + 3);
  }
  double v = 0, unit = 0;
  for (char ch : digits) {
    if (ch == '.') {
      unit = 0.1;
    } else if (ch < '0' || ch > '9') {
      break;
    } else if (unit > 0) {
      v += (ch - '0') * unit;
      unit /= 10;
    } else {
      v = v * 10 + (ch - '0');
    }
  }
  a.value = v;
  return a;
}

// "75 USD million", "$ 2 billion": a scale word after the currency code.
void AmountReader::read_money_scale(Amount& a, std::size_t end) const {
  if (a.last < end && t_.is_word(a.last)) {
    const NumberWord w = number_word(t_.low(a.last));
    if (w.kind == NumberWordKind::scale) {
      a.value *= w.value;
      end_at(a, a.last + 1);
    }
  }
}

// What follows the number: %, percent, a currency word or code, a unit.
void AmountReader::read_unit(Amount& a, std::size_t end, const std::string& currency, double currency_factor) const {
  std::size_t j = a.last;
  if (!currency.empty()) {
    a.kind = FigureKind::money;
    a.unit = currency;
    a.value *= currency_factor;
    // "$ 10 dollars", "C$ 5 million"
    if (j < end && currency_word(t_.low(j)).code == currency) {
      end_at(a, j + 1);
    }
    return;
  }
  if (j >= end) return;
  const std::string_view w = t_.low(j);
  // "6 ½ minutes": a vulgar fraction after the whole number.
  if (t_.is_punct(j) && !a.fraction && a.value == std::floor(a.value)) {
    const double fraction = vulgar_fraction(t_.raw(j));
    if (fraction > 0) {
      a.value += a.value < 0 ? -fraction : fraction;
      end_at(a, j + 1);
      read_unit(a, end, currency, currency_factor);
      return;
    }
  }
  // "the 93 year-old": an age written with a space.
  if (const std::string_view age = age_unit(w); !age.empty()) {
    a.kind = FigureKind::quantity;
    a.unit = std::string(age);
    end_at(a, j + 1);
    return;
  }
  // "half a percentage point", "a quarter of a percentage point".
  if (a.value < 1 && (w == "a" || (w == "of" && t_.is(j + 1, "a")))) {
    const std::size_t unit = w == "a" ? j + 1 : j + 2;
    if (t_.is(unit, "percentage") && (t_.is(unit + 1, "point") || t_.is(unit + 1, "points"))) {
      a.kind = FigureKind::percent;
      a.unit = "percentage point";
      end_at(a, unit + 2);
      return;
    }
  }
  // Percentages.
  if (w == "%" || w == "percent" || w == "percents" || w == "pct" || w == "percentage" ||
      (w == "per" && t_.is(j + 1, "cent"))) {
    std::size_t last = (w == "per") ? j + 2 : j + 1;
    a.kind = FigureKind::percent;
    a.unit = "%";
    if ((w == "percentage" || w == "%") && last < end && (t_.is(last, "points") || t_.is(last, "point"))) {
      a.unit = "percentage point";
      ++last;
    } else if (w == "percentage" && t_.is(last, "point")) {
      ++last;
    }
    end_at(a, last);
    return;
  }
  if (w == "basis" && t_.is(j + 1, "points")) {
    a.kind = FigureKind::percent;
    a.unit = "basis point";
    end_at(a, j + 2);
    return;
  }
  // Currency after the amount: "10 $", "115 USD", "5 dollars", "420 million finnish markka".
  {
    Currency c = currency_symbol(w);
    std::size_t last = j + 1;
    std::string code;
    if (!c.code.empty() && t_.is_word(j) && !is_currency_code_word(j)) c = {};
    if (!c.code.empty() && t_.is_punct(j) && j + 1 < end && t_.is_number(j + 1)) c = {};  // "1 $10": the sign opens the next amount
    if (c.code.empty() && t_.is_word(j) && t_.token(j).has(kAllCaps) && w.size() == 4 && w[0] == 'm') {
      c = currency_symbol(w.substr(1));  // "120 MEUR": millions of euros
      if (!c.code.empty()) a.value *= 1e6;
    }
    if (!c.code.empty()) {
      code = std::string(c.code);
    } else {
      c = currency_word(w);
      if (!c.code.empty()) {
        code = std::string(c.code);
      } else if (t_.is_word(j) && j + 1 < end) {
        // An adjective refines the currency: "australian dollars", "hong kong dollars", "sri lankan rupees".
        std::size_t adjective = j, noun = j + 1;
        if (noun + 1 < end && t_.is_word(noun) && currency_word(t_.low(noun)).code.empty()) ++noun;
        const Currency base = currency_word(t_.low(noun));
        if (!base.code.empty()) {
          const std::string_view refined = currency_with_adjective(t_.low(noun - 1), base.code);
          if (!refined.empty() && (noun == adjective + 1 || (t_.token(adjective).has(kCapitalized) ||
                                                              t_.low(adjective) == "new" || t_.low(adjective) == "hong" ||
                                                              t_.low(adjective) == "sri" || t_.low(adjective) == "south"))) {
            code = std::string(refined);
            c = base;
            last = noun + 1;
          }
        }
      }
    }
    // "pounds" is money after a scale ("361 million pounds") or a currency; otherwise weight.
    if (!code.empty() && (w == "pound" || w == "pounds") && !a.has_scale) code.clear();
    // "won", "rand", "marks" are money only after an amount that reads like one.
    if (!code.empty() && (w == "won" || w == "rand") && !a.has_scale) code.clear();
    if (!code.empty()) {
      a.kind = FigureKind::money;
      a.unit = code;
      a.value *= c.factor;
      end_at(a, last);
      read_money_scale(a, end);
      if (t_.is_word(j) && c.factor == 1) read_cents(a, end);
      return;
    }
  }
  // Hyphenated measures: "3-inch", "12-cent", "2.5-mile", "28 - year - old".
  if (is_dash(j) && j + 1 < end && t_.is_word(j + 1)) {
    const std::string_view next = t_.low(j + 1);
    Amount copy = a;
    if (read_hyphen_rest(copy, next, currency) ||
        ((next == "year" || next == "month") && t_.is(j + 2, "-") && t_.is(j + 3, "old"))) {
      if (copy.kind == FigureKind::count) {
        copy.kind = FigureKind::quantity;
        copy.unit = std::string(next);
      }
      a = copy;
      a.last = j + 2;
      if ((next == "year" || next == "month") && t_.is(j + 2, "-") && t_.is(j + 3, "old")) a.last = j + 4;
      end_at(a, a.last);
      return;
    }
  }
  // Units: "17 km", "0.9 trillion cubic feet", "660 square meters", "40 deg celsius", "20 °C".
  std::size_t u = j;
  std::string prefix;
  if (w == "square" || w == "sq" || w == "sq." || w == "cubic" || w == "metric") {
    prefix = w == "cubic" ? "cubic " : (w == "metric" ? "" : "square ");
    ++u;
  }
  if (u < end && (t_.is(u, "[") || t_.is(u, "{") || t_.is(u, "<")) && t_.is_word(u + 1)) {
    // "20 [kg]": a unit in brackets
    const Unit inner = unit_word(t_.low(u + 1));
    if (!inner.name.empty() && u + 2 < end && t_.is_punct(u + 2)) {
      a.kind = FigureKind::quantity;
      a.unit = std::string(inner.name);
      end_at(a, u + 3);
      return;
    }
  }
  if (u < end && (t_.is_word(u) || t_.is(u, "°") || t_.is(u, "\""))) {
    const std::string_view uw = t_.low(u);
    Unit unit = unit_word(uw);
    if (uw == "\"" && !a.spelled) unit = {"in", false, false};
    if (uw == "in" || uw == "t" || uw == "l" || uw == "ha" || uw == "g" || uw == "mark") unit = {};
    if (uw == "m" && (a.spelled || a.has_scale)) unit = {};
    if (!unit.name.empty() && !unit.time && !(unit.temperature_scale && uw.size() == 1)) {
      a.kind = FigureKind::quantity;
      a.unit = prefix.empty() ? std::string(unit.name) : prefix + std::string(unit.name);
      if (prefix == "square " && unit.name.size() <= 2) a.unit = std::string(unit.name) + "²";
      if (prefix == "cubic " && unit.name.size() <= 2) a.unit = std::string(unit.name) + "³";
      a.last = u + 1;
      // "degrees celsius", "deg. f", "° C"
      if (unit.name == "°") {
        std::size_t s = a.last;
        if (s < end && t_.is(s, ".") && t_.glued(s - 1, s)) ++s;
        if (s < end && t_.is_word(s)) {
          const std::string_view scale = t_.low(s);
          const Unit tu = unit_word(scale);
          if (tu.temperature_scale) {
            a.unit = std::string(tu.name);
            a.last = s + 1;
          } else if (scale == "c" || scale == "f") {
            a.unit = scale == "c" ? "°C" : "°F";
            a.last = s + 1;
          }
        }
        if (a.last == u + 1 && uw == "deg" && s > a.last) a.last = s;  // "50 deg."
      }
      end_at(a, a.last);
      // "12 ft 2 in", "5 feet and 2 inches"
      if ((unit.name == "ft") && a.last + 1 < end) {
        std::size_t q = a.last;
        if (t_.is(q, "and")) ++q;
        if (q + 1 < end && t_.is_number(q) && (t_.is(q + 1, "in") || t_.is(q + 1, "inches") || t_.is(q + 1, "inch"))) {
          auto inches = parse_number(t_, q, end);
          if (inches && inches->shape == NumberShape::number && inches->rest.empty()) {
            a.value += inches->value / 12;
            end_at(a, q + 2);
          }
        }
      }
      read_per_unit(a, end);
      return;
    }
    if (!unit.name.empty() && unit.temperature_scale && !a.spelled) {
      a.kind = FigureKind::quantity;
      a.unit = std::string(unit.name);
      end_at(a, u + 1);
      return;
    }
    if (unit.time && prefix.empty()) {
      a.kind = FigureKind::quantity;
      a.unit = std::string(unit.name);
      a.last = u + 1;
      // Ages: "29 years old", "3 years of age".
      if (t_.is(a.last, "old")) {
        ++a.last;
      } else if (t_.is(a.last, "of") && t_.is(a.last + 1, "age")) {
        a.last += 2;
      }
      end_at(a, a.last);
      return;
    }
    if (uw == "yo" && !a.spelled) {
      a.kind = FigureKind::quantity;
      a.unit = "year";
      end_at(a, u + 1);
    }
  }
}

// "50 km/h", "50 meters per millisecond"
void AmountReader::read_per_unit(Amount& a, std::size_t end) const {
  std::size_t j = a.last;
  if (j + 1 < end && (t_.is(j, "/") || t_.is(j, "per")) && t_.is_word(j + 1)) {
    const Unit per = unit_word(t_.low(j + 1));
    if (!per.name.empty()) {
      a.unit += "/" + std::string(per.name);
      end_at(a, j + 2);
    }
  }
}

// "thirteen dollars and forty-five cents", "15 dollars 50"
void AmountReader::read_cents(Amount& a, std::size_t end) const {
  std::size_t j = a.last;
  if (j < end && t_.is(j, "and")) ++j;
  if (j >= end || !(t_.is_number(j) || t_.is_word(j))) return;
  auto n = parse_number(t_, j, end);
  if (!n || n->shape != NumberShape::number || !n->rest.empty() || n->value >= 100 || n->value != static_cast<int>(n->value)) return;
  std::size_t last = n->last;
  if (last < end && (t_.is(last, "cents") || t_.is(last, "cent") || t_.is(last, "pence"))) ++last;
  else if (last < end && t_.is_word(last) && !is_phrase_stop_word(t_.low(last))) return;  // "15 dollars 50 times"
  a.value += n->value / 100;
  end_at(a, last);
}

}  // namespace newsmark
