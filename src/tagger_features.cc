#include "tagger_features.h"

#include <algorithm>
#include <string_view>

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

// FNV-1a, one byte at a time, so a hash can also be built as its bytes are
// produced (the model's features depend on these exact values).
constexpr std::uint64_t kHashStart = 0xCBF29CE484222325ull;
inline std::uint64_t hash_byte(std::uint64_t h, char c) {
  return (h ^ static_cast<unsigned char>(c)) * 0x100000001B3ull;
}

std::uint64_t hash_text(std::string_view s) {
  std::uint64_t h = kHashStart;
  for (const char c : s) h = hash_byte(h, c);
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

bool is_ascii(std::string_view w) {
  for (const char c : w) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// folded_lower() of one ASCII character.
inline char fold_ascii(char c) {
  if (c >= '0' && c <= '9') return '0';
  if (c >= 'A' && c <= 'Z') return static_cast<char>(c + 32);
  return c;
}

// The hashes of token `i` the general path in build_tagger_context computes
// (lower, shape, raw, affixes), for a word of plain ASCII, the common case:
// one pass over its bytes, no string built. A prefix's hash is the lower-case
// hash part way through, as FNV-1a reads bytes in order.
void ascii_token_hashes(std::string_view w, std::size_t i, TaggerContext& c) {
  const std::size_t n = w.size();
  std::uint64_t lower = kHashStart, raw = kHashStart, shape = kHashStart;
  std::size_t shape_length = 0;  // word_shape() keeps at most 8 characters
  char last_shape = 0;
  std::uint32_t* affixes = &c.affixes[i * 7];
  for (std::size_t k = 0; k < n; ++k) {
    const char ch = w[k];
    raw = hash_byte(raw, ch);
    lower = hash_byte(lower, fold_ascii(ch));
    if (k >= 1 && k <= 3 && k + 1 < n) affixes[k - 1] = static_cast<std::uint32_t>(lower);  // prefixes of 2-4
    if (shape_length < 8) {
      char s = ch;
      if (ch >= '0' && ch <= '9') s = 'd';
      else if (ch >= 'A' && ch <= 'Z') s = 'X';
      else if (ch >= 'a' && ch <= 'z') s = 'x';
      if (s != last_shape) {
        shape = hash_byte(shape, s);
        ++shape_length;
      }
      last_shape = s;
    }
  }
  for (std::size_t k = 1; k <= 4 && k < n; ++k) {  // suffixes of 1-4
    std::uint64_t h = kHashStart;
    for (std::size_t j = n - k; j < n; ++j) h = hash_byte(h, fold_ascii(w[j]));
    affixes[2 + k] = static_cast<std::uint32_t>(h);
  }
  c.lower[i] = lower;
  c.shape[i] = shape;
  c.raw[i] = raw;
}

// DocumentCase bits by the hash of a folded lower-case word. Open addressing
// in one flat array: every token of the document is looked up.
class DocumentCaseTable {
 public:
  explicit DocumentCaseTable(std::size_t max_words) {
    std::size_t capacity = 16;
    while (capacity < 2 * max_words) capacity <<= 1;  // at most half full
    slots_.resize(capacity);
  }
  void add(std::uint64_t word, std::uint8_t bits) {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t k = home(word);; k = (k + 1) & mask) {
      Slot& s = slots_[k];
      if (!s.used) {
        s = {word, bits, true};
        return;
      }
      if (s.word == word) {
        s.bits |= bits;
        return;
      }
    }
  }
  std::uint8_t get(std::uint64_t word) const {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t k = home(word);; k = (k + 1) & mask) {
      const Slot& s = slots_[k];
      if (!s.used) return 0;
      if (s.word == word) return s.bits;
    }
  }

 private:
  struct Slot {
    std::uint64_t word = 0;
    std::uint8_t bits = 0;
    bool used = false;
  };
  std::size_t home(std::uint64_t word) const {
    return static_cast<std::size_t>((word * 0x9E3779B97F4A7C15ull) >> 32) & (slots_.size() - 1);
  }
  std::vector<Slot> slots_;
};

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
    if (is_ascii(w)) {
      ascii_token_hashes(w, i, c);
      continue;
    }
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
  DocumentCaseTable seen(n);
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
      if (t.has(kLowercase)) seen.add(c.lower[i], kSeenLowercase);
      else if (t.has(kCapitalized) && i > s.first && !t.has(kAllCaps)) seen.add(c.lower[i], kSeenCapitalizedInside);
    }
  }
  for (std::size_t i = 0; i < n; ++i) c.document_case[i] = seen.get(c.lower[i]);
  return c;
}

