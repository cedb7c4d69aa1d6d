// The statistical actor tagger: a linear-chain model over the features of
// tagger_features.h, trained as an averaged structured perceptron by
// tools/train_tagger.cc, decoded with Viterbi. Its weights are the binary
// asset models/tagger.bin, compiled into the library.
#ifndef NEWSMARK_TAGGER_H_
#define NEWSMARK_TAGGER_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "document.h"
#include "tagger_features.h"

namespace newsmark {

enum class EntityType : std::uint8_t { person, organization, location, misc };

// An entity the tagger found: tokens [first, last) of the document.
struct TaggedEntity {
  std::uint32_t first = 0;
  std::uint32_t last = 0;
  EntityType type = EntityType::misc;
};

// Model file layout (little-endian):
//   "NMTG" | u32 version | u32 tag count | u32 table bits | f32 scale
//   | f32 transition[tags][tags] | f32 start[tags] | i8 weights[2^bits]
// A weight is weights[tagger_slot(feature, tag, bits)] * scale.
class TaggerModel {
 public:
  // Reads a model; false (and an empty model) when the bytes are malformed.
  bool load(const unsigned char* data, std::size_t size);
  bool empty() const { return weights_ == nullptr; }

  // Sum of the weights of `features` for every tag.
  void score(const std::uint64_t* features, std::size_t count, float* scores) const;
  float transition(int from, int to) const { return transition_[from * kTagCount + to]; }
  float start(int tag) const { return start_[tag]; }

 private:
  const signed char* weights_ = nullptr;
  int bits_ = 0;
  float scale_ = 0;
  float transition_[kTagCount * kTagCount] = {};
  float start_[kTagCount] = {};
};

// The model compiled into the library.
const TaggerModel& builtin_tagger_model();

// Best tag sequence of tokens [first, last) under `model` (Viterbi). An I-
// tag only follows a B- or I- tag of its own type.
std::vector<std::uint8_t> tag_sentence(const Document& doc, const TaggerContext& context, const TaggerModel& model,
                                       std::uint32_t first, std::uint32_t last);

// Tags every sentence and returns the entities, in text order.
std::vector<TaggedEntity> tag_entities(const Document& doc, const TaggerModel& model);
// The same with the document's context already built (find_actors reuses it).
std::vector<TaggedEntity> tag_entities(const Document& doc, const TaggerContext& context, const TaggerModel& model);

// Entities of one tag sequence over tokens starting at `first`.
void append_entities(const std::vector<std::uint8_t>& tags, std::uint32_t first, std::vector<TaggedEntity>& out);

}  // namespace newsmark

#endif  // NEWSMARK_TAGGER_H_
