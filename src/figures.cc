// Figures: one left-to-right pass over each sentence. At every token that can
// open a figure (a digit, a number word, a currency sign, a qualifier, a month)
// the recognisers below try to read the longest figure; the pass then jumps
// past it, so figures never overlap and the work stays linear.
#include "figures.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "figure_dates.h"
#include "figure_lexicon.h"
#include "figure_numbers.h"
#include "figure_text.h"

namespace newsmark {
namespace {

struct QualifierPhrase {
  std::array<std::string_view, 5> words;
  Qualifier qualifier;
};

// Longest phrases first, so "more than or equal to" wins over "more than".
constexpr QualifierPhrase kQualifiers[] = {
    {{"greater", "than", "or", "equal", "to"}, Qualifier::at_least},
    {{"more", "than", "or", "equal", "to"}, Qualifier::at_least},
    {{"less", "than", "or", "equal", "to"}, Qualifier::up_to},
    {{"smaller", "than", "or", "equal", "to"}, Qualifier::up_to},
    {{"fewer", "than", "or", "equal", "to"}, Qualifier::up_to},
    {{"at", "least", "or", "equal", "to"}, Qualifier::at_least},
    {{"equal", "to", "or", "less", "than"}, Qualifier::up_to},
    {{"equal", "to", "or", "more", "than"}, Qualifier::at_least},
    {{"equal", "to", "or", "greater", "than"}, Qualifier::at_least},
    {{"bigger", "or", "equal", "than"}, Qualifier::at_least},
    {{"larger", "or", "equal", "than"}, Qualifier::at_least},
    {{"greater", "or", "equal", "than"}, Qualifier::at_least},
    {{"more", "or", "equal", "than"}, Qualifier::at_least},
    {{"less", "or", "equal", "than"}, Qualifier::up_to},
    {{"smaller", "or", "equal", "than"}, Qualifier::up_to},
    {{"no", "fewer", "than"}, Qualifier::at_least},
    {{"no", "less", "than"}, Qualifier::at_least},
    {{"not", "less", "than"}, Qualifier::at_least},
    {{"not", "fewer", "than"}, Qualifier::at_least},
    {{"a", "minimum", "of"}, Qualifier::at_least},
    {{"no", "more", "than"}, Qualifier::up_to},
    {{"not", "more", "than"}, Qualifier::up_to},
    {{"a", "maximum", "of"}, Qualifier::up_to},
    {{"as", "many", "as"}, Qualifier::up_to},
    {{"as", "much", "as"}, Qualifier::up_to},
    {{"as", "high", "as"}, Qualifier::up_to},
    {{"in", "excess", "of"}, Qualifier::over},
    {{"upwards", "of"}, Qualifier::over},
    {{"more", "or", "less"}, Qualifier::about},
    {{"close", "to"}, Qualifier::about},
    {{"an", "estimated"}, Qualifier::about},
    {{"just", "about"}, Qualifier::about},
    {{"at", "least"}, Qualifier::at_least},
    {{"at", "most"}, Qualifier::up_to},
    {{"up", "to"}, Qualifier::up_to},
    {{"more", "than"}, Qualifier::over},
    {{"greater", "than"}, Qualifier::over},
    {{"larger", "than"}, Qualifier::over},
    {{"bigger", "than"}, Qualifier::over},
    {{"higher", "than"}, Qualifier::over},
    {{"just", "over"}, Qualifier::over},
    {{"well", "over"}, Qualifier::over},
    {{"less", "than"}, Qualifier::under},
    {{"fewer", "than"}, Qualifier::under},
    {{"lower", "than"}, Qualifier::under},
    {{"smaller", "than"}, Qualifier::under},
    {{"just", "under"}, Qualifier::under},
    {{"well", "under"}, Qualifier::under},
    {{"equal", "to"}, Qualifier::exact},
    {{"equals", "to"}, Qualifier::exact},
    {{"equaling", "to"}, Qualifier::exact},
    {{">", "="}, Qualifier::at_least},
    {{"<", "="}, Qualifier::up_to},
    {{"≥"}, Qualifier::at_least},
    {{"≤"}, Qualifier::up_to},
    {{">"}, Qualifier::over},
    {{"<"}, Qualifier::under},
    {{"~"}, Qualifier::about},
    {{"over"}, Qualifier::over},
    {{"above"}, Qualifier::over},
    {{"exceeding"}, Qualifier::over},
    {{"exceed"}, Qualifier::over},
    {{"exceeds"}, Qualifier::over},
    {{"surpass"}, Qualifier::over},
    {{"surpassing"}, Qualifier::over},
    {{"topping"}, Qualifier::over},
    {{"under"}, Qualifier::under},
    {{"below"}, Qualifier::under},
    {{"about"}, Qualifier::about},
    {{"around"}, Qualifier::about},
    {{"roughly"}, Qualifier::about},
    {{"nearly"}, Qualifier::about},
    {{"almost"}, Qualifier::about},
    {{"approximately"}, Qualifier::about},
    {{"approx"}, Qualifier::about},
    {{"approx."}, Qualifier::about},
    {{"circa"}, Qualifier::about},
    {{"some"}, Qualifier::about},
    {{"estimated"}, Qualifier::about},
    {{"exactly"}, Qualifier::exact},
    {{"precisely"}, Qualifier::exact},
    {{"equals"}, Qualifier::exact},
    {{"equaling"}, Qualifier::exact},
};

bool is_lower_bound(Qualifier q) { return q == Qualifier::at_least || q == Qualifier::over; }
bool is_upper_bound(Qualifier q) { return q == Qualifier::up_to || q == Qualifier::under; }

// Words after which a number is a measure of time, not a count of things.
bool is_time_word(std::string_view w) {
  return w == "am" || w == "pm" || w == "a.m." || w == "p.m." || w == "a.m" || w == "p.m" || w == "gmt" ||
         w == "utc" || w == "est" || w == "edt" || w == "bst" || w == "cet" || w == "cest" || w == "pst" ||
         w == "pdt" || w == "o'clock" || w == "o’clock" || w == "hrs" || w == "local" || w == "noon";
}

bool is_score_word(std::string_view w) {
  return w == "win" || w == "victory" || w == "defeat" || w == "loss" || w == "lead" || w == "draw" ||
         w == "score" || w == "scoreline" || w == "thrashing" || w == "triumph" || w == "aggregate";
}

// A number with its unit or currency: what a qualifier or range is built from.
struct Amount {
  std::size_t first = 0, last = 0;  // tokens [first, last)
  Span span;
  double value = 0;
  FigureKind kind = FigureKind::count;
  std::string unit;
  bool vague = false;
  bool fraction = false;
  bool spelled = false;
  bool has_scale = false;
  double scale = 1;
  bool year_like = false;  // four digits alone, 1000..2100
  bool small_spelled = false;  // "one" .. "ten": anaphoric after "the"
  bool skip = false;       // read, but not a figure (a time, a code): consume and drop
  std::string date;        // set when the digits are a date ("4/8/2025", "1990s")
};

class FigureFinder {
 public:
  FigureFinder(const Document& doc, const std::vector<Actor>& actors) : t_(doc) {
    for (const Actor& a : actors) {
      for (const Span& m : a.mentions) actor_spans_.push_back(m);
    }
    std::sort(actor_spans_.begin(), actor_spans_.end());
  }

