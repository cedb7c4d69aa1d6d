// newsmark: find named actors, figures and attributions in a news article.
//
// Usage:
//
//   #include "newsmark/annotate.h"
//
//   newsmark::Options options;                 // defaults: everything on
//   newsmark::Result result = newsmark::annotate(article_utf8, options);
//   if (!result.ok()) { report(result.message); return; }
//   std::string json = newsmark::to_json(result, article_utf8, newsmark::Offsets::utf16);
//
// One call per document. annotate() never throws, keeps no global mutable
// state (compiled patterns and the tagger model are immutable and built once),
// and may be called from several threads at the same time.
//
// All spans in a Result are byte offsets into the UTF-8 input, end exclusive.
// to_json() converts them to the unit the consumer asked for (UTF-16 code
// units for JavaScript, code points for Python) in one pass; see docs/format.md.
#ifndef NEWSMARK_ANNOTATE_H_
#define NEWSMARK_ANNOTATE_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsmark {

// Version of the JSON contract written by to_json().
inline constexpr int kFormatVersion = 1;

// Largest input annotate() accepts, in bytes. Above it the result is an
// input_too_large error: a news article is rarely over 200 KB.
inline constexpr std::size_t kMaxInputBytes = 16u * 1024u * 1024u;

enum class Status {
  ok,
  empty_input,      // nothing but white space
  invalid_utf8,     // the input is not well-formed UTF-8
  input_too_large,  // over Options::max_input_bytes
  internal,         // a bug: an invariant did not hold
};

// Stable lower-case name of a status ("ok", "invalid_utf8", ...).
std::string_view status_name(Status status);

enum class Offsets { utf16, codepoint, utf8 };

// A half-open byte range [start, end) into the UTF-8 input.
struct Span {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  friend bool operator==(const Span& a, const Span& b) {
    return a.start == b.start && a.end == b.end;
  }
  friend bool operator<(const Span& a, const Span& b) {
    return a.start != b.start ? a.start < b.start : a.end < b.end;
  }
};

enum class ActorKind { person, organization, media, country, place, group };
std::string_view actor_kind_name(ActorKind kind);

struct Actor {
  std::string name;                 // longest, most complete form
  ActorKind kind = ActorKind::person;
  std::optional<std::string> role;  // "President", "foreign minister", ...
  std::vector<Span> mentions;       // sorted by start
  double prominence = 0;            // ranking score for the panel; higher first
};

enum class FigureKind { count, percent, money, quantity, date, ordinal, range };
std::string_view figure_kind_name(FigureKind kind);

enum class Qualifier { none, exact, at_least, over, under, up_to, about };
// "at_least", "over", ...; "" for Qualifier::none (written as null).
std::string_view qualifier_name(Qualifier qualifier);

struct Figure {
  Span span;  // includes qualifier and unit: "at least 155", "$1.2 billion"
  FigureKind kind = FigureKind::count;
  std::optional<double> value;  // the number; unset for dates
  std::string date;             // ISO 8601 ("2025-04-08", "2025-04", "2025") for dates
  std::optional<double> low;    // lower bound of a range or a bound ("at least")
  std::optional<double> high;   // upper bound
  Qualifier qualifier = Qualifier::none;
  std::string unit;              // ISO 4217 code for money, unit name for quantities
  std::optional<Span> counts;    // the noun phrase counted: "Chinese nationals"
};

enum class AttributionKind { direct, indirect, mixed, according_to };
std::string_view attribution_kind_name(AttributionKind kind);

struct Attribution {
  AttributionKind kind = AttributionKind::indirect;
  std::optional<Span> source;         // "Meduza", "he", "a spokesman for the ministry"
  std::optional<std::size_t> actor;   // index into Result::actors the source refers to
  Span cue;                           // "said", "according to", "reportedly"
  std::vector<Span> content;          // one or more pieces, in text order
};

struct Options {
  bool actors = true;
  bool figures = true;
  bool attributions = true;
  std::size_t max_input_bytes = kMaxInputBytes;
};

struct Result {
  Status status = Status::ok;
  std::string message;  // human-readable, empty when ok
  std::vector<Actor> actors;              // ranked by prominence
  std::vector<Figure> figures;            // sorted by start
  std::vector<Attribution> attributions;  // sorted by cue start

  bool ok() const { return status == Status::ok; }
};

// Annotates one document. Never throws.
Result annotate(std::string_view utf8, const Options& options = {});

// Serialises a result as the JSON contract v1 (docs/format.md), with offsets
// in the requested unit. `text` must be the document annotate() was given.
// Never throws; invalid data becomes an error object.
std::string to_json(const Result& result, std::string_view text, Offsets offsets);

}  // namespace newsmark

#endif  // NEWSMARK_ANNOTATE_H_
