// Quotation pairing for attributions: which tokens lie inside which quote,
// including quotes that run on over several paragraphs.
#ifndef NEWSMARK_ATTRIBUTION_QUOTES_H_
#define NEWSMARK_ATTRIBUTION_QUOTES_H_

#include <cstdint>
#include <vector>

#include "document.h"

namespace newsmark {

// A token range [first, last) of quoted words, without the marks.
struct TokenRange {
  std::uint32_t first = 0;
  std::uint32_t last = 0;
};

struct Quote {
  std::uint32_t open = 0;           // token of the opening mark
  std::uint32_t close = 0;          // token of the closing mark
  std::vector<TokenRange> pieces;   // one per paragraph the quote runs over
};

enum class QuoteMark : std::uint8_t { none, open, close };

struct QuoteIndex {
  std::vector<Quote> quotes;              // in text order
  std::vector<std::int32_t> quote_of;     // per token: the quote it lies in (marks included), or -1
  std::vector<QuoteMark> marks;           // per token: a paired opening or closing mark

  bool opens(std::uint32_t i) const { return i < marks.size() && marks[i] == QuoteMark::open; }
  bool closes(std::uint32_t i) const { return i < marks.size() && marks[i] == QuoteMark::close; }
};

// True for double quotation marks: " “ ” « » „.
bool is_double_quote(const Document& doc, const Token& token);

// Pairs the double quotation marks of a document, including the doubled
// ASCII forms '' and `` of older wire copy. A quote left open at the
// end of a paragraph continues when the next paragraph opens with a quotation
// mark (news style); otherwise it is dropped. Linear in the tokens.
QuoteIndex pair_quotes(const Document& doc);

}  // namespace newsmark

#endif  // NEWSMARK_ATTRIBUTION_QUOTES_H_
