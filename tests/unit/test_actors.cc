// Named actors: tagging, kinds, span hygiene, linking and ranking
// (src/actors.cc, src/actor_linking.cc, src/gazetteer.cc, src/tagger.cc).
#include <doctest/doctest.h>

#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "actor_linking.h"
#include "actors.h"
#include "chars.h"
#include "document.h"
#include "gazetteer.h"
#include "tagger.h"

using namespace newsmark;

namespace {

// The document views its text: keep the text alive (and in place) with it.
struct Found {
  std::shared_ptr<const std::string> text;
  Document doc;
  std::vector<Actor> actors;
};

Found find(const std::string& text) {
  Found f;
  f.text = std::make_shared<const std::string>(text);
  f.doc = analyse(*f.text);
  f.actors = find_actors(f.doc);
  return f;
}

// The actor with this name, or nullptr.
const Actor* actor_named(const Found& f, const std::string& name) {
  for (const Actor& a : f.actors) {
    if (a.name == name) return &a;
  }
  return nullptr;
}

// Every name is an actor of this kind.
void check_kinds(const Found& f, std::initializer_list<const char*> names, ActorKind kind) {
  for (const char* name : names) {
    CAPTURE(name);
    const Actor* a = actor_named(f, name);
    REQUIRE(a != nullptr);
    CHECK(a->kind == kind);
  }
}

std::vector<std::string> mention_texts(const Found& f, const Actor& a) {
  std::vector<std::string> out;
  for (const Span& s : a.mentions) out.emplace_back(f.doc.str(s));
  return out;
}

using Texts = std::vector<std::string>;

// The actor named `name` has this kind and exactly these mentions, in text order.
void check_actor(const Found& f, const char* name, ActorKind kind, const Texts& mentions) {
  CAPTURE(name);
  const Actor* a = actor_named(f, name);
  REQUIRE(a != nullptr);
  CHECK(a->kind == kind);
  CHECK(mention_texts(f, *a) == mentions);
}

}  // namespace

TEST_CASE("actors: the built-in tagger model loads") {
  CHECK_FALSE(builtin_tagger_model().empty());
}

TEST_CASE("actors: the tagger finds people, organisations and places") {
  const std::string text = "Maria Lindqvist, the chief executive of Nordvik Shipping Corp, flew to Bergen on Tuesday.";
  const Document doc = analyse(text);
  const std::vector<TaggedEntity> entities = tag_entities(doc, builtin_tagger_model());
  REQUIRE(entities.size() == 3);
  CHECK(doc.str(Span{doc.tokens[entities[0].first].span.start, doc.tokens[entities[0].last - 1].span.end}) ==
        "Maria Lindqvist");
  CHECK(entities[0].type == EntityType::person);
  CHECK(entities[1].type == EntityType::organization);
  CHECK(doc.str(doc.tokens[entities[2].first]) == "Bergen");
  CHECK(entities[2].type == EntityType::location);
}

TEST_CASE("actors: a title before a name is its role, not part of the mention") {
  const Found f = find(
      "President Tomas Lindqvist opened the session on Monday. Later, President Lindqvist told reporters the budget "
      "would pass.");
  const Actor* a = actor_named(f, "Tomas Lindqvist");
  REQUIRE(a != nullptr);
  CHECK(a->kind == ActorKind::person);
  REQUIRE(a->role.has_value());
  CHECK(*a->role == "President");
  CHECK(mention_texts(f, *a) == Texts{"Tomas Lindqvist", "Lindqvist"});
}

TEST_CASE("actors: a newsroom job before a name is its role") {
  const Found f = find("\u201CThe launch went well,\u201D said Science Writer Lena Holm. Staff Writer Omar Diaz contributed.");
  const Actor* writer = actor_named(f, "Lena Holm");
  REQUIRE(writer != nullptr);
  REQUIRE(writer->role.has_value());
  CHECK(*writer->role == "Science Writer");
  const Actor* staff = actor_named(f, "Omar Diaz");
  REQUIRE(staff != nullptr);
  CHECK(mention_texts(f, *staff) == Texts{"Omar Diaz"});
}

