#include "tagger.h"

#include <cstring>
#include <limits>

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

// An I- tag may only continue an entity of its own type.
bool allowed(int from, int to) {
  if (to == kO || tag_begins(to)) return true;
  return from != kO && tag_type(from) == tag_type(to);
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
    for (std::size_t f = 0; f < count; ++f) {
      for (int tag = 0; tag < kTagCount; ++tag) sums[tag] += weights_[tagger_slot(features[f], tag, bits_)];
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
  std::vector<std::uint8_t> tags(n, kO);
  if (n == 0 || model.empty()) return tags;
  constexpr float kImpossible = -std::numeric_limits<float>::infinity();
  std::vector<float> best(n * kTagCount);
  std::vector<std::uint8_t> back(n * kTagCount, 0);
  std::vector<std::uint64_t> features;
  float emission[kTagCount];
  for (std::size_t t = 0; t < n; ++t) {
    features.clear();
    token_features(doc, context, first, last, first + static_cast<std::uint32_t>(t), features);
    model.score(features.data(), features.size(), emission);
    for (int to = 0; to < kTagCount; ++to) {
      if (t == 0) {
        best[to] = allowed(kO, to) ? model.start(to) + emission[to] : kImpossible;
        continue;
      }
      float top = kImpossible;
      int arg = 0;
      for (int from = 0; from < kTagCount; ++from) {
        if (!allowed(from, to)) continue;
        const float s = best[(t - 1) * kTagCount + from] + model.transition(from, to);
        if (s > top) top = s, arg = from;
      }
      best[t * kTagCount + to] = top + emission[to];
      back[t * kTagCount + to] = static_cast<std::uint8_t>(arg);
    }
  }
  int tag = 0;
  for (int k = 1; k < kTagCount; ++k) {
    if (best[(n - 1) * kTagCount + k] > best[(n - 1) * kTagCount + tag]) tag = k;
  }
  for (std::size_t t = n; t-- > 0;) {
    tags[t] = static_cast<std::uint8_t>(tag);
    tag = back[t * kTagCount + tag];
  }
  return tags;
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
  const TaggerContext context = build_tagger_context(doc);
  std::vector<TaggedEntity> entities;
  for (const Sentence& s : doc.sentences) {
    append_entities(tag_sentence(doc, context, model, s.first, s.last), s.first, entities);
  }
  return entities;
}

}  // namespace newsmark
