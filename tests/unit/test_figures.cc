// Figures: kinds, values, qualifiers, units, counted phrases and the numbers
// that are not figures. Every sentence here was written for these tests.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "document.h"
#include "figures.h"

using namespace newsmark;

namespace {

struct Found {
  std::string text;
  Figure figure;
  std::string counts;
};

std::vector<Found> figures_in(const std::string& text, const std::vector<Actor>& actors = {}) {
  const Document doc = analyse(text);
  std::vector<Found> out;
  for (const Figure& f : find_figures(doc, actors)) {
    Found found{text.substr(f.span.start, f.span.end - f.span.start), f, ""};
    if (f.counts) found.counts = text.substr(f.counts->start, f.counts->end - f.counts->start);
    out.push_back(found);
  }
  return out;
}

// The one figure of a sentence that must hold exactly one.
Found only_figure(const std::string& text) {
  const std::vector<Found> all = figures_in(text);
  REQUIRE(all.size() == 1);
  return all[0];
}

}  // namespace

TEST_CASE("figures: digit counts with separators and the noun they count") {
  const Found f = only_figure("Rescuers pulled 1,250 flood survivors from the river.");
  CHECK(f.text == "1,250");
  CHECK(f.figure.kind == FigureKind::count);
  CHECK(*f.figure.value == 1250);
  CHECK(f.figure.qualifier == Qualifier::none);
  CHECK(f.counts == "flood survivors");
}

TEST_CASE("figures: spelled counts, dozens and fractions") {
  CHECK(*only_figure("Officials said seventeen ferries were delayed.").figure.value == 17);
  CHECK(*only_figure("A dozen reporters waited outside.").figure.value == 12);
  CHECK(*only_figure("The port handled one hundred and forty-two ships.").figure.value == 142);
  const Found third = only_figure("Nearly a third of voters stayed home.");
  CHECK(third.text == "Nearly a third");
  CHECK(third.figure.value.value() == doctest::Approx(1.0 / 3));
  CHECK(third.figure.qualifier == Qualifier::about);
  CHECK(third.counts == "voters");
  CHECK(*only_figure("Turnout fell by half.").figure.value == 0.5);
  CHECK(*only_figure("The fund raised 2.5 million euros.").figure.value == 2.5e6);
}

TEST_CASE("figures: scaled numbers, glued and spelled") {
  const Found f = only_figure("The city lost 1.2 million residents.");
  CHECK(f.text == "1.2 million");
  CHECK(*f.figure.value == 1.2e6);
  CHECK(f.counts == "residents");
  CHECK(*only_figure("They sold 40k tickets.").figure.value == 40000);
}

TEST_CASE("figures: vague plurals are lower bounds") {
  const Found thousands = only_figure("Thousands marched through the capital.");
  CHECK(thousands.text == "Thousands");
  CHECK(*thousands.figure.value == 1000);
  CHECK(thousands.figure.qualifier == Qualifier::at_least);
  CHECK(*thousands.figure.low == 1000);
  CHECK(thousands.counts.empty());
  const Found tens = only_figure("The storm displaced tens of thousands of families.");
  CHECK(tens.text == "tens of thousands");
  CHECK(*tens.figure.value == 10000);
  CHECK(tens.counts == "families");
  const Found hundreds = only_figure("Hundreds of miners were trapped.");
  CHECK(*hundreds.figure.value == 100);
  CHECK(hundreds.counts == "miners");
}

