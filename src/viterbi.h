// Viterbi decoding over the tag set of tagger_features.h, shared by the tagger
// (quantised weights) and its trainer (float weights).
#ifndef NEWSMARK_VITERBI_H_
#define NEWSMARK_VITERBI_H_

#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

#include "tagger_features.h"

namespace newsmark {

// An I- tag may only continue an entity of its own type.
inline bool tag_transition_allowed(int from, int to) {
  if (to == kO || tag_begins(to)) return true;
  return from != kO && tag_type(from) == tag_type(to);
}

// The tags of the best path through a filled Viterbi table: `best` holds the
// score and `back` the predecessor of each (position, tag), kTagCount a row.
inline std::vector<std::uint8_t> best_path(std::size_t n, const std::vector<float>& best,
                                           const std::vector<std::uint8_t>& back) {
  std::vector<std::uint8_t> tags(n, kO);
  if (n == 0) return tags;
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

// Best tag sequence of `n` positions. `emissions(t, scores)` fills
// scores[kTagCount] for position t; `start(tag)` and `transition(from, to)`
// give the other scores.
template <typename Emissions, typename Start, typename Transition>
std::vector<std::uint8_t> viterbi(std::size_t n, Emissions&& emissions, Start&& start, Transition&& transition) {
  if (n == 0) return {};
  constexpr float kImpossible = -std::numeric_limits<float>::infinity();
  std::vector<float> best(n * kTagCount);
  std::vector<std::uint8_t> back(n * kTagCount, 0);
  float emission[kTagCount];
  emissions(0, emission);
  for (int to = 0; to < kTagCount; ++to) {
    best[to] = tag_transition_allowed(kO, to) ? start(to) + emission[to] : kImpossible;
  }
  for (std::size_t t = 1; t < n; ++t) {
    emissions(t, emission);
    const float* previous = &best[(t - 1) * kTagCount];
    // Each `to` sees its `from`s in increasing order, as a loop over `from`
    // inside a loop over `to` would, so ties go the same way. The pairs are
    // the allowed ones (tag_transition_allowed): any tag may precede O or a
    // B- tag; only the B- or I- tag of its type precedes an I- tag.
    float top[kTagCount];
    std::uint8_t arg[kTagCount] = {};
    for (int to = 0; to < kTagCount; ++to) top[to] = kImpossible;
    auto consider = [&](int from, int to) {
      const float score = previous[from] + transition(from, to);
      if (score > top[to]) {
        top[to] = score;
        arg[to] = static_cast<std::uint8_t>(from);
      }
    };
    for (int from = 0; from < kTagCount; ++from) {
      for (const int to : {kO, kBPer, kBOrg, kBLoc, kBMisc}) consider(from, to);
      if (from != kO) consider(from, tag_begins(from) ? from + 1 : from);  // the I- tag of its type
    }
    for (int to = 0; to < kTagCount; ++to) {
      best[t * kTagCount + to] = top[to] + emission[to];
      back[t * kTagCount + to] = arg[to];
    }
  }
  return best_path(n, best, back);
}

}  // namespace newsmark

#endif  // NEWSMARK_VITERBI_H_
