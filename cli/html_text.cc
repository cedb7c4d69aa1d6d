#include "html_text.h"

#include "html_blocks.h"

namespace newsmark::cli {

std::string ArticleText::body_text() const {
  std::string text;
  for (const std::string& line : body) {
    if (!text.empty()) text.push_back('\n');
    text += line;
  }
  return text;
}

ArticleText html_article(std::string_view html) {
  const BlockTree tree = read_block_tree(html);
  const ArticleChoice choice = find_article(tree.blocks, tree.hints);
  ArticleText article;
  if (choice.headline >= 0) article.headline = tree.blocks[choice.headline].text;
  if (choice.standfirst >= 0) article.standfirst = tree.blocks[choice.standfirst].text;
  for (int i : choice.body) article.body.push_back(tree.blocks[i].text);
  return article;
}

std::string html_article_text(std::string_view html) {
  const ArticleText article = html_article(html);
  std::string text;
  for (const std::string& part : {article.headline, article.standfirst, article.body_text()}) {
    if (part.empty()) continue;
    if (!text.empty()) text.push_back('\n');
    text += part;
  }
  return text;
}

}  // namespace newsmark::cli
