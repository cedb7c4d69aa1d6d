// Character classes for news text, by code point. Small tables, no locale.
#ifndef NEWSMARK_CHARS_H_
#define NEWSMARK_CHARS_H_

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

}  // namespace newsmark

#endif  // NEWSMARK_CHARS_H_
