// Trains the actor tagger: an averaged structured perceptron over hashed
// features (src/tagger_features.h), written as models/tagger.bin.
//
//   train_tagger --train conll2003-train.jsonl --out models/tagger.bin
//                [--epochs 10] [--bits 18] [--min-count 2] [--seed 1] [--levels 127]
//
// Input: JSON Lines {"text": ..., "spans": [{"start", "end", "label"}]}, offsets
// in code points, labels PER/ORG/LOC/MISC. Deterministic for given options.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <limits>
#include <string>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "document.h"
#include "tagger.h"
#include "tagger_features.h"
#include "viterbi.h"

namespace {

using newsmark::kTagCount;

struct Options {
  std::string train;
  std::string out;
  int epochs = 10;
  int bits = 18;
  int min_count = 2;
  std::uint64_t seed = 1;
  // Weights are stored as integers in [-levels, levels]. Fewer levels round
  // the many small weights to zero, which is what makes the model compress.
  int levels = 127;
};

// One sentence: tokens with their feature hashes and gold tags.
struct Sentence {
  std::vector<std::uint64_t> features;  // all tokens, flattened
  std::vector<std::uint32_t> offsets;   // token t: features[offsets[t], offsets[t+1])
  std::vector<std::uint8_t> gold;
};

int tag_of(const std::string& label, bool begin) {
  int type;
  if (label == "PER") type = 0;
  else if (label == "ORG") type = 1;
  else if (label == "LOC") type = 2;
  else type = 3;
  return 1 + 2 * type + (begin ? 0 : 1);
}

// Byte offset of every code point index of `text` (and of its end).
std::vector<std::uint32_t> codepoint_to_byte(const std::string& text) {
  std::vector<std::uint32_t> map;
  for (std::uint32_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) map.push_back(i);
  }
  map.push_back(static_cast<std::uint32_t>(text.size()));
  return map;
}

bool read_sentences(const Options& options, std::vector<Sentence>& sentences) {
  std::ifstream in(options.train);
  if (!in) {
    std::cerr << "cannot read " << options.train << "\n";
    return false;
  }
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const nlohmann::json doc_json = nlohmann::json::parse(line);
    const std::string text = doc_json.at("text").get<std::string>();
    const newsmark::Document doc = newsmark::analyse(text);
    const auto byte_at = codepoint_to_byte(text);
    std::vector<std::uint8_t> tags(doc.tokens.size(), newsmark::kO);
    for (const auto& span : doc_json.at("spans")) {
      const std::uint32_t start = byte_at.at(span.at("start").get<std::size_t>());
      const std::uint32_t end = byte_at.at(span.at("end").get<std::size_t>());
      const std::string label = span.at("label").get<std::string>();
      bool begin = true;
      for (std::size_t t = 0; t < doc.tokens.size(); ++t) {
        const newsmark::Span s = doc.tokens[t].span;
        if (s.start >= start && s.end <= end) {
          tags[t] = static_cast<std::uint8_t>(tag_of(label, begin));
          begin = false;
        }
      }
    }
    const newsmark::TaggerContext context = newsmark::build_tagger_context(doc);
    for (const newsmark::Sentence& s : doc.sentences) {
      Sentence out;
      out.offsets.push_back(0);
      for (std::uint32_t t = s.first; t < s.last; ++t) {
        newsmark::token_features(doc, context, s.first, s.last, t, out.features);
        out.offsets.push_back(static_cast<std::uint32_t>(out.features.size()));
        // A sentence split inside a gold entity starts it again with B-.
        std::uint8_t tag = tags[t];
        if (t == s.first && tag != newsmark::kO && !newsmark::tag_begins(tag)) --tag;
        out.gold.push_back(tag);
      }
      sentences.push_back(std::move(out));
    }
  }
  return true;
}

