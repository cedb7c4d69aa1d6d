// find_article_json(): the block tree as JSON in, the choice as JSON out
// (docs/block-tree.md). This is what the browser calls through wasm.
#include <nlohmann/json.hpp>

#include <string>

#include "article.h"

namespace newsmark {
namespace {

using nlohmann::json;

bool read_string(const json& object, const char* key, std::string* out) {
  const auto it = object.find(key);
  if (it == object.end() || it->is_null()) return true;
  if (!it->is_string()) return false;
  *out = it->get<std::string>();
  return true;
}

// Reads one block; returns an error message, empty when it is well-formed.
std::string read_block(const json& item, std::size_t index, Block* block) {
  const std::string where = "block " + std::to_string(index);
  if (!item.is_object()) return where + " is not an object";
  if (!read_string(item, "tag", &block->tag) || block->tag.empty()) return where + " has no string \"tag\"";
  for (char& c : block->tag) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  if (!read_string(item, "id", &block->id) || !read_string(item, "class", &block->classes) ||
      !read_string(item, "role", &block->role) || !read_string(item, "itemprop", &block->itemprop) ||
      !read_string(item, "text", &block->text)) {
    return where + " has a field that is not a string";
  }
  const auto parent = item.find("parent");
  if (parent != item.end() && !parent->is_null()) {
    if (!parent->is_number_integer()) return where + " has a \"parent\" that is not an integer";
    const auto p = parent->get<std::int64_t>();
    if (p < -1 || p >= static_cast<std::int64_t>(index)) return where + " has a \"parent\" that does not come before it";
    block->parent = static_cast<int>(p);
  }
  const auto links = item.find("links");
  if (links != item.end() && !links->is_null()) {
    if (!links->is_number_unsigned() && !links->is_number_integer()) return where + " has a \"links\" that is not a count";
    const auto count = links->get<std::int64_t>();
    block->link_chars = count < 0 ? 0 : static_cast<std::uint32_t>(std::min<std::int64_t>(count, UINT32_MAX));
  }
  const auto hidden = item.find("hidden");
  if (hidden != item.end() && !hidden->is_null()) {
    if (!hidden->is_boolean()) return where + " has a \"hidden\" that is not true or false";
    block->hidden = hidden->get<bool>();
  }
  return {};
}

}  // namespace

std::string find_article_json(std::string_view block_tree_json) {
  const json tree = json::parse(block_tree_json.begin(), block_tree_json.end(), nullptr, false);
  if (tree.is_discarded()) return article_error_json("the block tree is not valid JSON");
  if (!tree.is_object()) return article_error_json("the block tree is not a JSON object");
  PageHints hints;
  if (!read_string(tree, "title", &hints.title)) return article_error_json("\"title\" is not a string");
  const auto list = tree.find("blocks");
  if (list == tree.end() || !list->is_array()) return article_error_json("the block tree has no \"blocks\" array");
  if (list->size() > kMaxArticleBlocks) return article_error_json("the block tree has too many blocks");
  std::vector<Block> blocks(list->size());
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const std::string error = read_block((*list)[i], i, &blocks[i]);
    if (!error.empty()) return article_error_json(error);
    blocks[i].depth = blocks[i].parent >= 0 ? blocks[blocks[i].parent].depth + 1 : 0;
  }
  return article_choice_json(find_article(blocks, hints));
}

std::string article_choice_json(const ArticleChoice& choice) {
  json out = json::object();
  out["container"] = choice.container >= 0 ? json(choice.container) : json(nullptr);
  out["headline"] = choice.headline >= 0 ? json(choice.headline) : json(nullptr);
  out["standfirst"] = choice.standfirst >= 0 ? json(choice.standfirst) : json(nullptr);
  out["body"] = choice.body;
  return out.dump();
}

std::string article_error_json(const std::string& message) {
  return json{{"error", message}}.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace newsmark
