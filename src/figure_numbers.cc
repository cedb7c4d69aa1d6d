#include "figure_numbers.h"

#include <re2/re2.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#include "figure_lexicon.h"

namespace newsmark {
namespace {

// Digits with optional grouping (western "1,234,567" or Indian "12,34,567"),
// decimals and an exponent. Compiled once; anchored at a token's start.
const RE2& digits_pattern() {
  static const RE2* const re =
      new RE2(R"((\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d+)(?:\.(\d+))?(?:[eE]([+-]?\d{1,3}))?)");
  return *re;
}

const RE2& three_digit_group() {
  static const RE2* const re = new RE2(R"(\d{3}(?:\.\d+)?)");
  return *re;
}

double digits_value(std::string_view digits) {
  double v = 0;
  for (char c : digits) {
    if (c >= '0' && c <= '9') v = v * 10 + (c - '0');
  }
  return v;
}

double decimals_value(std::string_view digits) {
  double v = 0, unit = 0.1;
  for (char c : digits) {
    if (c < '0' || c > '9') break;
    v += (c - '0') * unit;
    unit /= 10;
  }
  return v;
}

int count_digits(std::string_view s) {
  int n = 0;
  for (char c : s) n += (c >= '0' && c <= '9');
  return n;
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

bool is_ordinal_suffix(std::string_view lower) {
  return lower == "st" || lower == "nd" || lower == "rd" || lower == "th";
}

// One word of a spelled number. Hyphenated tokens give several pieces:
// "twenty-first" → "twenty", "first".
struct Piece {
  std::string_view low;
  std::size_t token;
  std::uint32_t end;  // byte where this piece ends
  bool ends_token;
  bool digits;        // a plain digit token: "4 thousand 3 hundred"
  double digit_value;
};

constexpr std::size_t kMaxPieces = 24;

// Cuts the tokens from i on into pieces, stopping at punctuation (except a
// spaced hyphen, "fifty - two") and at the first word that cannot belong to a
// spelled number.
std::size_t collect_pieces(const FigureText& t, std::size_t i, std::size_t end, Piece* out) {
  std::size_t n = 0;
  for (std::size_t j = i; j < end && n + 4 < kMaxPieces; ++j) {
    const Token& tok = t.token(j);
    const std::string_view low = t.low(j);
    if (tok.type == TokenType::number) {
      if (!all_digits(low) && !(low.find('.') != std::string_view::npos && static_cast<std::size_t>(count_digits(low)) + 1 == low.size())) break;
      double value = 0;
      const std::size_t dot = low.find('.');
      value = digits_value(low.substr(0, dot)) + (dot == std::string_view::npos ? 0 : decimals_value(low.substr(dot + 1)));
      out[n++] = {low, j, tok.span.end, true, true, value};
      continue;
    }
    if (tok.type == TokenType::punct) {
      if (low == "-" || low == "\xE2\x80\x90" /* ‐ */) {
        out[n++] = {"-", j, tok.span.end, true, false, 0};
        continue;
      }
      break;
    }
    std::size_t start = 0;
    bool stop = false;
    while (start <= low.size()) {
      std::size_t dash = low.find('-', start);
      if (dash == std::string_view::npos) dash = low.size();
      const std::string_view part = low.substr(start, dash - start);
      if (!part.empty()) {
        out[n++] = {part, j, static_cast<std::uint32_t>(tok.span.start + dash), dash == low.size(), false, 0};
        if (n + 1 >= kMaxPieces) {
          stop = true;
          break;
        }
      }
      start = dash + 1;
    }
    if (stop) break;
    // Stop collecting after a word that is not part of any spelled number.
    if (number_word(low).kind == NumberWordKind::none && low != "and" && low != "a" && low != "an" &&
        low != "point" && low != "of" && low.find('-') == std::string_view::npos) {
      break;
    }
  }
  return n;
}

enum class Last { none, a, unit, teen, tens, hundred, scale, digit };

// A whole number read from pieces. When it holds an "and", the parts before
// and after it are kept: "five billion and three quarters" needs them.
struct IntegerRead {
  std::size_t pieces = 0;  // consumed; 0 when nothing was read
  double value = 0;
  Last last = Last::none;
  double last_scale = 0;   // the last thousand/million/... applied
  bool has_and = false;
  double before_and = 0;   // value up to the last "and"
  Last last_before_and = Last::none;
  double scale_before_and = 0;
};

// Spelled-number reader over pieces.
class WordNumberReader {
 public:
  WordNumberReader(const Piece* pieces, std::size_t count) : p_(pieces), n_(count) {}

  // Reads a whole number from piece k: "one hundred and six", "4 thousand 3
  // hundred and 21", "twenty-one trillion".
  IntegerRead read_integer(std::size_t k) const {
    double total = 0, cur = 0, last_scale = 0;
    Last last = Last::none;
    std::size_t pos = k;
    IntegerRead committed, pending_and;
    bool and_pending = false;
    auto commit = [&] {
      committed.pieces = pos - k;
      committed.value = total + cur;
      committed.last = last;
      committed.last_scale = last_scale;
      if (and_pending) {
        committed.has_and = true;
        committed.before_and = pending_and.before_and;
        committed.last_before_and = pending_and.last_before_and;
        committed.scale_before_and = pending_and.scale_before_and;
        and_pending = false;
      }
    };
    auto is_multiplier = [&](std::size_t at) {
      if (at >= n_) return false;
      const NumberWordKind kind = number_word(p_[at].low).kind;
      return kind == NumberWordKind::hundred || kind == NumberWordKind::scale;
    };
    while (pos < n_) {
      const Piece& pc = p_[pos];
      if (pc.digits) {
        // Digits join words only around scales: "4 thousand", "hundred and 21".
        if (last != Last::none && last != Last::scale && last != Last::hundred) break;
        if (last != Last::none && (pc.digit_value >= (last == Last::hundred ? 100 : last_scale) || is_multiplier(pos + 1))) break;
        cur += pc.digit_value;
        last = Last::digit;
        ++pos;
        commit();
        continue;
      }
      const NumberWord w = number_word(pc.low);
      if (w.kind == NumberWordKind::cardinal) {
        const double v = w.value;
        const bool is_unit = v < 10, is_teen = v >= 10 && v < 20;
        bool ok;
        if (is_unit) {
          ok = last == Last::none || last == Last::hundred || last == Last::scale || last == Last::tens;
        } else {
          ok = last == Last::none || last == Last::hundred || last == Last::scale;
        }
        if (!ok) break;
        cur += v;
        last = is_unit ? Last::unit : (is_teen ? Last::teen : Last::tens);
        ++pos;
        commit();
        continue;
      }
      if (w.kind == NumberWordKind::hundred) {
        if (last == Last::hundred || last == Last::scale || last == Last::none) {
          if (last != Last::none || k == 0 || p_[k - 1].low != "a") break;
        }
        if (cur >= 100) break;  // "3 hundred and 2.12 hundred" is two numbers
        cur = (cur == 0 ? 1 : cur) * 100;
        last = Last::hundred;
        ++pos;
        commit();
        continue;
      }
      if (w.kind == NumberWordKind::scale) {
        if (last == Last::none && !(k > 0 && p_[k - 1].low == "a" && pos == k)) break;
        if (last_scale != 0 && w.value >= last_scale) {
          // "three lakh crore": a larger scale multiplies what came before.
          total = (total + cur) * w.value;
        } else {
          total += (cur == 0 ? 1 : cur) * w.value;
        }
        cur = 0;
        last_scale = w.value;
        last = Last::scale;
        ++pos;
        commit();
        continue;
      }
      if (pc.low == "and" && (last == Last::hundred || last == Last::scale) && pos + 1 < n_) {
        const Piece& next = p_[pos + 1];
        const NumberWord nw = number_word(next.low);
        if (next.digits || (nw.kind == NumberWordKind::cardinal)) {
          // "hundred and six": not committed until a number follows
          pending_and.before_and = total + cur;
          pending_and.last_before_and = last;
          pending_and.scale_before_and = last_scale;
          and_pending = true;
          ++pos;
          continue;
        }
        break;
      }
      if (pc.low == "-" && last == Last::tens && pos + 1 < n_ && number_word(p_[pos + 1].low).kind == NumberWordKind::cardinal &&
          number_word(p_[pos + 1].low).value < 10) {
        ++pos;  // "fifty - two"
        continue;
      }
      break;
    }
    return committed;
  }

 private:
  const Piece* p_;
  std::size_t n_;
};

struct WordResult {
  std::size_t pieces = 0;  // consumed
  double value = 0;
  bool ordinal = false;
  bool fraction = false;
  bool vague = false;
  bool has_scale = false;
  double scale = 1;
};

bool is_scale_piece(const Piece& pc, double* scale) {
  const NumberWord w = number_word(pc.low);
  if (w.kind == NumberWordKind::scale) {
    *scale = w.value;
    return true;
  }
  return false;
}

// A fraction after "and" or standing alone: "a half", "a quarter", "three
// fifths", "one fourth", "fifty-four hundredths". Returns pieces consumed.
std::size_t read_fraction(const Piece* p, std::size_t n, std::size_t k, double* value) {
  if (k >= n) return 0;
  const WordNumberReader reader(p, n);
  std::size_t pos = k;
  double numerator = 1;
  bool article = false;
  if (p[pos].low == "a" || p[pos].low == "an") {
    article = true;
    ++pos;
  } else {
    const IntegerRead whole = reader.read_integer(pos);
    if (whole.pieces == 0) return 0;
    numerator = whole.value;
    pos += whole.pieces;
  }
  if (pos < n && p[pos].low == "-") ++pos;  // "one - fourth"
  if (pos >= n) return 0;
  const NumberWord w = number_word(p[pos].low);
  const bool single = article || numerator == 1;
  if (w.kind == NumberWordKind::denominator || w.kind == NumberWordKind::half ||
      w.kind == NumberWordKind::quarter || (w.kind == NumberWordKind::ordinal && single && w.value > 2)) {
    *value = numerator / w.value;
    return pos + 1 - k;
  }
  // "a twenty-first": a compound ordinal as denominator
  if (article && pos + 1 < n && number_word(p[pos].low).kind == NumberWordKind::cardinal) {
    const NumberWord tail = number_word(p[pos + 1].low);
    if (tail.kind == NumberWordKind::ordinal && tail.value < 10 && p[pos].token == p[pos + 1].token) {
      *value = 1 / (number_word(p[pos].low).value + tail.value);
      return pos + 2 - k;
    }
  }
  return 0;
}

WordResult read_words(const Piece* p, std::size_t n) {
  WordResult r;
  if (n == 0) return r;
  const WordNumberReader reader(p, n);
  std::size_t pos = 0;
  const bool article = p[0].low == "a" || p[0].low == "an";
  if (article) pos = 1;
  if (pos >= n) return r;
  const NumberWord first = number_word(p[pos].low);

  // Vague magnitudes: "thousands", "tens of thousands", "dozens".
  if (!article && first.kind == NumberWordKind::vague) {
    r.vague = true;
    r.value = first.value;
    r.pieces = pos + 1;
    if (pos + 2 < n && p[pos + 1].low == "of" && number_word(p[pos + 2].low).kind == NumberWordKind::vague &&
        number_word(p[pos + 2].low).value > first.value) {
      r.value = first.value * number_word(p[pos + 2].low).value;  // tens of thousands
      r.pieces = pos + 3;
    } else if (first.value == 10) {
      return WordResult{};  // a bare "tens" is not a figure
    }
    return r;
  }
  // "half", "half a dozen", "half million", "a quarter", "quarter million".
  if (first.kind == NumberWordKind::half || (first.kind == NumberWordKind::quarter && (article || pos + 1 < n))) {
    if (first.kind == NumberWordKind::quarter && !article) {
      double s;
      if (!(pos + 1 < n && is_scale_piece(p[pos + 1], &s))) return r;
    }
    if (p[pos].low == "halves" || p[pos].low == "quarters") return r;
    r.value = 1 / first.value;
    r.fraction = true;
    r.pieces = pos + 1;
    double s;
    if (r.pieces + 1 < n && !article && (p[r.pieces].low == "a" || p[r.pieces].low == "an") &&
        number_word(p[r.pieces + 1].low).kind == NumberWordKind::dozen) {
      r.value = 6;  // half a dozen
      r.fraction = false;
      r.pieces += 2;
    } else if (r.pieces < n && is_scale_piece(p[r.pieces], &s)) {
      r.value *= s;
      r.fraction = false;
      r.has_scale = true;
      r.scale = s;
      ++r.pieces;
    }
    return r;
  }
  // "a dozen"
  if (first.kind == NumberWordKind::dozen) {
    if (!article) return r;
    r.value = 12;
    r.pieces = pos + 1;
    return r;
  }
  if (first.kind == NumberWordKind::ordinal) {
    if (article) {
      double v;
      const std::size_t used = read_fraction(p, n, 0, &v);
      if (used) {
        r.value = v;
        r.fraction = true;
        r.pieces = used;
      }
      return r;
    }
    r.ordinal = true;
    r.value = first.value;
    r.pieces = pos + 1;
    return r;
  }
  if (article) {
    // "a hundred", "a million", "a third", "a half" (handled above), "a twenty-first".
    const NumberWord w = first;
    if (w.kind != NumberWordKind::hundred && w.kind != NumberWordKind::scale) {
      double v;
      const std::size_t used = read_fraction(p, n, 0, &v);
      if (used) {
        r.value = v;
        r.fraction = true;
        r.pieces = used;
      }
      return r;
    }
  }

  const IntegerRead whole = reader.read_integer(pos);
  if (whole.pieces == 0) return r;
  const double value = whole.value, last_scale = whole.last_scale;
  const Last last = whole.last;
  const std::size_t used = whole.pieces;
  pos += used;
  r.value = value;
  r.has_scale = last_scale != 0 || last == Last::hundred;
  r.scale = last_scale != 0 ? last_scale : 1;
  if (article && used == 1 && last == Last::hundred) r.value = 100;
  // What may follow a whole number: a denominator, an ordinal ending, "and a
  // half", "point five", "dozen(s)".
  if (pos < n) {
    std::size_t at = pos;
    if (p[at].low == "-" && at + 1 < n) ++at;  // "five - eighths"
    const NumberWord next = number_word(p[at].low);
    const NumberWord next_next = at + 1 < n ? number_word(p[at + 1].low) : NumberWord{};
    const bool single_part = (next.kind == NumberWordKind::quarter || next.kind == NumberWordKind::half) &&
                             value == 1 && used == 1 && !whole.has_and;  // "one quarter", "one half"
    if (next.kind == NumberWordKind::denominator || (next.kind == NumberWordKind::quarter && p[at].low == "quarters") ||
        single_part) {
      if (whole.has_and) {
        // "two hundred and fifty-four hundredths", "five billion and three quarters"
        const double part = value - whole.before_and;
        const double unit = whole.last_before_and == Last::scale ? whole.scale_before_and : 1;
        r.value = whole.before_and + part / next.value * unit;
        r.fraction = whole.last_before_and != Last::scale;
      } else {
        r.value = value / next.value;
        r.fraction = true;
      }
      pos = at + 1;
    } else if (next.kind == NumberWordKind::cardinal && next.value >= 20 && at + 1 < n && p[at + 1].token == p[at].token &&
               ((next_next.kind == NumberWordKind::ordinal && value == 1) || next_next.kind == NumberWordKind::denominator) &&
               next_next.value < 10 && !whole.has_and) {
      // "one twenty-fifth", "three twenty-firsts"
      r.value = value / (next.value + next_next.value);
      r.fraction = true;
      pos = at + 2;
    } else if (next.kind == NumberWordKind::ordinal) {
      if (used == 1 && value == 1 && next.value > 2) {
        r.value = 1 / next.value;  // "one eighth"
        r.fraction = true;
      } else if (next.value >= 100 && last != Last::scale) {
        r.value = value * next.value;  // "two hundredth", "three trillionth"
        r.ordinal = true;
      } else if (next.value < 100 && (last == Last::tens ? next.value < 10 : true)) {
        r.value = value + next.value;  // "twenty-first", "one hundred twenty fifth"
        r.ordinal = true;
      } else {
        r.pieces = pos;
        return r;
      }
      r.has_scale = false;
      pos = at + 1;
    } else if (next.kind == NumberWordKind::dozen || p[at].low == "dozens" || p[at].low == "dzs" ||
               p[at].low == "dozs") {
      // "three dozens", "three hundred and two dozens"
      r.value = whole.has_and ? whole.before_and + (value - whole.before_and) * 12 : value * 12;
      pos = at + 1;
    } else if (p[pos].low == "point" && pos + 1 < n) {
      // "five point five", "nine point nought four", "two hundred point seventy-one"
      std::size_t q = pos + 1;
      double frac = 0, unit = 0.1;
      bool any = false;
      while (q < n) {
        const NumberWord d = number_word(p[q].low);
        if (d.kind != NumberWordKind::cardinal) break;
        if (d.value >= 20 && q + 1 < n && p[q + 1].token == p[q].token) {
          const NumberWord u = number_word(p[q + 1].low);
          if (u.kind == NumberWordKind::cardinal && u.value < 10) {
            frac += (d.value / 10) * unit + u.value * unit / 10;
            unit /= 100;
            q += 2;
            any = true;
            continue;
          }
        }
        if (d.value >= 10) {
          frac += d.value / 10 * unit;
          unit /= 100;
        } else {
          frac += d.value * unit;
          unit /= 10;
        }
        ++q;
        any = true;
      }
      if (any) {
        r.value = value + frac;
        pos = q;
      }
    } else if (p[pos].low == "and" && pos + 1 < n) {
      double frac;
      const std::size_t f = read_fraction(p, n, pos + 1, &frac);
      if (f) {
        const std::size_t after = pos + 1 + f;
        double s;
        if (after < n && is_scale_piece(p[after], &s) && (last != Last::scale || s < last_scale)) {
          // "five and a half million", "one billion and a half million"
          if (last == Last::scale) {
            r.value = value + frac * s;
          } else {
            r.value = (value + frac) * s;
          }
          r.has_scale = true;
          r.scale = s;
          pos = after + 1;
        } else {
          r.value = last == Last::scale ? value + frac * last_scale : value + frac;
          pos = after;
        }
      }
    }
  }
  // "two thirds of a million", "three quarters billion"
  if (r.fraction && pos < n) {
    double s;
    if (is_scale_piece(p[pos], &s)) {
      r.value *= s;
      r.fraction = false;
      r.has_scale = true;
      r.scale = s;
      ++pos;
    } else if (pos + 2 < n && p[pos].low == "of" && p[pos + 1].low == "a" && is_scale_piece(p[pos + 2], &s)) {
      r.value *= s;
      r.fraction = false;
      r.has_scale = true;
      r.scale = s;
      pos += 3;
    }
  }
  r.pieces = pos;
  return r;
}

// Powers written with a caret: "1.1^23", "2.5^-1", "1.3x10^6". Token k
// holds the base (and "x10" when the base is a mantissa).
bool read_power(const FigureText& t, std::size_t k, std::size_t end, std::uint32_t match_end, ParsedNumber* p) {
  const std::string_view rest = t.doc().text.substr(match_end, t.token(k).span.end - match_end);
  const bool mantissa = rest == "x10" || rest == "X10";
  if (!(rest.empty() || mantissa) || !t.is(k + 1, "^") || !t.glued(k, k + 1)) return false;
  std::size_t j = k + 2;
  bool negative = false;
  while (j < end && (t.is(j, "-") || t.is(j, "+")) && t.glued(j - 1, j)) {
    if (t.is(j, "-")) negative = !negative;
    ++j;
  }
  if (j >= end || !t.is_number(j) || !t.glued(j - 1, j)) return false;
  const std::string_view digits = t.raw(j);
  const std::size_t dot = digits.find('.');
  const double exponent = (negative ? -1 : 1) * (digits_value(digits.substr(0, dot)) +
                                                 (dot == std::string_view::npos ? 0 : decimals_value(digits.substr(dot + 1))));
  p->value = mantissa ? p->value * std::pow(10.0, exponent) : std::pow(p->value, exponent);
  p->digits_only = false;
  p->last = j + 1;
  p->span.end = t.token(j).span.end;
  return true;
}

// Digits: "155", "10,000", "1.2bn", "3.5", "21st", "1/4", "12.32e+14".
std::optional<ParsedNumber> parse_digits(const FigureText& t, std::size_t i, std::size_t end, bool allow_bare_m) {
  const std::string_view text = t.doc().text;
  const Token& tok = t.token(i);
  const std::size_t limit = std::min<std::size_t>(t.token(end - 1).span.end, text.size());
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece groups[4];
  if (!digits_pattern().Match(input, tok.span.start, limit, RE2::ANCHOR_START, groups, 4)) return std::nullopt;
  const auto match_end = static_cast<std::uint32_t>(groups[0].data() - text.data() + groups[0].size());
  std::size_t k = i;
  while (k + 1 < end && t.token(k + 1).span.start < match_end) ++k;
  ParsedNumber p;
  p.first = i;
  p.last = k + 1;
  const std::string_view int_part(groups[1].data(), groups[1].size());
  const std::string_view decimals(groups[2].data() ? groups[2].data() : "", groups[2].size());
  const std::string_view exponent(groups[3].data() ? groups[3].data() : "", groups[3].size());
  p.value = digits_value(int_part) + decimals_value(decimals);
  if (!exponent.empty()) {
    int e = 0;
    bool neg = false;
    for (char c : exponent) {
      if (c == '-') neg = true;
      if (c >= '0' && c <= '9') e = e * 10 + (c - '0');
    }
    p.value *= std::pow(10.0, neg ? -e : e);
  }
  p.has_separator = int_part.find(',') != std::string_view::npos;
  p.digit_count = count_digits(int_part);
  p.digits_only = !p.has_separator && decimals.empty() && exponent.empty();
  p.span = {tok.span.start, match_end};
  const std::uint32_t token_end = t.token(k).span.end;
  if (read_power(t, k, end, match_end, &p)) return p;
  if (match_end < token_end) {
    const std::string_view rest = text.substr(match_end, token_end - match_end);
    const std::string_view rest_low = t.lower_text().substr(match_end, token_end - match_end);
    const char c = rest[0];
    if (c == ',') {
      if (!p.has_separator && decimals.empty() && rest.size() <= 3 && all_digits(rest.substr(1))) {
        p.value += decimals_value(rest.substr(1));  // "1,3": a decimal comma
        p.digits_only = false;
        p.span.end = token_end;
      } else {
        p.shape = NumberShape::list;
        p.span.end = token_end;
      }
      return p;
    }
    if (c == '.' || c == '/') {
      p.span.end = token_end;
      const std::size_t slash = rest.find('/', 1);
      // "1/4", "3/8", "3/16": a fraction below one. "5/12" and "9/11" are days, "22/04" and "24/7" nothing.
      if (c == '/' && slash == std::string_view::npos && all_digits(rest.substr(1)) && p.digits_only && rest[1] != '0') {
        const double denominator = digits_value(rest.substr(1));
        const bool usual_denominator = denominator <= 10 || denominator == 16 || denominator == 32 ||
                                       denominator == 64 || denominator == 100;
        if (denominator > p.value && rest.size() <= 4 && usual_denominator) {
          p.value /= denominator;
          p.fraction = true;
          p.digits_only = false;
          return p;
        }
      }
      std::string iso;
      p.shape = numeric_date(t.raw(k), &iso) ? NumberShape::numeric_date : NumberShape::not_a_figure;
      return p;
    }
    if (c == ':') {
      p.shape = NumberShape::not_a_figure;  // a time of day or a ratio
      p.span.end = token_end;
      return p;
    }
    if (is_ordinal_suffix(rest_low) && decimals.empty()) {
      p.shape = NumberShape::ordinal;
      p.span.end = token_end;
      return p;
    }
    // "5G", "4G": network generations are names.
    if (rest == "G" && p.digits_only && p.value < 10) {
      p.shape = NumberShape::not_a_figure;
      p.span.end = token_end;
      return p;
    }
    const double scale = (rest_low == "m" && allow_bare_m) ? 1e6 : number_suffix_scale(rest_low, rest);
    if (scale > 0) {
      p.value *= scale;
      p.has_scale = true;
      p.scale = scale;
      p.digits_only = false;
      p.span.end = token_end;
    } else {
      p.rest = rest;
    }
  } else if (p.digits_only && p.digit_count <= 3) {
    // "1 234 567", "40 000": thousands separated by one space.
    std::size_t j = k;
    while (j + 1 < end && t.single_space_after(j) && t.is_number(j + 1) &&
           RE2::FullMatch(re2::StringPiece(t.raw(j + 1).data(), t.raw(j + 1).size()), three_digit_group())) {
      ++j;
    }
    if (j > k && !(j + 1 < end && t.is_number(j + 1) && t.single_space_after(j))) {
      double v = p.value;
      for (std::size_t q = k + 1; q <= j; ++q) {
        const std::string_view g = t.raw(q);
        const std::size_t dot = g.find('.');
        v = v * 1000 + digits_value(g.substr(0, dot)) + (dot == std::string_view::npos ? 0 : decimals_value(g.substr(dot + 1)));
      }
      p.value = v;
      p.has_separator = true;
      p.digits_only = false;
      p.last = j + 1;
      p.span.end = t.token(j).span.end;
      k = j;
    }
  }
  return p;
}

// Text split into words by an older tokenizer keeps spaces inside numbers:
// "46 . 8" (46.8), "80 , 000" (80000), "1 / 4" (0.25). The separator has a
// space on both sides, which ordinary prose never writes between digits.
void join_spaced_parts(const FigureText& t, std::size_t end, ParsedNumber* p) {
  const std::size_t sep = p->last, after = p->last + 1;
  if (!p->digits_only || after >= end || !t.is_number(after) || !t.is_punct(sep)) return;
  if (t.glued(sep - 1, sep) || t.glued(sep, after)) return;
  const std::string_view digits = t.raw(after);
  if (!all_digits(digits)) return;
  const std::string_view s = t.raw(sep);
  if (s == ".") {
    p->value += decimals_value(digits);
  } else if (s == "," && digits.size() == 3 && p->digit_count <= 3) {
    p->value = p->value * 1000 + digits_value(digits);
    p->has_separator = true;
  } else if (s == "/" && digits_value(digits) > 0) {
    p->value /= digits_value(digits);
    p->fraction = true;
  } else {
    return;
  }
  p->digits_only = false;
  p->last = after + 1;
  p->span.end = t.token(after).span.end;
}

}  // namespace

std::optional<ParsedNumber> parse_number(const FigureText& t, std::size_t i, std::size_t end, bool allow_bare_m) {
  if (i >= end) return std::nullopt;
  if (t.is_number(i)) {
    std::optional<ParsedNumber> p = parse_digits(t, i, end, allow_bare_m);
    if (!p || p->shape != NumberShape::number || !p->rest.empty() || p->fraction) return p;
    join_spaced_parts(t, end, &*p);
    // Digits followed by number words: "2 million", "4 thousand 3 hundred and 21", "3 dozens", "2 1/4".
    const std::size_t next = p->last;
    if (next < end && t.is_number(next) && !t.glued(next - 1, next) && p->digits_only) {
      std::optional<ParsedNumber> frac = parse_digits(t, next, end, false);
      if (frac && frac->fraction && frac->value < 1 && frac->rest.empty()) {
        p->value += frac->value;  // "2 1/4", "10 1/2"
        p->last = frac->last;
        p->span.end = frac->span.end;
        p->digits_only = false;
        return p;
      }
    }
    if (next < end && t.is_word(next)) {
      const std::string_view w = t.low(next);
      const double suffix_scale = number_suffix_scale(w, t.raw(next));
      const NumberWord nw = number_word(w);
      if (nw.kind == NumberWordKind::scale || nw.kind == NumberWordKind::hundred ||
          nw.kind == NumberWordKind::dozen || w == "dozens" || w == "dzs" || w == "dozs") {
        if (p->has_separator || !p->digits_only || nw.kind != NumberWordKind::hundred || true) {
          Piece pieces[kMaxPieces];
          std::size_t n = collect_pieces(t, i, end, pieces);
          if (n > 0 && pieces[0].digits && pieces[0].token == i && p->last == i + 1) {
            const WordResult r = read_words(pieces, n);
            if (r.pieces >= 2 && pieces[r.pieces - 1].ends_token) {
              p->value = r.value;
              p->last = pieces[r.pieces - 1].token + 1;
              p->span.end = pieces[r.pieces - 1].end;
              p->has_scale = r.has_scale;
              p->scale = r.scale;
              p->digits_only = false;
              return p;
            }
          }
          // Decimals or separators before a scale: "1.2 million", "10,000 million".
          if (nw.kind == NumberWordKind::scale || nw.kind == NumberWordKind::hundred) {
            p->value *= nw.value;
            p->has_scale = true;
            p->scale = nw.value;
          } else {
            p->value *= 12;
          }
          p->digits_only = false;
          p->last = next + 1;
          p->span.end = t.token(next).span.end;
          return p;
        }
      } else if ((suffix_scale > 0 || (w == "m" && allow_bare_m)) && w != "b") {
        p->value *= suffix_scale > 0 ? suffix_scale : 1e6;  // "2.33 k", "10 bn", "$5 m"
        p->has_scale = true;
        p->scale = suffix_scale > 0 ? suffix_scale : 1e6;
        p->digits_only = false;
        p->last = next + 1;
        p->span.end = t.token(next).span.end;
      }
    }
    return p;
  }
  if (!t.is_word(i)) return std::nullopt;
  Piece pieces[kMaxPieces];
  const std::size_t n = collect_pieces(t, i, end, pieces);
  if (n == 0) return std::nullopt;
  WordResult r = read_words(pieces, n);
  if (r.pieces == 0) return std::nullopt;
  // A trailing "-" piece is never part of the number.
  while (r.pieces > 0 && pieces[r.pieces - 1].low == "-") --r.pieces;
  if (r.pieces == 0) return std::nullopt;
  const Piece& last = pieces[r.pieces - 1];
  ParsedNumber p;
  p.first = i;
  p.last = last.token + 1;
  p.span = {t.token(i).span.start, last.end};
  p.value = r.value;
  p.spelled = true;
  p.vague = r.vague;
  p.fraction = r.fraction;
  p.has_scale = r.has_scale;
  p.scale = r.scale;
  p.shape = r.ordinal ? NumberShape::ordinal : NumberShape::number;
  if (!last.ends_token) {
    // "six-mile", "one-time": the rest of the word follows the number.
    const Token& tok = t.token(last.token);
    p.rest = t.doc().text.substr(last.end + 1, tok.span.end - last.end - 1);
    p.rest_after_hyphen = true;
  }
  return p;
}

std::size_t split_number_list(const FigureText& t, std::size_t token, ListItem* out, std::size_t max) {
  const std::string_view s = t.raw(token);
  const std::uint32_t base = t.token(token).span.start;
  std::size_t n = 0, start = 0;
  while (start < s.size() && n < max) {
    std::size_t comma = s.find(',', start);
    if (comma == std::string_view::npos) comma = s.size();
    const std::string_view part = s.substr(start, comma - start);
    if (all_digits(part)) {
      out[n++] = {{base + static_cast<std::uint32_t>(start), base + static_cast<std::uint32_t>(comma)}, digits_value(part)};
    }
    start = comma + 1;
  }
  return n;
}

bool numeric_date(std::string_view s, std::string* iso) {
  static const RE2* const us = new RE2(R"((\d{1,2})/(\d{1,2})/(\d{4}|\d{2}))");
  static const RE2* const eu = new RE2(R"((\d{1,2})\.(\d{1,2})\.(\d{4}))");
  static const RE2* const ymd = new RE2(R"((\d{4})[/.](\d{1,2})[/.](\d{1,2}))");
  static const RE2* const month_day = new RE2(R"((\d{1,2})/(\d{1,2}))");
  re2::StringPiece in(s.data(), s.size());
  int a = 0, b = 0, y = 0;
  int month = 0, day = 0;
  if (RE2::FullMatch(in, *month_day, &a, &b)) {
    // "5/12" (US order, no year). Callers read "1/4" as a fraction first.
    if (a < 1 || a > 12 || b < 1 || b > 31) return false;
    char buf[16];
    std::snprintf(buf, sizeof buf, "XXXX-%02d-%02d", a, b);
    *iso = buf;
    return true;
  }
  if (RE2::FullMatch(in, *us, &a, &b, &y)) {
    month = a;
    day = b;
    if (y < 100) y += y < 50 ? 2000 : 1900;
  } else if (RE2::FullMatch(in, *eu, &a, &b, &y)) {
    day = a;
    month = b;
  } else if (RE2::FullMatch(in, *ymd, &y, &a, &b)) {
    month = a;
    day = b;
  } else {
    return false;
  }
  if (month < 1 || month > 12 || day < 1 || day > 31 || y < 1000) return false;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, month, day);
  *iso = buf;
  return true;
}

}  // namespace newsmark