TEST_CASE("actors: a surname in a Title Case headline links to the full name below") {
  const Found f = find("Lindqvist Warns Of Deep Cuts\nFinance Minister Tomas Lindqvist said on Monday that spending "
                       "would fall. Lindqvist spoke in Oslo.");
  const Actor* a = actor_named(f, "Tomas Lindqvist");
  REQUIRE(a != nullptr);
  CHECK(mention_texts(f, *a) == Texts{"Lindqvist", "Tomas Lindqvist", "Lindqvist"});
  CHECK(*a->role == "Finance Minister");
}

TEST_CASE("actors: a Title Case headline's wording is no name; the names in it are found from the body") {
  const Found f = find("Lindqvist Says Norway Will Not Cut Fishing Quotas\nFinance Minister Tomas Lindqvist said "
                       "in Bergen that Norway would keep its quotas.");
  check_actor(f, "Tomas Lindqvist", ActorKind::person, {"Lindqvist", "Tomas Lindqvist"});
  check_actor(f, "Norway", ActorKind::country, {"Norway", "Norway"});
  CHECK(actor_named(f, "Lindqvist Says Norway Will Not Cut Fishing Quotas") == nullptr);
  // Nor are capitalised common words that the text also writes in lower case.
  const Found common = find("Lindqvist Defends Fishing Quotas\nFinance Minister Tomas Lindqvist said fishing quotas "
                            "would stay.");
  CHECK(actor_named(common, "Fishing Quotas") == nullptr);
  const Found plural = find("Raiders Launch Massive Drone Attack\nThe massive launch came at night: drones and two "
                            "attacks hit the harbour.");
  CHECK(plural.actors.empty());  // "drone" and "attack" are written in lower case too, as plurals
  check_actor(common, "Tomas Lindqvist", ActorKind::person, {"Lindqvist", "Tomas Lindqvist"});
}

TEST_CASE("actors: a possessive is not part of the mention") {
  const Found f = find("Norway\u2019s fishing fleet stayed in port, and officials in Norway said talks would resume.");
  check_actor(f, "Norway", ActorKind::country, {"Norway", "Norway"});
}

TEST_CASE("actors: a nationality or country with a state body is an organisation") {
  const Found f = find("The Chilean government rejected the plan, while Peru\u2019s foreign ministry welcomed it and "
                       "the Bolivian military stayed silent.");
  const Actor* gov = actor_named(f, "Chilean government");
  REQUIRE(gov != nullptr);
  CHECK(gov->kind == ActorKind::organization);
  const Actor* ministry = actor_named(f, "Peru\u2019s foreign ministry");
  REQUIRE(ministry != nullptr);
  CHECK(ministry->kind == ActorKind::organization);
  CHECK(mention_texts(f, *ministry) == Texts{"Peru\u2019s foreign ministry"});
  const Actor* military = actor_named(f, "Bolivian military");
  REQUIRE(military != nullptr);
  CHECK(military->kind == ActorKind::organization);
  CHECK(actor_named(f, "Peru") == nullptr);  // inside the ministry's mention, not a country mention
}

TEST_CASE("actors: a nationality with people acting is a group") {
  const Found f = find("Hundreds of Chilean workers joined the strike, and Bolivian troops closed the border.");
  const Actor* workers = actor_named(f, "Chilean workers");
  REQUIRE(workers != nullptr);
  CHECK(workers->kind == ActorKind::group);
  const Actor* troops = actor_named(f, "Bolivian troops");
  REQUIRE(troops != nullptr);
  CHECK(troops->kind == ActorKind::group);
  CHECK(actor_named(f, "Chilean") == nullptr);
}

