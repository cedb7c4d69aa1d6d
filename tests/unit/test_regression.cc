// One case per fixed bug, named after what went wrong.
#include <doctest/doctest.h>

#include <string>

#include "document.h"
#include "newsmark/annotate.h"
#include "utf.h"

using namespace newsmark;

TEST_CASE("regression: a dotted initialism before a curly possessive stays on character boundaries") {
  // "D.C.’s": the initialism scan once read the first byte of ’ as a letter
  // and cut the token inside the character.
  const std::string text = "She filed a complaint Monday with Washington D.C.\u2019s attorney general.";
  const Document doc = analyse(text);
  for (const Token& t : doc.tokens) {
    CHECK(is_utf8_boundary(text, t.span.start));
    CHECK(is_utf8_boundary(text, t.span.end));
  }
  bool found = false;
  for (std::size_t i = 0; i + 1 < doc.tokens.size(); ++i) {
    if (doc.str(doc.tokens[i]) == "D.C.") {
      found = true;
      CHECK(doc.str(doc.tokens[i + 1]) == "\u2019s");
      CHECK(doc.tokens[i + 1].has(kPossessive));
    }
  }
  CHECK(found);
  const Result r = annotate(text);
  CHECK(r.ok());
  CHECK(r.message.empty());
}