TEST_CASE("figures: qualifiers set the qualifier and the bound") {
  struct Case {
    const char* sentence;
    const char* span;
    Qualifier qualifier;
    double low, high;  // -1: unset
  };
  const Case cases[] = {
      {"At least 40 houses burned.", "At least 40", Qualifier::at_least, 40, -1},
      {"No fewer than 12 lawmakers objected.", "No fewer than 12", Qualifier::at_least, 12, -1},
      {"Over 300 flights were cancelled.", "Over 300", Qualifier::over, 300, -1},
      {"More than 80 schools closed.", "More than 80", Qualifier::over, 80, -1},
      {"Under 20 seats remain.", "Under 20", Qualifier::under, -1, 20},
      {"Fewer than nine judges agreed.", "Fewer than nine", Qualifier::under, -1, 9},
      {"The plant employs up to 450 workers.", "up to 450", Qualifier::up_to, -1, 450},
      {"About 70 tractors blocked the road.", "About 70", Qualifier::about, -1, -1},
      {"Some 600 volunteers signed up.", "Some 600", Qualifier::about, -1, -1},
      {"Roughly 90 boats left the harbour.", "Roughly 90", Qualifier::about, -1, -1},
      {"Almost 30 villages lost power.", "Almost 30", Qualifier::about, -1, -1},
      {"Exactly 64 delegates voted.", "Exactly 64", Qualifier::exact, 64, 64},
  };
  for (const Case& c : cases) {
    CAPTURE(c.sentence);
    const Found f = only_figure(c.sentence);
    CHECK(f.text == c.span);
    CHECK(f.figure.qualifier == c.qualifier);
    CHECK(f.figure.low.has_value() == (c.low >= 0));
    CHECK(f.figure.high.has_value() == (c.high >= 0));
    if (c.low >= 0) CHECK(*f.figure.low == c.low);
    if (c.high >= 0) CHECK(*f.figure.high == c.high);
  }
  const Found more = only_figure("The clinic treats 50 or more patients a day.");
  CHECK(more.text == "50 or more");
  CHECK(more.figure.qualifier == Qualifier::at_least);
  CHECK(*more.figure.low == 50);
  CHECK(more.counts == "patients");
}

TEST_CASE("figures: percentages and percentage points") {
  const Found pct = only_figure("Inflation slowed to 3.5% in the spring.");
  CHECK(pct.text == "3.5%");
  CHECK(pct.figure.kind == FigureKind::percent);
  CHECK(*pct.figure.value == 3.5);
  CHECK(pct.figure.unit == "%");
  CHECK(only_figure("Support rose to 41 per cent.").text == "41 per cent");
  const Found points = only_figure("The lead shrank by four percentage points.");
  CHECK(points.text == "four percentage points");
  CHECK(points.figure.unit == "percentage point");
}

TEST_CASE("figures: money with symbols, codes, words and scales") {
  struct Case {
    const char* sentence;
    const char* span;
    double value;
    const char* code;
  };
  const Case cases[] = {
      {"The deal is worth $1.2 billion.", "$1.2 billion", 1.2e9, "USD"},
      {"The deal is worth $1.2bn.", "$1.2bn", 1.2e9, "USD"},
      {"Fines reached €40m last quarter.", "€40m", 40e6, "EUR"},
      {"Tickets cost £15 each.", "£15", 15, "GBP"},
      {"The bridge cost ¥800 million.", "¥800 million", 800e6, "JPY"},
      {"Salaries start at ₽90,000 a month.", "₽90,000", 90000, "RUB"},
      {"He was fined 300,000 rubles.", "300,000 rubles", 300000, "RUB"},
      {"The loan totals 5 billion yuan.", "5 billion yuan", 5e9, "CNY"},
      {"Exports earned 1.2 billion dollars.", "1.2 billion dollars", 1.2e9, "USD"},
      {"The club paid 20 million Swiss francs.", "20 million Swiss francs", 20e6, "CHF"},
      {"A ticket costs 75 cents.", "75 cents", 0.75, "USD"},
      {"The bid was USD 300 million.", "USD 300 million", 300e6, "USD"},
      {"The port will get 3 billion forints.", "3 billion forints", 3e9, "HUF"},
      {"The ministry paid 40 million lei.", "40 million lei", 40e6, "RON"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.sentence);
    const Found f = only_figure(c.sentence);
    CHECK(f.text == c.span);
    CHECK(f.figure.kind == FigureKind::money);
    CHECK(f.figure.value.value() == doctest::Approx(c.value));
    CHECK(f.figure.unit == c.code);
  }
  // A vague count of a currency is money: "hundreds of millions of euros".
  const Found vague = only_figure("Repairs will cost hundreds of millions of euros.");
  CHECK(vague.text == "hundreds of millions of euros");
  CHECK(vague.figure.kind == FigureKind::money);
  CHECK(vague.figure.unit == "EUR");
  CHECK(vague.figure.value.value() == doctest::Approx(1e8));
  CHECK(vague.figure.qualifier == Qualifier::at_least);
  CHECK(!vague.figure.counts);
  const Found over = only_figure("Over $10 million was pledged.");
  CHECK(over.text == "Over $10 million");
  CHECK(over.figure.qualifier == Qualifier::over);
}

