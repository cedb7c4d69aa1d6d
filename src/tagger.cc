#include "tagger.h"

#include <algorithm>
#include <cstring>
#include <limits>

#include "viterbi.h"

namespace newsmark {

// Defined in the generated model source (models/embed-model.cmake).
extern const unsigned char kTaggerModelData[];
extern const std::size_t kTaggerModelSize;

namespace {

constexpr std::uint32_t kVersion = 1;

std::uint32_t read_u32(const unsigned char* p) {
  return static_cast<std::uint32_t>(p[0]) | (static_cast<std::uint32_t>(p[1]) << 8) |
         (static_cast<std::uint32_t>(p[2]) << 16) | (static_cast<std::uint32_t>(p[3]) << 24);
}

float read_f32(const unsigned char* p) {
  const std::uint32_t bits = read_u32(p);
  float f;
  std::memcpy(&f, &bits, sizeof f);
  return f;
}


}  // namespace

bool TaggerModel::load(const unsigned char* data, std::size_t size) {
  *this = TaggerModel();
  constexpr std::size_t kHeader = 20 + 4 * (kTagCount * kTagCount + kTagCount);
  if (size < kHeader || std::memcmp(data, "NMTG", 4) != 0) return false;
  if (read_u32(data + 4) != kVersion || read_u32(data + 8) != kTagCount) return false;
  const std::uint32_t bits = read_u32(data + 12);
  if (bits < 8 || bits > 24 || size != kHeader + (std::size_t{1} << bits)) return false;
  const unsigned char* p = data + 20;
  for (int k = 0; k < kTagCount * kTagCount; ++k, p += 4) transition_[k] = read_f32(p);
  for (int k = 0; k < kTagCount; ++k, p += 4) start_[k] = read_f32(p);
  bits_ = static_cast<int>(bits);
  scale_ = read_f32(data + 16);
  weights_ = reinterpret_cast<const signed char*>(p);
  return true;
}

void TaggerModel::score(const std::uint64_t* features, std::size_t count, float* scores) const {
  int sums[kTagCount] = {};
  if (weights_ != nullptr) {
    // A feature's tags sit side by side (tagger_slot), so the weights of tags
    // 0-7 are read as one 64-bit word and added in 16-bit lanes: each byte
    // biased to 0-255 (weight + 128), even and odd tags apart. The sums are
    // the same integers as one addition per tag.
    static_assert(kTagCount == 9, "eight tags in one 64-bit word, then the ninth");
    constexpr std::uint64_t kBias = 0x8080808080808080ull, kLanes = 0x00FF00FF00FF00FFull;
    constexpr std::size_t kChunk = 256;  // 256 biased bytes fit a 16-bit lane
    const std::uint32_t size = std::uint32_t{1} << bits_;
    const auto* bytes = reinterpret_cast<const unsigned char*>(weights_);
    for (std::size_t begin = 0; begin < count; begin += kChunk) {
      const std::size_t end = std::min(count, begin + kChunk);
      std::uint64_t even = 0, odd = 0;
      int in_lanes = static_cast<int>(end - begin);
      for (std::size_t f = begin; f < end; ++f) {
        const std::uint32_t base = tagger_slot(features[f], 0, bits_);
        if (base + kTagCount > size) {  // wraps around the end of the table: one tag at a time
          for (int tag = 0; tag < kTagCount; ++tag) sums[tag] += weights_[tagger_slot(features[f], tag, bits_)];
          --in_lanes;
          continue;
        }
        std::uint64_t word;
        std::memcpy(&word, bytes + base, sizeof word);  // tag k in byte k: little-endian
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
        word = __builtin_bswap64(word);
#endif
        word ^= kBias;
        even += word & kLanes;
        odd += (word >> 8) & kLanes;
        sums[8] += weights_[base + 8];
      }
      for (int k = 0; k < 4; ++k) {
        sums[2 * k] += static_cast<int>((even >> (16 * k)) & 0xFFFF) - 128 * in_lanes;
        sums[2 * k + 1] += static_cast<int>((odd >> (16 * k)) & 0xFFFF) - 128 * in_lanes;
      }
    }
  }
  for (int tag = 0; tag < kTagCount; ++tag) scores[tag] = static_cast<float>(sums[tag]) * scale_;
}

const TaggerModel& builtin_tagger_model() {
  static const TaggerModel kModel = [] {
    TaggerModel m;
    m.load(kTaggerModelData, kTaggerModelSize);  // a bad asset leaves the model empty: no entities
    return m;
  }();
  return kModel;
}

std::vector<std::uint8_t> tag_sentence(const Document& doc, const TaggerContext& context, const TaggerModel& model,
                                       std::uint32_t first, std::uint32_t last) {
  const std::size_t n = last - first;
  if (model.empty()) return std::vector<std::uint8_t>(n, kO);
  std::uint64_t features[kMaxTokenFeatures];
  return viterbi(
      n,
      [&](std::size_t t, float* emission) {
        const std::size_t count =
            token_features(doc, context, first, last, first + static_cast<std::uint32_t>(t), features);
        model.score(features, count, emission);
      },
      [&](int tag) { return model.start(tag); }, [&](int from, int to) { return model.transition(from, to); });
}

void append_entities(const std::vector<std::uint8_t>& tags, std::uint32_t first, std::vector<TaggedEntity>& out) {
  const auto n = static_cast<std::uint32_t>(tags.size());
  for (std::uint32_t t = 0; t < n;) {
    if (tags[t] == kO) {
      ++t;
      continue;
    }
    const int type = tag_type(tags[t]);
    std::uint32_t end = t + 1;
    while (end < n && !tag_begins(tags[end]) && tag_type(tags[end]) == type) ++end;
    out.push_back({first + t, first + end, static_cast<EntityType>(type)});
    t = end;
  }
}

std::vector<TaggedEntity> tag_entities(const Document& doc, const TaggerModel& model) {
  return tag_entities(doc, build_tagger_context(doc), model);
}

std::vector<TaggedEntity> tag_entities(const Document& doc, const TaggerContext& context, const TaggerModel& model) {
  std::vector<TaggedEntity> entities;
  for (const Sentence& s : doc.sentences) {
    append_entities(tag_sentence(doc, context, model, s.first, s.last), s.first, entities);
  }
  return entities;
}

}  // namespace newsmark
