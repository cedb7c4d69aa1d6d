#include "article_hints.h"

#include <array>
#include <cstddef>
#include <string>


namespace newsmark {
namespace {

char lower_ascii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
bool is_alnum_ascii(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Whole words of an id or class ("article-header__meta" → article, header,
// meta). Short words like "ad" are only trusted as whole words.
constexpr std::array<std::string_view, 49> kBoilerplateWords = {
    "ad", "ads", "adv", "adsense", "adslot", "adunit", "dfp", "nav", "menu", "header", "meta",
    "metadata", "date", "dateline", "time", "tags", "topics", "keywords",
    "share", "sharing", "social", "sociable", "addthis", "follow", "respond",
    "replies", "related", "rail", "aside", "overlay", "tools", "print", "login", "skip", "cta",
    "bio", "photo", "gallery", "image", "video", "figure", "img", "caption", "credit", "credits",
    "subscribe", "subscription", "signup", "sidebar"};

// Stems trusted anywhere inside one class or id, separators removed
// ("relatedArticles", "most-popular" → "mostpopular").
constexpr std::array<std::string_view, 42> kBoilerplateStems = {
    "comment", "disqus", "related", "recommend", "trending", "popular", "mostread", "recirc",
    "outbrain", "taboola", "zergnet", "newsletter", "signup", "sidebar", "widget", "sponsor",
    "promo", "banner", "skyscraper", "cookie", "gdpr", "consent", "modal", "popup", "toolbar",
    "breadcrumb", "pagination", "pager", "footer", "masthead", "byline", "author", "timestamp",
    "pubdate", "advert", "socialshare", "sharebar", "visuallyhidden", "sronly", "pullquote",
    "caption", "credit"};

constexpr std::array<std::string_view, 14> kContentWords = {
    "article", "articlebody", "body", "content", "entry", "post", "text", "story", "main",
    "prose", "copy", "richtext", "paragraph", "column"};

// Class stems that name the article body itself, separators removed.
constexpr std::array<std::string_view, 15> kArticleBodyStems = {
    "articlebody", "storybody", "entrycontent", "postcontent", "postbody", "articlecontent",
    "storycontent", "articletext", "bodytext", "storytext", "contentbody", "articlecopy",
    "bodycopy", "richtext", "blogpost"};

// Names of the standfirst (dek): whole words, and stems trusted inside a token.
constexpr std::array<std::string_view, 8> kStandfirstWords = {
    "dek", "intro", "lede", "summary", "description", "excerpt", "subtitle", "standfirst"};
constexpr std::array<std::string_view, 3> kStandfirstStems = {"standfirst", "subhead", "strapline"};

template <std::size_t N>
bool contains_word(const std::array<std::string_view, N>& words, std::string_view word) {
  for (std::string_view w : words) {
    if (w == word) return true;
  }
  return false;
}

template <std::size_t N>
bool contains_stem(const std::array<std::string_view, N>& stems, std::string_view squashed) {
  for (std::string_view stem : stems) {
    std::size_t at = squashed.find(stem);
    while (at != std::string_view::npos) {
      // "commentary" names opinion pieces, not reader comments.
      const bool commentary = stem == "comment" && squashed.substr(at + stem.size(), 3) == "ary";
      if (!commentary) return true;
      at = squashed.find(stem, at + 1);
    }
  }
  return false;
}

// Applies `on_token(squashed)` to each white-space separated token, lower-cased
// with separators removed, and `on_word(word)` to each alphanumeric word.
template <typename TokenFn, typename WordFn>
void for_each_token(std::string_view attribute, TokenFn on_token, WordFn on_word) {
  std::string squashed, word;
  auto flush_word = [&] {
    if (!word.empty()) on_word(std::string_view(word));
    word.clear();
  };
  auto flush_token = [&] {
    flush_word();
    if (!squashed.empty()) on_token(std::string_view(squashed));
    squashed.clear();
  };
  char previous = ' ';
  for (char c : attribute) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      flush_token();
    } else if (is_alnum_ascii(c)) {
      // camelCase starts a word: "imageEmbedCredit" → image, embed, credit.
      if (c >= 'A' && c <= 'Z' && previous >= 'a' && previous <= 'z') flush_word();
      squashed.push_back(lower_ascii(c));
      word.push_back(lower_ascii(c));
    } else {
      flush_word();
    }
    previous = c;
  }
  flush_token();
}

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (lower_ascii(a[i]) != lower_ascii(b[i])) return false;
  }
  return true;
}

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && equals_ignoring_case(text.substr(0, prefix.size()), prefix);
}

