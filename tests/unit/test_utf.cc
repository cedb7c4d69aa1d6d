#include <doctest/doctest.h>

#include <string>

#include "utf.h"

using namespace newsmark;

TEST_CASE("utf: well-formed text passes validation") {
  CHECK(find_invalid_utf8("") == std::string_view::npos);
  CHECK(find_invalid_utf8("plain ASCII") == std::string_view::npos);
  CHECK(find_invalid_utf8("Zelenskyy’s “claim” — 中国 😀 e\xCC\x81") == std::string_view::npos);
}

TEST_CASE("utf: ill-formed sequences are found at their first byte") {
  CHECK(find_invalid_utf8("ab\xFF") == 2);
  CHECK(find_invalid_utf8("a\xC0\xAF") == 1);          // overlong '/'
  CHECK(find_invalid_utf8("a\xED\xA0\x80z") == 1);     // UTF-16 surrogate
  CHECK(find_invalid_utf8("a\xF4\x90\x80\x80") == 1);  // past U+10FFFF
  CHECK(find_invalid_utf8("abc\xE2\x80") == 3);        // truncated
  CHECK(find_invalid_utf8("\x80") == 0);               // lone continuation byte
}

TEST_CASE("utf: decoding gives code points and lengths") {
  std::size_t len = 0;
  CHECK(decode_utf8("A", 0, &len) == U'A');
  CHECK(len == 1);
  CHECK(decode_utf8("’", 0, &len) == U'’');
  CHECK(len == 3);
  CHECK(decode_utf8("😀", 0, &len) == U'😀');
  CHECK(len == 4);
}

TEST_CASE("utf: byte offsets convert to UTF-16 units and code points") {
  const std::string text = "a😀b’c";  // bytes: a=0, 😀=1..4, b=5, ’=6..8, c=9
  std::uint32_t a = 5, b = 9, c = 10, d = 0;
  std::vector<std::uint32_t*> utf16 = {&c, &a, &b, &d};
  convert_offsets(text, Offsets::utf16, utf16);
  CHECK(a == 3);  // "a" + surrogate pair
  CHECK(b == 5);
  CHECK(c == 6);
  CHECK(d == 0);

  std::uint32_t e = 5, f = 10;
  std::vector<std::uint32_t*> cps = {&e, &f};
  convert_offsets(text, Offsets::codepoint, cps);
  CHECK(e == 2);
  CHECK(f == 5);

  std::uint32_t g = 9;
  std::vector<std::uint32_t*> bytes = {&g};
  convert_offsets(text, Offsets::utf8, bytes);
  CHECK(g == 9);
}