  std::vector<Figure> run() {
    for (const Sentence& s : t_.doc().sentences) scan(s.first, s.last);
    return std::move(figures_);
  }

 private:
  void scan(std::size_t first, std::size_t end) {
    std::size_t i = first;
    while (i < end) {
      if (!may_open_figure(i)) {
        ++i;
        continue;
      }
      const std::size_t next = read_figure(i, end);
      i = next > i ? next : i + 1;
    }
  }

  // Cheap test before any recogniser runs.
  bool may_open_figure(std::size_t i) const {
    const Token& tok = t_.token(i);
    if (tok.type == TokenType::number) return true;
    const std::string_view w = t_.low(i);
    if (tok.type == TokenType::punct) {
      return currency_symbol(w).code.size() || w == "~" || w == ">" || w == "<" || w == "≥" ||
             w == "≤" || w == "½" || w == "¾" || w == "¼" || w == "⅓" || w == "⅔" || w == "⅙" || w == "⅛" ||
             w == "=" || (t_.is_number(i + 1) && t_.glued(i, i + 1) && (w == "−" || w == "." || w == "-"));
    }
    if (tok.has(kHasDigit)) return true;  // "USD115"
    if (!may_open_figure_word(w)) return false;
    if (w == "a" || w == "an") {
      if (!t_.is_word(i + 1)) return false;
      const std::string_view next = t_.low(i + 1);
      return number_word(next).kind != NumberWordKind::none || next == "estimated" || next == "minimum" ||
             next == "maximum";
    }
    return true;
  }