// Lines that are furniture when they are all there is.
constexpr std::array<std::string_view, 42> kFurnitureLines = {
    "advertisement", "advertising", "advert", "related news", "sponsored", "sponsored content", "read more", "continue reading",
    "share", "share this", "share this article", "share this story", "share on facebook",
    "share on twitter", "related", "related articles", "related stories", "related content",
    "comments", "sign up", "subscribe", "click here", "show more", "load more", "loading",
    "close", "menu", "skip to content", "listen", "print", "email", "facebook", "twitter",
    "tweet", "whatsapp", "linkedin", "pinterest", "reddit", "copy link", "image", "video", "play"};

// Prefixes of short lines that introduce page furniture.
constexpr std::array<std::string_view, 23> kFurniturePrefixes = {
    "by ", "written by", "posted by", "posted on", "published", "updated", "last updated",
    "first published", "read more:", "read more ", "related:", "see also", "also read",
    "more:", "photo:", "photograph:", "image:", "credit:", "image copyright", "image caption",
    "media caption", "follow us", "from the section"};

// Words of a line that only gives a date or a time.
constexpr std::array<std::string_view, 40> kDateWords = {
    "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
    "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
    "november", "dec", "december", "am", "pm", "et", "est", "edt", "gmt", "utc", "bst", "pt",
    "updated", "published", "posted", "at", "on", "ago", "min"};

bool is_date_line(std::string_view text) {
  std::string word;
  bool any = false;
  auto word_is_date = [&]() {
    if (word.empty()) return true;
    any = true;
    bool digits = true;
    for (char c : word) digits = digits && c >= '0' && c <= '9';
    if (digits) return true;
    // "3rd", "21st", "10am".
    std::size_t i = 0;
    while (i < word.size() && word[i] >= '0' && word[i] <= '9') ++i;
    if (i > 0) {
      const std::string_view rest(word.data() + i, word.size() - i);
      if (rest == "st" || rest == "nd" || rest == "rd" || rest == "th" || rest == "am" || rest == "pm") return true;
    }
    return contains_word(kDateWords, word) || word == "hours" || word == "hour" || word == "minutes" ||
           word == "days" || word == "mins";
  };
  for (char c : text) {
    if (is_alnum_ascii(c)) {
      word.push_back(lower_ascii(c));
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      return false;  // letters of other scripts: not a date we know
    } else {
      if (!word_is_date()) return false;
      word.clear();
    }
  }
  return word_is_date() && any;
}

// A class of exactly "hidden" hides the element with the site's CSS, unless
// a responsive variant ("md:block") shows it again on some screens.
bool has_hidden_class(std::string_view classes) {
  bool hidden = false;
  std::size_t start = 0;
  while (start <= classes.size()) {
    std::size_t end = classes.find(' ', start);
    if (end == std::string_view::npos) end = classes.size();
    const std::string_view token = classes.substr(start, end - start);
    if (token.find(':') != std::string_view::npos) return false;
    if (token == "hidden") hidden = true;
    start = end + 1;
  }
  return hidden;
}

// "941 comments", "12 shares", "3.4K views": counters beside a story.
bool is_count_line(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && ((text[i] >= '0' && text[i] <= '9') || text[i] == ',' || text[i] == '.')) ++i;
  if (i == 0) return false;
  if (i < text.size() && (text[i] == 'k' || text[i] == 'K' || text[i] == 'm' || text[i] == 'M')) ++i;
  while (i < text.size() && text[i] == ' ') ++i;
  const std::string_view rest = text.substr(i);
  for (std::string_view unit : {"comment", "comments", "share", "shares", "view", "views", "like", "likes", "reply", "replies"}) {
    if (equals_ignoring_case(rest, unit)) return true;
  }
  return false;
}

}  // namespace

MarkupHints read_markup_hints(const Block& block) {
  MarkupHints hints;
  if (block.id.empty() && block.classes.empty() && block.itemprop.empty() && block.role.empty()) return hints;
  auto on_token = [&](std::string_view squashed) {
    if (contains_stem(kBoilerplateStems, squashed)) hints.boilerplate = true;
    if (contains_stem(kArticleBodyStems, squashed)) hints.article_body = true;
    if (squashed.find("headline") != std::string_view::npos) hints.headline = true;
    if (contains_stem(kStandfirstStems, squashed)) hints.standfirst = true;
    if (squashed.find("disqus") != std::string_view::npos ||
        (squashed.find("comment") != std::string_view::npos && squashed.find("commentary") == std::string_view::npos)) {
      hints.comments = true;
    }
  };
  auto on_word = [&](std::string_view word) {
    if (contains_word(kBoilerplateWords, word)) hints.boilerplate = true;
    if (contains_word(kContentWords, word)) hints.content = true;
    if (contains_word(kStandfirstWords, word)) hints.standfirst = true;
  };
  for_each_token(block.id, on_token, on_word);
  for_each_token(block.classes, on_token, on_word);
  if (has_hidden_class(block.classes)) hints.boilerplate = true;
  if (equals_ignoring_case(block.itemprop, "articleBody") || equals_ignoring_case(block.itemprop, "text")) {
    hints.article_body = true;
  }
  if (equals_ignoring_case(block.itemprop, "headline")) hints.headline = true;
  if (equals_ignoring_case(block.itemprop, "description") || equals_ignoring_case(block.itemprop, "alternativeHeadline")) {
    hints.standfirst = true;
  }
  if (equals_ignoring_case(block.role, "main") || equals_ignoring_case(block.role, "article")) hints.content = true;
  if (hints.article_body && !hints.comments) {
    hints.content = true;
    hints.boilerplate = false;
  }
  return hints;
}

