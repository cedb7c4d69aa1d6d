// Finding the article in a news page: which container holds the story, which
// heading is its headline, and which blocks are its body.
//
// The page is given as a flat list of its block-level elements (the "block
// tree", docs/block-tree.md), built from the live DOM by web/find-article.js or
// from an HTML file by the CLI. Both call the same find_article(), so the
// browser and the command line make the same choice.
#ifndef NEWSMARK_ARTICLE_H_
#define NEWSMARK_ARTICLE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsmark {

// One block-level element of the page, in document order. Its parent comes
// before it. Inline elements (a, span, em, ...) are not blocks: their text
// belongs to the nearest enclosing block.
struct Block {
  std::string tag;        // lower-case element name: "p", "div", "h1", "li", ...
  std::string id;         // the id attribute
  std::string classes;    // the class attribute, as written
  std::string role;       // the role attribute
  std::string itemprop;   // the itemprop attribute ("articleBody", "headline", ...)
  int parent = -1;        // index of the enclosing block, -1 for a top-level block
  int depth = 0;          // 0 for a top-level block, parent's depth + 1 otherwise
  std::string text;       // own visible text (not inside a child block), white space
                          // collapsed to single spaces, trimmed
  std::uint32_t link_chars = 0;  // how many characters (code points) of `text`
                                 // are inside <a href> links
  bool hidden = false;    // hidden, aria-hidden="true" or display:none inline style
};

// Page-level hints for the headline: og:title, or the document <title>.
struct PageHints {
  std::string title;
};

// What find_article() chose. Indices are into the block list.
struct ArticleChoice {
  int container = -1;     // the block that holds the article (its smallest
                          // common ancestor), -1 when the page has no article
  int headline = -1;      // the headline heading, -1 when none was found
  int standfirst = -1;    // the summary between headline and body (the "dek"), -1 when none
  std::vector<int> body;  // body blocks with text, in document order: paragraphs,
                          // list items, sub-headings, quotes; without bylines,
                          // captions, share bars, related links, comments, ads
};

// The one scoring algorithm. Never throws; work and memory linear in the
// number of blocks and their text.
ArticleChoice find_article(const std::vector<Block>& blocks, const PageHints& hints = {});

// Reads the packed block tree (docs/block-tree.md), runs find_article() and
// returns {"container": i|null, "headline": i|null, "standfirst": i|null,
// "body": [i, ...]}, or {"error": "..."} when the input is not a valid packed
// block tree. Never throws. The browser's way in: writing it is a string join
// in JS and reading it one pass here.
std::string find_article_packed(std::string_view packed_block_tree);

}  // namespace newsmark

#endif  // NEWSMARK_ARTICLE_H_
