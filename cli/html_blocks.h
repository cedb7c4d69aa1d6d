// The block tree of an HTML page (docs/block-tree.md), read with gumbo: the
// same tree web/find-article.js builds from the live DOM.
#ifndef NEWSMARK_CLI_HTML_BLOCKS_H_
#define NEWSMARK_CLI_HTML_BLOCKS_H_

#include <string>
#include <string_view>
#include <vector>

#include "article.h"  // the core's article finder

namespace newsmark::cli {

struct BlockTree {
  std::vector<Block> blocks;
  PageHints hints;
};

// Parses `html` (UTF-8) and lists its visible block-level elements.
BlockTree read_block_tree(std::string_view html);

// The tree as JSON (docs/block-tree.md), as `extract --blocks` prints it.
std::string block_tree_json(const BlockTree& tree);

}  // namespace newsmark::cli

#endif  // NEWSMARK_CLI_HTML_BLOCKS_H_