TEST_CASE("actors: a body noun followed by a group noun makes a group, not an organisation") {
  const Found f = find("Chilean military recruiters visited the town.");
  CHECK(actor_named(f, "Chilean military") == nullptr);
  const Actor* g = actor_named(f, "Chilean military recruiters");
  REQUIRE(g != nullptr);
  CHECK(g->kind == ActorKind::group);
}

TEST_CASE("actors: news outlets are media, with The only when it is part of the name") {
  const Found f = find("The Guardian first reported the deal, according to the BBC and Reuters. Meduza later "
                       "confirmed it.");
  for (const char* name : {"The Guardian", "BBC", "Reuters", "Meduza"}) {
    const Actor* a = actor_named(f, name);
    REQUIRE_MESSAGE(a != nullptr, name);
    CHECK(a->kind == ActorKind::media);
    CHECK(mention_texts(f, *a) == Texts{name});
  }
}

TEST_CASE("actors: an acronym introduced in brackets links to the full name") {
  const Found f = find("The Nordic Fisheries Council (NFC) met in Tromso on Friday. The NFC said quotas would be cut.");
  check_actor(f, "Nordic Fisheries Council", ActorKind::organization, {"Nordic Fisheries Council", "NFC", "NFC"});
}

TEST_CASE("actors: mentions carry no trailing punctuation and no leading the") {
  const Found f = find("Talks were held in Oslo. Delegates flew in from the Philippines on Monday.");
  const Actor* oslo = actor_named(f, "Oslo");
  REQUIRE(oslo != nullptr);
  CHECK(oslo->kind == ActorKind::place);
  check_actor(f, "Philippines", ActorKind::country, {"Philippines"});
}

TEST_CASE("actors: a name found once is found again where the tagger missed it") {
  const Found f = find("Lindqvist met the press in Oslo. Tomas Lindqvist said the fund was safe. Critics of "
                       "Lindqvist\u2019s plan disagreed.");
  const Actor* a = actor_named(f, "Tomas Lindqvist");
  REQUIRE(a != nullptr);
  CHECK(a->mentions.size() == 3);
}

TEST_CASE("actors: actors are ranked by prominence, highest first") {
  const Found f = find("Norway and Chile signed a fishing pact. Norway said the pact was fair. Officials in Norway "
                       "praised it, and Chile agreed.");
  REQUIRE(f.actors.size() >= 2);
  CHECK(f.actors[0].name == "Norway");
  for (std::size_t i = 1; i < f.actors.size(); ++i) CHECK(f.actors[i - 1].prominence >= f.actors[i].prominence);
}

TEST_CASE("actors: name initials skip small words") {
  const Document doc = analyse("Bank of the North");
  CHECK(name_initials(doc, 0, static_cast<std::uint32_t>(doc.tokens.size())) == "BN");
}

TEST_CASE("actors: gazetteers know countries, demonyms, first names, outlets and titles") {
  CHECK((gazetteer_kinds("norway") & kGazCountry) != 0);
  CHECK((gazetteer_kinds("u.s.") & kGazCountry) != 0);
  CHECK((gazetteer_kinds("chilean") & kGazDemonym) != 0);
  CHECK((gazetteer_kinds("maria") & kGazFirstName) != 0);
  CHECK((gazetteer_kinds("the guardian") & kGazMedia) != 0);
  CHECK((gazetteer_kinds("prime minister") & kGazTitle) != 0);
  CHECK((gazetteer_kinds("foreign ministry") & kGazOrganizationBody) != 0);
  CHECK(gazetteer_kinds("harbour") == 0);
}

TEST_CASE("actors: gazetteer keys fold case and typographic apostrophes") {
  const Document doc = analyse("PEOPLE\u2019S Daily");
  CHECK(gazetteer_key(doc, 0, static_cast<std::uint32_t>(doc.tokens.size())) == "people 's daily");
}

