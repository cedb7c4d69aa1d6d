// Result → JSON contract v1 (docs/format.md), offsets converted in one pass.
#include <nlohmann/json.hpp>

#include "newsmark/annotate.h"
#include "utf.h"

namespace newsmark {
namespace {

using nlohmann::json;

// A span ready for output: its text is cut before the offsets are converted.
struct OutSpan {
  std::uint32_t start, end;
  std::string text;
};

class Writer {
 public:
  explicit Writer(std::string_view text) : text_(text) {}

  std::size_t add(const Span& s) {
    spans_.push_back({s.start, s.end, std::string(text_.substr(s.start, s.end - s.start))});
    return spans_.size() - 1;
  }

  void convert(Offsets unit) {
    std::vector<std::uint32_t*> offsets;
    offsets.reserve(spans_.size() * 2);
    for (OutSpan& s : spans_) {
      offsets.push_back(&s.start);
      offsets.push_back(&s.end);
    }
    convert_offsets(text_, unit, offsets);
  }

  json span(std::size_t i) const {
    const OutSpan& s = spans_[i];
    return json{{"start", s.start}, {"end", s.end}, {"text", s.text}};
  }

 private:
  std::string_view text_;
  std::vector<OutSpan> spans_;
};

json number_or_null(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }

json string_or_null(std::string_view s) { return s.empty() ? json(nullptr) : json(std::string(s)); }

std::string actor_id(std::size_t index) { return "A" + std::to_string(index + 1); }

std::string_view offsets_name(Offsets unit) {
  switch (unit) {
    case Offsets::utf16: return "utf16";
    case Offsets::codepoint: return "codepoint";
    case Offsets::utf8: return "utf8";
  }
  return "utf16";
}

}  // namespace

std::string to_json(const Result& result, std::string_view text, Offsets offsets) {
  json out = {{"version", kFormatVersion}, {"offsets", std::string(offsets_name(offsets))}};
  if (!result.ok()) {
    out["actors"] = json::array();
    out["figures"] = json::array();
    out["attributions"] = json::array();
    out["error"] = {{"status", std::string(status_name(result.status))}, {"message", result.message}};
    return out.dump(-1, ' ', false, json::error_handler_t::replace);
  }

  // First pass: register every span (cutting its text) in output order.
  Writer w(text);
  std::vector<std::vector<std::size_t>> mention_ids(result.actors.size());
  for (std::size_t i = 0; i < result.actors.size(); ++i) {
    for (const Span& m : result.actors[i].mentions) mention_ids[i].push_back(w.add(m));
  }
  std::vector<std::pair<std::size_t, std::size_t>> figure_ids;  // span, counts (or npos)
  for (const Figure& f : result.figures) {
    figure_ids.emplace_back(w.add(f.span), f.counts ? w.add(*f.counts) : std::string::npos);
  }
  struct AttributionIds {
    std::size_t source, cue;
    std::vector<std::size_t> content;
  };
  std::vector<AttributionIds> attribution_ids;
  for (const Attribution& a : result.attributions) {
    AttributionIds ids{a.source ? w.add(*a.source) : std::string::npos, w.add(a.cue), {}};
    for (const Span& c : a.content) ids.content.push_back(w.add(c));
    attribution_ids.push_back(std::move(ids));
  }
  w.convert(offsets);

  // Second pass: build the JSON.
  json actors = json::array();
  for (std::size_t i = 0; i < result.actors.size(); ++i) {
    const Actor& a = result.actors[i];
    json mentions = json::array();
    for (std::size_t id : mention_ids[i]) mentions.push_back(w.span(id));
    actors.push_back({{"id", actor_id(i)},
                      {"name", a.name},
                      {"kind", std::string(actor_kind_name(a.kind))},
                      {"role", a.role ? json(*a.role) : json(nullptr)},
                      {"prominence", a.prominence},
                      {"mentions", std::move(mentions)}});
  }
  json figures = json::array();
  for (std::size_t i = 0; i < result.figures.size(); ++i) {
    const Figure& f = result.figures[i];
    json fig = w.span(figure_ids[i].first);
    fig["kind"] = std::string(figure_kind_name(f.kind));
    fig["value"] = f.kind == FigureKind::date ? string_or_null(f.date) : number_or_null(f.value);
    fig["low"] = number_or_null(f.low);
    fig["high"] = number_or_null(f.high);
    fig["qualifier"] = string_or_null(qualifier_name(f.qualifier));
    fig["unit"] = string_or_null(f.unit);
    fig["counts"] = figure_ids[i].second == std::string::npos ? json(nullptr) : w.span(figure_ids[i].second);
    figures.push_back(std::move(fig));
  }
  json attributions = json::array();
  for (std::size_t i = 0; i < result.attributions.size(); ++i) {
    const Attribution& a = result.attributions[i];
    const AttributionIds& ids = attribution_ids[i];
    json source = nullptr;
    if (ids.source != std::string::npos) {
      source = w.span(ids.source);
      source["actor"] = a.actor ? json(actor_id(*a.actor)) : json(nullptr);
    }
    json content = json::array();
    for (std::size_t id : ids.content) content.push_back(w.span(id));
    attributions.push_back({{"kind", std::string(attribution_kind_name(a.kind))},
                            {"source", std::move(source)},
                            {"cue", w.span(ids.cue)},
                            {"content", std::move(content)}});
  }
  out["actors"] = std::move(actors);
  out["figures"] = std::move(figures);
  out["attributions"] = std::move(attributions);
  out["error"] = nullptr;
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace newsmark
