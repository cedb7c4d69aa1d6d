// libFuzzer target over annotate() and to_json(). Beyond "no crash, no
// sanitizer report" it checks the properties in result_checks.h on every
// input: the status fits the input, spans lie inside the text on UTF-8
// boundaries, the documented orders hold, the JSON parses back to the same
// spans in every offset unit, and a second run gives the same JSON.
//
// Built and run by scripts/fuzz (clang, -fsanitize=fuzzer,address,undefined).
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "newsmark/annotate.h"
#include "result_checks.h"

namespace {

// Larger inputs find nothing new and slow every iteration down; the linear
// behaviour of big inputs is covered by tests/unit/test_limits.cc.
constexpr std::size_t kMaxFuzzBytes = 4096;

void fail(std::string_view what, const newsmark::Options& options) {
  std::fprintf(stderr, "newsmark invariant violated (actors=%d figures=%d attributions=%d): %.*s\n",
               options.actors, options.figures, options.attributions, static_cast<int>(what.size()),
               what.data());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > kMaxFuzzBytes) return -1;  // -1: keep it out of the corpus
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  newsmark::Options all;
  if (const std::string problem = newsmark::checks::check_all(text, all); !problem.empty()) fail(problem, all);

  // One layer alone, picked by the input's size so that each input always
  // exercises the same one (reproducible) and the corpus covers all three.
  newsmark::Options one;
  one.actors = size % 3 == 0;
  one.figures = size % 3 == 1;
  one.attributions = size % 3 == 2;
  if (const std::string problem = newsmark::checks::check_all(text, one); !problem.empty()) fail(problem, one);

  // A lower limit must turn the same text into input_too_large, never a crash.
  newsmark::Options small;
  small.max_input_bytes = size / 2;
  if (size > 0) {
    const newsmark::Result r = newsmark::annotate(text, small);
    if (r.status != newsmark::Status::input_too_large || r.message.empty()) {
      fail("an input over max_input_bytes was not input_too_large", small);
    }
  }
  return 0;
}
