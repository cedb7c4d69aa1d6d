// Article text of an HTML page, for `newsmark annotate --html`.
#ifndef NEWSMARK_CLI_HTML_TEXT_H_
#define NEWSMARK_CLI_HTML_TEXT_H_

#include <string>
#include <string_view>

namespace newsmark::cli {

// Parses `html` (any encoding gumbo accepts as UTF-8) and returns the visible
// text of its article, one block a line.
std::string html_article_text(std::string_view html);

}  // namespace newsmark::cli

#endif  // NEWSMARK_CLI_HTML_TEXT_H_
