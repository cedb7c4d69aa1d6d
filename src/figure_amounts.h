// Amounts: one number with what belongs to it — sign, currency, scale, unit,
// percent sign — read from the tokens: "$1.2 billion", "3.5%", "10 km",
// "420 million Finnish markka", "six-mile", "34 years old".
#ifndef NEWSMARK_FIGURE_AMOUNTS_H_
#define NEWSMARK_FIGURE_AMOUNTS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "figure_text.h"
#include "newsmark/annotate.h"

namespace newsmark {

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
  bool list = false;       // "22,24,26": several numbers in one token, first..last
};

class AmountReader {
 public:
  explicit AmountReader(const FigureText& text) : t_(text) {}

  // Reads one amount at token i, no further than token `end`.
  std::optional<Amount> read(std::size_t i, std::size_t end) const;

  // A hyphen or dash token: "-", "–", "—".
  bool is_dash(std::size_t i) const;

 private:
  // The amount now ends before token `last`: its token range and its span.
  void end_at(Amount& a, std::size_t last) const;
  bool plausible_celsius(const Amount& a, std::size_t end) const;
  bool read_hyphen_rest(Amount& a, std::string_view rest, const std::string& currency) const;
  bool month_follows(std::size_t j, std::size_t end) const;
  bool is_currency_code_word(std::size_t k) const;
  std::optional<Amount> glued_code_amount(std::size_t k) const;
  void read_money_scale(Amount& a, std::size_t end) const;
  void read_unit(Amount& a, std::size_t end, const std::string& currency, double currency_factor) const;
  void read_per_unit(Amount& a, std::size_t end) const;
  void read_cents(Amount& a, std::size_t end) const;

  const FigureText& t_;
};

}  // namespace newsmark

#endif  // NEWSMARK_FIGURE_AMOUNTS_H_
