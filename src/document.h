// The analysed document every detector reads: tokens, sentences, paragraphs.
#ifndef NEWSMARK_DOCUMENT_H_
#define NEWSMARK_DOCUMENT_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "newsmark/annotate.h"

namespace newsmark {

enum class TokenType : std::uint8_t {
  word,    // letters, possibly with digits, inner hyphens/apostrophes: "Zelenskyy", "dual-use", "U.S."
  number,  // starts with a digit: "155", "10,000", "3.5", "10:30", "1990s" ("2025-04-08" is number, "-", number, "-", number)
  punct,   // one punctuation or symbol character: "," "“" "$" "%" "—"
};

// Bit flags describing a token's shape.
enum TokenFlag : std::uint16_t {
  kCapitalized = 1 << 0,       // first letter upper case: "Russia", "U.S."
  kAllCaps = 1 << 1,           // at least two letters, all upper case: "BBC", "CNN"
  kLowercase = 1 << 2,         // first letter lower case
  kHasDigit = 1 << 3,
  kPossessive = 1 << 4,        // the token is "'s"/"’s" split off a word
  kSentenceStart = 1 << 5,     // first token of a sentence
  kParagraphStart = 1 << 6,    // first token after a line break
  kAbbreviation = 1 << 7,      // ends in a period that is part of it: "Mr.", "U.S."
  kOpenQuote = 1 << 8,         // punct: an opening quotation mark
  kCloseQuote = 1 << 9,        // punct: a closing quotation mark
};

struct Token {
  Span span;
  TokenType type = TokenType::word;
  std::uint16_t flags = 0;
  bool has(TokenFlag f) const { return (flags & f) != 0; }
};

struct Sentence {
  std::uint32_t first = 0;  // index of the first token
  std::uint32_t last = 0;   // one past the last token
  Span span;
};

struct Document {
  std::string_view text;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Span> paragraphs;  // line-separated blocks of text

  std::string_view str(const Token& t) const { return text.substr(t.span.start, t.span.end - t.span.start); }
  std::string_view str(Span s) const { return text.substr(s.start, s.end - s.start); }
};

// Tokenizes and splits well-formed UTF-8 text. Linear in the input.
Document analyse(std::string_view text);

}  // namespace newsmark

#endif  // NEWSMARK_DOCUMENT_H_
