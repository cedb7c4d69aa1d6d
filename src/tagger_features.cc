#include "tagger_features.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "chars.h"
#include "gazetteer.h"
#include "utf.h"

namespace newsmark {
namespace {

// Feature templates. The numbers are part of the model: never renumber.
enum Template : std::uint8_t {
  kBias = 1,
  kWord,
  kWordPrev,
  kWordNext,
  kWordPrev2,
  kWordNext2,
  kShape,
  kShapePrev,
  kShapeNext,
  kShapePrevCur,
  kShapeCurNext,
  kPrefix,
  kSuffix,
  kWordPrevCur,
  kWordCurNext,
  kGazetteer,
  kGazetteerPrev,
  kGazetteerNext,
  kFirstInSentence,
  kCapsLine,
  kCapsLineWord,
  kDocumentCase,
  kLength,
  kShapeNext2,
  kParenthesised,
  kRawWord,
  kPosition,
};

class Hasher {
 public:
  explicit Hasher(Template t) : h_(0xCBF29CE484222325ull ^ t) { mix_byte(t); }
  Hasher& add(std::string_view s) {
    for (const char c : s) mix_byte(static_cast<unsigned char>(c));
    mix_byte(0xFF);  // separator: ("ab","c") differs from ("a","bc")
    return *this;
  }
  Hasher& add(std::uint64_t v) {
    for (int k = 0; k < 8; ++k) mix_byte(static_cast<unsigned char>(v >> (8 * k)));
    return *this;
  }
  std::uint64_t done() const {
    std::uint64_t z = h_;  // splitmix64 finaliser
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }

 private:
  void mix_byte(unsigned char b) { h_ = (h_ ^ b) * 0x100000001B3ull; }
  std::uint64_t h_;
};

std::string word_shape(std::string_view word) {
  std::string shape;
  std::size_t pos = 0;
  char last = 0;
  while (pos < word.size() && shape.size() < 8) {
    std::size_t len;
    const char32_t c = decode_utf8(word, pos, &len);
    pos += len;
    char s;
    if (is_ignorable(c)) continue;
    if (is_digit(c)) s = 'd';
    else if (is_upper(c)) s = 'X';
    else if (is_letter(c)) s = 'x';
    else if (c < 0x80) s = static_cast<char>(c);
    else s = '~';
    if (s != last) shape.push_back(s);
    last = s;
  }
  return shape;
}

// Replaces every `from` in `s` with `to`.
void replace_all(std::string& s, std::string_view from, std::string_view to) {
  for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
    s.replace(at, from.size(), to);
  }
}

// Lower case, digits folded to 0, typographic quotes and apostrophes folded
// to ASCII: the training text has only straight ones.
std::string folded_lower(std::string_view word) {
  std::string lower = lowercase(word);
  for (char& c : lower) {
    if (c >= '0' && c <= '9') c = '0';
  }
  if (lower.size() >= 3 && static_cast<unsigned char>(lower[0]) >= 0x80) {
    replace_all(lower, "\u201C", "\"");
    replace_all(lower, "\u201D", "\"");
    replace_all(lower, "\u2018", "'");
  }
  replace_all(lower, "\u2019", "'");
  return lower;
}

// First and last `n` characters (code points) of a word.
std::string_view prefix_chars(std::string_view w, int n) {
  std::size_t pos = 0;
  for (int k = 0; k < n && pos < w.size(); ++k) {
    std::size_t len;
    decode_utf8(w, pos, &len);
    pos += len;
  }
  return w.substr(0, pos);
}

std::string_view suffix_chars(std::string_view w, int n) {
  std::size_t pos = w.size();
  for (int k = 0; k < n && pos > 0; ++k) {
    --pos;
    while (pos > 0 && !is_utf8_boundary(w, pos)) --pos;
  }
  return w.substr(pos);
}

bool sentence_in_capitals(const Document& doc, const Sentence& s) {
  int caps = 0, lower = 0;
  for (std::uint32_t i = s.first; i < s.last; ++i) {
    const Token& t = doc.tokens[i];
    if (t.type != TokenType::word) continue;
    if (t.has(kAllCaps)) ++caps;
    else if (t.has(kLowercase) || t.has(kCapitalized)) ++lower;
  }
  return caps >= 2 && caps > 2 * lower;
}

}  // namespace

TaggerContext build_tagger_context(const Document& doc) {
  const std::size_t n = doc.tokens.size();
  TaggerContext c;
  c.lower.resize(n);
  c.shape.resize(n);
  c.gazetteer.assign(n, 0);
  c.gazetteer_begins.assign(n, 0);
  c.document_case.assign(n, 0);
  c.in_caps_line.assign(n, 0);
  for (std::size_t i = 0; i < n; ++i) {
    const std::string_view w = doc.str(doc.tokens[i]);
    c.lower[i] = folded_lower(w);
    c.shape[i] = word_shape(w);
  }
  std::unordered_map<std::string_view, std::uint8_t> seen;
  seen.reserve(n);
  for (const Sentence& s : doc.sentences) {
    const bool caps = sentence_in_capitals(doc, s);
    for (std::uint32_t i = s.first; i < s.last; ++i) c.in_caps_line[i] = caps ? 1 : 0;
    for (const GazetteerMatch& m : find_gazetteer_matches(doc, s.first, s.last, 0xFFFF)) {
      for (std::uint32_t i = m.first; i < m.last; ++i) c.gazetteer[i] = m.kinds;
      c.gazetteer_begins[m.first] = 1;
    }
    if (caps) continue;
    for (std::uint32_t i = s.first; i < s.last; ++i) {
      const Token& t = doc.tokens[i];
      if (t.type != TokenType::word) continue;
      if (t.has(kLowercase)) seen[c.lower[i]] |= kSeenLowercase;
      else if (t.has(kCapitalized) && i > s.first && !t.has(kAllCaps)) seen[c.lower[i]] |= kSeenCapitalizedInside;
    }
  }
  for (std::size_t i = 0; i < n; ++i) {
    const auto it = seen.find(c.lower[i]);
    if (it != seen.end()) c.document_case[i] = it->second;
  }
  return c;
}