  std::size_t read_figure(std::size_t i, std::size_t end) {
    // Dates first: "April 8, 2025", "8 April", "last week", "Tuesday".
    if (auto d = match_date(t_, i, end)) {
      if (!inside_actor(t_.token(i).span)) {
        Figure f;
        f.kind = FigureKind::date;
        f.span = {t_.token(d->first).span.start, t_.token(d->last - 1).span.end};
        f.date = d->iso;
        figures_.push_back(std::move(f));
      }
      return d->last;
    }
    const std::string_view w = t_.low(i);
    // "between 10 and 15", "from 10 to 15"
    if ((w == "between" || w == "from") && i + 1 < end) {
      if (auto a = read_bounded(i + 1, end)) {
        const std::size_t j = a->first.last;
        const bool joined = w == "between" ? t_.is(j, "and") : (t_.is(j, "to") || is_dash(j));
        if (joined && !a->first.year_like) {
          if (auto b = read_bounded(j + 1, end)) {
            if (b->qualifier == Qualifier::none && a->qualifier == Qualifier::none && !b->first.skip) {
              emit_range(i, a->first, b->first);
              return b->first.last;
            }
          }
        }
      }
      return i + 1;
    }
    auto bounded = read_bounded(i, end);
    if (!bounded) return i + 1;
    Amount& a = bounded->first;
    if (a.skip) return a.last;
    if (!a.date.empty()) {
      Figure f;
      f.kind = FigureKind::date;
      f.span = a.span;
      f.date = a.date;
      figures_.push_back(std::move(f));
      return a.last;
    }
    // Ranges: "10 to 15 km", "10–15", "more than 10 and less than 40".
    std::size_t j = a.last;
    if (bounded->qualifier == Qualifier::none && j + 1 < end &&
        (t_.is(j, "to") || t_.is(j, "through") || t_.is(j, "~") || is_dash(j))) {
      const bool dash = is_dash(j);
      if (!dash || t_.glued(j - 1, j) == t_.glued(j, j + 1)) {
        auto b = read_bounded(j + 1, end);
        if (b && b->qualifier == Qualifier::none && !b->first.skip && b->first.date.empty() &&
            compatible(a, b->first)) {
          const std::size_t after = b->first.last;
          if (dash && is_dash(after) && t_.is_number(after + 1)) return skip_chain(after + 1, end);  // a phone number
          if (dash && a.value <= 20 && b->first.value <= 20 && after < end && is_score_word(t_.low(after))) {
            return after;  // a score: "a 3-1 win"
          }
          if (a.year_like && (b->first.year_like || (dash && t_.raw(j + 1).size() == 2))) {
            Figure f;  // "2013-14", "2019–2020": a span of years
            f.kind = FigureKind::date;
            f.span = {a.span.start, b->first.span.end};
            f.date = std::string(t_.raw(a.first)) + "/" +
                     (b->first.year_like ? std::string(t_.raw(b->first.first))
                                         : std::string(t_.raw(a.first).substr(0, 2)) + std::string(t_.raw(j + 1)));
            figures_.push_back(std::move(f));
            return after;
          }
          if (!a.year_like && !b->first.year_like) {
            emit_range(a.first, a, b->first);
            return after;
          }
        }
      }
    }
    // "more than 10 and less than 40", "at most 100 and at least 20"
    if (bounded->qualifier != Qualifier::none && (t_.is(j, "and") || t_.is(j, "but"))) {
      auto b = read_bounded(j + 1, end);
      if (b && ((is_lower_bound(bounded->qualifier) && is_upper_bound(b->qualifier)) ||
                (is_upper_bound(bounded->qualifier) && is_lower_bound(b->qualifier)))) {
        const bool a_low = is_lower_bound(bounded->qualifier);
        Figure f;
        f.kind = FigureKind::range;
        f.span = {t_.token(bounded->start).span.start, b->first.span.end};
        f.low = a_low ? a.value : b->first.value;
        f.high = a_low ? b->first.value : a.value;
        f.unit = !a.unit.empty() ? a.unit : b->first.unit;
        figures_.push_back(std::move(f));
        return b->first.last;
      }
    }
    emit(bounded->start, a, bounded->qualifier);
    return bounded->end;
  }

