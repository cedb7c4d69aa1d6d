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

std::uint64_t hash_text(std::string_view s) {
  std::uint64_t h = 0xCBF29CE484222325ull;
  for (const char c : s) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001B3ull;
  return h;
}

// A feature from a template and up to three hashed values.
std::uint64_t feature(Template t, std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0) {
  std::uint64_t z = (a + 0x9E3779B97F4A7C15ull * t) ^ (b * 0xC2B2AE3D27D4EB4Full) ^ (c * 0x165667B19E3779F9ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;  // splitmix64 finaliser
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

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
  c.raw.resize(n);
  c.affixes.assign(n * 7, 0);
  std::string lower;
  c.gazetteer.assign(n, 0);
  c.gazetteer_begins.assign(n, 0);
  c.document_case.assign(n, 0);
  c.in_caps_line.assign(n, 0);
  for (std::size_t i = 0; i < n; ++i) {
    const std::string_view w = doc.str(doc.tokens[i]);
    lower = folded_lower(w);
    c.lower[i] = hash_text(lower);
    c.shape[i] = hash_text(word_shape(w));
    c.raw[i] = hash_text(w);
    for (int k = 2; k <= 4; ++k) {
      const std::string_view p = prefix_chars(lower, k);
      if (p.size() < lower.size()) c.affixes[i * 7 + (k - 2)] = static_cast<std::uint32_t>(hash_text(p));
    }
    for (int k = 1; k <= 4; ++k) {
      const std::string_view s = suffix_chars(lower, k);
      if (s.size() < lower.size()) c.affixes[i * 7 + 2 + k] = static_cast<std::uint32_t>(hash_text(s));
    }
  }
  std::unordered_map<std::uint64_t, std::uint8_t> seen;  // by hash of the lower-cased word
  seen.reserve(n);
  for (const Sentence& s : doc.sentences) {
    const bool caps = sentence_in_capitals(doc, s);
    for (std::uint32_t i = s.first; i < s.last; ++i) c.in_caps_line[i] = caps ? 1 : 0;
    for (const GazetteerMatch& m : find_gazetteer_matches(doc, s.first, s.last, 0xFFFF)) {
      c.gazetteer_matches.push_back(m);
      // The model was trained on these kinds; platforms are for the rules only.
      const std::uint16_t kinds = m.kinds & kTaggerGazetteerKinds;
      if (kinds == 0) continue;
      for (std::uint32_t i = m.first; i < m.last; ++i) c.gazetteer[i] = kinds;
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
  constexpr std::uint64_t kBoundary = 0x5157A47C0FFEEull;  // outside the sentence
  auto at = [&](const std::vector<std::uint64_t>& v, std::int64_t k) {
    return (k < first || k >= last) ? kBoundary : v[static_cast<std::size_t>(k)];
  };
  auto gaz_at = [&](std::int64_t k) -> std::uint64_t {
    return (k < first || k >= last) ? 0 : c.gazetteer[static_cast<std::size_t>(k)];
  };
  const std::int64_t k = i;
  const std::uint64_t word = c.lower[i];
  const std::uint64_t shape = c.shape[i];
  const std::uint64_t caps_line = c.in_caps_line[i];

  out.push_back(feature(kBias, 0));
  out.push_back(feature(kWord, word));
  out.push_back(feature(kWordPrev, at(c.lower, k - 1)));
  out.push_back(feature(kWordNext, at(c.lower, k + 1)));
  out.push_back(feature(kWordPrev2, at(c.lower, k - 2)));
  out.push_back(feature(kWordNext2, at(c.lower, k + 2)));
  out.push_back(feature(kShape, shape, caps_line));
  out.push_back(feature(kShapePrev, at(c.shape, k - 1), caps_line));
  out.push_back(feature(kShapeNext, at(c.shape, k + 1), caps_line));
  out.push_back(feature(kShapeNext2, at(c.shape, k + 2), caps_line));
  out.push_back(feature(kShapePrevCur, at(c.shape, k - 1), shape, caps_line));
  out.push_back(feature(kShapeCurNext, shape, at(c.shape, k + 1), caps_line));
  for (int a = 0; a < 7; ++a) {
    const std::uint64_t affix = c.affixes[i * 7 + a];
    if (affix != 0) out.push_back(feature(a < 3 ? kPrefix : kSuffix, affix));
  }
  out.push_back(feature(kWordPrevCur, at(c.lower, k - 1), word));
  out.push_back(feature(kWordCurNext, word, at(c.lower, k + 1)));
  const std::uint64_t gaz = gaz_at(k);
  for (int bit = 0; bit < 8; ++bit) {
    if (gaz & (1u << bit)) out.push_back(feature(kGazetteer, static_cast<std::uint64_t>(bit), c.gazetteer_begins[i]));
  }
  if (gaz_at(k - 1)) out.push_back(feature(kGazetteerPrev, gaz_at(k - 1)));
  if (gaz_at(k + 1)) out.push_back(feature(kGazetteerNext, gaz_at(k + 1)));
  if (i == first) out.push_back(feature(kFirstInSentence, shape));
  if (caps_line) {
    out.push_back(feature(kCapsLine, i == first));
    out.push_back(feature(kCapsLineWord, word));
  }
  const bool needs_case_hint = i == first || caps_line || doc.tokens[i].has(kAllCaps);
  if (needs_case_hint && doc.tokens[i].type == TokenType::word) {
    out.push_back(feature(kDocumentCase, c.document_case[i], caps_line));
  }
  const std::uint32_t length = doc.tokens[i].span.end - doc.tokens[i].span.start;
  out.push_back(feature(kLength, length > 12 ? 12 : length));
  out.push_back(feature(kRawWord, c.raw[i]));
  out.push_back(feature(kPosition, std::min<std::uint32_t>(i - first, 3), shape));
  if (i > first && i + 1 < last && doc.str(doc.tokens[i - 1]) == "(" && doc.str(doc.tokens[i + 1]) == ")") {
    out.push_back(feature(kParenthesised, shape));
  }
}

}  // namespace newsmark
