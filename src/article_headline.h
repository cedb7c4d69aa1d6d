// Which heading of the page is the article's headline.
#ifndef NEWSMARK_ARTICLE_HEADLINE_H_
#define NEWSMARK_ARTICLE_HEADLINE_H_

#include <string_view>
#include <vector>

#include "article.h"

namespace newsmark {

// The block index of the headline of the article in `choice` (container and
// body already chosen), or -1. Headings that match the page title win; else the
// nearest h1 before the body, or the first inside the container.
int find_headline(const std::vector<Block>& blocks, const ArticleChoice& choice, const PageHints& hints);

// The block index of the standfirst (dek) of the article in `choice` (headline
// and body already chosen): the summary printed between the headline and the
// body, or -1. Never an ancestor of a body block.
int find_standfirst(const std::vector<Block>& blocks, const ArticleChoice& choice);

// Share of words the two texts have in common (Dice coefficient over lower-cased
// words), 0 … 1.
double word_overlap(std::string_view a, std::string_view b);

}  // namespace newsmark

#endif  // NEWSMARK_ARTICLE_HEADLINE_H_
