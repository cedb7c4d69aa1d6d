// Figures: one left-to-right pass over each sentence. At every token that can
// open a figure (a digit, a number word, a currency sign, a qualifier, a month)
// the recognisers below try to read the longest figure; the pass then jumps
// past it, so figures never overlap and the work stays linear.
#include "figures.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "figure_amounts.h"
#include "figure_counts.h"
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

bool is_score_word(std::string_view w) {
  return w == "win" || w == "victory" || w == "defeat" || w == "loss" || w == "lead" || w == "draw" ||
         w == "score" || w == "scoreline" || w == "thrashing" || w == "triumph" || w == "aggregate";
}

class FigureFinder {
 public:
  FigureFinder(const Document& doc, const std::vector<Actor>& actors) : t_(doc) {
    for (const Actor& a : actors) {
      for (const Span& m : a.mentions) actor_spans_.push_back(m);
    }
    std::sort(actor_spans_.begin(), actor_spans_.end());
  }

  std::vector<Figure> run() {
    figures_.reserve(t_.size() / 6 + 8);  // dense financial copy has a figure every ten tokens
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
    if (tok.type == TokenType::number) {
      // Digits glued to "=", "/", "%" ... sit inside a link or a code: "?q=30%25".
      if (i > 0 && t_.glued(i - 1, i) && t_.is_punct(i - 1)) {
        const std::string_view before = t_.raw(i - 1);
        if (before == "=" || before == "/" || before == "%" || before == "&" || before == "?" || before == "#" ||
            before == "_" || before == "@" || before == "\\" || before == "+") {
          return false;
        }
      }
      return true;
    }
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
      return number_word(next.substr(0, next.find('-'))).kind != NumberWordKind::none || next == "estimated" || next == "minimum" ||
             next == "maximum";
    }
    return true;
  }

  std::size_t read_figure(std::size_t i, std::size_t end) {
    // "<>30", "=>30": operators that are not comparisons.
    if ((t_.is(i, ">") || t_.is(i, "<")) && i > 0 && t_.glued(i - 1, i) && t_.is_punct(i - 1)) return i + 1;
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
        const bool joined = w == "between" ? t_.is(j, "and") : (t_.is(j, "to") || reader_.is_dash(j));
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
    if (a.list) emit_list(a.first);
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
    const bool rangeable = bounded->qualifier == Qualifier::none || bounded->qualifier == Qualifier::about;
    if (rangeable && j + 1 < end && (t_.is(j, "to") || t_.is(j, "through") || t_.is(j, "~") || reader_.is_dash(j))) {
      const bool dash = reader_.is_dash(j);
      if (!dash || t_.glued(j - 1, j) == t_.glued(j, j + 1)) {
        auto b = read_bounded(j + 1, end);
        if (b && b->qualifier == Qualifier::none && !b->first.skip && b->first.date.empty() &&
            compatible(a, b->first)) {
          const std::size_t after = b->first.last;
          if (dash && reader_.is_dash(after) && t_.is_number(after + 1)) return skip_chain(after + 1, end);  // a phone number
          if (dash && a.value <= 20 && b->first.value <= 20 && after < end && is_score_word(t_.low(after))) {
            return after;  // a score: "a 3-1 win"
          }
          // "beat Chelsea 3-1", "voted 51-49": a glued pair that falls or ties is a score or a tally.
          if (dash && t_.glued(j - 1, j) && b->first.value <= a.value && a.value < 1000 && !a.year_like &&
              a.value == std::floor(a.value) && b->first.value == std::floor(b->first.value) && a.unit.empty() &&
              b->first.unit.empty()) {
            return after;
          }
          const bool year_span = a.year_like && ((b->first.year_like && b->first.value > a.value) ||
                                                 (dash && t_.raw(j + 1).size() == 2 && t_.is_number(j + 1)));
          if (!year_span) {
            a.year_like = false;
            b->first.year_like = false;
          }
          if (year_span) {
            Figure f;  // "2013-14", "2019–2020": a span of years
            f.kind = FigureKind::date;
            f.span = {a.span.start, b->first.span.end};
            f.date = std::string(t_.raw(a.first)) + "/" +
                     (b->first.year_like ? std::string(t_.raw(b->first.first))
                                         : std::string(t_.raw(a.first).substr(0, 2)) + std::string(t_.raw(j + 1)));
            figures_.push_back(std::move(f));
            return after;
          }
          if (b->first.value > a.value || a.unit == "%" || b->first.unit == "%") {
            emit_range(bounded->start, a, b->first);
            return after;
          }
        }
      }
    }
    // "more than 10 and less than 40", "at most 100 and at least 20"
    if (bounded->qualifier != Qualifier::none && (t_.is(j, "and") || t_.is(j, "but"))) {
      auto b = read_bounded(j + 1, end);
      const bool a_low = is_lower_bound(bounded->qualifier);
      if (b && ((a_low && is_upper_bound(b->qualifier) && a.value < b->first.value) ||
                (is_upper_bound(bounded->qualifier) && is_lower_bound(b->qualifier) && b->first.value < a.value))) {
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
    auto a = reader_.read(k, end);
    if (!a) return std::nullopt;
    b.first = std::move(*a);
    b.end = b.first.last;
    if (b.qualifier != Qualifier::none && b.first.year_like) b.first.year_like = false;
    if (b.qualifier != Qualifier::none && !b.first.date.empty()) return std::nullopt;
    // Trailing bounds: "or more", "or less", "or so", "or greater than", "or equal to".
    std::size_t j = b.end;
    const bool replaceable = b.qualifier == Qualifier::none || b.qualifier == Qualifier::about || b.qualifier == Qualifier::exact;
    if (replaceable && j + 1 < end && t_.is(j, "or") && !t_.is(j + 1, "equal")) {
      const std::string_view w = t_.low(j + 1);
      Qualifier q = Qualifier::none;
      if (w == "more" || w == "greater" || w == "higher" || w == "above" || w == "over") q = Qualifier::at_least;
      if (w == "less" || w == "fewer" || w == "lower" || w == "below" || w == "under") q = Qualifier::up_to;
      if (w == "so") q = Qualifier::about;
      // "5000 or less than 6000" holds two amounts, not one bound.
      const bool another_amount = t_.is(j + 2, "than") && j + 3 < end && may_start_amount(j + 3);
      if (q != Qualifier::none && !another_amount && !(q == Qualifier::about && b.qualifier != Qualifier::none)) {
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

  // Skips a run "222-2222-2222" without emitting anything.
  std::size_t skip_chain(std::size_t i, std::size_t end) const {
    while (i < end && (t_.is_number(i) || reader_.is_dash(i) || t_.is(i, "/"))) ++i;
    return i;
  }

  bool compatible(const Amount& a, const Amount& b) const {
    if (a.kind == FigureKind::ordinal || b.kind == FigureKind::ordinal) return a.kind == b.kind;
    if (a.kind == FigureKind::date || b.kind == FigureKind::date) return false;
    if (!a.unit.empty() && !b.unit.empty() && a.unit != b.unit) return false;
    return true;
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

  static bool is_label_noun(std::string_view w) {
    static constexpr std::array<std::string_view, 16> kLabels = {
        "no.",   "nos.",  "#",    "number",  "highway", "route",   "interstate", "exit",
        "version", "flight", "gate", "platform", "chapter", "section", "article", "room"};
    return std::find(kLabels.begin(), kLabels.end(), w) != kLabels.end();
  }

  // Digits that belong to a name or code: "Boeing 737", "Article 5", "Flight 17".
  bool part_of_name(const Amount& a, std::size_t start) const {
    if (inside_actor(a.span)) return true;
    if (start == 0 || a.kind != FigureKind::count || a.has_scale) return false;
    const std::size_t p = start - 1;
    const std::string_view before = t_.low(p);
    // "highway 35", "exit 436", "version two", "No. 1" (also written "no . 1"): a label, not a count.
    if (is_label_noun(before) || (before == "." && p > 0 && t_.is(p - 1, "no"))) return true;
    if (a.spelled) return false;
    if (!t_.is_word(p) || !t_.token(p).has(kCapitalized)) return false;
    if (is_function_word(before) || month_number(before) || weekday_number(before)) return false;
    // A counted noun after the number makes it a count even after a name: "Russia lost 155 soldiers".
    return true;
  }

  // 65.9 * 1e9 is 65900000000.00001 in binary; twelve significant digits are plenty.
  static double tidy(double v) {
    if (v == 0 || !std::isfinite(v) || (v == std::floor(v) && std::fabs(v) < 1e15)) return v;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.12g", v);
    return std::strtod(buf, nullptr);
  }

  // "Ninety Mile Beach": a spelled number with a singular unit, all in capitals
  // mid-sentence, is a name ("Ninety Miles" in a headline is still a distance).
  bool capitalized_name(std::size_t start, const Amount& a) const {
    if (a.kind != FigureKind::quantity || !a.spelled || a.value <= 1 || a.last <= a.first + 1 ||
        t_.token(start).has(kSentenceStart)) {
      return false;
    }
    for (std::size_t i = start; i < a.last; ++i) {
      if (t_.is_word(i) && !t_.token(i).has(kCapitalized)) return false;
    }
    const std::string_view unit = t_.low(a.last - 1);
    return !unit.empty() && unit.back() != 's';
  }

  void emit(std::size_t start, const Amount& a, Qualifier qualifier) {
    Figure f;
    f.span = {t_.token(start).span.start, a.span.end};
    if (a.span.end <= f.span.start || capitalized_name(start, a)) return;
    f.kind = a.kind;
    f.value = tidy(a.value);
    f.unit = a.unit;
    if (a.vague && qualifier == Qualifier::none) qualifier = Qualifier::at_least;
    f.qualifier = qualifier;
    switch (qualifier) {
      case Qualifier::at_least:
      case Qualifier::over: f.low = f.value; break;
      case Qualifier::under:
      case Qualifier::up_to: f.high = f.value; break;
      case Qualifier::exact:
        f.low = f.value;
        f.high = f.value;
        break;
      default: break;
    }
    if (a.kind == FigureKind::count || a.kind == FigureKind::ordinal) {
      bool plural = false;
      std::optional<Span> counted;
      if (a.kind == FigureKind::count) counted = counted_phrase(t_, a, sentence_end(start), &plural);
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
        if (qualifier == Qualifier::none && part_of_name(a, start) && !plural) return;
        if (period_fraction(a, start)) return;
        // "the two sides": a small spelled number after "the" refers back, it does not count.
        if (a.small_spelled && qualifier == Qualifier::none && start > 0) {
          const std::string_view before = t_.low(start - 1);
          if (before == "the" || before == "these" || before == "those" || before == "its" || before == "their" ||
              before == "his" || before == "her" || before == "our" || before == "all" || before == "your") {
            return;
          }
        }
        // "one" by itself is a pronoun far more often than a figure: alone, in
        // "help one another", and after a determiner and a word ("the middle
        // one shows marks", "the last one left").
        if (a.spelled && a.value == 1 && t_.low(a.first) == "one" && a.last == a.first + 1) {
          if (!counted) return;
          if (a.last < t_.size() && t_.low(a.last) == "another") return;
          if (start >= 2 && qualifier == Qualifier::none && t_.is_word(start - 1) &&
              !t_.token(start - 1).has(kCapitalized)) {
            const std::string_view determiner = t_.low(start - 2);
            if (determiner == "the" || determiner == "this" || determiner == "that" || determiner == "each" ||
                determiner == "every" || determiner == "which" || determiner == "another" || determiner == "a" ||
                determiner == "an") {
              return;
            }
          }
        }
        f.counts = counted;
        // "millions of dollars", "hundreds of millions of euros": what is counted is money.
        if (counted) {
          const std::string_view noun = t_.low(*counted);
          const Currency currency = currency_word(noun);
          // "300 pounds" weighs; "361 million pounds" and "hundreds of pounds" are money.
          const bool weight = (noun == "pound" || noun == "pounds") && !a.has_scale && !a.vague;
          if (weight) {
            f.kind = FigureKind::quantity;
            f.unit = "lb";
            f.span.end = counted->end;
            f.counts.reset();
          } else if (!currency.code.empty()) {
            f.kind = FigureKind::money;
            f.unit = std::string(currency.code);
            f.span.end = counted->end;
            f.counts.reset();
            for (std::optional<double>* v : {&f.value, &f.low, &f.high}) {
              if (*v) **v = tidy(**v * currency.factor);
            }
          }
        }
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
    // "the third quarter", "the second half", "for the first time": a period or a
    // turn of phrase, not a rank.
    const std::size_t next = a.last;
    if (t_.is(next, "half") || t_.is(next, "quarter") || t_.is(next, "time")) return false;
    return true;
  }

  // "half" in "the second half", "quarter" in "the third quarter": part of a period.
  bool period_fraction(const Amount& a, std::size_t start) const {
    if (start == 0 || a.last != a.first + 1) return false;
    if (!t_.is(a.first, "half") && !t_.is(a.first, "quarter")) return false;
    return number_word(t_.low(start - 1)).kind == NumberWordKind::ordinal;
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
    f.low = tidy(a.value);
    f.high = tidy(b.value);
    f.unit = !b.unit.empty() ? b.unit : a.unit;
    if (b.kind == FigureKind::ordinal) f.kind = FigureKind::ordinal;
    // "between 3,000 and 5,000 protesters": a range of counts counts something too.
    if (b.kind == FigureKind::count && f.unit.empty()) {
      bool plural = false;
      f.counts = counted_phrase(t_, b, sentence_end(start), &plural);
    }
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
  AmountReader reader_{t_};
  std::vector<Span> actor_spans_;
  std::vector<Figure> figures_;
};

}  // namespace

std::vector<Figure> find_figures(const Document& doc, const std::vector<Actor>& actors) {
  return FigureFinder(doc, actors).run();
}

}  // namespace newsmark
