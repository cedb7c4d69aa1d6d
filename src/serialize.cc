// Result → JSON contract v1 (docs/format.md), offsets converted in one pass.
//
// The JSON is written straight into one string rather than built as a
// nlohmann::json tree and dumped: on a news article that tree cost about a
// third of annotate()'s time. Keys are written in sorted order and numbers in
// nlohmann's shortest round-trip form, so the bytes are the same as before.
#include <cmath>
#include <nlohmann/json.hpp>

#include "newsmark/annotate.h"
#include "utf.h"

namespace newsmark {
namespace {

// A span ready for output: offsets converted in place, text cut from the input.
struct OutSpan {
  std::uint32_t start, end;
  std::string_view text;
};

// Appends JSON tokens to a string. The caller writes keys in sorted order.
class JsonOut {
 public:
  explicit JsonOut(std::string& out) : out_(out) {}

  JsonOut& key(std::string_view k) {
    separate();
    string(k);
    out_.push_back(':');
    first_ = true;  // the value that follows needs no comma
    return *this;
  }
  JsonOut& open(char bracket) {
    separate();
    out_.push_back(bracket);
    first_ = true;
    return *this;
  }
  JsonOut& close(char bracket) {
    out_.push_back(bracket);
    first_ = false;
    return *this;
  }
  JsonOut& null() { return token("null"); }
  JsonOut& integer(std::uint64_t v) { return token(std::to_string(v)); }
  JsonOut& number(double v) {
    if (!std::isfinite(v)) return null();
    char buffer[64];
    const char* end = nlohmann::detail::to_chars(buffer, buffer + sizeof buffer, v);
    return token(std::string_view(buffer, static_cast<std::size_t>(end - buffer)));
  }
  JsonOut& number_or_null(const std::optional<double>& v) { return v ? number(*v) : null(); }
  JsonOut& text(std::string_view s) {
    separate();
    string(s);
    first_ = false;
    return *this;
  }
  JsonOut& text_or_null(std::string_view s) { return s.empty() ? null() : text(s); }

 private:
  JsonOut& token(std::string_view s) {
    separate();
    out_.append(s);
    first_ = false;
    return *this;
  }
  void separate() {
    if (!first_) out_.push_back(',');
  }
  static bool needs_no_escape(unsigned char c) { return c >= 0x20 && c < 0x80 && c != '"' && c != '\\'; }
  // A JSON string, escaped as nlohmann does with ensure_ascii off; bytes that
  // are not UTF-8 become U+FFFD (the core only ever passes valid UTF-8).
  void string(std::string_view s) {
    static constexpr char kHex[] = "0123456789abcdef";
    out_.push_back('"');
    std::size_t i = 0;
    while (i < s.size()) {
      // Copy the run of bytes that need no escape in one step.
      std::size_t run = i;
      while (run < s.size() && needs_no_escape(static_cast<unsigned char>(s[run]))) ++run;
      out_.append(s.substr(i, run - i));
      i = run;
      if (i == s.size()) break;
      const auto c = static_cast<unsigned char>(s[i]);
      if (c >= 0x80) {
        const std::size_t length = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        if (c < 0xC2 || c > 0xF4 || i + length > s.size() ||
            find_invalid_utf8(s.substr(i, length)) != std::string_view::npos) {
          out_.append("\xEF\xBF\xBD");
          ++i;
        } else {
          out_.append(s.substr(i, length));
          i += length;
        }
        continue;
      }
      switch (c) {
        case '"': out_.append("\\\""); break;
        case '\\': out_.append("\\\\"); break;
        case '\b': out_.append("\\b"); break;
        case '\f': out_.append("\\f"); break;
        case '\n': out_.append("\\n"); break;
        case '\r': out_.append("\\r"); break;
        case '\t': out_.append("\\t"); break;
        default:
          out_.append("\\u00");
          out_.push_back(kHex[c >> 4]);
          out_.push_back(kHex[c & 15]);
      }
      ++i;
    }
    out_.push_back('"');
  }

  std::string& out_;
  bool first_ = true;
};

class SpanTable {
 public:
  explicit SpanTable(std::string_view text) : text_(text) {}

