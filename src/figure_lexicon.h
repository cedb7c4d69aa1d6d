// Word lists the figure detector reads: number words, scales, ordinals,
// months, currencies and units. Immutable tables, built once.
#ifndef NEWSMARK_FIGURE_LEXICON_H_
#define NEWSMARK_FIGURE_LEXICON_H_

#include <string>
#include <string_view>

#include "newsmark/annotate.h"

namespace newsmark {

enum class NumberWordKind : unsigned char {
  none,
  cardinal,     // zero .. ninety: value is the number
  hundred,      // "hundred"
  scale,        // thousand, million, billion, trillion, lakh, crore
  dozen,        // "dozen": 12
  ordinal,      // first .. ninetieth, hundredth, thousandth ...: value is the rank
  denominator,  // plural ordinals used as fractions: thirds, fifths, hundredths
  half,         // "half", "halves": denominator 2
  quarter,      // "quarter", "quarters": denominator 4
  vague,        // hundreds, thousands, millions, dozens: value is the magnitude
};

struct NumberWord {
  NumberWordKind kind = NumberWordKind::none;
  double value = 0;
};

// Looks up a lower-case word: "seventy" → {cardinal, 70}, "fifths" → {denominator, 5}.
NumberWord number_word(std::string_view lower);

// Multiplier of a scale written after digits, glued or separate: "k" 1e3,
// "m"/"mn"/"mln" 1e6, "bn"/"b"/"bln" 1e9, "tn"/"tln" 1e12; 0 when not a scale.
// `lower` is lower case; `exact` is the word as written ("M" and "G" only count upper case).
double number_suffix_scale(std::string_view lower, std::string_view exact);

// Month number (1-12) of "april", "apr", "sept"; 0 when not a month.
int month_number(std::string_view lower);
// Day of week (1 = Monday .. 7) of "tuesday", "tue"; 0 when not one.
int weekday_number(std::string_view lower);

// A currency named by a symbol or code before or after the amount ("$", "€",
// "usd", "rmb") or by a word after it ("dollars", "yuan", "rubles").
struct Currency {
  std::string_view code;  // ISO 4217 (BTC for bitcoin); empty when not a currency
  double factor = 1;      // 0.01 for cents and pence: the amount is converted to the main unit
};
Currency currency_symbol(std::string_view lower);
Currency currency_word(std::string_view lower);
// The code of "canadian dollars", "swiss francs": the adjective refines a currency word.
std::string_view currency_with_adjective(std::string_view adjective_lower, std::string_view code);

// A measurement unit written after a number: "km", "miles", "tonnes", "barrels".
struct Unit {
  std::string_view name;  // canonical short name: "km", "mi", "t", "bbl", "°C"; empty when not a unit
  bool temperature_scale = false;  // "celsius", "fahrenheit", "c", "f" after "degrees"
  bool time = false;               // years, months, days, hours ...
};
Unit unit_word(std::string_view lower);
// Units glued to digits ("200lbs", "75ml", "7.62mm"); case matters ("MB" vs "mb").
Unit glued_unit(std::string_view suffix);

// Words that end a counted noun phrase: articles, prepositions, auxiliaries,
// pronouns, conjunctions, common adverbs.
bool is_phrase_stop_word(std::string_view lower);
// Plural nouns without a final s: people, police, children ...
bool is_irregular_plural(std::string_view lower);
// Words that open a sentence but are not part of a name: "In", "About", "Some".
bool is_function_word(std::string_view lower);

// Words that may open a figure: number words, the first word of a qualifier,
// months, weekdays, currency words and codes, "between", "last" ... The figure
// pass skips every other word without further work.
bool may_open_figure_word(std::string_view lower);

// Lower-cases ASCII letters in place; other bytes are kept, so offsets hold.
std::string ascii_lower(std::string_view text);

}  // namespace newsmark

#endif  // NEWSMARK_FIGURE_LEXICON_H_