bool is_furniture_element(const Block& block) {
  static constexpr std::array<std::string_view, 13> kTags = {
      "nav", "aside", "footer", "header", "figure", "figcaption", "dialog", "menu", "button",
      "select", "option", "label", "fieldset"};
  static constexpr std::array<std::string_view, 12> kRoles = {
      "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search",
      "menu", "menubar", "toolbar", "tablist", "figure"};
  if (contains_word(kTags, block.tag)) return true;
  for (std::string_view role : kRoles) {
    if (equals_ignoring_case(block.role, role)) return true;
  }
  return false;
}

int heading_level(std::string_view tag) {
  if (tag.size() == 2 && (tag[0] == 'h' || tag[0] == 'H') && tag[1] >= '1' && tag[1] <= '6') return tag[1] - '0';
  return 0;
}

TextMeasures measure_text(std::string_view text) {
  TextMeasures m;
  bool in_word = false;
  char last_visible = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0) != 0x80) ++m.chars;
    const bool space = c == ' ' || c == '\n' || c == '\t';
    if (!space && !in_word) ++m.words;
    in_word = !space;
    if (c == ',') ++m.commas;
    if (c == '.' || c == '!' || c == '?') {
      const bool at_break = i + 1 >= text.size() || text[i + 1] == ' ' || text[i + 1] == '"' ||
                            text[i + 1] == '\'' || static_cast<unsigned char>(text[i + 1]) == 0xE2;
      if (at_break) ++m.sentence_ends;
    }
    if (!space && c < 0x80) last_visible = static_cast<char>(c);
    else if (!space && (c & 0xC0) != 0x80) last_visible = 0;
  }
  // Closing quotes (’ ” are E2 80 99 / E2 80 9D) after the stop still end a sentence.
  std::string_view tail = text;
  while (!tail.empty() && (tail.back() == ' ' || tail.back() == '"' || tail.back() == '\'' || tail.back() == ')')) {
    tail.remove_suffix(1);
  }
  if (tail.size() >= 3 && static_cast<unsigned char>(tail[tail.size() - 3]) == 0xE2) tail.remove_suffix(3);
  if (!tail.empty()) last_visible = tail.back();
  m.ends_sentence = last_visible == '.' || last_visible == '!' || last_visible == '?' || last_visible == ':';
  return m;
}

bool looks_like_furniture_text(std::string_view text, const TextMeasures& measures) {
  if (measures.words > 12 || measures.chars > 100) return false;
  std::string_view trimmed = text;
  while (!trimmed.empty() && !is_alnum_ascii(trimmed.back()) && static_cast<unsigned char>(trimmed.back()) < 0x80) {
    trimmed.remove_suffix(1);
  }
  for (std::string_view line : kFurnitureLines) {
    if (equals_ignoring_case(trimmed, line)) return true;
  }
  if (is_count_line(trimmed)) return true;
  if (measures.words <= 10 && measures.sentence_ends <= 1) {
    for (std::string_view prefix : kFurniturePrefixes) {
      if (!starts_with_ignoring_case(text, prefix)) continue;
      // "By Ann Example" is a byline; "By noon, the river rose." is not.
      if (prefix == "by ") {
        const char next = text.size() > 3 ? text[3] : ' ';
        if (!(next >= 'A' && next <= 'Z') && static_cast<unsigned char>(next) < 0x80) continue;
      }
      return true;
    }
  }
  return is_date_line(text);
}

bool opens_related_links(std::string_view text) {
  static constexpr std::string_view kOpeners[] = {
      "more ", "related", "recommended", "read more", "read next", "read also", "also read", "most popular",
      "most read", "you may also like", "you might also like", "see also", "further reading", "trending",
      "top stories", "latest stories", "latest news", "popular stories", "what to read next"};
  for (std::string_view opener : kOpeners) {
    if (starts_with_ignoring_case(text, opener)) return true;
  }
  return false;
}

}  // namespace newsmark