  // A qualified amount: "at least 155", "over $10", "five hundred or more".
  struct Bounded {
    Amount first;
    Qualifier qualifier = Qualifier::none;
    std::size_t start = 0;  // first token, with the qualifier
    std::size_t end = 0;    // one past the last token, with a trailing "or more"
  };

  std::optional<Bounded> read_bounded(std::size_t i, std::size_t end) {
    Bounded b;
    b.start = i;
    std::size_t k = i;
    if (t_.is_word(i) || t_.is_punct(i)) {
      std::size_t used = 0;
      b.qualifier = match_qualifier(i, end, &used);
      if (used) {
        // "over" alone before a year or a non-number is no qualifier.
        if (!(i + used < end && may_start_amount(i + used))) return std::nullopt;
        k = i + used;
      }
    }
    auto a = read_amount(k, end);
    if (!a) return std::nullopt;
    b.first = std::move(*a);
    b.end = b.first.last;
    if (b.qualifier != Qualifier::none && b.first.year_like) b.first.year_like = false;
    if (b.qualifier != Qualifier::none && !b.first.date.empty()) return std::nullopt;
    // Trailing bounds: "or more", "or less", "or so", "or greater than", "or equal to".
    std::size_t j = b.end;
    if (b.qualifier == Qualifier::none && j + 1 < end && t_.is(j, "or")) {
      const std::string_view w = t_.low(j + 1);
      Qualifier q = Qualifier::none;
      if (w == "more" || w == "greater" || w == "higher" || w == "above" || w == "over") q = Qualifier::at_least;
      if (w == "less" || w == "fewer" || w == "lower" || w == "below" || w == "under") q = Qualifier::up_to;
      if (w == "so") q = Qualifier::about;
      if (q != Qualifier::none) {
        b.qualifier = q;
        b.end = j + 2;
        if (q != Qualifier::about && t_.is(b.end, "than") && !(b.end + 1 < end && may_start_amount(b.end + 1))) ++b.end;
        b.first.span.end = t_.token(b.end - 1).span.end;
      }
    } else if (b.qualifier != Qualifier::none && j + 1 < end && t_.is(j, "or") && t_.is(j + 1, "equal")) {
      if (b.qualifier == Qualifier::over) b.qualifier = Qualifier::at_least;
      if (b.qualifier == Qualifier::under) b.qualifier = Qualifier::up_to;
      b.end = j + 2;
      if (t_.is(b.end, "to")) ++b.end;
      b.first.span.end = t_.token(b.end - 1).span.end;
    }
    b.first.last = b.end;
    return b;
  }

  Qualifier match_qualifier(std::size_t i, std::size_t end, std::size_t* used) const {
    for (const QualifierPhrase& q : kQualifiers) {
      std::size_t n = 0;
      bool ok = true;
      for (std::string_view word : q.words) {
        if (word.empty()) break;
        if (i + n >= end || t_.low(i + n) != word) {
          ok = false;
          break;
        }
        ++n;
      }
      if (ok && n) {
        *used = n;
        return q.qualifier;
      }
    }
    *used = 0;
    return Qualifier::none;
  }

  bool may_start_amount(std::size_t i) const {
    if (t_.is_number(i)) return true;
    const std::string_view w = t_.low(i);
    if (currency_symbol(w).code.size() || w == "-" || w == "minus" || w == "negative" || w == "a" || w == "an") return true;
    if (i + 1 < t_.size() && t_.glued(i, i + 1) && t_.is(i + 1, "$")) return true;
    if (t_.token(i).has(kHasDigit)) return true;
    return number_word(w).kind != NumberWordKind::none || w.find('-') != std::string_view::npos;
  }

  bool is_dash(std::size_t i) const {
    if (i >= t_.size() || !t_.is_punct(i)) return false;
    const std::string_view w = t_.raw(i);
    return w == "-" || w == "\xE2\x80\x93" /* – */ || w == "\xE2\x80\x94" /* — */ || w == "\xE2\x80\x90";
  }

