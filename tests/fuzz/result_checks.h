// Properties every annotate() result must have, whatever the input. Shared by
// the fuzz target (tests/fuzz/annotate_fuzzer.cc) and the pathological-input
// tests (tests/unit/test_limits.cc). Each check returns the first violation
// as a sentence, or an empty string.
//
// The checks are written independently of the core's own helpers (their own
// UTF-8 validator and offset counting), so that a bug in a shared helper does
// not hide itself.
#ifndef NEWSMARK_TESTS_FUZZ_RESULT_CHECKS_H_
#define NEWSMARK_TESTS_FUZZ_RESULT_CHECKS_H_

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newsmark/annotate.h"

namespace newsmark::checks {

// True when `text` is well-formed UTF-8 (RFC 3629: no overlongs, no
// surrogates, nothing past U+10FFFF).
inline bool well_formed_utf8(std::string_view text) {
  std::size_t i = 0;
  const std::size_t n = text.size();
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  auto cont = [&](std::size_t k) { return k < n && (byte(k) & 0xC0) == 0x80; };
  while (i < n) {
    const unsigned char b = byte(i);
    if (b < 0x80) {
      i += 1;
    } else if (b >= 0xC2 && b <= 0xDF) {
      if (!cont(i + 1)) return false;
      i += 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
      if (!cont(i + 1) || !cont(i + 2)) return false;
      const unsigned char b1 = byte(i + 1);
      if ((b == 0xE0 && b1 < 0xA0) || (b == 0xED && b1 > 0x9F)) return false;
      i += 3;
    } else if (b >= 0xF0 && b <= 0xF4) {
      if (!cont(i + 1) || !cont(i + 2) || !cont(i + 3)) return false;
      const unsigned char b1 = byte(i + 1);
      if ((b == 0xF0 && b1 < 0x90) || (b == 0xF4 && b1 > 0x8F)) return false;
      i += 4;
    } else {
      return false;
    }
  }
  return true;
}

inline bool boundary(std::string_view text, std::size_t pos) {
  return pos == text.size() || (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80);
}

inline std::string describe(const char* what, const Span& s) {
  return std::string(what) + " [" + std::to_string(s.start) + ", " + std::to_string(s.end) + ")";
}

// Every span of the result in output order, as to_json() writes them.
inline std::vector<Span> all_spans(const Result& r) {
  std::vector<Span> spans;
  for (const Actor& a : r.actors) spans.insert(spans.end(), a.mentions.begin(), a.mentions.end());
  for (const Figure& f : r.figures) {
    spans.push_back(f.span);
    if (f.counts) spans.push_back(*f.counts);
  }
  for (const Attribution& a : r.attributions) {
    if (a.source) spans.push_back(*a.source);
    spans.push_back(a.cue);
    spans.insert(spans.end(), a.content.begin(), a.content.end());
  }
  return spans;
}

// The status is right for the input and the result's structure holds: spans
// inside the text on UTF-8 boundaries, the documented orders, valid links.
inline std::string check_result(std::string_view text, const Options& options, const Result& r) {
  if (r.status == Status::internal) return "status internal: " + r.message;
  if (text.size() > options.max_input_bytes) {
    return r.status == Status::input_too_large ? "" : "an input over the limit was not input_too_large";
  }
  const bool valid = well_formed_utf8(text);
  if (!valid) return r.status == Status::invalid_utf8 ? "" : "ill-formed UTF-8 was not reported as invalid_utf8";
  if (r.status == Status::invalid_utf8) return "well-formed UTF-8 was reported as invalid_utf8";
  if (!r.ok()) {
    if (r.message.empty()) return "an error without a message";
    if (!r.actors.empty() || !r.figures.empty() || !r.attributions.empty()) return "an error that carries results";
    return "";
  }
  if (!r.message.empty()) return "a message on an ok result";
  if (!options.actors && !r.actors.empty()) return "actors returned although the layer was off";
  if (!options.figures && !r.figures.empty()) return "figures returned although the layer was off";
  if (!options.attributions && !r.attributions.empty()) return "attributions returned although the layer was off";

  for (const Span& s : all_spans(r)) {
    if (!(s.start < s.end)) return describe("empty or reversed span", s);
    if (s.end > text.size()) return describe("span past the end of the text", s);
    if (!boundary(text, s.start) || !boundary(text, s.end)) return describe("span off a UTF-8 boundary", s);
  }
  for (const Actor& a : r.actors) {
    if (a.name.empty()) return "an actor without a name";
    if (a.mentions.empty()) return "actor \"" + a.name + "\" has no mention";
    for (std::size_t i = 1; i < a.mentions.size(); ++i) {
      if (a.mentions[i].start < a.mentions[i - 1].start) return "mentions of \"" + a.name + "\" are not sorted";
    }
  }
  for (std::size_t i = 1; i < r.actors.size(); ++i) {
    if (r.actors[i].prominence > r.actors[i - 1].prominence) return "actors are not ranked by prominence";
  }
  for (std::size_t i = 1; i < r.figures.size(); ++i) {
    if (r.figures[i].span < r.figures[i - 1].span) return describe("figures are not sorted at", r.figures[i].span);
  }
  for (std::size_t i = 0; i < r.attributions.size(); ++i) {
    const Attribution& a = r.attributions[i];
    if (i > 0 && a.cue < r.attributions[i - 1].cue) return describe("attributions are not sorted by cue at", a.cue);
    if (a.actor && *a.actor >= r.actors.size()) return "an attribution links to a missing actor";
    for (std::size_t k = 1; k < a.content.size(); ++k) {
      if (a.content[k].start < a.content[k - 1].start) return describe("content pieces out of text order at", a.content[k]);
    }
  }
  return "";
}

// Byte offset → offset in `unit`, counted here from scratch.
inline std::vector<std::uint32_t> unit_offsets(std::string_view text, Offsets unit) {
  std::vector<std::uint32_t> at(text.size() + 1, 0);
  std::uint32_t index = 0;
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    at[pos] = index;
    const unsigned char b = static_cast<unsigned char>(text[pos]);
    if (unit == Offsets::utf8) {
      ++index;
    } else if ((b & 0xC0) != 0x80) {
      index += (unit == Offsets::utf16 && b >= 0xF0) ? 2 : 1;
    }
  }
  at[text.size()] = index;
  return at;
}