TEST_CASE("actors: a plain ASCII word is one token whose key is its lower case") {
  // The gazetteer keys such list entries without tokenizing them (src/gazetteer.cc).
  for (const char* word : {"Aaron", "mcdonald", "NATO", "Ng", "I", "Us", "Mr", "St", "Jr", "No", "May", "Co", "Inc"}) {
    CAPTURE(word);
    const Document doc = analyse(word);
    REQUIRE(doc.tokens.size() == 1);
    CHECK(gazetteer_key(doc, 0, 1) == lowercase(word));
  }
  CHECK((gazetteer_kinds("aaron") & kGazFirstName) != 0);
  // The lists are front-coded: names that share their first bytes come back whole.
  for (const char* country : {"united kingdom", "united states", "united arab emirates", "new zealand"}) {
    CAPTURE(country);
    CHECK((gazetteer_kinds(country) & kGazCountry) != 0);
  }
  CHECK((gazetteer_kinds("aaron") & kGazCountry) == 0);
  CHECK((gazetteer_kinds("united") & kGazCountry) == 0);
}

TEST_CASE("actors: platforms and apps from the project's list are organisations") {
  const Found f = find("The clips spread on Douyin and WeChat before Meta said Facebook had removed them, "
                       "while the harbour council posted its reply on Telegram.");
  check_kinds(f, {"Douyin", "WeChat", "Meta", "Facebook", "Telegram"}, ActorKind::organization);
  CHECK((gazetteer_kinds("tiktok") & kGazPlatform) != 0);
  CHECK((gazetteer_kinds("signal") & kGazPlatform) == 0);  // a common word stays off the list
}

TEST_CASE("actors: well-known companies and bodies are organisations, also after a sentence's first word") {
  const Found f = find("Walmart and Pfizer said on Monday that Wells Fargo had paid. If Boeing agrees, "
                       "shares of Verizon will rise.");
  check_kinds(f, {"Walmart", "Pfizer", "Wells Fargo", "Boeing", "Verizon"}, ActorKind::organization);
  // Outlets stay outlets, and names that are also surnames or words stay off the list.
  CHECK((gazetteer_kinds("cnn") & kGazPlatform) == 0);
  CHECK((gazetteer_kinds("ford") & kGazPlatform) == 0);
  CHECK((gazetteer_kinds("visa") & kGazPlatform) == 0);
}

TEST_CASE("actors: the first word of a well-known organisation's name joins it") {
  const Found f = find("Wells Fargo paid a fine on Monday. Wells said its branches would stay open.");
  check_actor(f, "Wells Fargo", ActorKind::organization, {"Wells Fargo", "Wells"});
}

TEST_CASE("actors: seas and rivers from the project's list are places, unless part of a longer name") {
  const Found f = find("Barges on the Danube and tankers in the Black Sea waited, the Danube Commission said.");
  check_actor(f, "Danube", ActorKind::place, {"Danube"});
  const Actor* sea = actor_named(f, "Black Sea");
  REQUIRE(sea != nullptr);
  CHECK(sea->kind == ActorKind::place);
  const Actor* commission = actor_named(f, "Danube Commission");
  REQUIRE(commission != nullptr);
  CHECK(commission->kind == ActorKind::organization);
}

TEST_CASE("actors: a ministry keeps its of-phrase; a nationality and portfolio before a title are no actor") {
  const Found f = find("The Norwegian Ministry of Fisheries issued the rules. Norwegian Fisheries Minister "
                       "Kari Holm said the quotas would hold.");
  const Actor* ministry = actor_named(f, "Norwegian Ministry of Fisheries");
  REQUIRE(ministry != nullptr);
  CHECK(ministry->kind == ActorKind::organization);
  CHECK(actor_named(f, "Norwegian Fisheries") == nullptr);
  const Actor* minister = actor_named(f, "Kari Holm");
  REQUIRE(minister != nullptr);
  CHECK(minister->kind == ActorKind::person);
}

