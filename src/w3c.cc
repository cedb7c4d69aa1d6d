// Result → W3C Web Annotations (see w3c.h for the shape).
#include "w3c.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <vector>

#include "utf.h"

namespace newsmark {
namespace {

// Keys in the order they are set: the output reads like the model's examples.
using Json = nlohmann::ordered_json;

constexpr std::size_t kContextCodePoints = 32;
constexpr const char* kIdPrefix = "urn:newsmark:";

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Byte position `count` code points before / after `pos` (or the text's edge).
std::size_t back_code_points(std::string_view text, std::size_t pos, std::size_t count) {
  for (std::size_t n = 0; n < count && pos > 0; ++n) {
    --pos;
    while (pos > 0 && is_continuation(text[pos])) --pos;
  }
  return pos;
}

std::size_t forward_code_points(std::string_view text, std::size_t pos, std::size_t count) {
  for (std::size_t n = 0; n < count && pos < text.size(); ++n) {
    ++pos;
    while (pos < text.size() && is_continuation(text[pos])) ++pos;
  }
  return pos;
}

Json number_or_null(const std::optional<double>& v) { return v ? Json(*v) : Json(nullptr); }

Json string_or_null(std::string_view s) { return s.empty() ? Json(nullptr) : Json(std::string(s)); }

Json textual_body(std::string_view purpose, std::string_view value) {
  return {{"type", "TextualBody"}, {"purpose", std::string(purpose)}, {"value", std::string(value)}};
}

std::string actor_iri(std::size_t index) { return kIdPrefix + std::string("A") + std::to_string(index + 1); }

// Collects every target span first, so that all positions are converted to
// code points in one pass over the text.
class Targets {
 public:
  Targets(std::string_view text, std::string source) : text_(text), source_(std::move(source)) {}

  std::size_t add(const Span& span) {
    spans_.push_back(span);
    return spans_.size() - 1;
  }

  void convert() {
    positions_ = spans_;
    std::vector<std::uint32_t*> offsets;
    offsets.reserve(positions_.size() * 2);
    for (Span& s : positions_) {
      offsets.push_back(&s.start);
      offsets.push_back(&s.end);
    }
    convert_offsets(text_, Offsets::codepoint, offsets);
  }

  // The SpecificResource of span `i`, with `extra` properties before the selectors.
  Json target(std::size_t i, Json extra = Json::object()) const {
    const Span& s = spans_[i];
    const std::size_t from = back_code_points(text_, s.start, kContextCodePoints);
    const std::size_t to = forward_code_points(text_, s.end, kContextCodePoints);
    Json quote = {{"type", "TextQuoteSelector"},
                  {"exact", std::string(text_.substr(s.start, s.end - s.start))},
                  {"prefix", std::string(text_.substr(from, s.start - from))},
                  {"suffix", std::string(text_.substr(s.end, to - s.end))}};
    Json position = {{"type", "TextPositionSelector"}, {"start", positions_[i].start}, {"end", positions_[i].end}};
    Json out = {{"type", "SpecificResource"}, {"source", source_}};
    for (auto& [key, value] : extra.items()) out[key] = value;
    out["selector"] = Json::array({std::move(quote), std::move(position)});
    return out;
  }

 private:
  std::string_view text_;
  std::string source_;
  std::vector<Span> spans_;
  std::vector<Span> positions_;
};

bool valid_span(const Span& s, std::string_view text) {
  return s.start < s.end && s.end <= text.size() && is_utf8_boundary(text, s.start) && is_utf8_boundary(text, s.end);
}

}  // namespace

std::string to_w3c(const Result& result, std::string_view text, const W3cOptions& options) {
  Json context = Json::array({"http://www.w3.org/ns/anno.jsonld", {{"nm", "https://newsmark.invalid/ns#"}}});
  Json items = Json::array();
  Json error = nullptr;

  if (!result.ok()) {
    error = {{"status", std::string(status_name(result.status))}, {"message", result.message}};
  } else {
    // First pass: register the spans in output order; invalid ones are dropped.
    Targets targets(text, options.source);
    constexpr std::size_t none = static_cast<std::size_t>(-1);
    auto add = [&](const Span& s) { return valid_span(s, text) ? targets.add(s) : none; };
    std::vector<std::vector<std::size_t>> mentions(result.actors.size());
    for (std::size_t i = 0; i < result.actors.size(); ++i) {
      for (const Span& m : result.actors[i].mentions) mentions[i].push_back(add(m));
    }
    std::vector<std::pair<std::size_t, std::size_t>> figures;  // figure, counts
    for (const Figure& f : result.figures) figures.emplace_back(add(f.span), f.counts ? add(*f.counts) : none);
    struct Parts {
      std::size_t source, cue;
      std::vector<std::size_t> content;
    };
    std::vector<Parts> attributions;
    for (const Attribution& a : result.attributions) {
      Parts parts{a.source ? add(*a.source) : none, add(a.cue), {}};
      for (const Span& c : a.content) parts.content.push_back(add(c));
      attributions.push_back(std::move(parts));
    }
    targets.convert();

    // Second pass: the annotations.
    for (std::size_t i = 0; i < result.actors.size(); ++i) {
      const Actor& a = result.actors[i];
      Json body = Json::array({textual_body("identifying", a.name), textual_body("classifying", actor_kind_name(a.kind))});
      if (a.role && !a.role->empty()) body.push_back(textual_body("describing", *a.role));
      Json target = Json::array();
      for (std::size_t id : mentions[i]) {
        if (id != none) target.push_back(targets.target(id));
      }
      items.push_back({{"id", actor_iri(i)},
                       {"type", "Annotation"},
                       {"motivation", "identifying"},
                       {"nm:prominence", a.prominence},
                       {"body", std::move(body)},
                       {"target", std::move(target)}});
    }
    for (std::size_t i = 0; i < result.figures.size(); ++i) {
      const Figure& f = result.figures[i];
      if (figures[i].first == none) continue;
      Json target = Json::array({targets.target(figures[i].first, {{"nm:role", "figure"}})});
      if (figures[i].second != none) target.push_back(targets.target(figures[i].second, {{"nm:role", "counts"}}));
      items.push_back({{"id", kIdPrefix + std::string("F") + std::to_string(i + 1)},
                       {"type", "Annotation"},
                       {"motivation", "classifying"},
                       {"nm:value", f.kind == FigureKind::date ? string_or_null(f.date) : number_or_null(f.value)},
                       {"nm:low", number_or_null(f.low)},
                       {"nm:high", number_or_null(f.high)},
                       {"nm:qualifier", string_or_null(qualifier_name(f.qualifier))},
                       {"nm:unit", string_or_null(f.unit)},
                       {"body", Json::array({textual_body("classifying", figure_kind_name(f.kind))})},
                       {"target", std::move(target)}});
    }
    for (std::size_t i = 0; i < result.attributions.size(); ++i) {
      const Attribution& a = result.attributions[i];
      const Parts& parts = attributions[i];
      Json target = Json::array();
      if (parts.source != none) {
        const bool linked = a.actor && *a.actor < result.actors.size();
        target.push_back(targets.target(
            parts.source, {{"nm:role", "source"}, {"nm:actor", linked ? Json(actor_iri(*a.actor)) : Json(nullptr)}}));
      }
      if (parts.cue != none) target.push_back(targets.target(parts.cue, {{"nm:role", "cue"}}));
      for (std::size_t id : parts.content) {
        if (id != none) target.push_back(targets.target(id, {{"nm:role", "content"}}));
      }
      items.push_back({{"id", kIdPrefix + std::string("Q") + std::to_string(i + 1)},
                       {"type", "Annotation"},
                       {"motivation", "linking"},
                       {"body", Json::array({textual_body("classifying", attribution_kind_name(a.kind))})},
                       {"target", std::move(target)}});
    }
  }

  Json out = {{"@context", std::move(context)},
              {"type", "AnnotationCollection"},
              {"label", "newsmark"},
              {"total", items.size()}};
  out["first"] = {{"type", "AnnotationPage"}, {"startIndex", 0}, {"items", std::move(items)}};
  if (!error.is_null()) out["nm:error"] = std::move(error);
  return out.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace newsmark