TEST_CASE("figures: quantities with units") {
  struct Case {
    const char* sentence;
    const char* span;
    double value;
    const char* unit;
  };
  const Case cases[] = {
      {"The convoy drove 120 km overnight.", "120 km", 120, "km"},
      {"The border lies 40 miles away.", "40 miles", 40, "mi"},
      {"The ship carried 80,000 tonnes of grain.", "80,000 tonnes", 80000, "t"},
      {"Output rose by 500,000 barrels.", "500,000 barrels", 500000, "bbl"},
      {"Temperatures reached 41°C on Friday.", "41°C", 41, "°C"},
      {"The wall is 12 metres high.", "12 metres", 12, "m"},
      {"A 30-mile stretch was closed.", "30-mile", 30, "mi"},
      {"He was jailed for six years.", "six years", 6, "year"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.sentence);
    const std::vector<Found> all = figures_in(c.sentence);
    REQUIRE(!all.empty());
    CHECK(all[0].text == c.span);
    CHECK(all[0].figure.kind == FigureKind::quantity);
    CHECK(*all[0].figure.value == c.value);
    CHECK(all[0].figure.unit == c.unit);
  }
  const Found age = only_figure("The driver, 34 years old, was unhurt.");
  CHECK(age.text == "34 years old");
}

TEST_CASE("figures: ranges keep both bounds") {
  const Found dash = only_figure("Waves of 10–15 metres hit the coast.");
  CHECK(dash.text == "10–15 metres");
  CHECK(dash.figure.kind == FigureKind::range);
  CHECK(*dash.figure.low == 10);
  CHECK(*dash.figure.high == 15);
  CHECK(dash.figure.unit == "m");
  const Found between = only_figure("Between 200 and 300 protesters gathered.");
  CHECK(between.text == "Between 200 and 300");
  CHECK(*between.figure.low == 200);
  CHECK(*between.figure.high == 300);
  const Found to = only_figure("Prices climbed 10 to 15 percent.");
  CHECK(to.text == "10 to 15 percent");
  CHECK(to.figure.unit == "%");
  const Found scaled = only_figure("Repairs will cost $3 to $5 billion.");
  CHECK(*scaled.figure.low == 3e9);
  CHECK(*scaled.figure.high == 5e9);
}

TEST_CASE("figures: dates with a day or month, and years that are dates") {
  const Found full = only_figure("The talks began on March 3, 2024, in Geneva.");
  CHECK(full.text == "March 3, 2024");
  CHECK(full.figure.kind == FigureKind::date);
  CHECK(full.figure.date == "2024-03-03");
  CHECK(only_figure("Voting closes on 12 June.").figure.date == "XXXX-06-12");
  CHECK(only_figure("The law took effect in October 2023.").figure.date == "2023-10");
  CHECK(only_figure("The factory opened in 1998.").figure.date == "1998");
  CHECK(only_figure("The report was filed 2024-11-05 by the agency.").figure.date == "2024-11-05");
  const Found weekday = only_figure("The minister resigned on Thursday.");
  CHECK(weekday.text == "Thursday");
  CHECK(weekday.figure.kind == FigureKind::date);
  CHECK(weekday.figure.date.empty());
  CHECK(only_figure("Shelling resumed last week.").text == "last week");
}

TEST_CASE("figures: 'March' and 'May' are months after a date's preposition or another month") {
  std::vector<std::string> dates;
  for (const Found& f : figures_in("Talks ran from January to March, and the crews were hired between March and May.")) {
    dates.push_back(f.figure.date);
  }
  CHECK(dates == std::vector<std::string>{"XXXX-01", "XXXX-03", "XXXX-03", "XXXX-05"});
  CHECK(figures_in("Workers may march to the port.").empty());
  CHECK(figures_in("March organisers and May supporters met.").empty());
}

