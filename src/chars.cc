#include "chars.h"

#include "utf.h"

namespace newsmark {
namespace {

// Latin Extended-A comes in upper/lower pairs, upper first, but the pairs
// start on even code points in two runs and on odd ones in the others.
bool latin_extended_a_is_upper(char32_t c) {
  if (c == 0x138 || c == 0x149 || c == 0x17F) return false;  // ĸ, ŉ, ſ have no pair
  if (c == 0x178) return true;                                // Ÿ (its lower case is ÿ)
  if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return (c % 2) == 1;
  return (c % 2) == 0;
}

}  // namespace

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0x1680;
}

bool is_newline(char32_t c) { return c == '\n' || c == 0x2028 || c == 0x2029 || c == 0x85; }

bool is_ignorable(char32_t c) { return c == 0xAD || c == 0x200C || c == 0x200D || c == 0xFEFF || c == 0x2060; }

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

bool is_letter(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (c < 0xC0) return c == 0xAA || c == 0xB5 || c == 0xBA;  // ª µ º
  if (c == 0xD7 || c == 0xF7) return false;                  // × ÷
  if (c >= 0x2000 && c <= 0x2BFF) return false;              // punctuation, symbols, arrows, currency
  if (c >= 0x3000 && c <= 0x303F) return false;              // CJK punctuation
  if (c >= 0xFE30 && c <= 0xFE6F) return false;              // CJK compatibility forms, small forms
  if (c >= 0xFF00 && c <= 0xFF0F) return false;              // fullwidth punctuation
  if (c >= 0xFF1A && c <= 0xFF20) return false;
  if (c >= 0x1F000 && c <= 0x1FAFF) return false;            // emoji and pictographs
  if (c >= 0xE000 && c <= 0xF8FF) return false;              // private use
  return true;
}

bool is_upper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
  if (c >= 0x100 && c <= 0x17F) return latin_extended_a_is_upper(c);
  if (c >= 0x391 && c <= 0x3AB) return true;                          // Greek capitals
  if (c >= 0x400 && c <= 0x42F) return true;                          // Cyrillic capitals
  return false;
}

bool is_lower(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  if (c >= 0xDF && c <= 0xFF) return c != 0xF7;
  if (c >= 0x100 && c <= 0x17F) return c != 0x138 ? !latin_extended_a_is_upper(c) : true;
  if (c >= 0x3AC && c <= 0x3CE) return true;
  if (c >= 0x430 && c <= 0x45F) return true;
  return false;
}

bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }

bool is_word_hyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }

bool is_dash(char32_t c) { return c == 0x2012 || c == 0x2013 || c == 0x2014 || c == 0x2015 || c == 0x2212; }

char32_t to_lower(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c == 0x178) return 0xFF;
  if (c >= 0x100 && c <= 0x17F && c != 0x130 && latin_extended_a_is_upper(c)) return c + 1;
  if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 32;
  if (c >= 0x410 && c <= 0x42F) return c + 32;
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  return c;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

void append_lowercase(std::string& out, std::string_view utf8) {
  std::size_t pos = 0;
  while (pos < utf8.size()) {
    // Runs of ASCII, the common case, are copied in one step.
    std::size_t run = pos;
    while (run < utf8.size() && static_cast<unsigned char>(utf8[run]) < 0x80) ++run;
    if (run > pos) {
      const std::size_t at = out.size();
      out.append(utf8.substr(pos, run - pos));
      for (std::size_t i = at; i < out.size(); ++i) {
        if (out[i] >= 'A' && out[i] <= 'Z') out[i] = static_cast<char>(out[i] + 32);
      }
      pos = run;
      continue;
    }
    std::size_t len;
    const char32_t c = decode_utf8(utf8, pos, &len);
    if (len == 0) break;
    if (!is_ignorable(c)) append_utf8(out, to_lower(c));
    pos += len;
  }
}

std::string lowercase(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  append_lowercase(out, utf8);
  return out;
}

}  // namespace newsmark
