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

namespace {

// A two-token mark: '' or ``, glued together.
bool doubled_mark(const Document& doc, std::uint32_t i, char c) {
  if (i + 1 >= doc.tokens.size()) return false;
  const Token& a = doc.tokens[i];
  const Token& b = doc.tokens[i + 1];
  return a.type == TokenType::punct && b.type == TokenType::punct && a.span.end == b.span.start &&
         doc.str(a) == std::string_view(&c, 1) && doc.str(b) == std::string_view(&c, 1);
}

bool space_before(const Document& doc, std::uint32_t i) {
  return i == 0 || doc.tokens[i - 1].span.end < doc.tokens[i].span.start;
}

}  // namespace

QuoteIndex pair_quotes(const Document& doc) {
  QuoteIndex index;
  const auto n = static_cast<std::uint32_t>(doc.tokens.size());
  index.quote_of.assign(n, -1);
  index.marks.assign(n, QuoteMark::none);
  bool open = false;
  Quote current;
  std::uint32_t piece_start = 0;
  for (std::uint32_t i = 0; i < n; ++i) {
    const Token& t = doc.tokens[i];
    // Which mark, if any, starts here, and how many tokens it takes.
    QuoteMark mark = QuoteMark::none;
    std::uint32_t width = 1;
    if (is_double_quote(doc, t)) {
      mark = t.has(kOpenQuote) ? QuoteMark::open : (t.has(kCloseQuote) ? QuoteMark::close : QuoteMark::none);
      // A straight mark never nests: inside an open quote it closes it ("a disgrace, " she said).
      if (open && mark == QuoteMark::open && doc.str(t) == "\"" && !t.has(kParagraphStart)) mark = QuoteMark::close;
      // An opening curly mark typed as the closer: “It is late,“ she said.
      // Glued to the word before and followed by a space, it can only close.
      if (open && mark == QuoteMark::open && !space_before(doc, i) && (i + 1 == n || space_before(doc, i + 1))) {
        mark = QuoteMark::close;
      }
    } else if (doubled_mark(doc, i, '`')) {
      mark = QuoteMark::open;
      width = 2;
    } else if (doubled_mark(doc, i, '\'')) {
      mark = space_before(doc, i) ? QuoteMark::open : QuoteMark::close;
      width = 2;
      // ''the word 'old-school,''' closes the nested quote first: the '' is the last two marks.
      if (mark == QuoteMark::close && doubled_mark(doc, i + 1, '\'')) {
        mark = QuoteMark::none;
        width = 1;
      }
    }
    if (open && t.has(kParagraphStart)) {
      if (mark == QuoteMark::open) {
        // The quote runs on: the new paragraph reopens it.
        if (piece_start < i) current.pieces.push_back({piece_start, i});
        piece_start = i + width;
        i += width - 1;
        continue;
      }
      open = false;  // never closed: not a quote we can trust
    }
    if (mark == QuoteMark::open) {
      open = true;
      current = Quote{};
      current.open = i;
      piece_start = i + width;
    } else if (mark == QuoteMark::close && open) {
      if (piece_start < i) current.pieces.push_back({piece_start, i});
      current.close = i + width - 1;
      open = false;
      if (!current.pieces.empty()) {
        const auto id = static_cast<std::int32_t>(index.quotes.size());
        for (std::uint32_t k = current.open; k <= current.close; ++k) index.quote_of[k] = id;
        // Both ends are marks, whichever width they have.
        for (std::uint32_t k = current.open; k < current.pieces.front().first; ++k) index.marks[k] = QuoteMark::open;
        for (std::uint32_t k = current.pieces.back().last; k <= current.close; ++k) index.marks[k] = QuoteMark::close;
        index.quotes.push_back(std::move(current));
      }
    }
    i += width - 1;
  }
  return index;
}

}  // namespace newsmark
