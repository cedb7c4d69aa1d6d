// The WebAssembly binding: the only file that knows it is compiled for the web.
// A handful of C functions with an nm_ prefix (listed in exports.txt); errors
// cross as data in the JSON, never as exceptions.
//
// Memory protocol: JS gets a buffer from nm_alloc, writes UTF-8 into it, calls
// nm_annotate or nm_find_article_packed, frees the buffer with nm_free, then reads the
// result through nm_result_data/nm_result_size. The result stays valid until
// the next call.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "article.h"
#include "newsmark/annotate.h"

namespace {

// Bumped when the functions below change shape; web/core.js checks it at load.
constexpr std::uint32_t kAbiVersion = 2;

// Flags of nm_annotate: which layers to run and the offset unit of the JSON.
constexpr std::uint32_t kSkipActors = 1u << 0;
constexpr std::uint32_t kSkipFigures = 1u << 1;
constexpr std::uint32_t kSkipAttributions = 1u << 2;
constexpr std::uint32_t kOffsetsCodepoint = 1u << 3;
constexpr std::uint32_t kOffsetsUtf8 = 1u << 4;

// The last result, owned by the module (one caller, one call at a time).
std::string& last_result() {
  static std::string result;
  return result;
}

}  // namespace

extern "C" {

std::uint32_t nm_abi_version() { return kAbiVersion; }

std::uint8_t* nm_alloc(std::uint32_t size) { return static_cast<std::uint8_t*>(std::malloc(size ? size : 1)); }

void nm_free(std::uint8_t* pointer) { std::free(pointer); }

// Annotates `size` bytes of UTF-8 at `text`; returns the length of the JSON.
std::uint32_t nm_annotate(const std::uint8_t* text, std::uint32_t size, std::uint32_t flags) {
  const std::string_view input(reinterpret_cast<const char*>(text), size);
  newsmark::Options options;
  options.actors = !(flags & kSkipActors);
  options.figures = !(flags & kSkipFigures);
  options.attributions = !(flags & kSkipAttributions);
  const newsmark::Offsets unit = (flags & kOffsetsUtf8)        ? newsmark::Offsets::utf8
                                 : (flags & kOffsetsCodepoint) ? newsmark::Offsets::codepoint
                                                               : newsmark::Offsets::utf16;
  last_result() = newsmark::to_json(newsmark::annotate(input, options), input, unit);
  return static_cast<std::uint32_t>(last_result().size());
}

// Picks the article in a page's block tree (packed form, docs/block-tree.md).
std::uint32_t nm_find_article_packed(const std::uint8_t* tree, std::uint32_t size) {
  last_result() = newsmark::find_article_packed(std::string_view(reinterpret_cast<const char*>(tree), size));
  return static_cast<std::uint32_t>(last_result().size());
}

const char* nm_result_data() { return last_result().data(); }

std::uint32_t nm_result_size() { return static_cast<std::uint32_t>(last_result().size()); }

}  // extern "C"
