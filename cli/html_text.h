// The article of an HTML page as text, for `newsmark extract` and
// `newsmark annotate --html`.
#ifndef NEWSMARK_CLI_HTML_TEXT_H_
#define NEWSMARK_CLI_HTML_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

namespace newsmark::cli {

struct ArticleText {
  std::string headline;             // empty when the page has none
  std::string standfirst;           // the summary under the headline; empty when none
  std::vector<std::string> body;    // one entry per body block
  std::string body_text() const;    // body blocks, one a line
};

// Parses `html` (UTF-8), finds its article with find_article() and returns
// its headline and body as shown.
ArticleText html_article(std::string_view html);

// Headline and body, one block a line: the text `annotate --html` annotates.
std::string html_article_text(std::string_view html);

}  // namespace newsmark::cli

#endif  // NEWSMARK_CLI_HTML_TEXT_H_
