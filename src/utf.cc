#include "utf.h"

#include <algorithm>

namespace newsmark {

std::size_t find_invalid_utf8(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;        // overlong
      if (c == 0xED) hi = 0x9F;        // UTF-16 surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;        // overlong
      if (c == 0xF4) hi = 0x8F;        // past U+10FFFF
    } else {
      return i;
    }
    if (i + len > n) return i;
    if (s[i + 1] < lo || s[i + 1] > hi) return i;
    for (std::size_t k = 2; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return i;
    }
    i += len;
  }
  return std::string_view::npos;
}

void convert_offsets(std::string_view text, Offsets unit, std::vector<std::uint32_t*>& offsets) {
  if (unit == Offsets::utf8 || offsets.empty()) return;
  std::sort(offsets.begin(), offsets.end(),
            [](const std::uint32_t* a, const std::uint32_t* b) { return *a < *b; });
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t byte = 0;
  std::uint32_t units = 0;
  for (std::uint32_t* offset : offsets) {
    const std::size_t target = std::min<std::size_t>(*offset, text.size());
    while (byte < target) {
      const unsigned char c = s[byte];
      if ((c & 0xC0) != 0x80) units += (unit == Offsets::utf16 && c >= 0xF0) ? 2 : 1;
      ++byte;
    }
    *offset = units;
  }
}

}  // namespace newsmark
