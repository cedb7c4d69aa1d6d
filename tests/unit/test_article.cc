// find_article(): container, headline and body of small pages written here.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <initializer_list>
#include <string>
#include <vector>

#include "article.h"

using namespace newsmark;
using nlohmann::json;

namespace {

// Builds a block list the way the DOM walk would.
class Page {
 public:
  int add(int parent, const std::string& tag, const std::string& text = "", const std::string& classes = "",
          std::uint32_t link_chars = 0) {
    Block b;
    b.tag = tag;
    b.parent = parent;
    // Malformed parents (forward or negative) are part of what is tested: no depth from them.
    const bool known_parent = parent >= 0 && static_cast<std::size_t>(parent) < blocks.size();
    b.depth = known_parent ? blocks[static_cast<std::size_t>(parent)].depth + 1 : 0;
    b.text = text;
    b.classes = classes;
    b.link_chars = link_chars;
    blocks.push_back(b);
    return static_cast<int>(blocks.size()) - 1;
  }
  // A block of links only: a menu item, a related headline.
  int link(int parent, const std::string& tag, const std::string& text) {
    return add(parent, tag, text, "", static_cast<std::uint32_t>(text.size()));
  }
  std::vector<Block> blocks;
};

const std::string kParagraphs[] = {
    "The council voted on Tuesday to close the old bridge, citing cracks in two of its piers, and said repairs would take a year.",
    "Residents, many of whom cross the river twice a day, said the decision came without warning and left them with a long detour.",
    "Engineers first reported the damage in the spring, according to documents released by the city, but the findings were not made public.",
    "A temporary ferry will run from next month, the mayor said, although its timetable and fares have not yet been set.",
    "Shop owners near the bridge fear that the closure, coming weeks before the holidays, will cost them a large part of their trade.",
};

std::vector<std::string> texts(const Page& page, const std::vector<int>& indices) {
  std::vector<std::string> out;
  for (int i : indices) out.push_back(page.blocks[i].text);
  return out;
}

}  // namespace

TEST_CASE("article: the story wins over navigation, related links and comments") {
  Page page;
  const int html = page.add(-1, "html");
  const int body = page.add(html, "body");
  const int nav = page.add(body, "nav");
  const int menu = page.add(nav, "ul");
  for (const char* item : {"Home", "World", "Business", "Sport"}) page.link(menu, "li", item);
  const int main = page.add(body, "main");
  const int article = page.add(main, "article");
  const int h1 = page.add(article, "h1", "Old bridge to close for a year");
  page.add(article, "div", "By Ann Example", "byline");
  const int story = page.add(article, "div", "", "story-text");
  std::vector<int> expected;
  for (const std::string& p : kParagraphs) expected.push_back(page.add(story, "p", p));
  const int related = page.add(main, "section", "", "related-stories");
  page.add(related, "h2", "Related");
  page.link(related, "p", "City promises faster repairs for ageing roads across the region");
  page.link(related, "p", "Ferry operators say they are ready to help commuters during works");
  const int comments = page.add(main, "section", "", "comments");
  page.add(comments, "p", "I have crossed that bridge every day for twenty years, and I never saw a crack.");
  page.add(comments, "p", "This is what happens when maintenance budgets are cut, year after year, by the council.");
  const int footer = page.add(body, "footer");
  page.add(footer, "p", "Copyright The Example Gazette, all rights reserved, 2025.");

  const ArticleChoice choice = find_article(page.blocks, PageHints{"Old bridge to close for a year | The Example Gazette"});
  CHECK(choice.container == story);
  CHECK(choice.headline == h1);
  CHECK(choice.body == expected);
}

TEST_CASE("article: teaser <article>s do not beat the one long story") {
  Page page;
  const int body = page.add(-1, "body");
  const int teasers = page.add(body, "div", "", "teasers");
  for (int i = 0; i < 6; ++i) {
    const int teaser = page.add(teasers, "article", "", "teaser");
    page.link(teaser, "h3", "A headline of another story, number " + std::to_string(i));
    page.add(teaser, "p", "A short summary of that story, which readers may click on, for more.");
  }
  const int story = page.add(body, "article", "", "post");
  const int h1 = page.add(story, "h1", "Old bridge to close for a year");
  std::vector<int> expected;
  for (const std::string& p : kParagraphs) expected.push_back(page.add(story, "p", p));

  const ArticleChoice choice = find_article(page.blocks);
  CHECK(choice.container == story);
  CHECK(choice.headline == h1);
  CHECK(choice.body == expected);
}

