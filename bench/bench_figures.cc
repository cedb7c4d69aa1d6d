// Throughput of the figure stage on about 1 MB of news-like prose.
//
//   bench_figures [FILE]
//
// Without FILE the text is generated from a few template sentences with
// varying numbers. Prints MB/s for analyse() + find_figures() and for
// find_figures() alone (best of several runs), by wall-clock time and by
// processor time (the fairer number on a busy machine).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "document.h"
#include "figures.h"

namespace {

constexpr const char* kTemplates[] = {
    "The ministry said on Tuesday that at least %d people had been evacuated from %d villages near the river.",
    "Officials expect the new terminal to cost $%d.%d billion and to open in %d, two years later than planned.",
    "Prices rose %d.%d%% in March, the fastest pace since %d, according to the statistics office.",
    "About %d,%03d workers joined the strike, while union leaders said thousands more would follow next week.",
    "The convoy travelled %d km through the night before reaching the border crossing at dawn.",
    "Police arrested two men and a woman after a protest that drew between %d and %d demonstrators.",
    "The company reported a net loss of %d million euros for the quarter, compared with a profit a year earlier.",
    "Heavy rain left more than %d homes without power, and the storm was the second-largest on record.",
    "Lawmakers voted %d to %d to approve the budget, which includes €%dm for rural schools.",
    "Spokeswoman Maria Lopez told reporters the talks would resume on April %d, 2025, in Vienna.",
    "Nearly a third of the country's hospitals reported shortages, with some waiting up to %d days for supplies.",
    "The wildfire has burned %d,%03d hectares so far, and firefighters expect temperatures of %d°C this weekend.",
};

std::string generate(std::size_t bytes) {
  std::string text;
  text.reserve(bytes + 256);
  unsigned seed = 12345;
  auto next = [&seed](unsigned mod) {
    seed = seed * 1103515245u + 12345u;
    return static_cast<int>((seed >> 16) % mod);
  };
  char sentence[512];
  std::size_t t = 0;
  while (text.size() < bytes) {
    const char* pattern = kTemplates[t++ % (sizeof kTemplates / sizeof kTemplates[0])];
    std::snprintf(sentence, sizeof sentence, pattern, 2 + next(900), 1 + next(9), 1990 + next(35), next(999),
                  next(999), next(99));
    text += sentence;
    text += (t % 5 == 0) ? "\n" : " ";
  }
  return text;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  std::string text;
  if (argc > 1) {
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "cannot read %s\n", argv[1]);
      return 2;
    }
    text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  } else {
    text = generate(1u << 20);
  }
  const double megabytes = static_cast<double>(text.size()) / (1 << 20);
  const std::vector<newsmark::Actor> no_actors;
  double best_both = 1e9, best_figures = 1e9, best_both_cpu = 1e9, best_figures_cpu = 1e9;
  std::size_t found = 0;
  for (int run = 0; run < 7; ++run) {
    const auto start = std::chrono::steady_clock::now();
    const std::clock_t cpu_start = std::clock();
    const newsmark::Document doc = newsmark::analyse(text);
    const auto middle = std::chrono::steady_clock::now();
    const std::clock_t cpu_middle = std::clock();
    const std::vector<newsmark::Figure> figures = newsmark::find_figures(doc, no_actors);
    const std::clock_t cpu_end = std::clock();
    const double figures_only = seconds_since(middle);
    const double both = seconds_since(start);
    found = figures.size();
    best_both = std::min(best_both, both);
    best_figures = std::min(best_figures, figures_only);
    best_both_cpu = std::min(best_both_cpu, static_cast<double>(cpu_end - cpu_start) / CLOCKS_PER_SEC);
    best_figures_cpu = std::min(best_figures_cpu, static_cast<double>(cpu_end - cpu_middle) / CLOCKS_PER_SEC);
  }
  std::printf("input: %.2f MB, %zu figures\n", megabytes, found);
  std::printf("analyse + find_figures: %6.1f MB/s wall, %6.1f MB/s cpu\n", megabytes / best_both,
              megabytes / best_both_cpu);
  std::printf("find_figures alone:     %6.1f MB/s wall, %6.1f MB/s cpu\n", megabytes / best_figures,
              megabytes / best_figures_cpu);
  return 0;
}
