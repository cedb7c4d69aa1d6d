// find_article_packed(): the block tree in its packed form (docs/block-tree.md)
// in, the choice as JSON out. The browser sends this form: writing it is a
// string join in JS and reading it is one pass here (JSON cost more than the
// scoring itself, and its parser a tenth of the wasm).
#include <algorithm>
#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "article.h"

namespace newsmark {
namespace {

constexpr char kRecordSeparator = '\x1e';  // between the header and each block
constexpr char kUnitSeparator = '\x1f';    // between the fields of one record
constexpr std::string_view kHeader = "nmb1";
constexpr std::size_t kBlockFields = 8;
// Largest block tree accepted, in blocks; far above any real page.
constexpr std::size_t kMaxBlocks = 1u << 20;  // tag, parent, links, id, class, role, itemprop, text

// Splits `record` at unit separators into at most `max` fields; returns how
// many it holds (one more than `max` when there are too many).
std::size_t split_fields(std::string_view record, std::string_view* fields, std::size_t max) {
  std::size_t count = 0;
  while (true) {
    const std::size_t end = record.find(kUnitSeparator);
    if (count == max) return max + 1;
    fields[count++] = record.substr(0, end);
    if (end == std::string_view::npos) return count;
    record.remove_prefix(end + 1);
  }
}

bool parse_int(std::string_view digits, long long* out) {
  const char* end = digits.data() + digits.size();
  const auto [stop, error] = std::from_chars(digits.data(), end, *out);
  return error == std::errc() && stop == end && !digits.empty();
}

// Reads one block record; returns an error message, empty when it is well-formed.
std::string read_block(std::string_view record, std::size_t index, Block* block) {
  const std::string where = "block " + std::to_string(index);
  std::string_view fields[kBlockFields];
  if (split_fields(record, fields, kBlockFields) != kBlockFields) return where + " does not have 8 fields";
  if (fields[0].empty()) return where + " has no tag";
  block->tag.assign(fields[0]);
  for (char& c : block->tag) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  long long parent = -1;
  if (!fields[1].empty() && !parse_int(fields[1], &parent)) return where + " has a parent that is not an integer";
  if (parent < -1 || parent >= static_cast<long long>(index)) return where + " has a parent that does not come before it";
  block->parent = static_cast<int>(parent);
  long long links = 0;
  if (!fields[2].empty() && (!parse_int(fields[2], &links) || links < 0)) return where + " has a link count that is not a count";
  block->link_chars = static_cast<std::uint32_t>(std::min<long long>(links, UINT32_MAX));
  block->id.assign(fields[3]);
  block->classes.assign(fields[4]);
  block->role.assign(fields[5]);
  block->itemprop.assign(fields[6]);
  block->text.assign(fields[7]);
  return {};
}

void append_index(std::string& out, int index) {
  out += index >= 0 ? std::to_string(index) : std::string("null");
}

std::string choice_json(const ArticleChoice& choice) {
  std::string out = "{\"container\":";
  append_index(out, choice.container);
  out += ",\"headline\":";
  append_index(out, choice.headline);
  out += ",\"standfirst\":";
  append_index(out, choice.standfirst);
  out += ",\"body\":[";
  for (std::size_t i = 0; i < choice.body.size(); ++i) {
    if (i) out += ',';
    append_index(out, choice.body[i]);
  }
  out += "]}";
  return out;
}

// The messages are this file's own ASCII; only quotes and backslashes need escaping.
std::string error_json(std::string_view message) {
  std::string out = "{\"error\":\"";
  for (const char c : message) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  out += "\"}";
  return out;
}

}  // namespace

std::string find_article_packed(std::string_view packed) {
  const std::size_t header_end = packed.find(kRecordSeparator);
  std::string_view header[2];
  if (split_fields(packed.substr(0, header_end), header, 2) != 2 || header[0] != kHeader) {
    return error_json("the input is not a packed block tree");
  }
  PageHints hints;
  hints.title.assign(header[1]);
  std::vector<Block> blocks;
  // Each block record starts after a record separator.
  for (std::size_t start = header_end; start != std::string_view::npos;) {
    if (blocks.size() == kMaxBlocks) return error_json("the block tree has too many blocks");
    const std::size_t end = packed.find(kRecordSeparator, start + 1);
    const std::string_view record =
        packed.substr(start + 1, end == std::string_view::npos ? std::string_view::npos : end - start - 1);
    Block& block = blocks.emplace_back();
    const std::string error = read_block(record, blocks.size() - 1, &block);
    if (!error.empty()) return error_json(error);
    block.depth = block.parent >= 0 ? blocks[static_cast<std::size_t>(block.parent)].depth + 1 : 0;
    start = end;
  }
  return choice_json(find_article(blocks, hints));
}

}  // namespace newsmark