TEST_CASE("figures: a number 'of the' noun counts that noun") {
  CHECK(only_figure("Two of the fishermen were rescued.").counts == "fishermen");
  CHECK(only_figure("Officials said 40 of their boats were lost.").counts == "boats");
  CHECK(only_figure("It was three of a kind.").counts.empty());
  CHECK(only_figure("Police said 40 gunmen fled.").counts == "gunmen");  // plurals in -men
  CHECK(only_figure("Lab tests found one specimen.").counts == "specimen");
}

TEST_CASE("figures: a year before a plural noun is a count") {
  const Found f = only_figure("The army sent 2025 soldiers to the front.");
  CHECK(f.figure.kind == FigureKind::count);
  CHECK(*f.figure.value == 2025);
  CHECK(f.counts == "soldiers");
}

TEST_CASE("figures: ordinals that rank") {
  const Found rank = only_figure("It is the second-largest port in the region.");
  CHECK(rank.text == "second-largest");
  CHECK(rank.figure.kind == FigureKind::ordinal);
  CHECK(*rank.figure.value == 2);
  CHECK(*only_figure("She finished third in the race.").figure.value == 3);
  CHECK(*only_figure("The 21st summit opened.").figure.value == 21);
  CHECK(figures_in("Wait a second, please.").empty());
  // Periods and turns of phrase do not rank; the fraction in them counts nothing.
  CHECK(figures_in("Sales rose in the second half and the third quarter.").empty());
  CHECK(figures_in("The ferry ran for the first time.").empty());
  CHECK(only_figure("Half of the crew stayed.").figure.kind == FigureKind::count);
}

TEST_CASE("figures: numbers inside names and codes are not figures") {
  CHECK(figures_in("A Boeing 737 landed safely.").empty());
  CHECK(figures_in("Members invoked Article 5 of the treaty.").empty());
  CHECK(figures_in("The COVID-19 rules were lifted.").empty());
  CHECK(figures_in("Leaders of the G7 met in Italy.").empty());
  CHECK(figures_in("Investigators studied Flight MH17 again.").empty());
  CHECK(figures_in("A Su-27 crossed the border.").empty());
  CHECK(figures_in("Call 555-123-4567 for details.").empty());
  CHECK(figures_in("The briefing starts at 10:30 sharp.").empty());
  CHECK(figures_in("The market closed at 4pm.").empty());
  CHECK(figures_in("United won the match after a 3-1 win over City.").empty());
  // A glued pair that falls or ties is a score or a tally, not a range.
  CHECK(figures_in("United beat City 3-1 away.").empty());
  CHECK(figures_in("The council voted 51-49 to close the port.").empty());
  CHECK(only_figure("The ferry carries 200-300 passengers.").figure.kind == FigureKind::range);
  // A spelled number with a singular unit in capitals is a place's name, but not in a headline's plural.
  CHECK(only_figure("Ten whales beached on Ninety Mile Beach.").figure.value == 10);
  CHECK(only_figure("Ferry Stuck For Two Hours").figure.kind == FigureKind::quantity);
  // Lower-case labels are names too.
  CHECK(figures_in("The crash closed highway 35 near exit 436.").empty());
  CHECK(figures_in("The app will ship version two in spring.").empty());
  CHECK(figures_in("She is ranked no . 1 in the world.").empty());
}

TEST_CASE("figures: a slash makes a fraction, a day or nothing") {
  CHECK(*only_figure("About 3/4 of the crew stayed.").figure.value == doctest::Approx(0.75));
  CHECK(*only_figure("The bolt is 3/16 inch wide.").figure.value == doctest::Approx(0.1875));
  const Found day = only_figure("The vote is set for 5/12 in the capital.");
  CHECK(day.figure.kind == FigureKind::date);
  CHECK(day.figure.date == "XXXX-05-12");
  CHECK(only_figure("Security changed after 9/11 for good.").figure.kind == FigureKind::date);
  CHECK(figures_in("The helpline is open 24/7 for callers.").empty());
}