TEST_CASE("actors: a place name before a body's word names the body") {
  const Found f = find("The African Union sent observers to Nairobi, and the Soviet Union collapsed in 1991.");
  const Actor* union_body = actor_named(f, "African Union");
  REQUIRE(union_body != nullptr);
  CHECK(union_body->kind == ActorKind::organization);
  const Actor* city = actor_named(f, "Nairobi");
  REQUIRE(city != nullptr);
  CHECK(city->kind == ActorKind::place);
  // A state named like a body stays what it was.
  const Actor* state = actor_named(f, "Soviet Union");
  REQUIRE(state != nullptr);
  CHECK(state->kind != ActorKind::organization);
}

TEST_CASE("actors: a surname with its particle joins the full name") {
  const Found f = find("Mayor Bill de Blasio toured the site. Later, de Blasio said the city would pay, and Ana van Dijk agreed.");
  const Actor* mayor = actor_named(f, "Bill de Blasio");
  REQUIRE(mayor != nullptr);
  CHECK(mention_texts(f, *mayor) == Texts{"Bill de Blasio", "de Blasio"});
  CHECK(actor_named(f, "de Blasio") == nullptr);
  // A particle alone does not join a different person.
  const Actor* other = actor_named(f, "Ana van Dijk");
  REQUIRE(other != nullptr);
  CHECK(mention_texts(f, *other) == Texts{"Ana van Dijk"});
}

TEST_CASE("actors: the short names news uses for countries are countries") {
  const Found f = find("Talks between Syria and Moldova stalled, and Britain sent an envoy to Laos.");
  check_kinds(f, {"Syria", "Moldova", "Britain", "Laos"}, ActorKind::country);
}

TEST_CASE("actors: a name ending in a kind of place is a place; a person's name ends before 'of'") {
  const Found f = find("Rescuers reached Stewart Island on Monday, said Jamie Werner of Ngaroa, a volunteer.");
  const Actor* island = actor_named(f, "Stewart Island");
  REQUIRE(island != nullptr);
  CHECK(island->kind == ActorKind::place);
  check_actor(f, "Jamie Werner", ActorKind::person, {"Jamie Werner"});
}

TEST_CASE("actors: a name ending in a body's word is an organisation, not a person") {
  const Found f = find("Voters elected a government led by a movement similar to Egypt\u2019s Islamist Muslim Brotherhood.");
  check_kinds(f, {"Muslim Brotherhood"}, ActorKind::organization);
}

TEST_CASE("actors: a pronoun with a contraction is never an actor") {
  const Found f = find("Selling online meant I would have to be more public than ever. I\u2019d have to put my photo on "
                       "the web. I\u2019m able to travel anywhere I\u2019d like because the shop fits in my bag.");
  CHECK(f.actors.empty());
}

TEST_CASE("actors: a name ending in a newspaper's word is an outlet, and its short form joins it") {
  const Found f = find("Police are looking into whether the victim tried to help, the Fairhaven Chronicle reported. "
                       "The Chronicle says a suspect was arrested.");
  check_actor(f, "Fairhaven Chronicle", ActorKind::media, {"Fairhaven Chronicle", "Chronicle"});
}

TEST_CASE("actors: a part of a place before its name is a place, not a first name") {
  const Found f = find("Rae Zimmerman said one break in Lower Manhattan disrupted service, and Lower Ystad flooded.");
  check_kinds(f, {"Lower Manhattan", "Lower Ystad"}, ActorKind::place);
}

TEST_CASE("actors: a first name and an unknown word the tagger read as a place are a person") {
  const Found f = find("Republican hopefuls Jeb Bush, Ben Carson, and Donald Trump met voters in Ohio on Monday.");
  check_kinds(f, {"Donald Trump"}, ActorKind::person);
}

TEST_CASE("actors: a well-known surname alone that the tagger read as a place is a person") {
  const Found f = find("Putin spoke to Obama by phone, and critics of both met in Vienna.");
  check_kinds(f, {"Putin", "Obama"}, ActorKind::person);
  check_kinds(f, {"Vienna"}, ActorKind::place);
}

