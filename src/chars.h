// Character classes for news text, by code point. Small tables, no locale.
#ifndef NEWSMARK_CHARS_H_
#define NEWSMARK_CHARS_H_

#include <string>
#include <string_view>

namespace newsmark {

// Horizontal white space: ASCII blanks, NBSP, the U+2000 spaces, ideographic space.
bool is_space(char32_t c);
// Line and paragraph separators.
bool is_newline(char32_t c);
// Invisible characters that may sit inside a word: soft hyphen, zero-width joiners, BOM.
bool is_ignorable(char32_t c);
// Letters of any script, and combining marks (they belong to the letter before them).
bool is_letter(char32_t c);
bool is_digit(char32_t c);
bool is_upper(char32_t c);
bool is_lower(char32_t c);
// ' and its typographic forms used inside words: O’Brien, China’s.
bool is_apostrophe(char32_t c);
// Hyphens that join the parts of a word: dual-use, Russo-Ukrainian.
bool is_word_hyphen(char32_t c);
// En and em dashes, minus and friends.
bool is_dash(char32_t c);

// Lower-case form of a letter (ASCII, Latin-1, Latin Extended-A, Greek,
// Cyrillic); other characters are returned unchanged.
char32_t to_lower(char32_t c);
// Lower-cases well-formed UTF-8 text with to_lower(), dropping ignorable
// characters (a soft hyphen inside a name does not make another word).
std::string lowercase(std::string_view utf8);
// The same, appended to `out` (no temporary string).
void append_lowercase(std::string& out, std::string_view utf8);
// Appends the UTF-8 encoding of `c` to `out`.
void append_utf8(std::string& out, char32_t c);

}  // namespace newsmark

#endif  // NEWSMARK_CHARS_H_
