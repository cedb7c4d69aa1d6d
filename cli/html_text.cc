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
  for (int i : choice.body) article.body.push_back(tree.blocks[i].text);
  return article;
}

std::string html_article_text(std::string_view html) {
  const ArticleText article = html_article(html);
  std::string text = article.headline;
  const std::string body = article.body_text();
  if (!text.empty() && !body.empty()) text.push_back('\n');
  return text + body;
}

}  // namespace newsmark::cli
