// What a block's markup and text say about it, before any scoring: id/class
// words that mark boilerplate or article content, tags and roles that never
// hold the story, and simple text measures.
#ifndef NEWSMARK_ARTICLE_HINTS_H_
#define NEWSMARK_ARTICLE_HINTS_H_

#include <cstdint>
#include <string_view>

#include "article.h"

namespace newsmark {

// Hints read from id, class, role and itemprop.
struct MarkupHints {
  bool boilerplate = false;  // comments, share bars, related links, ads, bylines, captions, ...
  bool content = false;      // "article-body", "story", "entry-content", itemprop=articleBody, ...
  bool article_body = false; // itemprop=articleBody or an equally explicit class
  bool headline = false;     // itemprop=headline or a headline/title class
  bool comments = false;     // reader comments: boilerplate however long they are
  bool standfirst = false;   // the summary under the headline: "standfirst", "dek", itemprop=description, ...
};
MarkupHints read_markup_hints(const Block& block);

// Elements that hold page furniture, never the story: nav, aside, footer,
// figure captions, dialogs, form controls, and their ARIA roles.
bool is_furniture_element(const Block& block);

// h1 … h6.
int heading_level(std::string_view tag);

// Measures of a block's own text.
struct TextMeasures {
  std::uint32_t chars = 0;           // code points
  std::uint32_t words = 0;
  std::uint32_t commas = 0;
  std::uint32_t sentence_ends = 0;   // . ! ? followed by a space or the end
  bool ends_sentence = false;        // last visible character closes a sentence
};
TextMeasures measure_text(std::string_view text);

// Short lines that are page furniture whatever their markup: "Advertisement",
// "Read more", "Share this article", "By Jane Doe", "Updated 3 hours ago", ...
bool looks_like_furniture_text(std::string_view text, const TextMeasures& measures);

// Lines that open a list of other stories: "More stories", "Related
// coverage", "Recommended for you", "Read next", "You may also like".
bool opens_related_links(std::string_view text);

}  // namespace newsmark

#endif  // NEWSMARK_ARTICLE_HINTS_H_
