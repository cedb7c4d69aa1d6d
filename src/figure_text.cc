#include "figure_text.h"

#include "chars.h"
#include "figure_lexicon.h"
#include "utf.h"

namespace newsmark {

FigureText::FigureText(const Document& doc) : doc_(doc), lower_(ascii_lower(doc.text)) {}

bool FigureText::single_space_after(std::size_t a) const {
  if (a + 1 >= size()) return false;
  const std::uint32_t from = token(a).span.end, to = token(a + 1).span.start;
  if (to <= from) return false;
  std::size_t len;
  const char32_t c = decode_utf8(doc_.text, from, &len);
  return from + len == to && is_space(c) && c != '\t';
}

}  // namespace newsmark
