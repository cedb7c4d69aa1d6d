// Token access shared by the figure recognisers: raw and lower-case text of
// a token, and how tokens touch each other. Read-only view of a Document.
#ifndef NEWSMARK_FIGURE_TEXT_H_
#define NEWSMARK_FIGURE_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "document.h"

namespace newsmark {

class FigureText {
 public:
  explicit FigureText(const Document& doc);

  const Document& doc() const { return doc_; }
  std::size_t size() const { return doc_.tokens.size(); }
  const Token& token(std::size_t i) const { return doc_.tokens[i]; }

  // Text of token i as written, and lower-cased (ASCII letters only).
  std::string_view raw(std::size_t i) const { return doc_.str(doc_.tokens[i]); }
  std::string_view low(std::size_t i) const {
    const Span s = doc_.tokens[i].span;
    return std::string_view(lower_).substr(s.start, s.end - s.start);
  }
  std::string_view low(Span s) const { return std::string_view(lower_).substr(s.start, s.end - s.start); }
  std::string_view lower_text() const { return lower_; }

  bool is_number(std::size_t i) const { return i < size() && token(i).type == TokenType::number; }
  bool is_word(std::size_t i) const { return i < size() && token(i).type == TokenType::word; }
  bool is_punct(std::size_t i) const { return i < size() && token(i).type == TokenType::punct; }
  // Token i is the word `lower` (compared lower-cased).
  bool is(std::size_t i, std::string_view lower) const { return i < size() && low(i) == lower; }
  // Token b starts right where token a ends: "$" "5", "10" "%".
  bool glued(std::size_t a, std::size_t b) const {
    return b < size() && a < size() && token(a).span.end == token(b).span.start;
  }
  // The bytes between tokens a and a+1 are one ordinary or thin space.
  bool single_space_after(std::size_t a) const;

 private:
  const Document& doc_;
  std::string lower_;
};

}  // namespace newsmark

#endif  // NEWSMARK_FIGURE_TEXT_H_