TEST_CASE("article: a story split around an ad joins its parts") {
  Page page;
  const int body = page.add(-1, "body");
  const int column = page.add(body, "div", "", "column");
  const int h1 = page.add(column, "h1", "Old bridge to close for a year");
  const int part1 = page.add(column, "div", "", "story-part");
  const int p0 = page.add(part1, "p", kParagraphs[0]);
  const int p1 = page.add(part1, "p", kParagraphs[1]);
  const int p2 = page.add(part1, "p", kParagraphs[2]);
  const int ad = page.add(column, "div", "", "ad-slot");
  page.add(ad, "p", "Advertisement");
  const int part2 = page.add(column, "div", "", "story-part");
  const int p3 = page.add(part2, "p", kParagraphs[3]);
  const int p4 = page.add(part2, "p", kParagraphs[4]);
  const int sidebar = page.add(body, "aside");
  page.link(sidebar, "p", "Most read: the ten best walks along the river this autumn");

  const ArticleChoice choice = find_article(page.blocks);
  CHECK(choice.container == column);
  CHECK(choice.headline == h1);
  CHECK(choice.body == std::vector<int>{p0, p1, p2, p3, p4});
}

TEST_CASE("article: bylines, dates, captions, share bars and read-more lines are not body") {
  Page page;
  const int body = page.add(-1, "body");
  const int article = page.add(body, "article", "", "article-body");
  page.add(article, "p", "By Ann Example and Bo Sample");
  page.add(article, "p", "Updated 14 March 2025, 10:32 GMT");
  const int figure = page.add(article, "figure");
  page.add(figure, "figcaption", "The old bridge, seen from the east bank, in a photograph taken last week.");
  const int share = page.add(article, "div", "", "share-tools");
  page.link(share, "li", "Facebook");
  page.link(share, "li", "Twitter");
  const int p0 = page.add(article, "p", kParagraphs[0]);
  const int sub = page.add(article, "h2", "What happens next");
  const int p1 = page.add(article, "p", kParagraphs[1]);
  page.add(article, "p", "Advertisement");
  const int p2 = page.add(article, "p", kParagraphs[2]);
  page.add(article, "p", "Read more: how the city spends its road budget", "", 40);
  const int p3 = page.add(article, "p", kParagraphs[3]);
  const int newsletter = page.add(article, "div", "", "newsletter-signup");
  page.add(newsletter, "p", "Get the morning briefing in your inbox, every weekday, for free.");

  const ArticleChoice choice = find_article(page.blocks);
  CHECK(choice.container == article);
  const std::vector<std::string> got = texts(page, choice.body);
  CHECK(got == std::vector<std::string>{kParagraphs[0], "What happens next", kParagraphs[1], kParagraphs[2],
                                        kParagraphs[3]});
  CHECK(choice.body == std::vector<int>{p0, sub, p1, p2, p3});
}

TEST_CASE("article: a gallery inside the article body stays out, however long its captions") {
  Page page;
  const int body = page.add(-1, "body");
  const int article = page.add(body, "article");
  const int story = page.add(article, "div", "", "text-wrapper");
  page.blocks[static_cast<std::size_t>(story)].itemprop = "articleBody";
  std::vector<int> paragraphs;
  for (const std::string& p : kParagraphs) paragraphs.push_back(page.add(story, "p", p));
  const int gallery = page.add(story, "div", "", "full-gallery");
  const int legends = page.add(gallery, "ul", "", "legends");
  for (int k = 0; k < 12; ++k) {
    const int item = page.add(legends, "li");
    page.add(item, "h2", "Photo " + std::to_string(k + 1) + " of 12: the harbour at dawn");
    page.add(item, "p", kParagraphs[k % 5] + " The photograph was taken from the old lighthouse, looking west.");
  }
  const ArticleChoice choice = find_article(page.blocks);
  CHECK((choice.container == story || choice.container == article));  // a lone child gives way to its parent
  CHECK(choice.body == paragraphs);
}

