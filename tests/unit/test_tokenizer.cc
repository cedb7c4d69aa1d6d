// The tokenizer and sentence splitter on news text (src/tokenizer.cc).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "document.h"

using namespace newsmark;

namespace {

std::vector<std::string> words(const Document& doc) {
  std::vector<std::string> out;
  for (const Token& t : doc.tokens) out.emplace_back(doc.str(t));
  return out;
}

std::vector<std::string> words(const std::string& text) { return words(analyse(text)); }

std::vector<std::string> sentences(const Document& doc) {
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.emplace_back(doc.str(s.span));
  return out;
}

using Words = std::vector<std::string>;

}  // namespace

TEST_CASE("tokenizer: a curly or straight possessive is split off and flagged") {
  const std::string text = "Norway\u2019s fleet and Chile's mines";
  const Document doc = analyse(text);
  CHECK(words(doc) == Words{"Norway", "\u2019s", "fleet", "and", "Chile", "'s", "mines"});
  CHECK(doc.tokens[1].has(kPossessive));
  CHECK(doc.tokens[1].type == TokenType::word);
  CHECK(doc.tokens[5].has(kPossessive));
  CHECK_FALSE(doc.tokens[0].has(kPossessive));
}

TEST_CASE("tokenizer: apostrophes inside names and contractions stay in the word") {
  CHECK(words("Sean O\u2019Malley didn't call d'Artagnan") == Words{"Sean", "O\u2019Malley", "didn't", "call", "d'Artagnan"});
}

TEST_CASE("tokenizer: a plural possessive apostrophe is split off and flagged") {
  const Document doc = analyse("the farmers\u2019 union met");
  CHECK(words(doc) == Words{"the", "farmers", "\u2019", "union", "met"});
  CHECK(doc.tokens[2].has(kPossessive));
  CHECK_FALSE(doc.tokens[2].has(kCloseQuote));
}

TEST_CASE("tokenizer: hyphenated names and words are one token") {
  CHECK(words("Anne-Marie Sorensen backed the Franco-German plan") ==
        Words{"Anne-Marie", "Sorensen", "backed", "the", "Franco-German", "plan"});
}

TEST_CASE("tokenizer: dashes between words are tokens of their own") {
  CHECK(words("Oslo\u2014the capital\u2013was calm - mostly") ==
        Words{"Oslo", "\u2014", "the", "capital", "\u2013", "was", "calm", "-", "mostly"});
  const Document doc = analyse("Oslo\u2014the capital");
  CHECK(doc.tokens[1].type == TokenType::punct);
}

TEST_CASE("tokenizer: dotted initialisms and initials keep their periods") {
  const Document doc = analyse("U.S. and U.K. envoys met J. R. Tolkien's heirs.");
  CHECK(words(doc) == Words{"U.S.", "and", "U.K.", "envoys", "met", "J.", "R.", "Tolkien", "'s", "heirs", "."});
  CHECK(doc.tokens[0].has(kAbbreviation));
  CHECK(doc.tokens[0].has(kCapitalized));
  CHECK(doc.tokens[5].has(kAbbreviation));
  CHECK(doc.sentences.size() == 1);
}

TEST_CASE("tokenizer: titles keep their period and never end a sentence") {
  const Document doc = analyse("Mr. Lund met Sen. Ortiz and Dr. Nakamura. They talked.");
  CHECK(words(doc)[0] == "Mr.");
  CHECK(words(doc)[3] == "Sen.");
  CHECK(sentences(doc) == Words{"Mr. Lund met Sen. Ortiz and Dr. Nakamura.", "They talked."});
}

TEST_CASE("tokenizer: an initialism can end a sentence") {
  const Document doc = analyse("The talks were held in the U.S. The result was unclear.");
  CHECK(sentences(doc) == Words{"The talks were held in the U.S.", "The result was unclear."});
}