std::size_t token_features(const Document& doc, const TaggerContext& c, std::uint32_t first, std::uint32_t last,
                           std::uint32_t i, std::uint64_t* out) {
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
  // The neighbours, read once: `out` may alias the context's arrays as far
  // as the compiler knows, so it would read them again after every store.
  const std::uint64_t word_prev = at(c.lower, k - 1), word_next = at(c.lower, k + 1);
  const std::uint64_t shape_prev = at(c.shape, k - 1), shape_next = at(c.shape, k + 1);
  std::size_t count = 0;

  out[count++] = feature(kBias, 0);
  out[count++] = feature(kWord, word);
  out[count++] = feature(kWordPrev, word_prev);
  out[count++] = feature(kWordNext, word_next);
  out[count++] = feature(kWordPrev2, at(c.lower, k - 2));
  out[count++] = feature(kWordNext2, at(c.lower, k + 2));
  out[count++] = feature(kShape, shape, caps_line);
  out[count++] = feature(kShapePrev, shape_prev, caps_line);
  out[count++] = feature(kShapeNext, shape_next, caps_line);
  out[count++] = feature(kShapeNext2, at(c.shape, k + 2), caps_line);
  out[count++] = feature(kShapePrevCur, shape_prev, shape, caps_line);
  out[count++] = feature(kShapeCurNext, shape, shape_next, caps_line);
  for (int a = 0; a < 7; ++a) {
    const std::uint64_t affix = c.affixes[i * 7 + a];
    if (affix != 0) out[count++] = feature(a < 3 ? kPrefix : kSuffix, affix);
  }
  out[count++] = feature(kWordPrevCur, word_prev, word);
  out[count++] = feature(kWordCurNext, word, word_next);
  const std::uint64_t gaz = gaz_at(k), gaz_prev = gaz_at(k - 1), gaz_next = gaz_at(k + 1);
  const std::uint64_t gaz_begins = c.gazetteer_begins[i];
  for (int bit = 0; bit < 8; ++bit) {
    if (gaz & (1u << bit)) out[count++] = feature(kGazetteer, static_cast<std::uint64_t>(bit), gaz_begins);
  }
  if (gaz_prev) out[count++] = feature(kGazetteerPrev, gaz_prev);
  if (gaz_next) out[count++] = feature(kGazetteerNext, gaz_next);
  if (i == first) out[count++] = feature(kFirstInSentence, shape);
  if (caps_line) {
    out[count++] = feature(kCapsLine, i == first);
    out[count++] = feature(kCapsLineWord, word);
  }
  const bool needs_case_hint = i == first || caps_line || doc.tokens[i].has(kAllCaps);
  if (needs_case_hint && doc.tokens[i].type == TokenType::word) {
    out[count++] = feature(kDocumentCase, c.document_case[i], caps_line);
  }
  const std::uint32_t length = doc.tokens[i].span.end - doc.tokens[i].span.start;
  out[count++] = feature(kLength, length > 12 ? 12 : length);
  out[count++] = feature(kRawWord, c.raw[i]);
  out[count++] = feature(kPosition, std::min<std::uint32_t>(i - first, 3), shape);
  if (i > first && i + 1 < last && doc.str(doc.tokens[i - 1]) == "(" && doc.str(doc.tokens[i + 1]) == ")") {
    out[count++] = feature(kParenthesised, shape);
  }
  return count;
}

void token_features(const Document& doc, const TaggerContext& context, std::uint32_t first, std::uint32_t last,
                    std::uint32_t i, std::vector<std::uint64_t>& out) {
  std::uint64_t features[kMaxTokenFeatures];
  const std::size_t count = token_features(doc, context, first, last, i, features);
  out.insert(out.end(), features, features + count);
}

}  // namespace newsmark