void token_features(const Document& doc, const TaggerContext& c, std::uint32_t first, std::uint32_t last,
                    std::uint32_t i, std::vector<std::uint64_t>& out) {
  static const std::string kBoundary = "<s>";
  auto lower_at = [&](std::int64_t k) -> const std::string& {
    return (k < first || k >= last) ? kBoundary : c.lower[static_cast<std::size_t>(k)];
  };
  auto shape_at = [&](std::int64_t k) -> const std::string& {
    return (k < first || k >= last) ? kBoundary : c.shape[static_cast<std::size_t>(k)];
  };
  auto gaz_at = [&](std::int64_t k) -> std::uint64_t {
    return (k < first || k >= last) ? 0 : c.gazetteer[static_cast<std::size_t>(k)];
  };
  const std::int64_t k = i;
  const std::string& word = c.lower[i];
  const std::string& shape = c.shape[i];
  const bool caps_line = c.in_caps_line[i] != 0;

  out.push_back(Hasher(kBias).done());
  out.push_back(Hasher(kWord).add(word).done());
  out.push_back(Hasher(kWordPrev).add(lower_at(k - 1)).done());
  out.push_back(Hasher(kWordNext).add(lower_at(k + 1)).done());
  out.push_back(Hasher(kWordPrev2).add(lower_at(k - 2)).done());
  out.push_back(Hasher(kWordNext2).add(lower_at(k + 2)).done());
  out.push_back(Hasher(kShape).add(shape).add(caps_line).done());
  out.push_back(Hasher(kShapePrev).add(shape_at(k - 1)).add(caps_line).done());
  out.push_back(Hasher(kShapeNext).add(shape_at(k + 1)).add(caps_line).done());
  out.push_back(Hasher(kShapeNext2).add(shape_at(k + 2)).add(caps_line).done());
  out.push_back(Hasher(kShapePrevCur).add(shape_at(k - 1)).add(shape).add(caps_line).done());
  out.push_back(Hasher(kShapeCurNext).add(shape).add(shape_at(k + 1)).add(caps_line).done());
  for (int n = 2; n <= 4; ++n) {
    const std::string_view p = prefix_chars(word, n);
    if (p.size() < word.size()) out.push_back(Hasher(kPrefix).add(p).done());
  }
  for (int n = 1; n <= 4; ++n) {
    const std::string_view s = suffix_chars(word, n);
    if (s.size() < word.size()) out.push_back(Hasher(kSuffix).add(s).done());
  }
  out.push_back(Hasher(kWordPrevCur).add(lower_at(k - 1)).add(word).done());
  out.push_back(Hasher(kWordCurNext).add(word).add(lower_at(k + 1)).done());
  const std::uint64_t gaz = gaz_at(k);
  for (int bit = 0; bit < 8; ++bit) {
    if (gaz & (1u << bit)) {
      out.push_back(Hasher(kGazetteer).add(static_cast<std::uint64_t>(bit)).add(c.gazetteer_begins[i]).done());
    }
  }
  if (gaz_at(k - 1)) out.push_back(Hasher(kGazetteerPrev).add(gaz_at(k - 1)).done());
  if (gaz_at(k + 1)) out.push_back(Hasher(kGazetteerNext).add(gaz_at(k + 1)).done());
  if (i == first) out.push_back(Hasher(kFirstInSentence).add(shape).done());
  if (caps_line) {
    out.push_back(Hasher(kCapsLine).add(static_cast<std::uint64_t>(i == first)).done());
    out.push_back(Hasher(kCapsLineWord).add(word).done());
  }
  const bool needs_case_hint = i == first || caps_line || doc.tokens[i].has(kAllCaps);
  if (needs_case_hint && doc.tokens[i].type == TokenType::word) {
    out.push_back(Hasher(kDocumentCase).add(static_cast<std::uint64_t>(c.document_case[i])).add(caps_line).done());
  }
  const std::size_t length = word.size();
  out.push_back(Hasher(kLength).add(static_cast<std::uint64_t>(length > 12 ? 12 : length)).done());
  out.push_back(Hasher(kRawWord).add(doc.str(doc.tokens[i])).done());
  out.push_back(Hasher(kPosition).add(static_cast<std::uint64_t>(std::min<std::uint32_t>(i - first, 3))).add(shape).done());
  if (lower_at(k - 1) == "(" && lower_at(k + 1) == ")") out.push_back(Hasher(kParenthesised).add(shape).done());
}

}  // namespace newsmark
