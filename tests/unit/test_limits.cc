// Limits and pathological inputs: the size limit is a clear error, and inputs
// built to trip a detector into quadratic work (100k quote marks, one 1 MB
// line, nested brackets, ...) finish with a valid result.
//
// No test here is timed: whether these inputs take linear time is shown by
// the native bench (build/bench-native/bin/newsmark_bench: per-byte time at N
// against 4N). Here, finishing inside the suite's time (also under ASan and in
// the SAFE_HEAP wasm build) is the bound, so inputs stay at 256 KB or below.
#include <doctest/doctest.h>

#include <string>

#include "../fuzz/result_checks.h"
#include "newsmark/annotate.h"

using namespace newsmark;

namespace {

std::string repeat(const std::string& piece, std::size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

// A large input: one run, the result's structure and its UTF-16 JSON.
void check_large(const std::string& text) {
  const Options options;
  const Result r = annotate(text, options);
  CHECK(r.status != Status::internal);
  CHECK(checks::check_result(text, options, r) == "");
  CHECK(checks::check_json(text, r, Offsets::utf16) == "");
}

// A smaller cut of the same shape gets every check, determinism included.
void check_small(const std::string& text) { CHECK(checks::check_all(text) == ""); }

}  // namespace

TEST_CASE("limits: input over kMaxInputBytes is input_too_large, with the limit in the message") {
  const std::string text(kMaxInputBytes + 1, 'a');
  const Result r = annotate(text);
  CHECK(r.status == Status::input_too_large);
  CHECK(r.message.find(std::to_string(kMaxInputBytes)) != std::string::npos);
  CHECK(r.actors.empty());
  CHECK(r.figures.empty());
  CHECK(r.attributions.empty());
  CHECK(checks::check_json(text, r, Offsets::utf16) == "");
}

TEST_CASE("limits: max_input_bytes is inclusive") {
  Options options;
  options.max_input_bytes = 64;
  const std::string at_limit = "The minister said 12 ships left." + std::string(64 - 32, ' ');
  REQUIRE(at_limit.size() == 64);
  CHECK(annotate(at_limit, options).status == Status::ok);
  CHECK(annotate(at_limit + ".", options).status == Status::input_too_large);
}

TEST_CASE("limits: the size check comes before validation") {
  // An oversized input is refused without reading it, so even ill-formed
  // bytes give input_too_large rather than invalid_utf8.
  Options options;
  options.max_input_bytes = 8;
  CHECK(annotate("\xff\xff\xff\xff\xff\xff\xff\xff\xff", options).status == Status::input_too_large);
}

TEST_CASE("limits: 100,000 quote marks") {
  check_large(repeat("\xe2\x80\x9c", 50000) + repeat("\"", 50000));
  check_large(repeat("\xe2\x80\x9c" "a" "\xe2\x80\x9d ", 10000) + repeat("' \"", 10000));
  check_small(repeat("\xe2\x80\x9c" "He said \"", 300));
}

TEST_CASE("limits: one long line without a sentence end") {
  // 32 KB: work on one sentence currently grows with its length squared (see
  // bench/RESULTS.md), so a longer line would dominate the suite's time.
  check_large(repeat("the minister said that officials ", 1000));
  check_small(repeat("the minister said that officials ", 100));
}

TEST_CASE("limits: 10,000 capitalised words in a row") {
  std::string text;
  for (int i = 0; i < 10000; ++i) {
    text += "Name";
    text += static_cast<char>('A' + i % 26);
    text += static_cast<char>('a' + i / 26 % 26);
    text += ' ';
  }
  check_large(text);
  check_large(repeat("President Prime Minister Secretary General ", 500));
  check_small(text.substr(0, 3000));
}

TEST_CASE("limits: only digits and number-like runs") {
  check_large(std::string(256u << 10, '7'));
  check_large(repeat("1,000,000.5 ", 20000));
  check_large(repeat("$1.2 billion, 15% and 3-4 km on April 8, 2025; ", 2000));
  check_small(repeat("12 ", 1000));
}

TEST_CASE("limits: 256 KB of one repeated character") {
  for (const char* c : {"a", "A", ".", " ", "\n", "-", "\xe2\x80\x94", "\xc2\xa0", "\xf0\x9f\x98\x80"}) {
    CAPTURE(std::string(c));
    const std::string text = repeat(c, (256u << 10) / std::string(c).size());
    const Result r = annotate(text);
    CHECK(r.status != Status::internal);
    CHECK(checks::check_result(text, Options{}, r) == "");
  }
}

TEST_CASE("limits: deeply nested brackets and quotes") {
  check_large(repeat("(", 100000) + "Maria Alvarez said 40" + repeat(")", 100000));
  check_large(repeat("[\xe2\x80\x9c{\xe2\x80\x98", 10000) + repeat("\xe2\x80\x99}\xe2\x80\x9d]", 10000));
  check_small(repeat("(\"", 500) + "the mayor said" + repeat("\")", 500));
}

TEST_CASE("limits: many short sentences and many paragraphs") {
  check_large(repeat("He said. ", 25000));
  check_large(repeat("A.\n\n", 60000));
  check_small(repeat("Officials said. \n", 200));
}

TEST_CASE("limits: a news paragraph repeated to 256 KB keeps every span valid") {
  const std::string paragraph =
      "President Maria Alvarez said on Tuesday that at least 40 people had died, according to Reuters. "
      "\xe2\x80\x9cWe will rebuild,\xe2\x80\x9d she told reporters in Lisbon, where $1.2 billion was pledged.\n\n";
  check_large(repeat(paragraph, (256u << 10) / paragraph.size()));
}