TEST_CASE("figures: text split by an older tokenizer keeps its decimals") {
  // A point with a space on each side between two numbers is a decimal point, not a sentence end.
  const Found money = only_figure("The plant cost $ 46 . 8 million to build.");
  CHECK(money.text == "$ 46 . 8 million");
  CHECK(*money.figure.value == doctest::Approx(46.8e6));
  const Found share = only_figure("Output rose 14 . 8 % in the week.");
  CHECK(*share.figure.value == doctest::Approx(14.8));
  // Prose glues the point to the number that ends a sentence.
  CHECK(figures_in("Output rose to 40. 12 workers left.").size() == 2);
}

TEST_CASE("figures: an actor mention hides the number inside it") {
  const std::string text = "Apollo 11 returned to Earth.";
  Actor mission;
  mission.name = "Apollo 11";
  mission.kind = ActorKind::organization;
  mission.mentions.push_back({0, 9});
  CHECK(figures_in(text, {mission}).empty());
}

TEST_CASE("figures: small numbers that refer back are not counts") {
  CHECK(figures_in("The talks between the two sides stalled.").empty());
  CHECK(figures_in("No one was hurt, and one of them left.").empty());
  const Found f = only_figure("Police arrested two men.");
  CHECK(f.counts == "men");
}

TEST_CASE("figures: 'one' after a determiner and a word, or before 'another', is a pronoun") {
  CHECK(figures_in("Of the oars, the broken one shows cracks near the blade.").empty());
  CHECK(figures_in("Neighbours helped one another through the storm.").empty());
  CHECK(figures_in("The last one left before dawn.").empty());
  CHECK(only_figure("Only one ferry sailed.").counts == "ferry");
}

TEST_CASE("figures: the counted phrase stops before verbs and prepositions") {
  CHECK(only_figure("Over 5,000 Ukrainian refugees crossing the border were counted.").counts == "Ukrainian refugees");
  CHECK(only_figure("Nine of them escaped.").counts.empty());
  CHECK(only_figure("At least 12 were injured.").counts.empty());
  CHECK(only_figure("Seven wounded soldiers were flown out.").counts == "wounded soldiers");
}

TEST_CASE("figures: figures come sorted and never overlap") {
  const std::vector<Found> all =
      figures_in("On May 2, 2024, about 3,000 workers struck for 48 hours, costing $12 million, or 4% of output.");
  REQUIRE(all.size() == 5);
  CHECK(all[0].text == "May 2, 2024");
  CHECK(all[1].text == "about 3,000");
  CHECK(all[2].text == "48 hours");
  CHECK(all[3].text == "$12 million");
  CHECK(all[4].text == "4%");
  for (std::size_t i = 1; i < all.size(); ++i) CHECK(all[i - 1].figure.span.end <= all[i].figure.span.start);
}

TEST_CASE("figures: proportions read as fractions") {
  const Found f = only_figure("One in five adults smoke daily.");
  CHECK(f.text == "One in five");
  CHECK(f.figure.value.value() == doctest::Approx(0.2));
  CHECK(f.counts == "adults");
  CHECK(only_figure("Three out of four doctors agreed.").figure.value.value() == doctest::Approx(0.75));
  // A larger first number is no proportion: two figures.
  CHECK(figures_in("The panel voted 12 in favour and 3 against.").size() == 2);
}

TEST_CASE("figures: descending pairs and year spans are not ranges") {
  const std::vector<Found> vote = figures_in("Lawmakers voted 60 to 40 for the bill.");
  REQUIRE(vote.size() == 2);
  CHECK(vote[0].text == "60");
  CHECK(vote[1].text == "40");
  const Found season = only_figure("The 2013-14 season was his best.");
  CHECK(season.figure.kind == FigureKind::date);
  CHECK(season.figure.date == "2013/2014");
  const Found days = only_figure("The summit runs Nov. 18-19 in the capital.");
  CHECK(days.text == "Nov. 18-19");
  CHECK(days.figure.date == "XXXX-11-18");
}

TEST_CASE("figures: a bound followed by another amount stays two figures") {
  const std::vector<Found> all = figures_in("Bids were 500 or less than 600 in total.");
  REQUIRE(all.size() == 2);
  CHECK(all[0].text == "500");
  CHECK(all[1].text == "less than 600");
  CHECK(all[1].figure.qualifier == Qualifier::under);
}