  std::size_t add(const Span& s) {
    spans_.push_back({s.start, s.end, text_.substr(s.start, s.end - s.start)});
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

  // "end", "start", "text" of span `i`, inside an object the caller opened.
  void write_fields(JsonOut& out, std::size_t i) const {
    const OutSpan& s = spans_[i];
    out.key("end").integer(s.end).key("start").integer(s.start).key("text").text(s.text);
  }
  const OutSpan& at(std::size_t i) const { return spans_[i]; }
  void write(JsonOut& out, std::size_t i) const {
    out.open('{');
    write_fields(out, i);
    out.close('}');
  }

 private:
  std::string_view text_;
  std::vector<OutSpan> spans_;
};

std::string actor_id(std::size_t index) { return "A" + std::to_string(index + 1); }

std::string_view offsets_name(Offsets unit) {
  switch (unit) {
    case Offsets::utf16: return "utf16";
    case Offsets::codepoint: return "codepoint";
    case Offsets::utf8: return "utf8";
  }
  return "utf16";
}

void write_error(JsonOut& out, const Result& result) {
  out.open('{').key("message").text(result.message).key("status").text(status_name(result.status)).close('}');
}

}  // namespace

std::string to_json(const Result& result, std::string_view text, Offsets offsets) {
  std::string json;
  JsonOut out(json);
  if (!result.ok()) {
    out.open('{').key("actors").open('[').close(']').key("attributions").open('[').close(']').key("error");
    write_error(out, result);
    out.key("figures").open('[').close(']').key("offsets").text(offsets_name(offsets));
    out.key("version").integer(kFormatVersion).close('}');
    return json;
  }

  // First pass: register every span in output order, then convert all offsets at once.
  SpanTable spans(text);
  std::vector<std::vector<std::size_t>> mention_ids(result.actors.size());
  for (std::size_t i = 0; i < result.actors.size(); ++i) {
    for (const Span& m : result.actors[i].mentions) mention_ids[i].push_back(spans.add(m));
  }
  std::vector<std::pair<std::size_t, std::size_t>> figure_ids;  // span, counts (or npos)
  for (const Figure& f : result.figures) {
    figure_ids.emplace_back(spans.add(f.span), f.counts ? spans.add(*f.counts) : std::string::npos);
  }
  struct AttributionIds {
    std::size_t source, cue;
    std::vector<std::size_t> content;
  };
  std::vector<AttributionIds> attribution_ids;
  for (const Attribution& a : result.attributions) {
    AttributionIds ids{a.source ? spans.add(*a.source) : std::string::npos, spans.add(a.cue), {}};
    for (const Span& c : a.content) ids.content.push_back(spans.add(c));
    attribution_ids.push_back(std::move(ids));
  }
  spans.convert(offsets);

  // Second pass: the JSON, keys in sorted order at every level.
  json.reserve(text.size() + 256 * (result.actors.size() + result.figures.size() + result.attributions.size()));
  out.open('{').key("actors").open('[');
  for (std::size_t i = 0; i < result.actors.size(); ++i) {
    const Actor& a = result.actors[i];
    out.open('{').key("id").text(actor_id(i)).key("kind").text(actor_kind_name(a.kind)).key("mentions").open('[');
    for (std::size_t id : mention_ids[i]) spans.write(out, id);
    out.close(']').key("name").text(a.name).key("prominence").number(a.prominence).key("role");
    if (a.role) out.text(*a.role);
    else out.null();
    out.close('}');
  }
  out.close(']').key("attributions").open('[');
  for (std::size_t i = 0; i < result.attributions.size(); ++i) {
    const Attribution& a = result.attributions[i];
    const AttributionIds& ids = attribution_ids[i];
    out.open('{').key("content").open('[');
    for (std::size_t id : ids.content) spans.write(out, id);
    out.close(']').key("cue");
    spans.write(out, ids.cue);
    out.key("kind").text(attribution_kind_name(a.kind)).key("source");
    if (ids.source == std::string::npos) {
      out.null();
    } else {
      out.open('{').key("actor");
      if (a.actor) out.text(actor_id(*a.actor));
      else out.null();
      spans.write_fields(out, ids.source);
      out.close('}');
    }
    out.close('}');
  }
  out.close(']').key("error").null().key("figures").open('[');
  for (std::size_t i = 0; i < result.figures.size(); ++i) {
    const Figure& f = result.figures[i];
    out.open('{').key("counts");
    if (figure_ids[i].second == std::string::npos) out.null();
    else spans.write(out, figure_ids[i].second);
    const OutSpan& s = spans.at(figure_ids[i].first);
    out.key("end").integer(s.end).key("high").number_or_null(f.high).key("kind").text(figure_kind_name(f.kind));
    out.key("low").number_or_null(f.low).key("qualifier").text_or_null(qualifier_name(f.qualifier));
    out.key("start").integer(s.start).key("text").text(s.text).key("unit").text_or_null(f.unit).key("value");
    if (f.kind == FigureKind::date) out.text_or_null(f.date);
    else out.number_or_null(f.value);
    out.close('}');
  }
  out.close(']').key("offsets").text(offsets_name(offsets)).key("version").integer(kFormatVersion).close('}');
  return json;
}

}  // namespace newsmark
