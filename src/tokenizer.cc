// Tokenizer and sentence splitter for news text (see document.h).
#include <algorithm>
#include <array>
#include <string>

#include "chars.h"
#include "document.h"
#include "utf.h"

namespace newsmark {
namespace {

// Abbreviations whose final period belongs to the token. Titles never end a sentence.
// Transcripts write the common titles in capitals: "MS. CLINTON:".
constexpr std::array<std::string_view, 37> kTitleAbbreviations = {
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Col", "Lt", "Sgt", "Capt", "Adm", "Maj",
    "Cmdr", "Rev", "Hon", "Pres", "Supt", "Det", "Insp", "St", "Mt", "Ft", "Sr", "Jr", "Messrs", "Cpl", "Pvt",
    "MR", "MRS", "MS", "DR", "SEN", "REP", "GOV"};
// "v" as in "Roe v. Wade".
constexpr std::array<std::string_view, 25> kOtherAbbreviations = {
    "Inc", "Corp", "Co", "Ltd", "No", "vs", "v", "etc", "approx", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
    "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "est", "Nos", "Bros", "Dept"};

bool in_list(std::string_view word, const std::string_view* begin, const std::string_view* end) {
  return std::find(begin, end, word) != end;
}

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool is_title_abbreviation(std::string_view word) {
  return in_list(word, kTitleAbbreviations.data(), kTitleAbbreviations.data() + kTitleAbbreviations.size());
}

bool is_other_abbreviation(std::string_view word) {
  return in_list(word, kOtherAbbreviations.data(), kOtherAbbreviations.data() + kOtherAbbreviations.size());
}

class Tokenizer {
 public:
  explicit Tokenizer(std::string_view text) : text_(text) {}

  Document run() {
    Document doc;
    doc.text = text_;
    doc.tokens.reserve(text_.size() / 6 + 16);  // news text has about one token per 5-6 bytes
    bool paragraph_start = true;
    while (pos_ < text_.size()) {
      std::size_t len;
      const char32_t c = peek(pos_, &len);
      if (c == ' ') {  // the most common character, between tokens
        ++pos_;
        continue;
      }
      if (is_newline(c)) {
        paragraph_start = true;
        single_quote_open_ = false;
        pos_ += len;
        continue;
      }
      if (is_space(c) || is_ignorable(c) || c < 0x20) {
        pos_ += len;
        continue;
      }
      Token token = next_token(c, len);
      if (paragraph_start) token.flags |= kParagraphStart;
      paragraph_start = false;
      doc.tokens.push_back(token);
    }
    mark_quotes(doc);
    split_sentences(doc);
    split_paragraphs(doc);
    return doc;
  }

 private:
  char32_t peek(std::size_t at, std::size_t* len) const {
    if (at >= text_.size()) {
      *len = 0;
      return 0;
    }
    return decode_utf8(text_, at, len);
  }

  char32_t at(std::size_t p) const {
    std::size_t len;
    return peek(p, &len);
  }

  std::size_t after(std::size_t p) const {
    std::size_t len;
    peek(p, &len);
    return p + len;
  }

  bool word_char(char32_t c) const {
    if (c < 0x80) return is_ascii_letter(static_cast<char>(c)) || (c >= '0' && c <= '9');  // the common case, inline
    return is_letter(c) || is_digit(c) || is_ignorable(c);
  }

  Token next_token(char32_t first, std::size_t len) {
    Token token;
    const std::size_t start = pos_;
    if (is_letter(first) || is_digit(first)) {
      token.type = is_digit(first) ? TokenType::number : TokenType::word;
      std::size_t p = start + len;
      while (p < text_.size()) {
        std::size_t l;
        const char32_t c = peek(p, &l);
        if (word_char(c)) {
          p += l;
          continue;
        }
        if (c == ' ') break;  // none of the joins below starts with a space
        std::size_t l2;
        const char32_t n = peek(p + l, &l2);
        if (token.type == TokenType::number && (c == ',' || c == '.' || c == ':' || c == '/') && is_digit(n)) {
          p += l;  // 10,000  3.5  10:30  4/8/2025
          continue;
        }
        if (is_word_hyphen(c) && word_char(n) && token.type == TokenType::word) {
          p += l;  // dual-use, Russo-Ukrainian, COVID-19
          continue;
        }
        if (is_apostrophe(c) && is_letter(n)) {
          // China’s → "China" + "’s"; O’Brien and don't stay whole.
          const std::size_t after_s = p + l + l2;
          const bool possessive_s = (n == 's' || n == 'S') && !is_letter(at(after_s));
          if (possessive_s) break;
          p += l;
          continue;
        }
        break;
      }
      pos_ = p;
      token.span = {static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(p)};
      absorb_abbreviation_period(token);
    } else if (is_apostrophe(first) && (at(start + len) == 's' || at(start + len) == 'S') &&
               !is_letter(at(start + len + 1)) && start > 0 && !prev_is_space(start)) {
      pos_ = start + len + 1;
      token.type = TokenType::word;
      token.flags |= kPossessive;
      token.span = {static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(pos_)};
      return token;
    } else if (is_apostrophe(first) && !single_quote_open_ && start > 0 && !prev_is_space(start) &&
               ends_in_s_letter(start) && !is_letter(at(start + len))) {
      // The plural possessive: "the farmers’ union" → "farmers" + "’".
      pos_ = start + len;
      token.type = TokenType::word;
      token.flags |= kPossessive;
      token.span = {static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(pos_)};
      return token;
    } else {
      pos_ = start + len;
      token.type = TokenType::punct;
      if (first == 0x2018 || (first == '\'' && (start == 0 || prev_is_space(start)))) single_quote_open_ = true;
      if (first == 0x2019) single_quote_open_ = false;
      token.span = {static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(pos_)};
      return token;
    }
    set_shape(token);
    return token;
  }

  // True when the character before byte `p` is an "s" ending a word.
  bool ends_in_s_letter(std::size_t p) const {
    if (p < 2) return false;
    const char c = text_[p - 1];
    if (c != 's' && c != 'S') return false;
    std::size_t q = p - 2;
    while (q > 0 && !is_utf8_boundary(text_, q)) --q;
    return is_letter(at(q));
  }

  bool prev_is_space(std::size_t p) const {
    std::size_t q = p;
    while (q > 0 && !is_utf8_boundary(text_, q - 1)) --q;
    if (q == 0) return true;
    --q;
    while (q > 0 && !is_utf8_boundary(text_, q)) --q;
    const char32_t c = at(q);
    return is_space(c) || is_newline(c);
  }

  // Keeps the period of "Mr.", "U.S.", "J." with the word.
  void absorb_abbreviation_period(Token& token) {
    if (token.type != TokenType::word || pos_ >= text_.size() || text_[pos_] != '.') return;
    const std::string_view word = text_.substr(token.span.start, token.span.end - token.span.start);
    std::size_t p = pos_;
    // Dotted initialisms: U.S., U.K., e.g., a.m.
    // Dotted initialisms: U.S., U.K., D.C., e.g., a.m. Only ASCII letters, so
    // every step lands on a one-byte character (never inside "D.C.’s").
    if (word.size() == 1 && is_ascii_letter(word[0])) {
      std::size_t q = p;
      bool dotted = false;
      while (q + 1 < text_.size() && text_[q] == '.' && is_ascii_letter(text_[q + 1]) &&
             (q + 2 >= text_.size() || !is_ascii_letter(text_[q + 2]))) {
        q += 2;
        dotted = true;
      }
      if (dotted) {
        if (q < text_.size() && text_[q] == '.') ++q;
        pos_ = q;
        token.span.end = static_cast<std::uint32_t>(q);
        token.flags |= kAbbreviation;
        return;
      }
    }
    const bool initial = word.size() == 1 && is_upper(static_cast<unsigned char>(word[0]));
    if (initial || is_title_abbreviation(word) || is_other_abbreviation(word)) {
      pos_ = p + 1;
      token.span.end = static_cast<std::uint32_t>(pos_);
      token.flags |= kAbbreviation;
    }
  }

  void set_shape(Token& token) {
    bool first = true, any_lower = false;
    int letters = 0;
    std::size_t p = token.span.start;
    while (p < token.span.end) {
      std::size_t l;
      const char32_t c = peek(p, &l);
      if (c < 0x80) {  // the same tests for ASCII, inline
        if (c >= '0' && c <= '9') {
          token.flags |= kHasDigit;
        } else if (is_ascii_letter(static_cast<char>(c))) {
          const bool lower = c >= 'a';
          if (first) {
            token.flags |= lower ? kLowercase : kCapitalized;
            first = false;
          }
          any_lower = any_lower || lower;
          ++letters;
        }
        p += l;
        continue;
      }
      if (is_digit(c)) token.flags |= kHasDigit;
      if (is_letter(c) && !is_ignorable(c)) {
        if (first) {
          if (is_upper(c)) token.flags |= kCapitalized;
          else if (is_lower(c)) token.flags |= kLowercase;
          first = false;
        }
        if (is_lower(c)) any_lower = true;
        ++letters;
      }
      p += l;
    }
    if (letters >= 2 && !any_lower && (token.flags & kCapitalized)) token.flags |= kAllCaps;
  }

  // Decides which quotation marks open and which close.
  void mark_quotes(Document& doc) const {
    for (std::size_t i = 0; i < doc.tokens.size(); ++i) {
      Token& t = doc.tokens[i];
      if (t.type != TokenType::punct) continue;
      const char32_t c = at(t.span.start);
      if (c == 0x201C || c == 0xAB || c == 0x2018 || c == 0x201E) {
        t.flags |= kOpenQuote;
      } else if (c == 0x201D || c == 0xBB || c == 0x2019) {
        t.flags |= kCloseQuote;
      } else if (c == '"') {
        const bool space_before = t.span.start == 0 || prev_is_space(t.span.start) ||
                                  (i > 0 && doc.tokens[i - 1].span.end < t.span.start) ||
                                  (i > 0 && doc.tokens[i - 1].type == TokenType::punct &&
                                   (doc.tokens[i - 1].flags & kOpenQuote));
        t.flags |= space_before ? kOpenQuote : kCloseQuote;
      }
    }
  }

  static bool sentence_end_char(char32_t c) { return c == '.' || c == '!' || c == '?' || c == 0x2026; }

  void split_sentences(Document& doc) const {
    const auto n = static_cast<std::uint32_t>(doc.tokens.size());
    std::uint32_t first = 0;
    auto close = [&](std::uint32_t last) {
      if (last <= first) return;
      Sentence s;
      s.first = first;
      s.last = last;
      s.span = {doc.tokens[first].span.start, doc.tokens[last - 1].span.end};
      doc.tokens[first].flags |= kSentenceStart;
      doc.sentences.push_back(s);
      first = last;
    };
    for (std::uint32_t i = 0; i < n; ++i) {
      if (i > first && doc.tokens[i].has(kParagraphStart)) close(i);
      const Token& t = doc.tokens[i];
      bool ends = false;
      if (t.type == TokenType::punct && sentence_end_char(at(t.span.start))) {
        ends = !spaced_decimal_point(doc, i);
      } else if (t.has(kAbbreviation)) {
        // "in the U.S. The" ends a sentence; "Mr. Smith" and "U.S. officials" do not.
        const std::string_view w = doc.str(t);
        const std::string_view bare = w.substr(0, w.size() - 1);
        ends = !is_title_abbreviation(bare) && bare.size() > 1 && i + 1 < n &&
               doc.tokens[i + 1].has(kCapitalized) && is_common_sentence_opener(doc.str(doc.tokens[i + 1]));
      }
      if (!ends) continue;
      std::uint32_t j = i + 1;
      // Closing quotes and brackets stay with the sentence they close.
      while (j < n && doc.tokens[j].type == TokenType::punct && !doc.tokens[j].has(kParagraphStart) &&
             (doc.tokens[j].has(kCloseQuote) || at(doc.tokens[j].span.start) == ')' ||
              sentence_end_char(at(doc.tokens[j].span.start)))) {
        ++j;
      }
      if (j >= n) break;
      const Token& next = doc.tokens[j];
      if (next.span.start == doc.tokens[j - 1].span.end) continue;  // "3.5", "a.m." glued: not an end
      if (next.has(kCapitalized) || next.type == TokenType::number || next.has(kOpenQuote) ||
          next.has(kParagraphStart)) {
        close(j);
        i = j - 1;
      }
    }
    close(n);
  }

  // Text split into words by an older tokenizer writes "46 . 8" for 46.8: a
  // point with a space on each side between two numbers. Prose ends a sentence
  // with the point glued to the word before it.
  bool spaced_decimal_point(const Document& doc, std::uint32_t i) const {
    const std::vector<Token>& tokens = doc.tokens;
    if (i == 0 || i + 1 >= tokens.size()) return false;
    const Token& point = tokens[i];
    if (at(point.span.start) != '.' || point.span.end - point.span.start != 1) return false;
    const Token& before = tokens[i - 1];
    const Token& after = tokens[i + 1];
    return before.type == TokenType::number && after.type == TokenType::number && before.span.end < point.span.start &&
           point.span.end < after.span.start && !after.has(kParagraphStart);
  }

  static bool is_common_sentence_opener(std::string_view w) {
    static constexpr std::array<std::string_view, 22> kOpeners = {
        "The", "He", "She", "It", "They", "We", "In", "But", "A", "An", "This", "That",
        "His", "Her", "Their", "On", "At", "As", "And", "I", "However", "Meanwhile"};
    return std::find(kOpeners.begin(), kOpeners.end(), w) != kOpeners.end();
  }

  void split_paragraphs(Document& doc) const {
    std::size_t start = std::string_view::npos;
    for (std::size_t i = 0; i < doc.tokens.size(); ++i) {
      const Token& t = doc.tokens[i];
      if (t.has(kParagraphStart)) {
        if (start != std::string_view::npos) {
          doc.paragraphs.push_back({static_cast<std::uint32_t>(start), doc.tokens[i - 1].span.end});
        }
        start = t.span.start;
      }
    }
    if (start != std::string_view::npos) doc.paragraphs.push_back({static_cast<std::uint32_t>(start), doc.tokens.back().span.end});
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  bool single_quote_open_ = false;  // a ‘ or opening ' waits for its closing mark
};

}  // namespace

Document analyse(std::string_view text) { return Tokenizer(text).run(); }

}  // namespace newsmark