TEST_CASE("actors: a state's name alone is a place, never a person") {
  const Found f = find("Clinton won Nevada, and Sanders took Delaware.");
  check_kinds(f, {"Nevada"}, ActorKind::place);
  check_kinds(f, {"Clinton"}, ActorKind::person);
}

TEST_CASE("actors: a first name joins the name after it, also where the tagger found nothing") {
  check_kinds(find("Hillary Clinton leads Donald Trump by double digits in all five states."), {"Donald Trump"},
              ActorKind::person);
  const Found missed = find("Clinton told her audience that her opponent Donald Trump doesn’t know the facts.");
  check_kinds(missed, {"Donald Trump"}, ActorKind::person);
}

TEST_CASE("actors: places named after people stay places") {
  const Found f = find("Tourists flew from Victoria Falls to the Far East, then toured Trump Tower and Yankee Stadium.");
  for (const Actor& a : f.actors) CHECK_MESSAGE(a.kind != ActorKind::person, a.name);
  check_kinds(find("Republicans on Capitol Hill have been scrambling since Tuesday."), {"Capitol Hill"}, ActorKind::place);
}

TEST_CASE("actors: a name after an honorific is a person, even where the tagger missed it") {
  const Found f = find("The crowd cheered when Mr. Trump arrived in Iowa.");
  check_actor(f, "Trump", ActorKind::person, {"Trump"});
  CHECK(actor_named(find("Thank you, Mr. President."), "President") == nullptr);
}

TEST_CASE("actors: a faith or community is no actor alone, and a group when it acts") {
  const Found f = find("Muslims across Ystad marked the holiday on Friday, and Latino voters turned out early.");
  CHECK(actor_named(f, "Muslims") == nullptr);
  check_kinds(f, {"Latino voters"}, ActorKind::group);
}

TEST_CASE("actors: a body's name with its joints is one organisation") {
  check_kinds(find("The Institute for the Study of War said Russian forces advanced."),
              {"Institute for the Study of War"}, ActorKind::organization);
  check_kinds(find("A report by the Center for Strategic and International Studies found delays."),
              {"Center for Strategic and International Studies"}, ActorKind::organization);
  check_kinds(find("The Committee to Protect Journalists condemned the arrest."), {"Committee to Protect Journalists"},
              ActorKind::organization);
  // Two bodies, a date, a person: not one name.
  const Found two = find("The Justice Department and FBI declined to comment.");
  CHECK(actor_named(two, "Justice Department") != nullptr);
  CHECK(actor_named(two, "FBI") != nullptr);
  for (const Actor& a : find("The Council on Tuesday voted.").actors) CHECK(a.name != "Council on Tuesday");
  const Found haass = find("It was the view of the Council on Foreign Relations and Professor Ana Ruiz of Lund.");
  CHECK(actor_named(haass, "Council on Foreign Relations") != nullptr);
}

TEST_CASE("actors: a capitalised pronoun is never an actor") {
  const Found f = find("Someone named Ana Ruiz called. It was late, and Everyone left the Harbour Office.");
  for (const Actor& a : f.actors) {
    CHECK(a.name != "Someone");
    CHECK(a.name != "It");
    CHECK(a.name != "Everyone");
  }
  CHECK(actor_named(f, "Ana Ruiz") != nullptr);
}

// The index of the first token after `from` that reads `word`.
std::uint32_t token_of(const Document& doc, std::string_view word, std::uint32_t from = 0) {
  while (from < doc.tokens.size() && doc.str(doc.tokens[from]) != word) ++from;
  REQUIRE(from < doc.tokens.size());
  return from;
}

// The indices of the next `count` tokens from `from` on that read `word`.
std::vector<std::uint32_t> tokens_of(const Document& doc, std::string_view word, int count, std::uint32_t from = 0) {
  std::vector<std::uint32_t> out;
  while (static_cast<int>(out.size()) < count) {
    from = token_of(doc, word, from);
    out.push_back(from++);
  }
  return out;
}

