// Attributions: source, cue, content and kind for each reporting pattern,
// and the link from a source to an actor.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "attributions.h"
#include "document.h"

using namespace newsmark;

namespace {

struct Found {
  std::string kind;
  std::string source;  // "" when there is none
  std::string cue;
  std::vector<std::string> content;
  std::optional<std::size_t> actor;
};

std::string cut(const std::string& text, Span s) { return text.substr(s.start, s.end - s.start); }

std::vector<Found> attributions_of(const std::string& text, const std::vector<Actor>& actors = {}) {
  const Document doc = analyse(text);
  std::vector<Found> out;
  for (const Attribution& a : find_attributions(doc, actors)) {
    Found f;
    f.kind = std::string(attribution_kind_name(a.kind));
    f.source = a.source ? cut(text, *a.source) : "";
    f.cue = cut(text, a.cue);
    for (const Span& c : a.content) f.content.push_back(cut(text, c));
    f.actor = a.actor;
    out.push_back(std::move(f));
  }
  return out;
}

using Pieces = std::vector<std::string>;

// Builds an actor whose mentions are every occurrence of `name` in `text`.
Actor actor(const std::string& text, const std::string& name, ActorKind kind) {
  Actor a;
  a.name = name;
  a.kind = kind;
  for (std::size_t at = text.find(name); at != std::string::npos; at = text.find(name, at + 1)) {
    a.mentions.push_back({static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + name.size())});
  }
  return a;
}

}  // namespace

