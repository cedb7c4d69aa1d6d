// UTF-8 validation, decoding and offset conversion. Pure functions, no state.
#ifndef NEWSMARK_UTF_H_
#define NEWSMARK_UTF_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "newsmark/annotate.h"

namespace newsmark {

// Byte position of the first ill-formed sequence, or npos when `text` is
// well-formed UTF-8 (no overlongs, surrogates or code points past U+10FFFF).
std::size_t find_invalid_utf8(std::string_view text);

// Decodes the code point starting at byte `pos` of well-formed UTF-8 and
// stores its length in bytes in `*length`. Inline: every scanner calls it per character.
inline char32_t decode_utf8(std::string_view text, std::size_t pos, std::size_t* length) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data()) + pos;
  const unsigned char c = s[0];
  if (c < 0x80) {
    *length = 1;
    return c;
  }
  if (c < 0xE0) {
    *length = 2;
    return (char32_t(c & 0x1F) << 6) | (s[1] & 0x3F);
  }
  if (c < 0xF0) {
    *length = 3;
    return (char32_t(c & 0x0F) << 12) | (char32_t(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
  }
  *length = 4;
  return (char32_t(c & 0x07) << 18) | (char32_t(s[1] & 0x3F) << 12) |
         (char32_t(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
}


// True at the first byte of a UTF-8 sequence (and at the end of the text).
inline bool is_utf8_boundary(std::string_view text, std::size_t pos) {
  return pos >= text.size() || (static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80;
}

// Converts byte offsets (any order, each on a UTF-8 boundary) to the given unit
// in one pass over the text, in place.
void convert_offsets(std::string_view text, Offsets unit, std::vector<std::uint32_t*>& offsets);

}  // namespace newsmark

#endif  // NEWSMARK_UTF_H_