// A mention of tokens [first, last) as the tagger read it.
ActorMention tagged(const Document& doc, std::uint32_t first, std::uint32_t last, ActorKind kind) {
  ActorMention m;
  m.first = first;
  m.last = last;
  m.span = {doc.tokens[first].span.start, doc.tokens[last - 1].span.end};
  m.kind = kind;
  return m;
}

TEST_CASE("actors: copies of a name found elsewhere do not vote on its kind") {
  // "Lundia" five times: the tagger read it once as a person and twice as an
  // organisation; the other two are copies of the first reading.
  const std::string text = "Lundia said. Lundia grew. Lundia fell. Lundia won. Lundia lost.";
  const Document doc = analyse(text);
  std::vector<ActorMention> mentions;
  const ActorKind kinds[] = {ActorKind::person, ActorKind::organization, ActorKind::organization,
                             ActorKind::person, ActorKind::person};
  const std::vector<std::uint32_t> tokens = tokens_of(doc, "Lundia", 5);
  for (int i = 0; i < 5; ++i) {
    ActorMention m = tagged(doc, tokens[i], tokens[i] + 1, kinds[i]);
    m.propagated = i >= 3;
    m.from_tagger = i < 3;
    mentions.push_back(m);
  }
  const std::vector<Actor> actors = link_mentions(doc, mentions);
  REQUIRE(actors.size() == 1);
  CHECK(actors[0].mentions.size() == 5);
  CHECK(actors[0].kind == ActorKind::organization);
}

TEST_CASE("actors: a surname two people share is the one named last before it") {
  const Found f = find("Fisherman Tom Tane has worked the harbour for forty years. His daughter, Mere Tane, runs the "
                       "co-op. Tane says the catch is shrinking.");
  check_actor(f, "Mere Tane", ActorKind::person, {"Mere Tane", "Tane"});
  const Actor* father = actor_named(f, "Tom Tane");
  REQUIRE(father != nullptr);
  CHECK(mention_texts(f, *father) == Texts{"Tom Tane"});
  CHECK(actor_named(f, "Tane") == nullptr);
}

TEST_CASE("actors: the tagger's reading of a surname alone does not outvote the full name") {
  // "Hemi Rua" once as a person, then "Rua" three times read as an organisation.
  const std::string text = "Hemi Rua spoke. Rua said no. Rua left. Rua won.";
  const Document doc = analyse(text);
  std::vector<ActorMention> mentions = {tagged(doc, 0, 2, ActorKind::person)};
  for (const std::uint32_t token : tokens_of(doc, "Rua", 3, 2)) {
    mentions.push_back(tagged(doc, token, token + 1, ActorKind::organization));
  }
  const std::vector<Actor> actors = link_mentions(doc, mentions);
  REQUIRE(actors.size() == 1);
  CHECK(actors[0].mentions.size() == 4);
  CHECK(actors[0].kind == ActorKind::person);
}

TEST_CASE("actors: a full name read as an organisation is a person when its surname alone only ever is") {
  const std::string text = "Anouar Bechri spoke. Bechri said no. Rotor Kazan won. Kazan cheered. Fans in Kazan sang.";
  const Document doc = analyse(text);
  const std::uint32_t bechri = token_of(doc, "Bechri", 2);
  const std::uint32_t rotor = token_of(doc, "Rotor");
  const std::uint32_t kazan = token_of(doc, "Kazan", rotor + 2);
  const std::uint32_t city = token_of(doc, "Kazan", kazan + 1);
  const std::vector<ActorMention> mentions = {
      tagged(doc, 0, 2, ActorKind::organization), tagged(doc, bechri, bechri + 1, ActorKind::person),
      // "Kazan" alone is read as a person once and as a place once: not only ever a person.
      tagged(doc, rotor, rotor + 2, ActorKind::organization), tagged(doc, kazan, kazan + 1, ActorKind::person),
      tagged(doc, city, city + 1, ActorKind::place)};
  const std::vector<Actor> actors = link_mentions(doc, mentions);
  const Actor* person = nullptr;
  const Actor* team = nullptr;
  for (const Actor& a : actors) {
    if (doc.str(a.mentions.front()) == "Anouar Bechri") person = &a;
    if (doc.str(a.mentions.front()) == "Rotor Kazan") team = &a;
  }
  REQUIRE(person != nullptr);
  CHECK(person->kind == ActorKind::person);
  CHECK(person->mentions.size() == 2);
  REQUIRE(team != nullptr);
  CHECK(team->kind == ActorKind::organization);
}