TEST_CASE("attributions: X said that CONTENT") {
  const auto found = attributions_of("The harbour authority said that the bridge would reopen in May.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].kind == "indirect");
  CHECK(found[0].source == "The harbour authority");
  CHECK(found[0].cue == "said");
  CHECK(found[0].content == Pieces{"the bridge would reopen in May"});
}

TEST_CASE("attributions: CONTENT, X said") {
  const auto found = attributions_of("The bridge will reopen in May, the mayor said.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "the mayor");
  CHECK(found[0].cue == "said");
  CHECK(found[0].content == Pieces{"The bridge will reopen in May"});
  CHECK(found[0].kind == "indirect");
}

TEST_CASE("attributions: quote, said X, an apposition") {
  const auto found = attributions_of("\xE2\x80\x9CWe are ready,\xE2\x80\x9D said Ana Ruiz, a spokeswoman for the port.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].kind == "direct");
  CHECK(found[0].source == "Ana Ruiz, a spokeswoman for the port");
  CHECK(found[0].cue == "said");
  CHECK(found[0].content == Pieces{"We are ready"});
}

TEST_CASE("attributions: a name with an aside before the cue") {
  const auto found =
      attributions_of("Tomas Berg, 54, a ferry captain from Bergen, said the storm came without warning.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "Tomas Berg, 54, a ferry captain from Bergen");
  CHECK(found[0].content == Pieces{"the storm came without warning"});
}

TEST_CASE("attributions: CONTENT with an aside, said X: the name after the verb is the source") {
  const auto found = attributions_of(
      "Most repairs stop because concrete and some kinds of soil, used to fill in trenches, freeze in colder weather, "
      "said Ian Morrow, a spokesman for the city.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "Ian Morrow, a spokesman for the city");
  CHECK(found[0].content == Pieces{"Most repairs stop because concrete and some kinds of soil, used to fill in "
                                   "trenches, freeze in colder weather"});
  const auto short_one = attributions_of("Soil, used to fill in trenches, freezes, said Ian Morrow.");
  REQUIRE(short_one.size() == 1);
  CHECK(short_one[0].source == "Ian Morrow");
  // With content after the verb, the name and aside before it stay the source.
  const auto before = attributions_of("Ana Ruiz, a spokeswoman for the port, said Harbour Lines would close.");
  REQUIRE(before.size() == 1);
  CHECK(before[0].source == "Ana Ruiz, a spokeswoman for the port");
  CHECK(before[0].content == Pieces{"Harbour Lines would close"});
}

TEST_CASE("attributions: X said: a quote of several sentences") {
  const auto found = attributions_of("The minister said: \xE2\x80\x9CTalks failed. We will try again.\xE2\x80\x9D");
  REQUIRE(found.size() == 1);
  CHECK(found[0].kind == "direct");
  CHECK(found[0].source == "The minister");
  CHECK(found[0].content == Pieces{"Talks failed. We will try again"});
}

TEST_CASE("attributions: a quote broken by he said is one attribution") {
  const auto found = attributions_of(
      "\xE2\x80\x9CThe river is rising,\xE2\x80\x9D he said, \xE2\x80\x9C"
      "and the dam is old.\xE2\x80\x9D");
  REQUIRE(found.size() == 1);
  CHECK(found[0].kind == "direct");
  CHECK(found[0].source == "he");
  CHECK(found[0].cue == "said");
  CHECK(found[0].content == Pieces{"The river is rising", "and the dam is old"});
}

TEST_CASE("attributions: a quote continued in the next paragraph") {
  const auto found = attributions_of(
      "Lena Park said: \xE2\x80\x9CThe harvest was poor this year.\n"
      "\xE2\x80\x9CPrices will rise next month.\xE2\x80\x9D\n");
  REQUIRE(found.size() == 1);
  CHECK(found[0].kind == "direct");
  CHECK(found[0].source == "Lena Park");
  CHECK(found[0].content == Pieces{"The harvest was poor this year", "Prices will rise next month"});
}

TEST_CASE("attributions: nested reporting gives two attributions") {
  const auto found = attributions_of("The Courier reported that the mayor said the tunnel was unsafe.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].source == "The Courier");
  CHECK(found[0].cue == "reported");
  CHECK(found[0].content == Pieces{"the mayor said the tunnel was unsafe"});
  CHECK(found[1].source == "the mayor");
  CHECK(found[1].cue == "said");
  CHECK(found[1].content == Pieces{"the tunnel was unsafe"});
}

TEST_CASE("attributions: a title-case headline ending in Name Claims") {
  const auto found = attributions_of("Rivers Are Rising Fast, Ortega Warns\nThe rain went on all week.\n");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "Ortega");
  CHECK(found[0].cue == "Warns");
  CHECK(found[0].content == Pieces{"Rivers Are Rising Fast"});
}

TEST_CASE("attributions: a possessive claim inside a rejection") {
  const auto found = attributions_of(
      "The ministry rejected Ortega\xE2\x80\x99s claim that the dam had failed as \xE2\x80\x9C"
      "absurd\xE2\x80\x9D.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].kind == "mixed");
  CHECK(found[0].source == "The ministry");
  CHECK(found[0].cue == "rejected");
  CHECK(found[0].content ==
        Pieces{"Ortega\xE2\x80\x99s claim that the dam had failed as \xE2\x80\x9C" "absurd\xE2\x80\x9D"});
  CHECK(found[1].kind == "indirect");
  CHECK(found[1].source == "Ortega");
  CHECK(found[1].cue == "claim");
  CHECK(found[1].content == Pieces{"the dam had failed"});
}

TEST_CASE("attributions: a rejection of a plain noun phrase is not a report") {
  CHECK(attributions_of("Voters rejected the new tax in March.").empty());
}

TEST_CASE("attributions: according to X after and before the clause") {
  auto found = attributions_of("The dam was built in 1950, according to the city archive.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].kind == "according_to");
  CHECK(found[0].source == "the city archive");
  CHECK(found[0].cue == "according to");
  CHECK(found[0].content == Pieces{"The dam was built in 1950"});

  found = attributions_of("According to the Courier, the mayor resigned on Friday.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "the Courier");
  CHECK(found[0].cue == "According to");
  CHECK(found[0].content == Pieces{"the mayor resigned on Friday"});
}

TEST_CASE("attributions: per X reports, per person does not") {
  auto found = attributions_of("Tolls will double next year, per Reuters.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].kind == "according_to");
  CHECK(found[0].source == "Reuters");
  CHECK(found[0].cue == "per");
  CHECK(found[0].content == Pieces{"Tolls will double next year"});

  CHECK(attributions_of("The fee is five euros per person.").empty());
}

TEST_CASE("attributions: reportedly has no source") {
  const auto found = attributions_of("The company has reportedly sold its stake in the port.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source.empty());
  CHECK(found[0].cue == "reportedly");
  CHECK(found[0].content == Pieces{"The company has reportedly sold its stake in the port"});
}

TEST_CASE("attributions: a coordinated cue shares the subject") {
  // A denial of a report is a statement too; "noted" shares its subject.
  const auto found = attributions_of("The ministry denied the report and noted that exports had grown.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].cue == "denied");
  CHECK(found[0].content == Pieces{"the report"});
  CHECK(found[1].source == "The ministry");
  CHECK(found[1].cue == "noted");
  CHECK(found[1].content == Pieces{"exports had grown"});
}

TEST_CASE("attributions: a participle cue after a comma takes the subject") {
  const auto found = attributions_of("Ortega criticized the plan, saying that it ignored the farmers.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].cue == "criticized");
  CHECK(found[0].content == Pieces{"the plan"});
  CHECK(found[1].source == "Ortega");
  CHECK(found[1].cue == "saying");
  CHECK(found[1].content == Pieces{"it ignored the farmers"});
}

TEST_CASE("attributions: a verdict's plain object is what was said") {
  auto found = attributions_of("The union accused the harbour board of hiding the accounts.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "The union");
  CHECK(found[0].cue == "accused");
  CHECK(found[0].content == Pieces{"the harbour board of hiding the accounts"});
  found = attributions_of("Mayor Lena Voss has praised him for his work on the bridge.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].cue == "has praised");
  CHECK(found[0].content == Pieces{"him for his work on the bridge"});
  // An endorsement is a public declaration of support.
  found = attributions_of("The fishermen's union endorsed Ruiz on Friday.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].cue == "endorsed");
  CHECK(found[0].content == Pieces{"Ruiz on Friday"});
  // No object, a passive, a participle before "by", or "thanks to": no report.
  CHECK(attributions_of("The plan was criticized by the farmers.").empty());
  CHECK(attributions_of("The report cited by the farmers is old.").empty());
  CHECK(attributions_of("The ferry arrived early thanks to the calm sea.").empty());
}

TEST_CASE("attributions: talking about a topic and referring to it") {
  auto found = attributions_of("We need more boats, Ortega said, referring to the harbour police.");
  REQUIRE(found.size() == 2);
  CHECK(found[1].source == "Ortega");
  CHECK(found[1].cue == "referring to");
  CHECK(found[1].content == Pieces{"the harbour police"});

  found = attributions_of("The mayor spoke about the floods on Tuesday.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].cue == "spoke about");
  CHECK(found[0].content == Pieces{"the floods on Tuesday"});
  // Without its particle the verb reports nothing.
  CHECK(attributions_of("The mayor spoke in Tarvo on Tuesday.").empty());
  CHECK(attributions_of("The mayor pointed at the river.").empty());
}

TEST_CASE("attributions: a statement made, and particles after a modifier") {
  auto found = attributions_of("The mayor made it clear that the ferry would not run.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].cue == "made it clear");
  CHECK(found[0].content == Pieces{"the ferry would not run"});
  found = attributions_of("Ortega made no mention of the dam.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].cue == "made no mention of");
  CHECK(found[0].content == Pieces{"the dam"});
  found = attributions_of("Ruiz spoke warmly of the fishermen.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].cue == "spoke warmly of");
  CHECK(attributions_of("Ortega made a cake for the fishermen.").empty());
}

TEST_CASE("attributions: records that show a finding") {
  const auto found = attributions_of("Footage released on Monday by the port shows the ferry leaving early.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].cue == "shows");
  CHECK(found[0].content == Pieces{"the ferry leaving early"});
}

TEST_CASE("attributions: a verdict inside reported content is part of that content") {
  const auto found = attributions_of("The port authority noted that it had long urged its pilots to avoid the reef.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].cue == "noted");
  CHECK(found[0].content == Pieces{"it had long urged its pilots to avoid the reef"});
}

TEST_CASE("attributions: said in a statement is one cue") {
  const auto found = attributions_of("The airline said in a statement that flights would resume on Monday.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "The airline");
  CHECK(found[0].cue == "said in a statement");
  CHECK(found[0].content == Pieces{"flights would resume on Monday"});
}

TEST_CASE("attributions: titles are dropped and dates before that are skipped") {
  const auto found =
      attributions_of("Chilean President Ana Ortega announced on May 3, 2024, that the border would reopen.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "Ana Ortega");
  CHECK(found[0].cue == "announced");
  CHECK(found[0].content == Pieces{"the border would reopen"});
}

TEST_CASE("attributions: passives and names are not cues") {
  CHECK(attributions_of("The figures were confirmed by the census office.").empty());
  CHECK(attributions_of("The Federated States signed the treaty in Lima.").empty());
}

TEST_CASE("attributions: a quote ending the sentence before X said") {
  const auto found = attributions_of("\xE2\x80\x9CWe lost everything.\xE2\x80\x9D Marta Silva said.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].kind == "direct");
  CHECK(found[0].source == "Marta Silva");
  CHECK(found[0].content == Pieces{"We lost everything"});
}

TEST_CASE("attributions: sources link to actors by mention, name, pronoun and role") {
  const std::string text =
      "Ana Ortega met the Harbour Ministry on Monday. Later she said the port would stay open. "
      "The ministry said the talks went well. Ortega added that a deal was close.";
  std::vector<Actor> actors = {actor(text, "Ana Ortega", ActorKind::person),
                               actor(text, "Harbour Ministry", ActorKind::organization)};
  actors[0].name = "Ana Ortega";  // mentions cover only the full name, not "Ortega" alone
  const auto found = attributions_of(text, actors);
  REQUIRE(found.size() == 3);
  CHECK(found[0].source == "she");
  CHECK(found[0].actor == std::optional<std::size_t>(0));
  CHECK(found[1].source == "The ministry");
  CHECK(found[1].actor == std::optional<std::size_t>(1));
  CHECK(found[2].source == "Ortega");
  CHECK(found[2].actor == std::optional<std::size_t>(0));
}

TEST_CASE("attributions: a source with an apposition links to its head, not the organisation after it") {
  const std::string text = "\u201cWe will rebuild the pier,\u201d said Ana Ortega, the chief executive of Harbour Lines.";
  std::vector<Actor> actors = {actor(text, "Ana Ortega", ActorKind::person),
                               actor(text, "Harbour Lines", ActorKind::organization)};
  const auto found = attributions_of(text, actors);
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "Ana Ortega, the chief executive of Harbour Lines");
  CHECK(found[0].actor == std::optional<std::size_t>(0));
}

TEST_CASE("attributions: a role noun links to the actor holding that role") {
  const std::string text =
      "Ana Ortega and Luis Mena spoke in Lima. The finance minister said the budget was sound.";
  std::vector<Actor> actors = {actor(text, "Ana Ortega", ActorKind::person),
                               actor(text, "Luis Mena", ActorKind::person)};
  actors[0].role = "Finance Minister";
  const auto found = attributions_of(text, actors);
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "The finance minister");
  CHECK(found[0].actor == std::optional<std::size_t>(0));
}

TEST_CASE("attributions: no actors means no links but the same spans") {
  const auto found = attributions_of("He said the road was closed.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "He");
  CHECK(!found[0].actor.has_value());
  CHECK(found[0].content == Pieces{"the road was closed"});
}

TEST_CASE("attributions: a quote after the attributing sentence goes on with the speaker") {
  const auto found = attributions_of(
      "\xE2\x80\x9CThe road is closed,\xE2\x80\x9D the sheriff said. \xE2\x80\x9CNobody should drive tonight.\xE2\x80\x9D\n"
      "The storm ended at dawn.\n");
  REQUIRE(found.size() == 1);
  CHECK(found[0].kind == "direct");
  CHECK(found[0].source == "the sheriff");
  CHECK(found[0].content == Pieces{"The road is closed", "Nobody should drive tonight"});
}

TEST_CASE("attributions: doubled ASCII quotation marks pair like curly ones") {
  const auto found = attributions_of("''We will appeal,'' the lawyer, Ines Duarte, said on Friday.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].kind == "direct");
  CHECK(found[0].source == "the lawyer, Ines Duarte");
  CHECK(found[0].cue == "said");  // the day after the verb is not part of the cue
  CHECK(found[0].content == Pieces{"We will appeal"});
}

TEST_CASE("attributions: a day after the verb is read past but left out of the cue") {
  const auto found = attributions_of("The port authority announced on Tuesday that the channel would close.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].cue == "announced");
  CHECK(found[0].content == Pieces{"the channel would close"});
}

TEST_CASE("attributions: reports inside a quotation are the speaker's own words") {
  const auto found = attributions_of(
      "\xE2\x80\x9CI told them the bridge was safe,\xE2\x80\x9D the engineer said.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "the engineer");
  CHECK(found[0].content == Pieces{"I told them the bridge was safe"});
}

TEST_CASE("attributions: a headline with a name and a colon") {
  const auto found = attributions_of("Ortega: The Dam Will Hold\nEngineers disagree.\n");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "Ortega");
  CHECK(found[0].cue == ":");
  CHECK(found[0].content == Pieces{"The Dam Will Hold"});
  CHECK(attributions_of("The Latest: Rain moves east\n").empty());
}

TEST_CASE("attributions: a quote signed with a dash and a name") {
  const auto found = attributions_of("\xE2\x80\x9CWe rebuilt the school in a month.\xE2\x80\x9D \xE2\x80\x95 Rosa Lima\n");
  REQUIRE(found.size() == 1);
  CHECK(found[0].kind == "direct");
  CHECK(found[0].source == "Rosa Lima");
  CHECK(found[0].cue == "\xE2\x80\x95");
  CHECK(found[0].content == Pieces{"We rebuilt the school in a month"});
}

TEST_CASE("attributions: asked with no named asker, then the answer") {
  const auto found = attributions_of("Asked whether the port would close, the minister said it would not.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].source.empty());
  CHECK(found[0].cue == "Asked");
  CHECK(found[0].content == Pieces{"whether the port would close"});
  CHECK(found[1].source == "the minister");
  CHECK(found[1].content == Pieces{"it would not"});
}

TEST_CASE("attributions: asked mid-sentence and in the passive, with or without the asker") {
  auto found = attributions_of("The dam will hold, Ortega said when asked about the floods.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].cue == "said");
  CHECK(found[1].source.empty());
  CHECK(found[1].cue == "asked");
  CHECK(found[1].content == Pieces{"about the floods"});

  found = attributions_of("Ortega was asked by a fisherman whether the dam would hold.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "a fisherman");
  CHECK(found[0].cue == "was asked");
  CHECK(found[0].content == Pieces{"whether the dam would hold"});

  // Asked to do something is a request, not a question.
  CHECK(attributions_of("Ortega was asked to leave the harbour.").empty());
}

TEST_CASE("attributions: a verdict verb counts when the words are quoted") {
  const auto found = attributions_of("The senator called the plan \xE2\x80\x9Creckless\xE2\x80\x9D on Tuesday.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].kind == "mixed");
  CHECK(found[0].source == "The senator");
  CHECK(found[0].cue == "called");
  CHECK(found[0].content == Pieces{"the plan \xE2\x80\x9Creckless\xE2\x80\x9D on Tuesday"});
  CHECK(attributions_of("The senator called the governor on Tuesday.").empty());
}

TEST_CASE("attributions: calling someone something, describing something") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"The senator called him a coward.", "him a coward"},
      {"Farmers call the new dam a disaster.", "the new dam a disaster"},
      {"Ortega called Ruiz reckless.", "Ruiz reckless"},
      {"The mayor described the floods as the worst in a century.", "the floods as the worst in a century"}};
  for (const auto& example : cases) {
    CAPTURE(example.first);
    const auto found = attributions_of(example.first);
    REQUIRE(found.size() == 1);
    CHECK(found[0].content == Pieces{example.second});
  }
  CHECK(attributions_of("The senator called him back on Monday.").empty());
  CHECK(attributions_of("Ortega called Ruiz in the morning.").empty());
}

TEST_CASE("attributions: a poll's findings need no that") {
  const auto found = attributions_of("The latest survey shows the mayor ahead by six points.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "The latest survey");
  CHECK(found[0].cue == "shows");
  CHECK(found[0].content == Pieces{"the mayor ahead by six points"});
}

TEST_CASE("attributions: declining to comment is reported, declining in value is not") {
  const auto found = attributions_of("A spokesman for the airline declined to comment on the crash.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "A spokesman for the airline");
  CHECK(found[0].cue == "declined");
  CHECK(found[0].content == Pieces{"to comment on the crash"});
  CHECK(attributions_of("Shares of the airline declined to a record low.").empty());
}

TEST_CASE("attributions: as X put it, a quote") {
  const auto found = attributions_of("As one farmer put it, \xE2\x80\x9Cthe river decides everything.\xE2\x80\x9D");
  REQUIRE(found.size() == 1);
  CHECK(found[0].kind == "direct");
  CHECK(found[0].source == "one farmer");
  CHECK(found[0].cue == "put it");
  CHECK(found[0].content == Pieces{"the river decides everything"});
}

TEST_CASE("attributions: spans stay inside the text on odd input") {
  for (const char* text : {"said", "\xE2\x80\x9C", "according to", ", per", "He said:", "\xE2\x80\x9D said he",
                           "''", "Asked,", "X: ", "\xE2\x80\x95 A"}) {
    const std::string s(text);
    const Document doc = analyse(s);
    for (const Attribution& a : find_attributions(doc, {})) {
      CHECK(a.cue.start < a.cue.end);
      CHECK(a.cue.end <= s.size());
      for (const Span& c : a.content) CHECK((c.start < c.end && c.end <= s.size()));
      if (a.source) CHECK((a.source->start < a.source->end && a.source->end <= s.size()));
    }
  }
}

TEST_CASE("attributions: acronyms in a source and an apposition without an article") {
  auto found = attributions_of("\xE2\x80\x9CThe vote was fair,\xE2\x80\x9D the influential US daily wrote.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "the influential US daily");
  CHECK(found[0].content == Pieces{"The vote was fair"});

  found = attributions_of("\xE2\x80\x9CIt was a mistake,\xE2\x80\x9D wrote Ines Duarte, director of the Lima Museum.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "Ines Duarte, director of the Lima Museum");
  CHECK(found[0].cue == "wrote");
  CHECK(found[0].content == Pieces{"It was a mistake"});
}

TEST_CASE("attributions: a plural subject with say, capitalised at the start or not") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Officials say the ferry will run from June.", "Officials"},
      {"Harbour police say they have not found the boat.", "Harbour police"},
      {"Residents of the valley say the new road cuts them off.", "Residents of the valley"}};
  for (const auto& example : cases) {
    CAPTURE(example.first);
    const auto found = attributions_of(example.first);
    REQUIRE(found.size() == 1);
    CHECK(found[0].source == example.second);
    CHECK(found[0].cue == "say");
  }
  // A name ending in s is no plural: "Sanders say" is not English, and "let's say" reports nothing.
  CHECK(attributions_of("Let's say the ferry runs on time.").empty());
}

TEST_CASE("attributions: shares and counts of a group as sources") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"A mere 9 percent say they fish every week.", "A mere 9 percent"},
      {"Nearly three in four say the ferry is too slow.", "three in four"},
      {"Most of them said the harbour was too small.", "Most of them"},
      {"Only 28 said yes.", "28"},
      {"In Tarvo, 42% say the ferry is too slow.", "42%"},
      {"Fishermen working the northern banks say the catch has halved.", "the northern banks"}};
  for (const auto& example : cases) {
    CAPTURE(example.first);
    const auto found = attributions_of(example.first);
    REQUIRE(found.size() == 1);
    CHECK(found[0].source == example.second);
  }
  // A count before an adjective is no subject, and a number in a modifier makes no plural.
  CHECK(attributions_of("In Tarvo, 60 pledged seats were at stake.").empty());
  CHECK(attributions_of("The 95-page report on the harbour was long.").empty());
  CHECK(attributions_of("Ruiz had the final say in 2019.").empty());
}

TEST_CASE("attributions: gerund cues after a preposition, a conjunction, a noun phrase or opening the sentence") {
  auto found = attributions_of("The mayor angered farmers by saying the dam would stay shut.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "The mayor");
  CHECK(found[0].cue == "saying");
  CHECK(found[0].content == Pieces{"the dam would stay shut"});

  found = attributions_of("The latest polls showing Ruiz ahead were released on Friday.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "The latest polls");
  CHECK(found[0].cue == "showing");

  found = attributions_of("Citing a new survey, the ministry warned that the reef was dying.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].source == "the ministry");
  CHECK(found[0].cue == "Citing");
  CHECK(found[0].content == Pieces{"a new survey"});
  CHECK(found[1].cue == "warned");

  // A gerund after a verb, or a noun with its agent, reports nothing.
  CHECK(attributions_of("He kept saying nothing.").empty());
  CHECK(attributions_of("Additional reporting by Ana Ruiz.").empty());
}

TEST_CASE("attributions: a negated auxiliary belongs to the cue") {
  auto found = attributions_of("Rivera didn't say when the ferry would run.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "Rivera");
  CHECK(found[0].cue == "didn't say");
  CHECK(found[0].content == Pieces{"when the ferry would run"});
  CHECK(attributions_of("The figures don\xE2\x80\x99t add up.").empty());
}

TEST_CASE("attributions: a participle cue takes the subject, not the subject's verb") {
  const auto found =
      attributions_of("The mayor opened the bridge on Monday, saying, \xE2\x80\x9CThis is a good day for the town.\xE2\x80\x9D");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "The mayor");
  CHECK(found[0].cue == "saying");
  CHECK(found[0].content == Pieces{"This is a good day for the town"});
}

TEST_CASE("attributions: a name with a bracket and an apposition before the cue") {
  const auto found =
      attributions_of("Rep. Ana Ortega (D-Md.), chair of the transport committee, said that the plan was funded.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "Rep. Ana Ortega (D-Md.), chair of the transport committee");
  CHECK(found[0].content == Pieces{"the plan was funded"});
}

TEST_CASE("attributions: adverbials between the cue and that stay out of the content") {
  const auto found = attributions_of("Mr. Hale said by telephone this week that he had never seen the river so high.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].content == Pieces{"he had never seen the river so high"});
}

TEST_CASE("attributions: a quote that closes after the sentence's full stop is one piece") {
  const auto found = attributions_of("Ortega said that the plan was \xE2\x80\x9C" "fully funded.\xE2\x80\x9D");
  REQUIRE(found.size() == 1);
  CHECK(found[0].kind == "mixed");
  CHECK(found[0].content == Pieces{"the plan was \xE2\x80\x9C" "fully funded"});
}

TEST_CASE("attributions: more source shapes: dashes, of-phrases, and-lists, a role before the name") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Tomas Berg \xE2\x80\x94 a teacher from Avel \xE2\x80\x94 says he made a late decision.",
       "Tomas Berg \xE2\x80\x94 a teacher from Avel"},
      {"The chief of staff, Ana Ruiz, said the port was ready.", "The chief of staff, Ana Ruiz"},
      {"The council's transport chief, Ana Ruiz, said the port was ready.", "The council's transport chief, Ana Ruiz"},
      {"\xE2\x80\x9CWe were shocked,\xE2\x80\x9D teachers and union officials told the Gazette.",
       "teachers and union officials"},
      {"Still, 52 percent of registered voters say they would wait.", "52 percent of registered voters"},
      {"A wide array of economists say the cuts came too soon.", "A wide array of economists"},
      {"\xE2\x80\x9CIt is a way to help,\xE2\x80\x9D says a source involved in the talks.",
       "a source involved in the talks"}};
  for (const auto& example : cases) {
    CAPTURE(example.first);
    const auto found = attributions_of(example.first);
    REQUIRE(found.size() == 1);
    CHECK(found[0].source == example.second);
  }
}

TEST_CASE("attributions: more source shapes: a relative aside after that, an intensifier, a state abbreviation") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"It was last year that Ana Ruiz, who is thinking of running for mayor, said it was impossible.",
       "Ana Ruiz, who is thinking of running for mayor"},
      {"The ferry company itself said the deal was on.", "The ferry company"},
      {"\"We are ready,\" one senior official said.", "one senior official"},
      {"Sen. Lena Voss, R-Ore., said the dam was unsafe.", "Sen. Lena Voss, R-Ore."}};
  for (const auto& example : cases) {
    CAPTURE(example.first);
    const auto found = attributions_of(example.first);
    REQUIRE(found.size() == 1);
    CHECK(found[0].source == example.second);
  }
}

TEST_CASE("attributions: a straight quotation mark inside an open quote closes it") {
  const auto found = attributions_of("\"It is a disgrace, \" Ortega said.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].kind == "direct");
  CHECK(found[0].source == "Ortega");
  CHECK(found[0].content == Pieces{"It is a disgrace"});
}

TEST_CASE("attributions: a relative clause set off by commas ends at its comma") {
  const auto found = attributions_of("Ruiz, who calls the mayor a liar, said the effort would fail.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].source == "who");
  CHECK(found[0].content == Pieces{"the mayor a liar"});
  CHECK(found[1].content == Pieces{"the effort would fail"});
}

TEST_CASE("attributions: a phrase followed by a verb is no inverted source") {
  // "said the port was ready" has no subject before it: the port is what was said about, not who said it.
  for (const auto& found : {attributions_of("The ferry left, said the port was ready."),
                            attributions_of("Prices rose, said the figures were wrong.")}) {
    for (const auto& f : found) CHECK(f.source != "the port");
    for (const auto& f : found) CHECK(f.source != "the figures");
  }
}

TEST_CASE("attributions: a document subject of show with a longer tail") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"A Velmont poll out Monday showed Rania with a healthy lead.", "A Velmont poll out Monday"},
      {"Exit polls from the Tarvia primary, which Dobbs won easily, showed that most voters backed him.",
       "Exit polls from the Tarvia primary, which Dobbs won easily"},
      {"Data show that the average income for graduates is higher.", "Data"}};
  for (const auto& example : cases) {
    CAPTURE(example.first);
    const auto found = attributions_of(example.first);
    REQUIRE(found.size() == 1);
    CHECK(found[0].cue.substr(0, 4) == "show");
    CHECK(found[0].source == example.second);
  }
}

TEST_CASE("attributions: show needs a document subject inside its clause") {
  // The poll is behind a dash, and "showing" is not the verb's subject.
  CHECK(attributions_of("He trails in most polls, and a strong showing - a second place - could show his appeal.")
            .empty());
  // A base form with a person as subject reports nothing.
  CHECK(attributions_of("The pictures of the ferry did not show the damage.").empty());
}

TEST_CASE("attributions: refusals to speak with an adverb, more speaking verbs or an object asking for words") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"The Velmont office declined comment on the filing.", "comment on the filing"},
      {"Ortega declined multiple requests for an interview.", "multiple requests for an interview"},
      {"Rania declined to directly respond to the question.", "to directly respond to the question"},
      {"Dobbs refused to speak to reporters.", "to speak to reporters"}};
  for (const auto& example : cases) {
    CAPTURE(example.first);
    const auto found = attributions_of(example.first);
    REQUIRE(found.size() == 1);
    CHECK(found[0].content == Pieces{example.second});
  }
  // A refusal to act, or to take something that asks for no words, is no statement.
  CHECK(attributions_of("The mayor refused to pay the fine.").empty());
  CHECK(attributions_of("The mayor declined the invitation to the gala.").empty());
}

TEST_CASE("attributions: no headline colon for furniture, interjections or a tally") {
  for (const std::string text : {"Contributing: Ana Ruiz and Tomas Berg.\n", "Wow: The Dam Will Hold.\n",
                                 "Twitter: @anaruiz.\n", "Ruiz: 1,204.\nBerg: 988.\n"}) {
    CAPTURE(text);
    CHECK(attributions_of(text).empty());
  }
  // A name before the colon still reports.
  CHECK(attributions_of("Ruiz: The Dam Will Hold.\n").size() == 1);
}

TEST_CASE("attributions: rejections of something said, pointing to and recounting report their object") {
  const std::vector<std::vector<std::string>> cases = {
      {"The council rejected the idea of a new harbour.", "rejected", "the idea of a new harbour"},
      {"Dobbs dismissed the report as a smear.", "dismissed", "the report as a smear"},
      {"Ruiz pointed to the new ferry figures as proof.", "pointed to", "the new ferry figures as proof"},
      {"Berg recounted a tense meeting with the mayor.", "recounted", "a tense meeting with the mayor"}};
  for (const auto& example : cases) {
    CAPTURE(example[0]);
    const auto found = attributions_of(example[0]);
    REQUIRE(found.size() == 1);
    CHECK(found[0].cue == example[1]);
    CHECK(found[0].content == Pieces{example[2]});
  }
  // "pointed at" is no report, nor is a rejection of a thing rather than of words.
  CHECK(attributions_of("Ruiz pointed at the old ferry.").empty());
  CHECK(attributions_of("The council rejected the harbour budget.").empty());
}

TEST_CASE("attributions: a verdict verb with a clause inside another report is kept") {
  // "pointing out that" reports like "said"; it is not swallowed by the rejection before it.
  const auto found = attributions_of("Ruiz rejected the charge by pointing out that the dam had held.");
  REQUIRE(found.size() == 2);
  CHECK(found[1].cue == "pointing out");
  CHECK(found[1].content == Pieces{"the dam had held"});
}

TEST_CASE("attributions: reported by an agent, passive, reduced or with as") {
  const std::vector<std::vector<std::string>> cases = {
      {"The harbour deal was first reported by the Tarvia Herald.", "was first reported", "the Tarvia Herald",
       "The harbour deal"},
      {"Ruiz's remarks, first reported by the Velmont Post on Tuesday, drew criticism.", "first reported",
       "the Velmont Post", "Ruiz's remarks"},
      {"As reported by the Velmont Post, the ferry will stop running in May.", "As reported", "the Velmont Post",
       "the ferry will stop running in May"}};
  for (const auto& example : cases) {
    CAPTURE(example[0]);
    const auto found = attributions_of(example[0]);
    REQUIRE(found.size() == 1);
    CHECK(found[0].cue == example[1]);
    CHECK(found[0].source == example[2]);
    CHECK(found[0].content == Pieces{example[3]});
  }
  // "reported" without an agent is a plain verb.
  CHECK(attributions_of("The harbour deal was reported last week.").empty());
}

TEST_CASE("attributions: an aside between double hyphens before the verb") {
  const auto found = attributions_of("The ferry captain -- who has clashed with the mayor -- said she regretted it.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "The ferry captain -- who has clashed with the mayor");
  CHECK(found[0].content == Pieces{"she regretted it"});
  // A single hyphen is no dash: "a well-known captain" keeps its words.
  const auto hyphen = attributions_of("The well-known captain said she regretted it.");
  REQUIRE(hyphen.size() == 1);
  CHECK(hyphen[0].source == "The well-known captain");
}

TEST_CASE("attributions: a cue opening the sentence, then its speaker and the quote") {
  const auto found = attributions_of(
      "Said Ana Ruiz, who grew up near the harbour, \xE2\x80\x9CWe were all so proud of him.\xE2\x80\x9D");
  REQUIRE(found.size() == 1);
  CHECK(found[0].cue == "Said");
  CHECK(found[0].source == "Ana Ruiz");
  CHECK(found[0].content == Pieces{"We were all so proud of him"});
  // With a colon it is the same report, not a headline colon named "Said Berg".
  const auto colon = attributions_of("Said Berg: \xE2\x80\x9CI doubt it.\xE2\x80\x9D");
  REQUIRE(colon.size() == 1);
  CHECK(colon[0].cue == "Said");
  CHECK(colon[0].source == "Berg");
  // Without a quote after the speaker there is nothing to report.
  CHECK(attributions_of("Added Berg and Ruiz to the list of speakers.").empty());
}

TEST_CASE("attributions: a roundup item signed after a dash, or more from a source") {
  const auto found = attributions_of(
      "HARBOUR TALKS STALL - Ana Ruiz and Tomas Berg: \xE2\x80\x9CThe talks went nowhere.\xE2\x80\x9D "
      "More from Ruiz: \xE2\x80\x9CWe will try again.\xE2\x80\x9D");
  REQUIRE(found.size() == 2);
  CHECK(found[0].source == "Ana Ruiz and Tomas Berg");
  CHECK(found[0].cue == ":");
  CHECK(found[0].content == Pieces{"The talks went nowhere"});
  CHECK(found[1].source == "Ruiz");
  // A hyphenated word before the name is no dash.
  CHECK(attributions_of("The first-Class Seats: \xE2\x80\x9CSold out.\xE2\x80\x9D").empty());
}

TEST_CASE("attributions: a doubled-apostrophe quote that ends with a nested quote (''...'word,''')") {
  const auto found = attributions_of("''I would use the word 'old-school,''' said Tomas Berg, a harbour official.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].kind == "direct");
  CHECK(found[0].source == "Tomas Berg, a harbour official");
  CHECK(found[0].content == Pieces{"I would use the word 'old-school,'"});
}

TEST_CASE("attributions: an offer of words reports; an offer of goods does not") {
  const auto found = attributions_of("Ruiz offered few details about the harbour deal.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].cue == "offered");
  CHECK(found[0].content == Pieces{"few details about the harbour deal"});
  CHECK(attributions_of("The ferry company offered discounts to students.").empty());
}

TEST_CASE("attributions: an opening curly mark typed as the closer still closes the quote") {
  const auto found = attributions_of(
      "\xE2\x80\x9CThe ferry is late again,\xE2\x80\x9C said Ana Ruiz, a harbour official.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].kind == "direct");
  CHECK(found[0].source == "Ana Ruiz, a harbour official");
  CHECK(found[0].content == Pieces{"The ferry is late again"});
}

TEST_CASE("attributions: a role phrase, then the name alone between commas") {
  auto found = attributions_of("Another delegate on the harbour board, Tomas Berg, said the vote was close.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "Tomas Berg");
  CHECK(found[0].content == Pieces{"the vote was close"});
  // A role phrase that reads as one noun phrase stays with the name.
  found = attributions_of("Another member of the harbour board, Tomas Berg, said the vote was close.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "Another member of the harbour board, Tomas Berg");
  // A name after a place phrase with no noun before its comma is no source.
  CHECK(attributions_of("In Avel, Tomas Berg, said.").empty());
}

TEST_CASE("attributions: a transcript turn runs to the end of its paragraph") {
  const std::string text =
      "RUIZ: The bridge opens in May. We are ready.\n\nSECRETARY BERG: Are you sure?\n\nUPDATE: The vote is Friday.";
  const auto found = attributions_of(text);
  REQUIRE(found.size() == 2);
  CHECK(found[0].source == "RUIZ");
  CHECK(found[0].cue == ":");
  CHECK(found[0].content == Pieces{"The bridge opens in May. We are ready"});
  CHECK(found[1].source == "BERG");  // titles are dropped from a source, as in "Secretary Berg said"
  CHECK(found[1].content == Pieces{"Are you sure?"});
}

TEST_CASE("attributions: public attacks, praise and clarifications report; their nouns do not") {
  auto found = attributions_of("Ruiz attacked the harbour plan as a waste of money.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].cue == "attacked");
  found = attributions_of("Berg later clarified that the ferry would keep running.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].content == Pieces{"the ferry would keep running"});
  found = attributions_of("The mayor shot back that the port had never been busier.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].cue == "shot back");
  CHECK(attributions_of("The attacks on the harbour continued for a week.").empty());
  CHECK(attributions_of("Berg emails the harbour board every Friday.").empty());
  CHECK(attributions_of("It was a challenging year for the ferry company.").empty());
}

TEST_CASE("attributions: the two, a share after a colon, and a clause without that") {
  auto found = attributions_of("The two said they had taken their case to the harbour board.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "The two");
  found = attributions_of("On the ferry the split is clear: 42% say they want a new bridge.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "42%");
  found = attributions_of("Most analysts agreed it was still a costly plan.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].cue == "agreed");
  CHECK(found[0].content == Pieces{"it was still a costly plan"});
  // An object, not a clause: "agreed the terms".
  CHECK(attributions_of("The board agreed the terms on Monday.").empty());
}

TEST_CASE("attributions: a gerund after an opening conjunction, or after a leading adverb") {
  auto found = attributions_of("While saying that she respects the board, Ruiz voted against the plan.");
  REQUIRE_FALSE(found.empty());
  CHECK(found[0].cue == "saying");
  CHECK(found[0].source == "Ruiz");
  CHECK(found[0].content == Pieces{"she respects the board"});
  found = attributions_of("Then Berg went on the attack, saying that the plan was too costly.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "Berg");
  CHECK(found[0].content == Pieces{"the plan was too costly"});
}

TEST_CASE("attributions: he's said, she went on to say") {
  auto found = attributions_of("He's said the same thing at every harbour meeting.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "He");
  CHECK(found[0].cue == "'s said");
  found = attributions_of("Ruiz went on to say that the ferry was safe.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "Ruiz");
  CHECK(found[0].cue == "went on to say");
  CHECK(found[0].content == Pieces{"the ferry was safe"});
  // A possessive is no auxiliary, and going on to act reports nothing.
  CHECK(attributions_of("Berg's said goodbye was short.").empty());
  CHECK(attributions_of("The crew went on to win the race.").empty());
}

TEST_CASE("attributions: according to any phrase up to the comma; a tally is a noun") {
  auto found = attributions_of("The mayor will join the lawsuit, according to one of her senior aides.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "one of her senior aides");
  CHECK(found[0].content == Pieces{"The mayor will join the lawsuit"});
  found = attributions_of("Dozens more work at the port, according to a tally by the harbour board.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].kind == "according_to");
  CHECK(found[0].source.rfind("a tally", 0) == 0);
}

TEST_CASE("attributions: a critique or message delivered reports; a speech delivered does not") {
  const auto found = attributions_of("Ruiz delivered a blistering critique of the harbour plan.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].cue == "delivered a blistering critique of");
  CHECK(found[0].content == Pieces{"the harbour plan"});
  CHECK(attributions_of("Ruiz delivered a speech at the harbour on Monday.").empty());
  CHECK(attributions_of("The crew delivered the parcels to the island.").empty());
}

TEST_CASE("attributions: tweeted another, an estimate at a figure, and then X ..., saying") {
  auto found = attributions_of("\"The ferry is always late,\" tweeted another.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "another");
  found = attributions_of("The port authority estimates the cost of the bridge at $42 million.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].cue == "estimates");
  CHECK(found[0].content == Pieces{"the cost of the bridge at $42 million"});
  CHECK(attributions_of("The port authority estimates the cost of the bridge.").empty());
  found = attributions_of("And then Berg went on the attack, saying that the plan was too costly.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "Berg");
}

TEST_CASE("attributions: a participle used as an adjective is no cue") {
  CHECK(attributions_of("Ruiz now has fewer pledged delegates than Berg.").empty());
  CHECK(attributions_of("The figures include reported cases from the islands.").empty());
  // A verb that takes its addressee still reports: "and told reporters".
  REQUIRE(attributions_of("Ruiz arrived and told reporters that the ferry was late.").size() == 1);
}

TEST_CASE("attributions: a thing and its name is not something said") {
  CHECK(attributions_of("Ruiz funds a harbour group called Open Water.").size() == 0);
  CHECK(attributions_of("It is a pattern dubbed \xE2\x80\x9Cthe ferry effect.\xE2\x80\x9D").empty());
  const auto found = attributions_of("A harbour official called the plan \xE2\x80\x9C" "a disaster.\xE2\x80\x9D");
  REQUIRE(found.size() == 1);
  CHECK(found[0].cue == "called");
}

TEST_CASE("attributions: 'states' reports after a text that can state, and 'calls' after a quantity is a noun") {
  auto found = attributions_of("As the harbour report states: \xE2\x80\x9CThe ferries run late.\xE2\x80\x9D");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "the harbour report");
  CHECK(found[0].cue == "states");
  CHECK(found[0].content == Pieces{"The ferries run late"});
  found = attributions_of("It states that the port must stay open.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].content == Pieces{"the port must stay open"});
  CHECK(attributions_of("Several states that border the lake sued the port.").empty());
  CHECK(attributions_of("The ferry office took several calls from angry islanders.").empty());
  CHECK(attributions_of("Berg did not return phone calls about the timetable.").empty());
  found = attributions_of("Berg calls the timetable \xE2\x80\x9C" "a mess.\xE2\x80\x9D");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "Berg");
}

TEST_CASE("attributions: a passive with its agent is not a report") {
  CHECK(attributions_of("Berg, 75, is the harbour's leading pilot, called on by crews for advice.").empty());
  const auto found = attributions_of("Berg called on the council to act.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].cue == "called on");
}

TEST_CASE("attributions: an aside between dashes stays in the content; captions before a colon are no speakers") {
  auto found =
      attributions_of("Berg said that besides the two ferries \xE2\x80\x94 both from Lund \xE2\x80\x94 a tug was lost.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].content == Pieces{"besides the two ferries \xE2\x80\x94 both from Lund \xE2\x80\x94 a tug was lost"});
  // One dash still ends the report.
  found = attributions_of("Berg said the plan failed \xE2\x80\x94 a view shared by many.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].content == Pieces{"the plan failed"});
  CHECK(attributions_of("Map: Ferry routes across the bay").empty());
  CHECK(attributions_of("Photo: Harbour pilots at work").empty());
}

TEST_CASE("attributions: a day with a possessive belongs to the object, not to the cue") {
  const auto found = attributions_of("Ruiz condemned Monday\xE2\x80\x99s closure of the port.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].cue == "condemned");
  CHECK(found[0].content == Pieces{"Monday\xE2\x80\x99s closure of the port"});
}

TEST_CASE("attributions: a report closing the sentence is not part of the content before it") {
  const auto found = attributions_of("The crews are insisting the ferry keeps its timetable, a harbour source said.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].cue == "insisting");
  CHECK(found[0].content == Pieces{"the ferry keeps its timetable"});
  CHECK(found[1].source == "a harbour source");
  CHECK(found[1].content == Pieces{"The crews are insisting the ferry keeps its timetable"});
}

TEST_CASE("attributions: a gerund as an adjective, and 'reports' before the verb that reports") {
  CHECK(attributions_of("Lund is one of the most promising ports in the region.").empty());
  CHECK(attributions_of("It was a telling sign for the harbour.").empty());
  CHECK(attributions_of("Ruiz was lifted by her strong second-place showing in Lund.").empty());
  const auto found = attributions_of("Harbour reports suggest that the ferry was overloaded.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "Harbour reports");
  CHECK(found[0].cue == "suggest");
}

TEST_CASE("attributions: a question reports nothing, nor does an idiom") {
  CHECK(attributions_of("Where do the ferry talks go after the vote?").empty());
  CHECK(attributions_of("Keeping the port open is easier said than done.").empty());
  CHECK(attributions_of("Ruiz won Lund, adding to her lead over Berg.").empty());
  CHECK(attributions_of("What did Ruiz say about the port?").empty());
  REQUIRE(attributions_of("Ruiz went after Berg over the port.").size() == 1);
}

TEST_CASE("attributions: an addressee before an infinitive stays in the content") {
  const auto found = attributions_of("The agency warned sailors to stay away from boats that carried fuel.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].cue == "warned");
  CHECK(found[0].content == Pieces{"sailors to stay away from boats that carried fuel"});
}

TEST_CASE("attributions: a passive with 're' written into the pronoun reports nothing its subject said") {
  CHECK(attributions_of("We\xE2\x80\x99re told the ferry is late again.").empty());
  CHECK(attributions_of("They're told the port will close.").empty());
}

TEST_CASE("attributions: names that are also words, a stray comma after a bracket, an aside after the cue") {
  auto found = attributions_of("\xE2\x80\x9CThe deal is good for both ports,\xE2\x80\x9D Read said.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "Read");
  found = attributions_of("Theresa May said the ferry talks would go on.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "Theresa May");
  CHECK(found[0].cue == "said");
  found = attributions_of("\xE2\x80\x9CThe fares are too high,\xE2\x80\x9D said Will Ortega, a ferry captain.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "Will Ortega, a ferry captain");
  // The modal stays a verb when no name follows it.
  found = attributions_of("Officials said the port will reopen.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].content == Pieces{"the port will reopen"});
  found = attributions_of("Sen. Ana Ortega (D-Md.), said after a lunch that the port was closed.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "Sen. Ana Ortega (D-Md.)");
  found = attributions_of("Berg said \xE2\x80\x94 on the radio, as it happens \xE2\x80\x94 that the port was closed.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].content == Pieces{"the port was closed"});
}

TEST_CASE("attributions: a subject with a short relative clause, and a company name with an ampersand") {
  auto found = attributions_of("Harbour unions that have backed the plan say they want more ferries.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "Harbour unions that have backed the plan");
  CHECK(found[0].content == Pieces{"they want more ferries"});
  found = attributions_of("\xE2\x80\x9CWe are shocked,\xE2\x80\x9D one P&G Lund employee told a local radio station.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "one P&G Lund employee");
}

TEST_CASE("attributions: a headline naming whom a person spoke to or about, only when the name is an actor") {
  const std::string text = "Ruiz to Harbour Workers: The Port Will Stay Open\nRuiz met crews in Lund on Monday.";
  Actor ruiz = actor(text, "Ruiz", ActorKind::person);
  auto found = attributions_of(text, {ruiz});
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "Ruiz");
  CHECK(found[0].cue == ":");
  CHECK(found[0].content == Pieces{"The Port Will Stay Open"});
  CHECK(attributions_of("Focus on security: The port will stay open.\nMore follows.").empty());
}

TEST_CASE("attributions: titles in capitals and 'v.' do not end a sentence") {
  auto found = attributions_of("MS. RUIZ: We will build the port. And we will keep it open.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].content == Pieces{"We will build the port. And we will keep it open"});
  found = attributions_of("Ruiz said the ruling was as big as Roe v. Wade in its reach.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].content == Pieces{"the ruling was as big as Roe v. Wade in its reach"});
}

TEST_CASE("attributions: a denial with a gerund, and 'per' with a longer source") {
  auto found = attributions_of("The port authority has denied closing the harbour.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].cue == "has denied");
  CHECK(found[0].content == Pieces{"closing the harbour"});
  CHECK(attributions_of("The ferry company continued sailing on Friday.").empty());
  found = attributions_of("The ferries were sold in May, per a report by the Lund Courier.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "a report by the Lund Courier");
  CHECK(found[0].content == Pieces{"The ferries were sold in May"});
}

TEST_CASE("attributions: a clause right after the addressee, and a request for anonymity") {
  auto found = attributions_of("Witnesses told the Lund Courier they heard two blasts.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].content == Pieces{"they heard two blasts"});
  found = attributions_of("\xE2\x80\x9CIt is a disaster,\xE2\x80\x9D one docker, who asked not to be named, told AFP.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].cue == "told");
}

TEST_CASE("attributions: 'According to X,' opening a sentence, and an estimate with a qualified figure") {
  auto found = attributions_of("According to the port authority, the ferries stopped overnight.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "the port authority");
  CHECK(found[0].content == Pieces{"the ferries stopped overnight"});
  found = attributions_of("According to Ana Ruiz, a spokeswoman for the port, the ferries will run.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].content == Pieces{"the ferries will run"});
  found = attributions_of("The port estimates the damage at more than \xE2\x82\xAC" "3 million.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].cue == "estimates");
}

TEST_CASE("attributions: 'It was reported that' is a report with no source") {
  auto found = attributions_of("It was reported that the ferry had sunk.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source.empty());
  CHECK(found[0].cue == "was reported");
  CHECK(found[0].content == Pieces{"the ferry had sunk"});
  found = attributions_of("It has been claimed that the port will close.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].cue == "has been claimed");
  CHECK(attributions_of("The numbers were confirmed on Monday.").empty());
}

TEST_CASE("attributions: 'claims to have' reports; 'claims to the land' is a noun") {
  const auto found = attributions_of("Lund's harbour police claims to have found the boat.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].cue == "claims");
  CHECK(found[0].content == Pieces{"to have found the boat"});
  CHECK(attributions_of("His claims to the land were rejected.").empty());
}

TEST_CASE("attributions: a reporter's credit line, 'All told' and a participle after an article are no reports") {
  CHECK(attributions_of("Ana Ruiz reported from Lund, and Tomas Berg from Malmo.").empty());
  REQUIRE(attributions_of("Ruiz reported from Lund that the ferry had sunk.").size() == 1);
  CHECK(attributions_of("All told, the port spent more than $2 million.").empty());
  CHECK(attributions_of("The reported cases rose sharply in May.").empty());
}

TEST_CASE("attributions: a physical attack and where people hail from are no reports") {
  CHECK(attributions_of("Thieves attacked a beached whale with an axe.").empty());
  CHECK(attributions_of("Militants attacked the harbour on Sunday, killing 17 sailors.").empty());
  CHECK(attributions_of("Russian troops attacked the town at dawn.").empty());
  CHECK(attributions_of("Sweden attacked Norway overnight.").empty());
  CHECK(attributions_of("Most of the crew, who hail mostly from Lund, stayed ashore.").empty());
  // The verbal sense stays: a person attacks a person or a country's policy.
  auto found = attributions_of("Ortega attacked Ruiz for her record on ferries.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].cue == "attacked");
  found = attributions_of("Ortega attacked Denmark’s fishing policy.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].content == Pieces{"Denmark’s fishing policy"});
  REQUIRE(attributions_of("Fans hailed the new stadium as a triumph.").size() == 1);
}

TEST_CASE("attributions: 'called' naming the noun before it is no report") {
  CHECK(attributions_of("They paid a company called Harbour Data, which sells maps.").empty());
  CHECK(attributions_of("Party leaders, called elders, back the plan.").empty());
  CHECK(attributions_of("The team used a method called “wave timing” to count them.").empty());
  // The verb: an object and what it is called, or a particle.
  auto found = attributions_of("A spokesman called the claims “baseless.”");
  REQUIRE(found.size() == 1);
  CHECK(found[0].content == Pieces{"the claims “baseless"});
  found = attributions_of("A group of mayors called for a boycott of the ferry.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].cue == "called for");
}

TEST_CASE("attributions: 'In a poll, ...' reports the poll, not a phrase about it nor a speaker's own words") {
  auto found = attributions_of("In a Harbour Herald poll released Monday, 52 percent of voters backed the ferry plan.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "a Harbour Herald poll released Monday");
  CHECK(found[0].cue == "In");
  CHECK(found[0].content == Pieces{"52 percent of voters backed the ferry plan"});
  // Those polled may say things too: the poll still reports it.
  found = attributions_of("In this poll, 61 percent of voters said the fares were too high.");
  REQUIRE(!found.empty());
  CHECK(found[0].cue == "In");
  CHECK(attributions_of("In addition to the audit, the port hired two engineers.").empty());
  CHECK(attributions_of("In the wake of the report, the port closed two piers.").empty());
  CHECK(attributions_of("In offering analysis of the vote, the port kept its figures.").empty());
  // The letter is where Ortega said it; his own cue reports.
  found = attributions_of("In a letter to the mayor, Ortega warned that the piers were unsafe.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].cue == "warned");
}

TEST_CASE("attributions: 'report' reports only before a clause; 'the jobs report' is a noun") {
  auto found = attributions_of("Officials report that the ferry sank near Lund.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].cue == "report");
  CHECK(attributions_of("The strong jobs report cheered investors in Lund.").empty());
  CHECK(attributions_of("The last of the big banks report their results this week.").empty());
  found = attributions_of("A news report published Monday said the port had closed.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].cue == "said");
}

TEST_CASE("attributions: a place or a heading before a colon is no speaker") {
  CHECK(attributions_of("Iowa: Ana Ruiz, Tomas Berg, Lena Holm.").empty());
  CHECK(attributions_of("Previous text.\nSTAT OF THE WEEK: 43 ferries ran late.").empty());
  CHECK(attributions_of("Previous text.\nCLARIFICATION: The first sentence was changed.").empty());
  // A speaker's turn and a name in a headline still report.
  REQUIRE(attributions_of("Previous text.\nRUIZ: The ferries will run.").size() == 1);
  REQUIRE(attributions_of("Ruiz: Ferries Will Run All Winter").size() == 1);
}
