// What markup and short lines say about a block, before any scoring.
#include <doctest/doctest.h>

#include "article_hints.h"

using namespace newsmark;

namespace {

MarkupHints hints_of(const std::string& classes, const std::string& id = "", const std::string& itemprop = "") {
  Block b;
  b.tag = "div";
  b.classes = classes;
  b.id = id;
  b.itemprop = itemprop;
  return read_markup_hints(b);
}

bool furniture_line(const std::string& text) { return looks_like_furniture_text(text, measure_text(text)); }

}  // namespace

TEST_CASE("article hints: class and id words mark boilerplate and content") {
  CHECK(hints_of("related-stories").boilerplate);
  CHECK(hints_of("", "comments").comments);
  CHECK(hints_of("InlineImage-imageEmbedCredit").boilerplate);  // camelCase words
  CHECK(hints_of("ad-slot").boilerplate);
  CHECK_FALSE(hints_of("header-fixed").content);
  CHECK_FALSE(hints_of("reader-mode").boilerplate);  // "ad" only as a whole word
  CHECK_FALSE(hints_of("commentary-body").comments);
  CHECK(hints_of("story-body").content);
  CHECK(hints_of("article__body").article_body);
  CHECK(hints_of("", "", "articleBody").article_body);
  CHECK(hints_of("hidden").boilerplate);
  CHECK_FALSE(hints_of("hidden md:block").boilerplate);  // shown on wide screens
}

TEST_CASE("article hints: short furniture lines") {
  CHECK(furniture_line("Advertisement"));
  CHECK(furniture_line("By Ann Example"));
  CHECK(furniture_line("Updated 14 March 2025, 10:32 GMT"));
  CHECK(furniture_line("941 comments"));
  CHECK(furniture_line("Nov 20, 2019 10:30 am ET"));
  CHECK_FALSE(furniture_line("By noon, the river had risen by two metres."));
  CHECK_FALSE(furniture_line("The council voted on Tuesday to close the old bridge."));
  CHECK_FALSE(furniture_line("2025 was a hard year for the town"));
}

TEST_CASE("article hints: text measures count characters, commas and sentences") {
  const TextMeasures m = measure_text("Zürich, Köln and Paris. Then “home.”");
  CHECK(m.chars == 36);
  CHECK(m.words == 6);
  CHECK(m.commas == 1);
  CHECK(m.sentence_ends == 2);
  CHECK(m.ends_sentence);
  CHECK(opens_related_links("More Great Stories"));
  CHECK_FALSE(opens_related_links("Morever, the river rose"));
}
