// The tagger's fast paths give what the plain computations give
// (src/tagger.cc, src/tagger_features.cc, src/viterbi.h).
#include <doctest/doctest.h>

#include <cstdint>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "document.h"
#include "tagger.h"
#include "viterbi.h"

using namespace newsmark;

namespace {

// A model file (tagger.h) with 2^bits random weights, -128 and 127 included.
std::vector<unsigned char> random_model(int bits, std::mt19937& rng) {
  std::vector<unsigned char> bytes(4);
  std::memcpy(bytes.data(), "NMTG", 4);
  auto u32 = [&](std::uint32_t v) {
    for (int k = 0; k < 4; ++k) bytes.push_back(static_cast<unsigned char>(v >> (8 * k)));
  };
  auto f32 = [&](float f) {
    std::uint32_t v;
    std::memcpy(&v, &f, 4);
    u32(v);
  };
  u32(1);
  u32(kTagCount);
  u32(static_cast<std::uint32_t>(bits));
  f32(0.03125f);
  for (int k = 0; k < kTagCount * kTagCount + kTagCount; ++k) f32(0);
  for (std::size_t k = 0; k < (std::size_t{1} << bits); ++k) bytes.push_back(static_cast<unsigned char>(rng()));
  bytes[bytes.size() - 1] = 0x80;  // -128
  bytes[bytes.size() - 2] = 0x7F;  // 127
  return bytes;
}

// The viterbi of src/viterbi.h before its loops were reordered: the reference.
std::vector<std::uint8_t> plain_viterbi(std::size_t n, const std::vector<float>& emissions, const float* start,
                                        const float* transition) {
  constexpr float kImpossible = -std::numeric_limits<float>::infinity();
  std::vector<float> best(n * kTagCount);
  std::vector<std::uint8_t> back(n * kTagCount, 0);
  for (std::size_t t = 0; t < n; ++t) {
    for (int to = 0; to < kTagCount; ++to) {
      if (t == 0) {
        best[to] = tag_transition_allowed(kO, to) ? start[to] + emissions[to] : kImpossible;
        continue;
      }
      float top = kImpossible;
      int arg = 0;
      for (int from = 0; from < kTagCount; ++from) {
        if (!tag_transition_allowed(from, to)) continue;
        const float score = best[(t - 1) * kTagCount + from] + transition[from * kTagCount + to];
        if (score > top) {
          top = score;
          arg = from;
        }
      }
      best[t * kTagCount + to] = top + emissions[t * kTagCount + to];
      back[t * kTagCount + to] = static_cast<std::uint8_t>(arg);
    }
  }
  return best_path(n, best, back);  // the backtrack is shared; the table above is the reference's own
}

}  // namespace

TEST_CASE("tagger: score() sums the weights of every feature and tag, also across the table's end") {
  std::mt19937 rng(7);
  const int bits = 8;
  const std::vector<unsigned char> bytes = random_model(bits, rng);
  TaggerModel model;
  REQUIRE(model.load(bytes.data(), bytes.size()));
  const auto* weights = reinterpret_cast<const signed char*>(bytes.data() + bytes.size() - (std::size_t{1} << bits));
  for (const std::size_t count : {std::size_t{0}, std::size_t{1}, std::size_t{31}, std::size_t{256},
                                  std::size_t{257}, std::size_t{700}}) {
    std::vector<std::uint64_t> features(count);
    for (std::size_t f = 0; f < count; ++f) {
      features[f] = (std::uint64_t{rng()} << 32) | rng();
      // Every third one starts in the last 8 slots, where its tags wrap around.
      if (f % 3 == 0) features[f] = (features[f] >> bits) | (std::uint64_t{0xF8 + f % 8} << (64 - bits));
    }
    float scores[kTagCount];
    model.score(features.data(), count, scores);
    for (int tag = 0; tag < kTagCount; ++tag) {
      int sum = 0;
      for (std::size_t f = 0; f < count; ++f) sum += weights[tagger_slot(features[f], tag, bits)];
      CHECK(scores[tag] == static_cast<float>(sum) * 0.03125f);
    }
  }
  // All weights at the extremes: the 16-bit lanes must not overflow.
  std::vector<unsigned char> extreme = bytes;
  for (const unsigned char w : {0x7F, 0x80}) {
    std::memset(extreme.data() + extreme.size() - 256, w, 256);
    REQUIRE(model.load(extreme.data(), extreme.size()));
    std::vector<std::uint64_t> features(600, 0);
    float scores[kTagCount];
    model.score(features.data(), features.size(), scores);
    for (int tag = 0; tag < kTagCount; ++tag) CHECK(scores[tag] == 600.0f * (w == 0x7F ? 127 : -128) * 0.03125f);
  }
}

TEST_CASE("tagger: viterbi() picks what the plain loops pick, ties included") {
  std::mt19937 rng(11);
  for (int round = 0; round < 200; ++round) {
    const std::size_t n = 1 + rng() % 12;
    // Few distinct values, so that many paths tie.
    auto value = [&] { return static_cast<float>(static_cast<int>(rng() % 5) - 2); };
    std::vector<float> emissions(n * kTagCount);
    for (float& e : emissions) e = value();
    float start[kTagCount], transition[kTagCount * kTagCount];
    for (float& s : start) s = value();
    for (float& t : transition) t = value();
    const std::vector<std::uint8_t> tags = viterbi(
        n, [&](std::size_t t, float* out) { std::memcpy(out, &emissions[t * kTagCount], sizeof(float) * kTagCount); },
        [&](int tag) { return start[tag]; }, [&](int from, int to) { return transition[from * kTagCount + to]; });
    CHECK(tags == plain_viterbi(n, emissions, start, transition));
  }
}

TEST_CASE("tagger: the context of a plain ASCII word is that of the general path") {
  // A soft hyphen sends a word down the general (UTF-8) path, which drops it
  // from the lower case and the shape: the same facts as without it.
  for (const std::string word :
       {"Abcdef", "US", "a", "Ab", "MiG-29s", "x1Y2z3", "e.g.", "O'Brien", "ABCDEFGHIJKL", "A1b2C3d4E5f6"}) {
    const std::string plain = "Then " + word + " came.";
    const std::string general = "Then " + word + "\u00AD came.";
    const Document a = analyse(plain);
    const Document b = analyse(general);
    REQUIRE(a.tokens.size() == b.tokens.size());
    const TaggerContext ca = build_tagger_context(a);
    const TaggerContext cb = build_tagger_context(b);
    INFO(word);
    for (std::size_t i = 0; i < a.tokens.size(); ++i) {
      CHECK(ca.lower[i] == cb.lower[i]);
      CHECK(ca.shape[i] == cb.shape[i]);
      for (int k = 0; k < 7; ++k) CHECK(ca.affixes[i * 7 + k] == cb.affixes[i * 7 + k]);
    }
  }
}