  // Skips a run "222-2222-2222" without emitting anything.
  std::size_t skip_chain(std::size_t i, std::size_t end) const {
    while (i < end && (t_.is_number(i) || is_dash(i) || t_.is(i, "/"))) ++i;
    return i;
  }

  bool compatible(const Amount& a, const Amount& b) const {
    if (a.kind == FigureKind::ordinal || b.kind == FigureKind::ordinal) return a.kind == b.kind;
    if (a.kind == FigureKind::date || b.kind == FigureKind::date) return false;
    if (!a.unit.empty() && !b.unit.empty() && a.unit != b.unit) return false;
    return true;
  }

  // Reads one amount at token i: sign, currency, number, scale, unit or currency after it.
  std::optional<Amount> read_amount(std::size_t i, std::size_t end) {
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
        emit_list(n->first);
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
        a.last = n->last;
        a.span.end = t_.token(n->last - 1).span.end;
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
    // Proportions: "one in five", "two out of five hundred".
    if (currency.empty() && !n->has_scale && !n->vague && !a.year_like) {
      const std::size_t j = a.last;
      const std::size_t skip = (t_.is(j, "out") && t_.is(j + 1, "of")) ? 2 : (t_.is(j, "in") ? 1 : 0);
      if (skip && j + skip < end && !looks_like_year(t_, j + skip)) {
        auto d = parse_number(t_, j + skip, end);
        const bool unit_follows = d && d->last < end && t_.is_word(d->last) && !unit_word(t_.low(d->last)).name.empty();
        if (d && d->shape == NumberShape::number && d->rest.empty() && d->value > a.value && !unit_follows) {
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

  bool plausible_celsius(const Amount& a, std::size_t end) const {
    if (a.value < -90 || a.value > 60) return false;
    const std::size_t j = a.last;
    if (a.first > 0 && (t_.is(a.first - 1, "-") && t_.glued(a.first - 1, a.first))) return false;  // "SCP-173C"
    return !(j < end && t_.glued(j - 1, j) && t_.is_punct(j) && t_.is(j, "/"));
  }

  // "one-yen", "six-mile", "three-year-old", "12-cent"
  bool read_hyphen_rest(Amount& a, std::string_view rest, const std::string& currency) {
    if (rest == "year-old" || rest == "years-old" || rest == "month-old" || rest == "week-old" || rest == "day-old") {
      a.kind = FigureKind::quantity;
      a.unit = std::string(rest.substr(0, rest.find('-')));
      if (a.unit.back() == 's') a.unit.pop_back();
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
    return false;
  }

  static double vulgar_fraction(std::string_view s) {
    if (s == "½") return 0.5;
    if (s == "¼") return 0.25;
    if (s == "¾") return 0.75;
    if (s == "⅓") return 1.0 / 3;
    if (s == "⅔") return 2.0 / 3;
    if (s == "⅙") return 1.0 / 6;
    if (s == "⅛") return 0.125;
    return 0;
  }

  bool month_follows(std::size_t j, std::size_t end) const {
    if (j < end && t_.is(j, "of")) ++j;
    return j < end && t_.is_word(j) && month_number(t_.low(j)) != 0 && t_.token(j).has(kCapitalized);
  }

  // A word read as a currency code: "USD", "GBP"; lower case only for codes that are no English word.
  bool is_currency_code_word(std::size_t k) const {
    const std::string_view w = t_.low(k);
    if (w == "dollar" || w == "euro") return true;
    if (t_.token(k).has(kAllCaps)) return true;
    return w == "usd" || w == "rmb" || w == "eur" || w == "gbp" || w == "jpy" || w == "cny" || w == "inr" ||
           w == "aud" || w == "hkd" || w == "uah";
  }

  // "USD115", "USD50"
  std::optional<Amount> glued_code_amount(std::size_t k) const {
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
    double v = 0, unit = 0;
    for (char ch : digits) {
      if (ch == '.') {
        unit = 0.1;
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
  void read_money_scale(Amount& a, std::size_t end) {
    if (a.last < end && t_.is_word(a.last)) {
      const NumberWord w = number_word(t_.low(a.last));
      if (w.kind == NumberWordKind::scale) {
        a.value *= w.value;
        a.span.end = t_.token(a.last).span.end;
        ++a.last;
      }
    }
  }

  // What follows the number: %, percent, a currency word or code, a unit.
  void read_unit(Amount& a, std::size_t end, const std::string& currency, double currency_factor) {
    std::size_t j = a.last;
    if (!currency.empty()) {
      a.kind = FigureKind::money;
      a.unit = currency;
      a.value *= currency_factor;
      // "$ 10 dollars", "C$ 5 million"
      if (j < end && currency_word(t_.low(j)).code == currency) {
        a.span.end = t_.token(j).span.end;
        a.last = j + 1;
      }
      return;
    }
    if (j >= end) return;
    const std::string_view w = t_.low(j);
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
      a.last = last;
      a.span.end = t_.token(last - 1).span.end;
      return;
    }
    if (w == "basis" && t_.is(j + 1, "points")) {
      a.kind = FigureKind::percent;
      a.unit = "basis point";
      a.last = j + 2;
      a.span.end = t_.token(j + 1).span.end;
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
        a.last = last;
        a.span.end = t_.token(last - 1).span.end;
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
        a.span.end = t_.token(a.last - 1).span.end;
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
        a.last = u + 3;
        a.span.end = t_.token(u + 2).span.end;
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
        a.span.end = t_.token(a.last - 1).span.end;
        // "12 ft 2 in", "5 feet and 2 inches"
        if ((unit.name == "ft") && a.last + 1 < end) {
          std::size_t q = a.last;
          if (t_.is(q, "and")) ++q;
          if (q + 1 < end && t_.is_number(q) && (t_.is(q + 1, "in") || t_.is(q + 1, "inches") || t_.is(q + 1, "inch"))) {
            auto inches = parse_number(t_, q, end);
            if (inches && inches->shape == NumberShape::number && inches->rest.empty()) {
              a.value += inches->value / 12;
              a.last = q + 2;
              a.span.end = t_.token(q + 1).span.end;
            }
          }
        }
        read_per_unit(a, end);
        return;
      }
      if (!unit.name.empty() && unit.temperature_scale && !a.spelled) {
        a.kind = FigureKind::quantity;
        a.unit = std::string(unit.name);
        a.last = u + 1;
        a.span.end = t_.token(u).span.end;
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
        a.span.end = t_.token(a.last - 1).span.end;
        return;
      }
      if (uw == "yo" && !a.spelled) {
        a.kind = FigureKind::quantity;
        a.unit = "year";
        a.last = u + 1;
        a.span.end = t_.token(u).span.end;
      }
    }
  }

  // "50 km/h", "50 meters per millisecond"
  void read_per_unit(Amount& a, std::size_t end) {
    std::size_t j = a.last;
    if (j + 1 < end && (t_.is(j, "/") || t_.is(j, "per")) && t_.is_word(j + 1)) {
      const Unit per = unit_word(t_.low(j + 1));
      if (!per.name.empty()) {
        a.unit += "/" + std::string(per.name);
        a.last = j + 2;
        a.span.end = t_.token(j + 1).span.end;
      }
    }
  }

  // "thirteen dollars and forty-five cents", "15 dollars 50"
  void read_cents(Amount& a, std::size_t end) {
    std::size_t j = a.last;
    if (j < end && t_.is(j, "and")) ++j;
    if (j >= end || !(t_.is_number(j) || t_.is_word(j))) return;
    auto n = parse_number(t_, j, end);
    if (!n || n->shape != NumberShape::number || !n->rest.empty() || n->value >= 100 || n->value != static_cast<int>(n->value)) return;
    std::size_t last = n->last;
    if (last < end && (t_.is(last, "cents") || t_.is(last, "cent") || t_.is(last, "pence"))) ++last;
    else if (last < end && t_.is_word(last) && !is_phrase_stop_word(t_.low(last))) return;  // "15 dollars 50 times"
    a.value += n->value / 100;
    a.last = last;
    a.span.end = t_.token(last - 1).span.end;
  }

  bool inside_actor(Span s) const {
    auto it = std::upper_bound(actor_spans_.begin(), actor_spans_.end(), Span{s.start, 0xFFFFFFFFu});
    while (it != actor_spans_.begin()) {
      --it;
      if (it->end <= s.start) return false;
      if (it->start <= s.start && s.end <= it->end) return true;
    }
    return false;
  }

  // Digits that belong to a name or code: "Boeing 737", "Article 5", "Flight 17".
  bool part_of_name(const Amount& a, std::size_t start) const {
    if (inside_actor(a.span)) return true;
    if (start == 0 || a.kind != FigureKind::count || a.spelled || a.has_scale) return false;
    const std::size_t p = start - 1;
    const std::string_view before = t_.low(p);
    if (before == "no." || before == "#" || before == "nos." || before == "number") return true;
    if (!t_.is_word(p) || !t_.token(p).has(kCapitalized)) return false;
    if (is_function_word(before) || month_number(before) || weekday_number(before)) return false;
    // A counted noun after the number makes it a count even after a name: "Russia lost 155 soldiers".
    return true;
  }

  // The noun phrase the number counts: "two [Chinese nationals]", "over 10,000 [North Korean troops]".
  std::optional<Span> counted_phrase(const Amount& a, std::size_t end, bool* has_plural) const {
    *has_plural = false;
    std::size_t j = a.last;
    if ((a.vague || a.fraction) && j + 1 < end && t_.is(j, "of")) {
      ++j;
      if (t_.is(j, "the") || t_.is(j, "its") || t_.is(j, "their") || t_.is(j, "these") || t_.is(j, "those")) ++j;
    }
    const std::size_t start = j;
    std::size_t head = end;
    std::size_t n = 0;
    for (; j < end && n < 5; ++j, ++n) {
      if (!t_.is_word(j) || t_.token(j).has(kPossessive) || t_.token(j).has(kHasDigit)) break;
      const std::string_view w = t_.low(j);
      if (is_phrase_stop_word(w)) break;
      if (number_word(w).kind != NumberWordKind::none || month_number(w) || weekday_number(w)) break;
      const bool capitalized = t_.token(j).has(kCapitalized);
      if (!capitalized && w.size() > 4 && w.compare(w.size() - 2, 2, "ly") == 0) break;
      const bool verb_like = !capitalized && w.size() > 4 &&
                             (w.compare(w.size() - 3, 3, "ing") == 0 || w.compare(w.size() - 2, 2, "ed") == 0);
      if (verb_like) {
        // A participle may modify a noun ("two wounded soldiers") but never heads the phrase.
        if (n > 0 || j + 1 >= end || !t_.is_word(j + 1) || is_phrase_stop_word(t_.low(j + 1))) break;
        continue;
      }
      if (is_plural(w)) {
        head = j;
        *has_plural = true;
        // "police officers": a plural may itself modify the next plural noun.
        if (j + 1 < end && t_.is_word(j + 1) && is_plural(t_.low(j + 1)) && !is_phrase_stop_word(t_.low(j + 1)) &&
            !t_.token(j + 1).has(kCapitalized)) {
          continue;
        }
        break;
      }
    }
    if (head == end) {
      // A singular noun after "one": "one soldier".
      if (a.value == 1 && start < end && t_.is_word(start) && !t_.token(start).has(kCapitalized) &&
          !is_phrase_stop_word(t_.low(start)) && number_word(t_.low(start)).kind == NumberWordKind::none &&
          !t_.token(start).has(kPossessive)) {
        const std::string_view w = t_.low(start);
        if (w.size() > 2 && w.compare(w.size() - 3, 3, "ing") != 0 && w.compare(w.size() - 2, 2, "ed") != 0 &&
            w.compare(w.size() - 2, 2, "ly") != 0) {
          return Span{t_.token(start).span.start, t_.token(start).span.end};
        }
      }
      return std::nullopt;
    }
    return Span{t_.token(start).span.start, t_.token(head).span.end};
  }

  static bool is_plural(std::string_view w) {
    if (is_irregular_plural(w)) return true;
    if (w.size() < 4 || w.back() != 's') return false;
    const std::string_view end2 = w.substr(w.size() - 2);
    if (end2 == "ss" || end2 == "us" || end2 == "is" || end2 == "'s") return false;
    return !is_phrase_stop_word(w) && unit_word(w).name.empty();
  }

  void emit(std::size_t start, const Amount& a, Qualifier qualifier) {
    Figure f;
    f.span = {t_.token(start).span.start, a.span.end};
    if (a.span.end <= f.span.start) return;
    f.kind = a.kind;
    f.value = a.value;
    f.unit = a.unit;
    if (a.vague && qualifier == Qualifier::none) qualifier = Qualifier::at_least;
    f.qualifier = qualifier;
    switch (qualifier) {
      case Qualifier::at_least:
      case Qualifier::over: f.low = a.value; break;
      case Qualifier::under:
      case Qualifier::up_to: f.high = a.value; break;
      case Qualifier::exact:
        f.low = a.value;
        f.high = a.value;
        break;
      default: break;
    }
    if (a.kind == FigureKind::count || a.kind == FigureKind::ordinal) {
      bool plural = false;
      std::optional<Span> counted;
      if (a.kind == FigureKind::count) counted = counted_phrase(a, t_.doc().sentences.empty() ? 0 : sentence_end(start), &plural);
      if (a.year_like && qualifier == Qualifier::none) {
        // "in 2025" is a date; "2025 soldiers" a count.
        const std::string_view before = start > 0 ? t_.low(start - 1) : std::string_view();
        const bool date_context = before == "in" || before == "since" || before == "by" || before == "until" ||
                                  before == "of" || before == "from" || before == "during" || before == "before" ||
                                  before == "after" || before == "year" || before == "mid" || before == ",";
        if (!plural || date_context) {
          f.kind = FigureKind::date;
          f.value.reset();
          f.date = std::string(t_.raw(a.first));
          figures_.push_back(std::move(f));
          return;
        }
      }
      if (a.kind == FigureKind::count) {
        if (part_of_name(a, start) && !plural) return;
        // "the two sides": a small spelled number after "the" refers back, it does not count.
        if (a.small_spelled && qualifier == Qualifier::none && start > 0) {
          const std::string_view before = t_.low(start - 1);
          if (before == "the" || before == "these" || before == "those" || before == "its" || before == "their" ||
              before == "his" || before == "her" || before == "our" || before == "all" || before == "your") {
            return;
          }
        }
        // "one" alone is a pronoun far more often than a figure.
        if (a.spelled && a.value == 1 && !counted && t_.low(a.first) == "one" && a.last == a.first + 1) return;
        f.counts = counted;
      }
    }
    if (a.kind == FigureKind::ordinal) {
      f.low.reset();
      f.high.reset();
      if (!ranks(a, start)) return;
    }
    figures_.push_back(std::move(f));
  }

  // Ordinals that rank; "second" after "a" or before a time word is not one.
  bool ranks(const Amount& a, std::size_t start) const {
    const std::string_view w = t_.low(a.first);
    if (w == "second") {
      if (start > 0 && (t_.is(start - 1, "a") || t_.is(start - 1, "per") || t_.is(start - 1, "every"))) return false;
    }
    if (w == "first" && start > 0 && t_.is(start - 1, "at")) return false;  // "at first"
    return true;
  }

  std::size_t sentence_end(std::size_t token) const {
    const auto& sentences = t_.doc().sentences;
    auto it = std::upper_bound(sentences.begin(), sentences.end(), token,
                               [](std::size_t tok, const Sentence& s) { return tok < s.last; });
    return it == sentences.end() ? t_.size() : it->last;
  }

  void emit_range(std::size_t start, Amount a, Amount b) {
    if (!a.has_scale && b.has_scale && a.value < b.value / b.scale * 1000 && a.value * b.scale <= b.value) {
      a.value *= b.scale;  // "between 10 and 15 million"
    }
    Figure f;
    f.kind = FigureKind::range;
    f.span = {t_.token(start).span.start, b.span.end};
    f.low = a.value;
    f.high = b.value;
    f.unit = !b.unit.empty() ? b.unit : a.unit;
    if (b.kind == FigureKind::ordinal) f.kind = FigureKind::ordinal;
    figures_.push_back(std::move(f));
  }

  void emit_list(std::size_t token) {
    ListItem items[16];
    const std::size_t n = split_number_list(t_, token, items, 16);
    for (std::size_t i = 0; i < n; ++i) {
      Figure f;
      f.kind = FigureKind::count;
      f.span = items[i].span;
      f.value = items[i].value;
      figures_.push_back(std::move(f));
    }
  }

  FigureText t_;
  std::vector<Span> actor_spans_;
  std::vector<Figure> figures_;
};

}  // namespace

std::vector<Figure> find_figures(const Document& doc, const std::vector<Actor>& actors) {
  return FigureFinder(doc, actors).run();
}

}  // namespace newsmark