// to_json() parses back, names the unit, and holds exactly the result's spans
// in that unit with the sliced text. For an error, the error object matches.
inline std::string check_json(std::string_view text, const Result& r, Offsets unit) {
  using nlohmann::json;
  const std::string out = to_json(r, text, unit);
  const json j = json::parse(out, nullptr, false);
  if (j.is_discarded()) return "to_json wrote JSON that does not parse";
  if (!j.is_object() || j.value("version", 0) != kFormatVersion) return "JSON without the contract version";
  for (const char* key : {"actors", "figures", "attributions"}) {
    if (!j.contains(key) || !j[key].is_array()) return std::string("JSON without an array \"") + key + "\"";
  }
  if (!r.ok()) {
    if (!j["error"].is_object()) return "an error result without an error object";
    if (j["error"].value("status", "") != std::string(status_name(r.status))) return "the JSON error status differs";
    return "";
  }
  if (!j["error"].is_null()) return "an ok result with a non-null error";

  std::vector<const json*> spans;
  for (const json& a : j["actors"]) {
    for (const json& m : a["mentions"]) spans.push_back(&m);
  }
  for (const json& f : j["figures"]) {
    spans.push_back(&f);
    if (!f["counts"].is_null()) spans.push_back(&f["counts"]);
  }
  for (const json& a : j["attributions"]) {
    if (!a["source"].is_null()) spans.push_back(&a["source"]);
    spans.push_back(&a["cue"]);
    for (const json& c : a["content"]) spans.push_back(&c);
  }
  const std::vector<Span> expected = all_spans(r);
  if (spans.size() != expected.size()) return "the JSON holds a different number of spans than the result";
  const std::vector<std::uint32_t> at = unit_offsets(text, unit);
  for (std::size_t i = 0; i < spans.size(); ++i) {
    const json& s = *spans[i];
    const Span& e = expected[i];
    if (!s["start"].is_number_unsigned() || !s["end"].is_number_unsigned() || !s["text"].is_string()) {
      return "a JSON span without numeric start/end and a text";
    }
    if (s["start"].get<std::uint32_t>() != at[e.start] || s["end"].get<std::uint32_t>() != at[e.end]) {
      return describe("JSON offsets do not convert back to the byte span", e);
    }
    if (s["text"].get<std::string>() != text.substr(e.start, e.end - e.start)) {
      return describe("JSON span text is not the slice", e);
    }
  }
  return "";
}

// The result's shape, its JSON in every unit, and a second run giving the
// same JSON (annotate() keeps no state between calls).
inline std::string check_all(std::string_view text, const Options& options = {}) {
  const Result r = annotate(text, options);
  std::string problem = check_result(text, options, r);
  for (Offsets unit : {Offsets::utf8, Offsets::utf16, Offsets::codepoint}) {
    if (problem.empty()) problem = check_json(text, r, unit);
  }
  if (problem.empty() && to_json(annotate(text, options), text, Offsets::utf8) != to_json(r, text, Offsets::utf8)) {
    problem = "annotate() gave a different result the second time";
  }
  return problem;
}

}  // namespace newsmark::checks

#endif  // NEWSMARK_TESTS_FUZZ_RESULT_CHECKS_H_