TEST_CASE("actors: a surname alone is found and linked once the full name is known") {
  const Found f = find("Prime Minister Keir Starmer met Emmanuel Macron in Paris; "
                       "Starmer later told the BBC the talks went well.");
  const Actor* prime_minister = actor_named(f, "Keir Starmer");
  REQUIRE(prime_minister != nullptr);
  CHECK(mention_texts(f, *prime_minister) == Texts{"Keir Starmer", "Starmer"});
}

TEST_CASE("actors: plain name words after a title are a person, and their last words join that person") {
  const Found f = find("The opposition leader Aung San Suu Kyi met the envoy in Yangon on Friday. "
                       "Later, Suu Kyi said the talks had gone well.");
  check_actor(f, "Aung San Suu Kyi", ActorKind::person, {"Aung San Suu Kyi", "Suu Kyi"});
  // An adjective that is also a rank is no title; a hyphenated lower-case word is no name.
  const Found company = find("Harbour Pacific is a major Hong Kong-listed company.");
  CHECK(actor_named(company, "Hong Kong-listed") == nullptr);
}

TEST_CASE("actors: cities from the lists are places where the tagger missed them or took them for people") {
  const Found f = find("Kyiv's mayor said the power was back. The Kyiv Independent reported the outage first.");
  check_actor(f, "Kyiv", ActorKind::place, {"Kyiv"});
  const Actor* paper = actor_named(f, "The Kyiv Independent");
  REQUIRE(paper != nullptr);
  CHECK(paper->kind == ActorKind::media);
  CHECK((gazetteer_kinds("lagos") & kGazCity) != 0);
  CHECK((gazetteer_kinds("windsor") & kGazCity) == 0);  // a name as often as a town
}

TEST_CASE("actors: armed movements are organisations; a kind of state or company is no actor") {
  const Found f = find("Lund officials said the Taliban and the Houthis had both written to them.");
  check_kinds(f, {"Taliban", "Houthis"}, ActorKind::organization);
  const Found generic = find("They wanted an Islamic state, and a Chinese company built the port. "
                             "Islamic State fighters later took it.");
  CHECK(actor_named(generic, "Chinese company") == nullptr);
  check_actor(generic, "Islamic State", ActorKind::organization, {"Islamic State"});
}

TEST_CASE("actors: a common word opening a sentence is no name when the text writes it in lower case") {
  const Found f = find("Powerful is the word here, Hori Lund said. The powerful always win.");
  CHECK(actor_named(f, "Powerful") == nullptr);
  check_kinds(f, {"Hori Lund"}, ActorKind::person);
  // A first name is never such a word, and a word capitalised inside a sentence is a name.
  const Found named = find("Bill spoke first. The bill passed. Later, Bill left.");
  CHECK(actor_named(named, "Bill") != nullptr);
}

TEST_CASE("actors: a place and a title before a name are the person's role, and the place is found on its own") {
  const Found f = find("Bergen Mayor Ana Ruiz said the ferry would run. Ruiz spoke at the harbour.");
  const Actor* mayor = actor_named(f, "Ana Ruiz");
  REQUIRE(mayor != nullptr);
  REQUIRE(mayor->role.has_value());
  CHECK(*mayor->role == "Bergen Mayor");
  CHECK(mention_texts(f, *mayor) == Texts{"Ana Ruiz", "Ruiz"});
  CHECK((gazetteer_kinds("bergen") & kGazCity) != 0);
  check_actor(f, "Bergen", ActorKind::place, {"Bergen"});
}