TEST_CASE("figures: words that look like currency codes are words") {
  CHECK(figures_in("Let us try one more approach.").size() <= 1);
  for (const Found& f : figures_in("Let us try one more approach.")) CHECK(f.figure.kind != FigureKind::money);
  CHECK(figures_in("See https://example.org/page?id=4521&ref=77 for more.").empty());
}

TEST_CASE("figures: spelled numbers with scales, points and fractions") {
  CHECK(*only_figure("The city has two hundred and five thousand residents.").figure.value == 205000);
  CHECK(only_figure("Growth was three point five percent.").figure.value.value() == doctest::Approx(3.5));
  CHECK(only_figure("The budget is five and a half million pounds.").figure.value.value() == doctest::Approx(5.5e6));
  CHECK(only_figure("Two thirds of the staff left.").figure.value.value() == doctest::Approx(2.0 / 3));
  CHECK(*only_figure("Half a dozen ministers resigned.").figure.value == 6);
}

TEST_CASE("figures: a hyphenated measure with more words after it") {
  Found f = only_figure("The ferry line pays a 12-cent-a-share dividend.");
  CHECK(f.figure.kind == FigureKind::money);
  CHECK(f.figure.unit == "USD");
  CHECK(*f.figure.value == doctest::Approx(0.12));
  f = only_figure("Drivers waited in a 5-mile-long queue at the port.");
  CHECK(f.figure.kind == FigureKind::quantity);
  CHECK(*f.figure.value == 5);
}

TEST_CASE("figures: a height in feet and inches") {
  const Found f = only_figure("The new captain is 5-foot-11 and sails every day.");
  CHECK(f.figure.kind == FigureKind::quantity);
  CHECK(f.figure.unit == "ft");
  CHECK(*f.figure.value == doctest::Approx(5 + 11 / 12.0));
}

TEST_CASE("figures: pounds weigh unless a scale or a vague count makes them money") {
  Found f = only_figure("Workers lifted a 300-pound manhole cover.");
  CHECK(f.figure.kind == FigureKind::quantity);
  CHECK(f.figure.unit == "lb");
  f = only_figure("The sack weighed 300 pounds at the dock.");
  CHECK(f.figure.kind == FigureKind::quantity);
  CHECK(f.figure.unit == "lb");
  f = only_figure("The club paid 361 million pounds for the striker.");
  CHECK(f.figure.kind == FigureKind::money);
  CHECK(f.figure.unit == "GBP");
  CHECK(only_figure("Repairs cost hundreds of pounds.").figure.kind == FigureKind::money);
}

TEST_CASE("figures: a vulgar fraction after a number, and an age written with a space") {
  Found f = only_figure("The signal stopped 6 \xC2\xBD minutes after launch.");
  CHECK(f.text == "6 \xC2\xBD minutes");
  CHECK(*f.figure.value == doctest::Approx(6.5));
  f = only_figure("The family said the 93 year-old was resting.");
  CHECK(f.figure.kind == FigureKind::quantity);
  CHECK(f.figure.unit == "year");
  CHECK(*f.figure.value == 93);
}

TEST_CASE("figures: a range of counts says what it counts") {
  const Found range = only_figure("Between 3,000 and 5,000 dockers marched in Lund.");
  CHECK(range.figure.kind == FigureKind::range);
  CHECK(*range.figure.low == 3000);
  CHECK(*range.figure.high == 5000);
  CHECK(range.counts == "dockers");
  CHECK(only_figure("Fares rose 10 to 15 percent.").counts.empty());
}

TEST_CASE("figures: a fraction of a percentage point is a percentage") {
  Found f = only_figure("Unemployment fell by half a percentage point.");
  CHECK(f.figure.kind == FigureKind::percent);
  CHECK(f.figure.unit == "percentage point");
  CHECK(*f.figure.value == doctest::Approx(0.5));
  f = only_figure("Rates rose a quarter of a percentage point.");
  CHECK(f.text == "a quarter of a percentage point");
  CHECK(*f.figure.value == doctest::Approx(0.25));
  CHECK(only_figure("Half a dozen ferries sailed.").figure.kind == FigureKind::count);
}
