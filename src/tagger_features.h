// Features of the statistical actor tagger: word forms, shapes, affixes,
// context, sentence position, gazetteer and document-level hints, each
// hashed to 64 bits. The trainer (tools/train_tagger.cc) and the run-time
// tagger share this code, so a model always sees the features it was
// trained on.
#ifndef NEWSMARK_TAGGER_FEATURES_H_
#define NEWSMARK_TAGGER_FEATURES_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "document.h"
#include "gazetteer.h"

namespace newsmark {

// The gazetteer kinds the tagger sees as features (the model was trained on these).
inline constexpr std::uint16_t kTaggerGazetteerKinds = 0xFF;

// Per-token facts computed once per document.
struct TaggerContext {
  std::vector<std::uint64_t> lower;    // hash of the lower-cased form, digits folded to 0
  std::vector<std::uint64_t> shape;    // hash of the shape: "Xx", "X.X.", "d", ...
  std::vector<std::uint64_t> raw;      // hash of the word as written
  std::vector<std::uint32_t> affixes;  // 7 per token: prefixes of 2-4 and suffixes of 1-4 characters (0: none)
  std::vector<std::uint16_t> gazetteer;  // GazetteerKind bits of the phrase covering the token
  std::vector<std::uint8_t> gazetteer_begins;  // 1 when that phrase starts at the token
  std::vector<std::uint8_t> document_case;     // DocumentCase bits
  std::vector<std::uint8_t> in_caps_line;      // 1 when the token's sentence is written in capitals
  std::vector<GazetteerMatch> gazetteer_matches;  // every list phrase, in text order (reused by the rules)
};

// What the rest of the document says about a word's case: a word capitalised
// in mid-sentence elsewhere is probably a name even at the start of a
// sentence or in a headline in capitals.
enum DocumentCase : std::uint8_t {
  kSeenCapitalizedInside = 1 << 0,  // capitalised, not sentence-initial, not in a capitals line
  kSeenLowercase = 1 << 1,
};

TaggerContext build_tagger_context(const Document& doc);

// Most features one token can have (token_features writes at most 39: update
// this when adding a template).
inline constexpr std::size_t kMaxTokenFeatures = 40;

// Writes the feature hashes of token `i` of the sentence [first, last) to
// `out` (room for kMaxTokenFeatures) and returns how many there are.
std::size_t token_features(const Document& doc, const TaggerContext& context, std::uint32_t first,
                           std::uint32_t last, std::uint32_t i, std::uint64_t* out);

// The same, appended to a vector (the trainer's form).
void token_features(const Document& doc, const TaggerContext& context, std::uint32_t first, std::uint32_t last,
                    std::uint32_t i, std::vector<std::uint64_t>& out);

// The tag set, in model order: O, then B-/I- for each entity type.
inline constexpr int kTagCount = 9;
enum Tag : std::uint8_t { kO, kBPer, kIPer, kBOrg, kIOrg, kBLoc, kILoc, kBMisc, kIMisc };

// Entity type of a B-/I- tag (0 person, 1 organisation, 2 location, 3 misc);
// -1 for O.
inline int tag_type(int tag) { return tag == kO ? -1 : (tag - 1) / 2; }
inline bool tag_begins(int tag) { return tag != kO && (tag - 1) % 2 == 0; }

// Slot of a (feature, tag) weight in a table of 2^bits weights. A feature's
// tags sit side by side (one cache line per feature) from a hashed start, so
// two features that overlap share different tags.
inline std::uint32_t tagger_slot(std::uint64_t feature, int tag, int bits) {
  const std::uint32_t mask = (std::uint32_t{1} << bits) - 1;
  return (static_cast<std::uint32_t>(feature >> (64 - bits)) + static_cast<std::uint32_t>(tag)) & mask;
}

}  // namespace newsmark

#endif  // NEWSMARK_TAGGER_FEATURES_H_