TEST_CASE("article: the headline is the heading that matches the page title") {
  Page page;
  const int body = page.add(-1, "body");
  const int header = page.add(body, "header");
  page.add(header, "h1", "The Example Gazette");
  const int article = page.add(body, "article");
  const int kicker = page.add(article, "h2", "Transport");
  const int headline = page.add(article, "h2", "Old bridge to close for a year");
  for (const std::string& p : kParagraphs) page.add(article, "p", p);

  CHECK(find_article(page.blocks, PageHints{"Old bridge to close for a year - The Example Gazette"}).headline == headline);
  CHECK(kicker != headline);
}

TEST_CASE("article: the standfirst under the headline is found, and kept out of the body") {
  const std::string kHeadline = "Old bridge to close for a year";
  const std::string kSummary = "Cracks in two piers leave the council no choice, engineers say, and a ferry will fill the gap.";
  SUBCASE("named by its class, past the byline") {
    Page page;
    const int body = page.add(-1, "body");
    const int header = page.add(body, "header");
    const int headline = page.add(header, "h1", kHeadline);
    const int standfirst = page.add(header, "div", kSummary, "article__standfirst");
    page.add(header, "p", "By Ann Example");
    const int article = page.add(body, "article", "", "article-body");
    for (const std::string& p : kParagraphs) page.add(article, "p", p);
    const ArticleChoice choice = find_article(page.blocks, PageHints{kHeadline});
    CHECK(choice.headline == headline);
    CHECK(choice.standfirst == standfirst);
    CHECK(texts(page, choice.body) == std::vector<std::string>(std::begin(kParagraphs), std::end(kParagraphs)));
  }
  SUBCASE("unnamed: a sentence in a paragraph right under the headline, outside the body's container") {
    Page page;
    const int body = page.add(-1, "body");
    const int article = page.add(body, "article");
    const int top = page.add(article, "div");
    page.add(top, "h1", kHeadline);
    const int standfirst = page.add(top, "p", kSummary);
    const int text = page.add(article, "div", "", "story-text");
    for (const std::string& p : kParagraphs) page.add(text, "p", p);
    CHECK(find_article(page.blocks, PageHints{kHeadline}).standfirst == standfirst);
  }
  SUBCASE("none: the body starts under the headline, or a kicker line is no sentence") {
    Page page;
    const int body = page.add(-1, "body");
    const int article = page.add(body, "article");
    page.add(article, "h1", kHeadline);
    for (const std::string& p : kParagraphs) page.add(article, "p", p);
    CHECK(find_article(page.blocks, PageHints{kHeadline}).standfirst == -1);

    Page other;
    const int body2 = other.add(-1, "body");
    const int article2 = other.add(body2, "article");
    other.add(article2, "h1", kHeadline);
    other.add(article2, "h2", "Live updates from the riverside and the town hall meeting");
    const int text = other.add(article2, "div", "", "story-text");
    for (const std::string& p : kParagraphs) other.add(text, "p", p);
    CHECK(find_article(other.blocks, PageHints{kHeadline}).standfirst == -1);
  }
}

TEST_CASE("article: a malformed parent under the headline is read as none when looking for the standfirst") {
  Page page;
  const int body = page.add(-1, "body");
  const int top = page.add(body, "div");
  page.add(top, "h1", "Old bridge to close for a year");
  page.add(1000, "p", "Cracks in two piers leave the council no choice, engineers say, and a ferry will run.");
  const int text = page.add(body, "div", "", "story-text");
  for (const std::string& p : kParagraphs) page.add(text, "p", p);
  const ArticleChoice choice = find_article(page.blocks, PageHints{"Old bridge to close for a year"});
  CHECK(choice.body.size() == 5);
  CHECK(choice.standfirst != 0);  // never the page's own body element
}

TEST_CASE("article: a page without paragraphs has no article") {
  Page page;
  const int body = page.add(-1, "body");
  const int nav = page.add(body, "ul");
  for (const char* item : {"Home", "World", "Business"}) page.link(nav, "li", item);
  const ArticleChoice choice = find_article(page.blocks);
  CHECK(choice.container == -1);
  CHECK(choice.headline == -1);
  CHECK(choice.body.empty());
  CHECK(find_article({}).container == -1);
}

