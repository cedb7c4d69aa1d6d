// Word classes and noun-phrase scanning for attributions: finds the source
// noun phrase on either side of a cue without a parser.
#ifndef NEWSMARK_ATTRIBUTION_PHRASES_H_
#define NEWSMARK_ATTRIBUTION_PHRASES_H_

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "attribution_quotes.h"
#include "cue_lexicon.h"
#include "document.h"

namespace newsmark {

class PhraseReader {
 public:
  explicit PhraseReader(const Document& doc);

  const Document& doc() const { return doc_; }
  // Quotation marks to stop at; without them only single-token marks count.
  void set_quotes(const QuoteIndex* quotes) { quotes_ = quotes; }
  bool quote_mark(std::uint32_t i) const;
  std::size_t size() const { return lower_.size(); }
  // Lower-cased text of token i.
  // Past the last token both give an empty word.
  const std::string& word(std::uint32_t i) const;
  const CueWord& cue(std::uint32_t i) const;
  bool is(std::uint32_t i, std::string_view lower_word) const { return i < lower_.size() && lower_[i] == lower_word; }
  // Whether token i is one of a list of lower-case words.
  template <std::size_t N>
  bool is_one_of(std::uint32_t i, const std::string_view (&lower_words)[N]) const {
    return i < lower_.size() && std::find(lower_words, lower_words + N, lower_[i]) != lower_words + N;
  }
  bool punct(std::uint32_t i, char c) const;
  bool comma(std::uint32_t i) const { return punct(i, ','); }
  bool clause_end(std::uint32_t i) const;  // . ! ? ; and dashes
  bool capitalized(std::uint32_t i) const;

  bool determiner(std::uint32_t i) const;
  bool subject_pronoun(std::uint32_t i) const;  // he, she, it, they, we, I, you
  bool pronoun_determiner(std::uint32_t i) const;  // "both said", "many say"
  bool adverb(std::uint32_t i) const;           // later, also, -ly words
  bool auxiliary(std::uint32_t i) const;        // has, have, had, will, would, did, ...
  bool function_word(std::uint32_t i) const;    // words no noun phrase contains
  bool day_word(std::uint32_t i) const;         // Monday ... Sunday, yesterday, today
  bool wh_word(std::uint32_t i) const;          // whether, if, how, why, what, ...
  bool past_verb(std::uint32_t i) const;        // opened, went: ends a subject noun phrase
  bool plural_noun(std::uint32_t i) const;      // officials, teachers: lower case, -s
  // A lower-case word that looks plural: ends in -s, not -ss or -us ("officials", not "press", "census").
  static bool plural_form(std::string_view lower_word);
  bool is_dash(std::uint32_t i) const;          // — – and either half of --
  bool hyphen_pair(std::uint32_t i) const;      // tokens i and i + 1 spell "--"
  // A count or share that can head a subject: "28", "three", "half", "third", "percent", "%".
  bool quantity(std::uint32_t i) const;

  // The source noun phrase that ends just before token `end`, starting no
  // earlier than `floor`: "China's foreign ministry", "a spokesman for the
  // ministry", "he". Includes an apposition set off by commas when `end` - 1
  // is such a comma ("Smith, a spokesman, said").
  std::optional<TokenRange> source_before(std::uint32_t end, std::uint32_t floor) const;
  // The same without an apposition: the noun phrase whose last word is `end` - 1.
  std::optional<TokenRange> plain_np_before(std::uint32_t end, std::uint32_t floor) const;
  // The source noun phrase starting at `start`, before `limit`, with a
  // trailing apposition ("said Smith, a spokesman for the ministry").
  std::optional<TokenRange> source_after(std::uint32_t start, std::uint32_t limit) const;
  // Drops leading titles from a name: "Ukrainian President Volodymyr
  // Zelenskyy" → "Volodymyr Zelenskyy". Other phrases are kept.
  TokenRange strip_title(TokenRange range) const;

 private:
  bool is_apostrophe_mark(std::uint32_t i) const;
  bool noun_like(std::uint32_t i) const;  // may end or sit inside a noun phrase
  bool np_preposition(std::uint32_t i) const;  // of, for, at, from, with: "a spokesman for X"
  std::optional<TokenRange> share_before(std::uint32_t end, std::uint32_t floor) const;
  std::uint32_t plain_np_after(std::uint32_t start, std::uint32_t limit) const;  // one past its end

  const Document& doc_;
  std::vector<std::string> lower_;
  std::vector<CueWord> cues_;
  const QuoteIndex* quotes_ = nullptr;
};

}  // namespace newsmark

#endif  // NEWSMARK_ATTRIBUTION_PHRASES_H_