// Drops features seen fewer than `min_count` times: rare features mostly add
// collisions to the hashed table.
void prune_rare_features(std::vector<Sentence>& sentences, int min_count) {
  std::unordered_map<std::uint64_t, std::uint32_t> counts;
  for (const Sentence& s : sentences) {
    for (const std::uint64_t f : s.features) ++counts[f];
  }
  for (Sentence& s : sentences) {
    std::vector<std::uint64_t> kept;
    std::vector<std::uint32_t> offsets{0};
    for (std::size_t t = 0; t + 1 < s.offsets.size(); ++t) {
      for (std::uint32_t k = s.offsets[t]; k < s.offsets[t + 1]; ++k) {
        if (counts[s.features[k]] >= static_cast<std::uint32_t>(min_count)) kept.push_back(s.features[k]);
      }
      offsets.push_back(static_cast<std::uint32_t>(kept.size()));
    }
    s.features = std::move(kept);
    s.offsets = std::move(offsets);
  }
}

// Weights with the averaging trick: the average is w - total / steps.
struct Averaged {
  std::vector<float> w, total;
  explicit Averaged(std::size_t n) : w(n, 0), total(n, 0) {}
  void add(std::size_t k, float delta, double step) {
    w[k] += delta;
    total[k] += static_cast<float>(delta * step);
  }
  float average(std::size_t k, double steps) const { return w[k] - static_cast<float>(total[k] / steps); }
};


class Trainer {
 public:
  explicit Trainer(int bits)
      : bits_(bits), emission_(std::size_t{1} << bits), transition_(kTagCount * kTagCount), start_(kTagCount) {}