TEST_CASE("article: a parent that does not come first is read as no parent") {
  Page page;
  page.add(-1, "div");
  page.add(5, "p", kParagraphs[0]);  // points forward: ignored, not followed
  page.add(-7, "p", kParagraphs[1]);
  const ArticleChoice choice = find_article(page.blocks);
  CHECK(choice.container == -1);  // top-level paragraphs have no container to score
}

TEST_CASE("article: find_article_packed reads the packed block tree and writes the choice") {
  // Header, then per block: tag, parent, links, id, class, role, itemprop, text.
  const std::string unit = "\x1f";
  std::string packed = "nmb1" + unit + "Old bridge to close for a year";
  Page page;
  const auto add = [&](const std::string& tag, int parent, const std::string& text = "", int links = 0,
                       const std::string& classes = "") {
    packed += "\x1e" + tag + unit + std::to_string(parent) + unit + std::to_string(links) + unit + unit + classes +
              unit + unit + unit + text;
    page.add(parent, tag, text, classes, static_cast<std::uint32_t>(links));
  };
  add("BODY", -1);
  add("article", 0, "", 0, "story");
  add("h1", 1, "Old bridge to close for a year");
  for (const std::string& p : kParagraphs) add("p", 1, p);
  add("ul", 1, "", 0, "tags");
  add("li", 8, "Bridges", 7);

  const json out = json::parse(find_article_packed(packed), nullptr, false);
  REQUIRE(out.is_object());
  page.blocks[0].tag = "body";  // the reader lower-cases tags
  const ArticleChoice direct = find_article(page.blocks, PageHints{"Old bridge to close for a year"});
  CHECK(out["container"] == direct.container);
  CHECK(out["headline"] == direct.headline);
  CHECK(out["body"] == direct.body);
  CHECK(out["container"] == 1);
  CHECK(out["headline"] == 2);
  CHECK(out["standfirst"].is_null());
  CHECK(out["body"] == json::array({3, 4, 5, 6, 7}));
}

TEST_CASE("article: find_article_packed reports bad input as an error value") {
  auto error_of = [](const std::string& input) {
    const json out = json::parse(find_article_packed(input), nullptr, false);
    return out.is_object() && out.contains("error") ? out["error"].get<std::string>() : std::string("<none>");
  };
  // Joins fields with the unit separator (written out, "\x1f0" would be one escape).
  const auto fields = [](std::initializer_list<std::string> parts) {
    std::string out;
    bool first = true;
    for (const std::string& part : parts) {
      if (!first) out += '\x1f';
      out += part;
      first = false;
    }
    return out;
  };
  const std::string header = fields({"nmb1", "Title"}) + "\x1e";
  CHECK(error_of("") == "the input is not a packed block tree");
  CHECK(error_of(R"({"blocks": []})") == "the input is not a packed block tree");
  CHECK(error_of(fields({"nmb2", "Title"})) == "the input is not a packed block tree");
  CHECK(error_of(header + fields({"p", "-1", "0"})) == "block 0 does not have 8 fields");
  CHECK(error_of(header + fields({"p", "-1", "0", "", "", "", "", "", "extra"})) == "block 0 does not have 8 fields");
  CHECK(error_of(header + fields({"", "-1", "0", "", "", "", "", ""})) == "block 0 has no tag");
  CHECK(error_of(header + fields({"p", "0", "0", "", "", "", "", ""})) == "block 0 has a parent that does not come before it");
  CHECK(error_of(header + fields({"p", "x", "0", "", "", "", "", ""})) == "block 0 has a parent that is not an integer");
  CHECK(error_of(header + fields({"p", "-1", "-3", "", "", "", "", ""})) == "block 0 has a link count that is not a count");
  const json empty = json::parse(find_article_packed(fields({"nmb1", ""})), nullptr, false);
  CHECK(empty == json{{"container", nullptr}, {"headline", nullptr}, {"standfirst", nullptr}, {"body", json::array()}});
}