TEST_CASE("tokenizer: a no-break space separates words; a soft hyphen does not") {
  const std::string text = "Premier\u00A0Lindqvist met Ras\u00ADmussen";
  const Document doc = analyse(text);
  CHECK(words(doc) == Words{"Premier", "Lindqvist", "met", "Ras\u00ADmussen"});
  CHECK(doc.tokens[3].has(kCapitalized));
}

TEST_CASE("tokenizer: numbers keep thousands separators, decimals and times") {
  CHECK(words("over 10,000 troops, 3.5% at 10:30 on 2025-04-08") ==
        Words{"over", "10,000", "troops", ",", "3.5", "%", "at", "10:30", "on", "2025", "-", "04", "-", "08"});
}

TEST_CASE("tokenizer: curly and straight quotes are marked open and close") {
  const Document doc = analyse("He said \u201Cno\u201D and \"yes\" again");
  CHECK(doc.tokens[2].has(kOpenQuote));
  CHECK(doc.tokens[4].has(kCloseQuote));
  CHECK(doc.tokens[6].has(kOpenQuote));
  CHECK(doc.tokens[8].has(kCloseQuote));
}

TEST_CASE("tokenizer: a closing quote stays with the sentence it closes") {
  const Document doc = analyse("\u201CWe will stay.\u201D The envoy left. Then what?");
  CHECK(sentences(doc) == Words{"\u201CWe will stay.\u201D", "The envoy left.", "Then what?"});
}

TEST_CASE("tokenizer: a headline in capitals or Title Case is its own sentence") {
  const Document doc = analyse("FERRY STRIKE HALTS ISLAND TRADE\nDockers Walk Out Over Pay\nThe strike began on Monday.");
  CHECK(sentences(doc) ==
        Words{"FERRY STRIKE HALTS ISLAND TRADE", "Dockers Walk Out Over Pay", "The strike began on Monday."});
  CHECK(doc.tokens[0].has(kAllCaps));
  CHECK(doc.tokens[0].has(kParagraphStart));
  CHECK(doc.paragraphs.size() == 3);
}

TEST_CASE("tokenizer: bylines, datelines and captions are separate sentences") {
  const Document doc = analyse("By Maria Olsen\nBERGEN (Wire) - Fishermen protested.\nA trawler in port (Photo: Harbour Office)");
  const auto s = sentences(doc);
  REQUIRE(s.size() == 3);
  CHECK(s[0] == "By Maria Olsen");
  CHECK(s[1] == "BERGEN (Wire) - Fishermen protested.");
  CHECK(s[2] == "A trawler in port (Photo: Harbour Office)");
}

TEST_CASE("tokenizer: a decimal point or time does not end a sentence") {
  const Document doc = analyse("Growth was 2.5 percent at 10.30 a.m. on Friday. Markets rose.");
  CHECK(doc.sentences.size() == 2);
}

TEST_CASE("tokenizer: shape flags") {
  const Document doc = analyse("NATO and Nokia sold 5G kits to iPhone users");
  CHECK(doc.tokens[0].has(kAllCaps));
  CHECK(doc.tokens[0].has(kCapitalized));
  CHECK(doc.tokens[2].has(kCapitalized));
  CHECK_FALSE(doc.tokens[2].has(kAllCaps));
  CHECK(doc.tokens[3].has(kLowercase));
  CHECK(doc.tokens[4].type == TokenType::number);
  CHECK(doc.tokens[4].has(kHasDigit));
  CHECK(doc.tokens[7].has(kLowercase));
}

TEST_CASE("tokenizer: Cyrillic and accented names are words") {
  const Document doc = analyse("Él habló con Łukasz and Путин");
  CHECK(words(doc) == Words{"Él", "habló", "con", "Łukasz", "and", "Путин"});
  CHECK(doc.tokens[0].has(kCapitalized));
  CHECK(doc.tokens[3].has(kCapitalized));
  CHECK(doc.tokens[5].has(kCapitalized));
}
