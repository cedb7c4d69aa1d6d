// The one entry point: validate, analyse, run the detectors, check the result.
#include "newsmark/annotate.h"

#include <algorithm>
#include <string>

#include "actors.h"
#include "attributions.h"
#include "chars.h"
#include "document.h"
#include "figures.h"
#include "utf.h"

namespace newsmark {
namespace {

Result error(Status status, std::string message) {
  Result r;
  r.status = status;
  r.message = std::move(message);
  return r;
}

bool only_white_space(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t len;
    const char32_t c = decode_utf8(text, pos, &len);
    if (!is_space(c) && !is_newline(c) && !is_ignorable(c) && c >= 0x20) return false;
    pos += len;
  }
  return true;
}

bool valid_span(std::string_view text, const Span& s) {
  return s.start < s.end && s.end <= text.size() && is_utf8_boundary(text, s.start) &&
         is_utf8_boundary(text, s.end);
}

std::string describe(const char* layer, const Span& s) {
  return std::string(layer) + " produced an invalid span [" + std::to_string(s.start) + ", " + std::to_string(s.end) +
         ")";
}

// Every span the detectors produced must lie inside the text on UTF-8
// boundaries; a violation is a bug, reported (naming the layer and the span)
// instead of a corrupt result. Returns the empty string when all is well.
std::string invalid_span(std::string_view text, const Result& r) {
  for (const Actor& a : r.actors) {
    for (const Span& m : a.mentions) {
      if (!valid_span(text, m)) return describe("actors", m);
    }
  }
  for (const Figure& f : r.figures) {
    if (!valid_span(text, f.span)) return describe("figures", f.span);
    if (f.counts && !valid_span(text, *f.counts)) return describe("figures", *f.counts);
  }
  for (const Attribution& a : r.attributions) {
    if (!valid_span(text, a.cue)) return describe("attributions", a.cue);
    if (a.source && !valid_span(text, *a.source)) return describe("attributions", *a.source);
    if (a.actor && *a.actor >= r.actors.size()) return "attributions linked a source to a missing actor";
    for (const Span& c : a.content) {
      if (!valid_span(text, c)) return describe("attributions", c);
    }
  }
  return {};
}

}  // namespace

Result annotate(std::string_view utf8, const Options& options) {
  if (utf8.size() > options.max_input_bytes) {
    return error(Status::input_too_large, "input is " + std::to_string(utf8.size()) +
                                              " bytes; the limit is " + std::to_string(options.max_input_bytes));
  }
  const std::size_t bad = find_invalid_utf8(utf8);
  if (bad != std::string_view::npos) {
    return error(Status::invalid_utf8, "input is not valid UTF-8 at byte " + std::to_string(bad));
  }
  if (only_white_space(utf8)) return error(Status::empty_input, "input is empty");

  const Document doc = analyse(utf8);
  Result result;
  if (options.actors || options.attributions) result.actors = find_actors(doc);
  if (options.figures) result.figures = find_figures(doc, result.actors);
  if (options.attributions) result.attributions = find_attributions(doc, result.actors);
  if (!options.actors) {
    // Attributions still link to actors internally; without the actor layer
    // the links are dropped rather than pointing at nothing.
    for (Attribution& a : result.attributions) a.actor.reset();
    result.actors.clear();
  }
  std::sort(result.figures.begin(), result.figures.end(),
            [](const Figure& a, const Figure& b) { return a.span < b.span; });
  std::stable_sort(result.attributions.begin(), result.attributions.end(),
                   [](const Attribution& a, const Attribution& b) { return a.cue < b.cue; });
  const std::string invalid = invalid_span(utf8, result);
  if (!invalid.empty()) return error(Status::internal, invalid);
  return result;
}

}  // namespace newsmark
