// The contract: errors as values, spans whose text is the document slice.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>

#include "newsmark/annotate.h"
#include "utf.h"

using namespace newsmark;
using nlohmann::json;

namespace {

// Cuts [start, end) out of `text` counted in the given unit.
std::string slice(const std::string& text, Offsets unit, std::uint32_t start, std::uint32_t end) {
  std::size_t pos = 0, index = 0, from = std::string::npos, to = std::string::npos;
  while (true) {
    if (index == start && from == std::string::npos) from = pos;
    if (index == end) {
      to = pos;
      break;
    }
    if (pos >= text.size()) break;
    std::size_t len;
    decode_utf8(text, pos, &len);
    index += unit == Offsets::utf8 ? len : (unit == Offsets::utf16 && len == 4 ? 2 : 1);
    pos += len;
  }
  REQUIRE(from != std::string::npos);
  REQUIRE(to != std::string::npos);
  return text.substr(from, to - from);
}

void check_span(const std::string& text, Offsets unit, const json& span) {
  const auto start = span["start"].get<std::uint32_t>();
  const auto end = span["end"].get<std::uint32_t>();
  CHECK(start < end);
  CHECK(slice(text, unit, start, end) == span["text"].get<std::string>());
}

// Checks every span of a serialised result against the document.
int check_all_spans(const std::string& text, Offsets unit) {
  const Result r = annotate(text);
  REQUIRE(r.ok());
  const json j = json::parse(to_json(r, text, unit), nullptr, false);
  REQUIRE(!j.is_discarded());
  int n = 0;
  for (const auto& a : j["actors"]) {
    for (const auto& m : a["mentions"]) check_span(text, unit, m), ++n;
  }
  for (const auto& f : j["figures"]) {
    check_span(text, unit, f), ++n;
    if (!f["counts"].is_null()) check_span(text, unit, f["counts"]), ++n;
  }
  for (const auto& a : j["attributions"]) {
    check_span(text, unit, a["cue"]), ++n;
    if (!a["source"].is_null()) check_span(text, unit, a["source"]), ++n;
    for (const auto& c : a["content"]) check_span(text, unit, c), ++n;
  }
  return n;
}

}  // namespace

TEST_CASE("annotate: bad input is an error value with a message") {
  SUBCASE("invalid UTF-8") {
    const Result r = annotate("Putin said \xFF yes.");
    CHECK(r.status == Status::invalid_utf8);
    CHECK(r.message.find("byte 11") != std::string::npos);
  }
  SUBCASE("empty and blank") {
    CHECK(annotate("").status == Status::empty_input);
    CHECK(annotate(" \n\t\xC2\xA0 ").status == Status::empty_input);
  }
  SUBCASE("too large") {
    Options o;
    o.max_input_bytes = 10;
    const Result r = annotate("Zelenskyy said so, per CNN.", o);
    CHECK(r.status == Status::input_too_large);
    CHECK(r.message.find("limit is 10") != std::string::npos);
  }
  SUBCASE("the error reaches the JSON") {
    const std::string bad = "\xC3";
    const json j = json::parse(to_json(annotate(bad), bad, Offsets::utf16));
    CHECK(j["version"] == 1);
    CHECK(j["error"]["status"] == "invalid_utf8");
    CHECK(j["actors"].empty());
  }
}

TEST_CASE("annotate: the JSON has the contract's shape") {
  const std::string text = "Ukrainian President Volodymyr Zelenskyy said on Tuesday that at least 155 "
                           "Chinese nationals were fighting for Russia, according to Meduza.";
  const json j = json::parse(to_json(annotate(text), text, Offsets::codepoint));
  CHECK(j["version"] == kFormatVersion);
  CHECK(j["offsets"] == "codepoint");
  CHECK(j["error"].is_null());
  CHECK(j["actors"].is_array());
  CHECK(j["figures"].is_array());
  CHECK(j["attributions"].is_array());
}

TEST_CASE("annotate: every span's text is the slice at its offsets, in every unit") {
  // Emoji (astral), CJK, combining marks, curly quotes, NBSP and soft hyphens
  // before and inside the annotated words.
  const std::string text =
      "😀 Breaking 中国: Ukrainian President Volodymyr Zelenskyy said on April 8, 2025, that "
      "“at least 155 Chinese nationals” were fighting for Russia, according to Meduza. "
      "Jose\xCC\x81 Ram\xC3\xADrez, a spokes\xC2\xADman for the U.S.\xC2\xA0State Department, "
      "told CNN that over 10,000 North Korean troops had joined Russian forces 🇺🇦.";
  for (Offsets unit : {Offsets::utf16, Offsets::codepoint, Offsets::utf8}) {
    CAPTURE(static_cast<int>(unit));
    check_all_spans(text, unit);
  }
}

TEST_CASE("annotate: span texts with quotes, backslashes and control characters survive the JSON") {
  // The JSON is written by hand (src/serialize.cc): every escape must parse back to the same bytes.
  const std::string text = "Mr. Hale said \"it cost \\ $5.5 million,\tand\x01 the \x1F"
                           "board agreed\".\r\nThe board said 12% was fair.";
  const Result r = annotate(text);
  REQUIRE(r.ok());
  const std::string out = to_json(r, text, Offsets::utf8);
  const json j = json::parse(out, nullptr, false);
  REQUIRE(!j.is_discarded());
  CHECK(out.find('\t') == std::string::npos);
  CHECK(out.find('\x01') == std::string::npos);
  CHECK(out.find("\\u001f") != std::string::npos);
  CHECK(check_all_spans(text, Offsets::utf8) > 0);
  bool saw_money = false;
  for (const auto& f : j["figures"]) {
    if (f["kind"] == "money") {
      saw_money = true;
      CHECK(f["value"].get<double>() == doctest::Approx(5.5e6));
      CHECK(f["unit"] == "USD");
    }
  }
  CHECK(saw_money);
  // Keys come out sorted, as the earlier nlohmann-based writer had them.
  CHECK(out.rfind("{\"actors\":", 0) == 0);
  CHECK(out.find("\"offsets\":\"utf8\",\"version\":1}") != std::string::npos);
}
