// Native throughput of annotate(), to set beside the wasm numbers of
// bench/speed.mjs, and the evidence that work grows linearly with input size.
//
//   build/bench-native/bin/newsmark_bench [--quick] [ARTICLE.txt]
//
// Prints four tables:
//   1. the example article and 1 MB of it: all layers, each layer alone, and
//      to_json() on its own (median of >= 20 runs, fewer with --quick);
//   2. growth from 10 KB to 10 MB: time per byte should stay flat;
//   3. pathological inputs at N and 4N: the per-byte ratio 4N/N should stay
//      near 1 (a quadratic detector shows ~4);
//   4. peak resident memory of this process.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>
#include <vector>

#include "newsmark/annotate.h"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

double median(std::vector<double> xs) {
  std::sort(xs.begin(), xs.end());
  const std::size_t m = xs.size() / 2;
  return xs.size() % 2 ? xs[m] : (xs[m - 1] + xs[m]) / 2;
}

// Median seconds of `work`: at least `min_runs` runs, more while under `budget`
// seconds, at most `max_runs`. One untimed warm-up run first.
double time_median(const std::function<void()>& work, int min_runs, int max_runs, double budget) {
  work();
  std::vector<double> times;
  const Clock::time_point start = Clock::now();
  while (static_cast<int>(times.size()) < min_runs ||
         (static_cast<int>(times.size()) < max_runs && seconds_since(start) < budget)) {
    const Clock::time_point t0 = Clock::now();
    work();
    times.push_back(seconds_since(t0));
  }
  return median(times);
}

std::string repeat_to(const std::string& text, std::size_t bytes) {
  std::string out = text;
  while (out.size() < bytes) out += "\n\n" + text;
  return out;
}

std::string repeat(const std::string& piece, std::size_t bytes) {
  std::string out;
  while (out.size() < bytes) out += piece;
  return out;
}

// Counts the results so that the work cannot be optimised away.
std::size_t sink = 0;

void annotate_with(const std::string& text, const newsmark::Options& options) {
  const newsmark::Result r = newsmark::annotate(text, options);
  sink += r.actors.size() + r.figures.size() + r.attributions.size() + (r.ok() ? 0 : 1);
}

newsmark::Options only(int layer) {
  newsmark::Options o;
  o.actors = layer == 0;
  o.figures = layer == 1;
  o.attributions = layer == 2;
  return o;
}

void stage_table(const std::string& article, bool quick) {
  std::printf("| text | stage | runs | median ms | MB/s |\n|---|---|---:|---:|---:|\n");
  const std::string big = repeat_to(article, 1u << 20);
  for (const auto& [label, text] : {std::pair<const char*, const std::string&>{"article", article}, {"1 MB", big}}) {
    const bool large = text.size() > 100000;
    const int runs = quick ? 3 : (large ? 20 : 50);
    const double budget = quick ? 1 : (large ? 60 : 5);
    const std::pair<const char*, newsmark::Options> stages[] = {
        {"all layers", newsmark::Options{}}, {"actors only", only(0)}, {"figures only", only(1)},
        {"attributions only", only(2)}};
    for (const auto& [stage, options] : stages) {
      const double s = time_median([&] { annotate_with(text, options); }, runs, runs, budget);
      std::printf("| %s | %s | %d | %.3f | %.2f |\n", label, stage, runs, s * 1e3, text.size() / 1e6 / s);
      std::fflush(stdout);
    }
    const newsmark::Result r = newsmark::annotate(text);
    const double s = time_median([&] { sink += newsmark::to_json(r, text, newsmark::Offsets::utf16).size(); }, runs, runs, budget);
    std::printf("| %s | to_json (utf16) alone | %d | %.3f | %.2f |\n", label, runs, s * 1e3, text.size() / 1e6 / s);
  }
}

void growth_table(const std::string& article, bool quick) {
  std::printf("\n| size | median ms | ns/byte | ×ns/byte vs previous |\n|---:|---:|---:|---:|\n");
  double previous = 0;
  const std::size_t top = quick ? (1u << 20) * 5 / 2 : 10u << 20;
  for (std::size_t size = 10u << 10; size <= top; size *= 4) {
    const std::string text = repeat_to(article, size);
    const double s = time_median([&] { annotate_with(text, {}); }, 3, quick ? 3 : 10, quick ? 1 : 10);
    const double per_byte = s * 1e9 / text.size();
    std::printf("| %zu KB | %.1f | %.1f | %s |\n", text.size() >> 10, s * 1e3, per_byte,
                previous ? std::to_string(per_byte / previous).substr(0, 4).c_str() : "");
    std::fflush(stdout);
    previous = per_byte;
  }
}

void pathological_table(bool quick) {
  std::printf("\n| input | N | ms at N | ms at 4N | per-byte ratio 4N/N |\n|---|---:|---:|---:|---:|\n");
  struct Case {
    const char* name;
    std::string piece;
  };
  const Case cases[] = {
      {"quote marks", "\xe2\x80\x9c\""},
      {"one long line", "the minister said that officials "},
      {"capitalised words", "Alvarez Brandt Northwind Lisbon "},
      {"digits", "7"},
      {"numbers and units", "$1.2 billion, 15% and 3-4 km on April 8, 2025; "},
      {"one character", "a"},
      {"open brackets", "(["},
      {"short sentences", "He said. "},
  };
  const std::size_t n = quick ? 8u << 10 : 32u << 10;
  for (const Case& c : cases) {
    const std::string small = repeat(c.piece, n);
    const std::string large = repeat(c.piece, 4 * n);
    const double a = time_median([&] { annotate_with(small, {}); }, 3, 5, 2);
    const double b = time_median([&] { annotate_with(large, {}); }, 3, 5, 2);
    std::printf("| %s | %zu KB | %.1f | %.1f | %.2f |\n", c.name, small.size() >> 10, a * 1e3, b * 1e3,
                (b / large.size()) / (a / small.size()));
    std::fflush(stdout);
  }
}

}  // namespace

int main(int argc, char** argv) {
  bool quick = false;
  std::string path = NEWSMARK_EXAMPLE_ARTICLE;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--quick") == 0) {
      quick = true;
    } else {
      path = argv[i];
    }
  }
  std::ifstream in(path, std::ios::binary);
  const std::string article((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (article.empty()) {
    std::fprintf(stderr, "newsmark_bench: cannot read %s\n", path.c_str());
    return 2;
  }
  std::printf("native annotate(): %s (%zu bytes)%s\n\n", path.c_str(), article.size(), quick ? ", quick" : "");
  const Clock::time_point t0 = Clock::now();
  annotate_with(article, {});
  std::printf("first call (builds patterns and model): %.1f ms\n\n", seconds_since(t0) * 1e3);
  stage_table(article, quick);
  growth_table(article, quick);
  pathological_table(quick);
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("\npeak RSS of this process: %.1f MiB (checksum %zu)\n", usage.ru_maxrss / 1024.0, sink);
  return 0;
}
