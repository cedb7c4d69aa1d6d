// Throughput of the actor stage (tokenizer + tagger + rules + linking).
//
//   bench_actors [FILE] [--stage all|analyse|tagger]
//
// Reads FILE (default: a built-in news-like paragraph repeated to 1 MB),
// runs the stage several times and prints MB/s of input.
#include <chrono>
#include <ctime>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "actors.h"
#include "document.h"
#include "tagger.h"

namespace {

// Written for this benchmark: names, titles, outlets, numbers and quotes in
// the proportions of a wire story.
constexpr const char* kParagraph =
    "Finance Minister Tomas Lindqvist said on Monday that Norway\u2019s sovereign fund would sell its stake in "
    "Nordvik Shipping Corp, according to Reuters. \u201CWe have made our decision,\u201D Lindqvist told "
    "reporters in Oslo. The Chilean government and the European Fisheries Council (EFC) criticised the move, "
    "while over 2,000 Chilean workers protested in Valparaiso. The Guardian reported that Maria Olsen, the "
    "fund\u2019s chief executive, had warned the U.S. Treasury in March.\n";

std::string default_text() {
  std::string text;
  while (text.size() < (1u << 20)) text += kParagraph;
  return text;
}

}  // namespace

int main(int argc, char** argv) {
  std::string path, stage = "all";
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--stage" && i + 1 < argc) stage = argv[++i];
    else path = a;
  }
  std::string text;
  if (path.empty()) {
    text = default_text();
  } else {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::cerr << "cannot read " << path << "\n";
      return 1;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    text = buffer.str();
  }
  newsmark::builtin_tagger_model();  // load once, outside the timing
  constexpr int kRuns = 5;
  std::size_t actors = 0;
  const auto start = std::chrono::steady_clock::now();
  const std::clock_t cpu_start = std::clock();
  for (int run = 0; run < kRuns; ++run) {
    const newsmark::Document doc = newsmark::analyse(text);
    if (stage == "analyse") {
      actors += doc.tokens.size();
    } else if (stage == "tagger") {
      actors += newsmark::tag_entities(doc, newsmark::builtin_tagger_model()).size();
    } else {
      actors += newsmark::find_actors(doc).size();
    }
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const double cpu_seconds = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
  const double mb = static_cast<double>(text.size()) * kRuns / 1e6;
  // CPU time is the figure to compare on a shared machine; wall time includes waiting.
  std::printf("%s: %.2f MB, %.2f MB/s CPU (%.3f s), %.2f MB/s wall (%.3f s), %zu results\n", stage.c_str(), mb,
              mb / cpu_seconds, cpu_seconds, mb / seconds, seconds, actors / kRuns);
  return 0;
}
