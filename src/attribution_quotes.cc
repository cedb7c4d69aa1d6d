// Pairs quotation marks token by token (see attribution_quotes.h).
#include "attribution_quotes.h"

#include "utf.h"

namespace newsmark {

bool is_double_quote(const Document& doc, const Token& token) {
  if (token.type != TokenType::punct) return false;
  std::size_t len;
  const char32_t c = decode_utf8(doc.text, token.span.start, &len);
  return c == '"' || c == 0x201C || c == 0x201D || c == 0xAB || c == 0xBB || c == 0x201E;
}

QuoteIndex pair_quotes(const Document& doc) {
  QuoteIndex index;
  const auto n = static_cast<std::uint32_t>(doc.tokens.size());
  index.quote_of.assign(n, -1);
  bool open = false;
  Quote current;
  std::uint32_t piece_start = 0;
  for (std::uint32_t i = 0; i < n; ++i) {
    const Token& t = doc.tokens[i];
    const bool quote_mark = is_double_quote(doc, t);
    if (open && t.has(kParagraphStart)) {
      if (quote_mark && t.has(kOpenQuote)) {
        // The quote runs on: the new paragraph reopens it.
        if (piece_start < i) current.pieces.push_back({piece_start, i});
        piece_start = i + 1;
        continue;
      }
      open = false;  // never closed: not a quote we can trust
    }
    if (!quote_mark) continue;
    if (t.has(kOpenQuote)) {
      open = true;
      current = Quote{};
      current.open = i;
      piece_start = i + 1;
    } else if (t.has(kCloseQuote) && open) {
      if (piece_start < i) current.pieces.push_back({piece_start, i});
      current.close = i;
      open = false;
      if (current.pieces.empty()) continue;
      const auto id = static_cast<std::int32_t>(index.quotes.size());
      for (std::uint32_t k = current.open; k <= current.close; ++k) index.quote_of[k] = id;
      index.quotes.push_back(std::move(current));
    }
  }
  return index;
}

}  // namespace newsmark