  void train(std::vector<Sentence>& sentences, int epochs, std::uint64_t seed) {
    std::vector<std::size_t> order(sentences.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::uint64_t rng = seed;
    for (int epoch = 0; epoch < epochs; ++epoch) {
      for (std::size_t i = order.size(); i > 1; --i) {  // Fisher-Yates with a fixed LCG
        rng = rng * 6364136223846793005ull + 1442695040888963407ull;
        std::swap(order[i - 1], order[(rng >> 33) % i]);
      }
      std::size_t wrong = 0, tokens = 0;
      for (const std::size_t i : order) {
        step_ += 1;
        const Sentence& s = sentences[i];
        const std::vector<std::uint8_t> guess = decode(s);
        tokens += guess.size();
        for (std::size_t t = 0; t < guess.size(); ++t) wrong += guess[t] != s.gold[t];
        if (guess != s.gold) update(s, guess);
      }
      std::cerr << "epoch " << epoch + 1 << ": token errors " << wrong << "/" << tokens << "\n";
    }
  }

  bool write(const std::string& path, int levels) const {
    const std::size_t n = emission_.w.size();
    std::vector<float> average(n);
    std::vector<float> magnitudes;
    for (std::size_t k = 0; k < n; ++k) {
      average[k] = emission_.average(k, step_);
      if (average[k] != 0) magnitudes.push_back(std::fabs(average[k]));
    }
    // Scale so that all but the most extreme 0.01% of weights fit in [-levels, levels].
    float scale = 1;
    if (!magnitudes.empty()) {
      const std::size_t at = magnitudes.size() - 1 - magnitudes.size() / 10000;
      std::nth_element(magnitudes.begin(), magnitudes.begin() + at, magnitudes.end());
      scale = magnitudes[at] / static_cast<float>(levels);
    }
    std::vector<signed char> quantised(n);
    std::size_t nonzero = 0;
    for (std::size_t k = 0; k < n; ++k) {
      const float q = std::round(average[k] / scale);
      const float limit = static_cast<float>(levels);
      quantised[k] = static_cast<signed char>(std::max(-limit, std::min(limit, q)));
      nonzero += quantised[k] != 0;
    }
    std::ofstream out(path, std::ios::binary);
    auto u32 = [&](std::uint32_t v) {
      const unsigned char b[4] = {static_cast<unsigned char>(v), static_cast<unsigned char>(v >> 8),
                                  static_cast<unsigned char>(v >> 16), static_cast<unsigned char>(v >> 24)};
      out.write(reinterpret_cast<const char*>(b), 4);
    };
    auto f32 = [&](float f) {
      std::uint32_t v;
      std::memcpy(&v, &f, 4);
      u32(v);
    };
    out.write("NMTG", 4);
    u32(1);
    u32(kTagCount);
    u32(static_cast<std::uint32_t>(bits_));
    f32(scale);
    for (int k = 0; k < kTagCount * kTagCount; ++k) f32(transition_.average(k, step_));
    for (int k = 0; k < kTagCount; ++k) f32(start_.average(k, step_));
    out.write(reinterpret_cast<const char*>(quantised.data()), static_cast<std::streamsize>(n));
    std::cerr << "wrote " << path << ": " << nonzero << "/" << n << " non-zero weights, scale " << scale << "\n";
    return static_cast<bool>(out);
  }

 private:
  std::vector<std::uint8_t> decode(const Sentence& s) const {
    return newsmark::viterbi(
        s.gold.size(),
        [&](std::size_t t, float* emission) {
          for (int tag = 0; tag < kTagCount; ++tag) emission[tag] = 0;
          for (std::uint32_t k = s.offsets[t]; k < s.offsets[t + 1]; ++k) {
            for (int tag = 0; tag < kTagCount; ++tag) emission[tag] += emission_.w[newsmark::tagger_slot(s.features[k], tag, bits_)];
          }
        },
        [&](int tag) { return start_.w[tag]; }, [&](int from, int to) { return transition_.w[from * kTagCount + to]; });
  }

  void update(const Sentence& s, const std::vector<std::uint8_t>& guess) {
    const std::size_t n = s.gold.size();
    for (std::size_t t = 0; t < n; ++t) {
      const int gold = s.gold[t], got = guess[t];
      if (gold != got) {
        for (std::uint32_t k = s.offsets[t]; k < s.offsets[t + 1]; ++k) {
          emission_.add(newsmark::tagger_slot(s.features[k], gold, bits_), 1, step_);
          emission_.add(newsmark::tagger_slot(s.features[k], got, bits_), -1, step_);
        }
      }
      const int gold_prev = t == 0 ? -1 : s.gold[t - 1], got_prev = t == 0 ? -1 : guess[t - 1];
      if (gold == got && gold_prev == got_prev) continue;
      if (t == 0) {
        start_.add(gold, 1, step_);
        start_.add(got, -1, step_);
      } else {
        transition_.add(gold_prev * kTagCount + gold, 1, step_);
        transition_.add(got_prev * kTagCount + got, -1, step_);
      }
    }
  }

  int bits_;
  Averaged emission_, transition_, start_;
  double step_ = 1;
};

bool parse_args(int argc, char** argv, Options& o) {
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string key = argv[i], value = argv[i + 1];
    if (key == "--train") o.train = value;
    else if (key == "--out") o.out = value;
    else if (key == "--epochs") o.epochs = std::stoi(value);
    else if (key == "--bits") o.bits = std::stoi(value);
    else if (key == "--min-count") o.min_count = std::stoi(value);
    else if (key == "--seed") o.seed = std::stoull(value);
    else if (key == "--levels") o.levels = std::stoi(value);
    else return false;
  }
  return !o.train.empty() && !o.out.empty() && o.bits >= 8 && o.bits <= 24 && o.levels >= 1 && o.levels <= 127 &&
         argc % 2 == 1;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  if (!parse_args(argc, argv, options)) {
    std::cerr << "usage: train_tagger --train FILE.jsonl --out FILE.bin [--epochs N] [--bits B] "
                 "[--min-count C] [--seed S] [--levels L]\n";
    return 2;
  }
  std::vector<Sentence> sentences;
  if (!read_sentences(options, sentences)) return 1;
  std::cerr << "read " << sentences.size() << " sentences\n";
  prune_rare_features(sentences, options.min_count);
  Trainer trainer(options.bits);
  trainer.train(sentences, options.epochs, options.seed);
  return trainer.write(options.out, options.levels) ? 0 : 1;
}
