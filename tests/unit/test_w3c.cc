// W3C Web Annotations: every selector finds its span again, the model's
// required parts are there, and the links between annotations hold.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <set>
#include <string>

#include "newsmark/annotate.h"
#include "utf.h"
#include "w3c.h"

using namespace newsmark;
using nlohmann::json;

namespace {

// A short story of our own, with a character outside the BMP (U+1F4F0) and
// accents before the spans so that code points, UTF-16 units and bytes differ.
const std::string kArticle =
    "\xF0\x9F\x93\xB0 Café owners in Lisbon protest\n"
    "At least 155 café owners marched on Tuesday, according to the union. "
    "\"We cannot pay the new rent,\" said Marta Ribeiro, who runs a café in Alfama. "
    "The city council said rents had risen by 12% since 2023. "
    "Ribeiro said the protest would continue.";

// Code point index → byte offset in `text`.
std::size_t byte_of(const std::string& text, std::size_t code_point) {
  std::size_t pos = 0;
  for (std::size_t n = 0; n < code_point && pos < text.size(); ++n) {
    std::size_t length = 0;
    decode_utf8(text, pos, &length);
    pos += length;
  }
  return pos;
}

std::size_t code_points(const std::string& s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

json w3c_of(const std::string& text, const W3cOptions& options = {}) {
  const Result r = annotate(text);
  REQUIRE(r.ok());
  json out = json::parse(to_w3c(r, text, options), nullptr, false);
  REQUIRE(!out.is_discarded());
  return out;
}

// Checks one SpecificResource against the text; returns its exact quote.
std::string check_target(const std::string& text, const json& target, const std::string& source) {
  CHECK(target["type"] == "SpecificResource");
  CHECK(target["source"] == source);
  REQUIRE(target["selector"].is_array());
  REQUIRE(target["selector"].size() == 2);
  const json& quote = target["selector"][0];
  const json& position = target["selector"][1];
  REQUIRE(quote["type"] == "TextQuoteSelector");
  REQUIRE(position["type"] == "TextPositionSelector");
  const auto start = position["start"].get<std::size_t>();
  const auto end = position["end"].get<std::size_t>();
  REQUIRE(start < end);
  const std::size_t from = byte_of(text, start);
  const std::size_t to = byte_of(text, end);
  const std::string exact = quote["exact"].get<std::string>();
  CHECK(text.substr(from, to - from) == exact);
  // Prefix and suffix are the text right around the quote, at most 32 code points each.
  const std::string prefix = quote["prefix"].get<std::string>();
  const std::string suffix = quote["suffix"].get<std::string>();
  CHECK(code_points(prefix) <= 32);
  CHECK(code_points(suffix) <= 32);
  CHECK(text.substr(from - prefix.size(), prefix.size()) == prefix);
  CHECK(text.substr(to, suffix.size()) == suffix);
  if (start >= 32) CHECK(code_points(prefix) == 32);
  if (code_points(text) - end >= 32) CHECK(code_points(suffix) == 32);
  return exact;
}

}  // namespace

TEST_CASE("w3c: a collection of annotations whose selectors find their spans again") {
  const json out = w3c_of(kArticle, {"https://news.example/lisbon"});
  REQUIRE(out["@context"].is_array());
  CHECK(out["@context"][0] == "http://www.w3.org/ns/anno.jsonld");
  CHECK(out["type"] == "AnnotationCollection");
  const json& items = out["first"]["items"];
  REQUIRE(items.is_array());
  CHECK(out["total"] == items.size());
  CHECK(!out.contains("nm:error"));

  std::set<std::string> ids;
  for (const json& a : items) {
    CHECK(a["type"] == "Annotation");
    CHECK(ids.insert(a["id"].get<std::string>()).second);  // ids are unique
    const std::string motivation = a["motivation"];
    CHECK((motivation == "identifying" || motivation == "classifying" || motivation == "linking"));
    for (const json& t : a["target"]) check_target(kArticle, t, "https://news.example/lisbon");
  }
}

TEST_CASE("w3c: actors, figures and attributions carry the contract's fields") {
  const Result r = annotate(kArticle);
  REQUIRE(r.ok());
  const json out = json::parse(to_w3c(r, kArticle), nullptr, false);
  const json& items = out["first"]["items"];
  std::size_t actors = 0, figures = 0, attributions = 0;
  std::set<std::string> actor_ids;
  for (const json& a : items) {
    if (a["motivation"] == "identifying") actor_ids.insert(a["id"].get<std::string>());
  }
  for (const json& a : items) {
    const json& body = a["body"];
    REQUIRE(body.is_array());
    if (a["motivation"] == "identifying") {
      const Actor& actor = r.actors[actors++];
      CHECK(a["id"] == "urn:newsmark:A" + std::to_string(actors));
      CHECK(body[0]["purpose"] == "identifying");
      CHECK(body[0]["value"] == actor.name);
      CHECK(body[1]["purpose"] == "classifying");
      CHECK(body[1]["value"] == std::string(actor_kind_name(actor.kind)));
      CHECK(a["target"].size() == actor.mentions.size());
      CHECK(a["nm:prominence"].get<double>() == doctest::Approx(actor.prominence));
    } else if (a["motivation"] == "classifying") {
      const Figure& figure = r.figures[figures++];
      CHECK(body[0]["value"] == std::string(figure_kind_name(figure.kind)));
      CHECK(a["target"][0]["nm:role"] == "figure");
      CHECK(a["target"].size() == (figure.counts ? 2u : 1u));
      const std::string exact = a["target"][0]["selector"][0]["exact"];
      CHECK(exact == kArticle.substr(figure.span.start, figure.span.end - figure.span.start));
    } else {
      REQUIRE(a["motivation"] == "linking");
      const Attribution& attribution = r.attributions[attributions++];
      CHECK(body[0]["value"] == std::string(attribution_kind_name(attribution.kind)));
      std::size_t sources = 0, cues = 0, contents = 0;
      for (const json& t : a["target"]) {
        const std::string role = t["nm:role"];
        if (role == "source") {
          ++sources;
          // The source names an actor annotation of the same collection, or none.
          if (!t["nm:actor"].is_null()) CHECK(actor_ids.count(t["nm:actor"].get<std::string>()) == 1);
          CHECK(t["nm:actor"].is_null() == !attribution.actor.has_value());
        } else if (role == "cue") {
          ++cues;
        } else {
          CHECK(role == "content");
          ++contents;
        }
      }
      CHECK(sources == (attribution.source ? 1u : 0u));
      CHECK(cues == 1);
      CHECK(contents == attribution.content.size());
    }
  }
  CHECK(actors == r.actors.size());
  CHECK(figures == r.figures.size());
  CHECK(attributions == r.attributions.size());
}

TEST_CASE("w3c: hand-made result, positions in code points") {
  // "é" is two bytes and one code point; the emoji is four bytes, one code point.
  const std::string text = "\xF0\x9F\x93\xB0 é Ana said 3 cats left.";
  Result r;
  const auto at = [&](const std::string& s) {
    const auto start = static_cast<std::uint32_t>(text.find(s));
    return Span{start, static_cast<std::uint32_t>(start + s.size())};
  };
  r.actors.push_back({"Ana", ActorKind::person, std::string("baker"), {at("Ana")}, 1.5});
  Figure f;
  f.span = at("3");
  f.value = 3;
  f.counts = at("cats");
  r.figures.push_back(f);
  r.attributions.push_back({AttributionKind::indirect, at("Ana"), 0, at("said"), {at("3 cats left")}});

  const json out = json::parse(to_w3c(r, text), nullptr, false);
  const json& items = out["first"]["items"];
  REQUIRE(items.size() == 3);
  for (const json& a : items) {
    for (const json& t : a["target"]) check_target(text, t, "");
  }
  CHECK(items[0]["motivation"] == "identifying");
  CHECK(items[1]["motivation"] == "classifying");
  CHECK(items[2]["motivation"] == "linking");
  const json& ana = items[0]["target"][0]["selector"];
  CHECK(ana[1]["start"] == 4);  // emoji, space, é, space
  CHECK(ana[1]["end"] == 7);
  CHECK(ana[0]["prefix"] == "\xF0\x9F\x93\xB0 é ");
  CHECK(items[0]["body"][2]["purpose"] == "describing");
  CHECK(items[0]["body"][2]["value"] == "baker");
  CHECK(items[0]["target"][0]["source"] == "");
  CHECK(items[1]["nm:value"] == 3);
  CHECK(items[1]["nm:qualifier"].is_null());
  CHECK(items[1]["target"][1]["nm:role"] == "counts");
  CHECK(items[1]["target"][1]["selector"][0]["exact"] == "cats");
  CHECK(items[2]["target"][0]["nm:actor"] == "urn:newsmark:A1");
  CHECK(items[2]["target"][2]["selector"][0]["exact"] == "3 cats left");
}

TEST_CASE("w3c: a span off a character boundary is left out, not written broken") {
  const std::string text = "é Ana";
  Result r;
  r.actors.push_back({"Ana", ActorKind::person, std::nullopt, {Span{1, 3}, Span{3, 6}}, 1});
  const json out = json::parse(to_w3c(r, text), nullptr, false);
  REQUIRE(!out.is_discarded());
  const json& target = out["first"]["items"][0]["target"];
  REQUIRE(target.size() == 1);
  CHECK(target[0]["selector"][0]["exact"] == "Ana");
}

TEST_CASE("w3c: an error is an empty collection that says why") {
  const Result r = annotate("   ");
  REQUIRE(!r.ok());
  const json out = json::parse(to_w3c(r, "   "), nullptr, false);
  REQUIRE(!out.is_discarded());
  CHECK(out["total"] == 0);
  CHECK(out["first"]["items"].empty());
  CHECK(out["nm:error"]["status"] == "empty_input");
}
