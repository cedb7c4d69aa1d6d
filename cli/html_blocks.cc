#include "html_blocks.h"

#include <gumbo.h>
#include <strings.h>

#include <nlohmann/json.hpp>
#include <string_view>

namespace newsmark::cli {
namespace {

// Elements whose content is never shown as text.
bool is_skipped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_HEAD: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_BUTTON: case GUMBO_TAG_OPTION:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO: case GUMBO_TAG_TITLE: case GUMBO_TAG_MAP:
    case GUMBO_TAG_META: case GUMBO_TAG_LINK: case GUMBO_TAG_BASE:
      return true;
    default:
      return false;
  }
}

// Elements that flow inside a block; everything else starts a block. Keep in
// step with INLINE in web/find-article.js.
bool is_inline(std::string_view name) {
  static constexpr std::string_view kInline[] = {
      "a", "abbr", "b", "bdi", "bdo", "big", "br", "cite", "code", "data", "del", "dfn", "em",
      "font", "i", "img", "ins", "kbd", "label", "mark", "nobr", "picture", "q", "rp", "rt",
      "ruby", "s", "samp", "small", "source", "span", "strike", "strong", "sub", "sup", "time",
      "tt", "u", "var", "wbr"};
  for (std::string_view tag : kInline) {
    if (tag == name) return true;
  }
  return false;
}

const char* attribute(const GumboElement& element, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&element.attributes, name);
  return a ? a->value : nullptr;
}

// hidden, aria-hidden="true", or an inline style that hides it. Keep in step
// with isHidden() in web/find-article.js.
bool is_hidden(const GumboElement& element) {
  if (attribute(element, "hidden")) return true;
  const char* aria = attribute(element, "aria-hidden");
  if (aria && strcasecmp(aria, "true") == 0) return true;
  const char* style = attribute(element, "style");
  if (!style) return false;
  std::string squashed;
  for (const char* p = style; *p; ++p) {
    if (*p != ' ' && *p != '\t' && *p != '\n') squashed.push_back(static_cast<char>(tolower(*p)));
  }
  return squashed.find("display:none") != std::string::npos || squashed.find("visibility:hidden") != std::string::npos;
}

std::string tag_name(const GumboNode* node) {
  const GumboElement& e = node->v.element;
  std::string name;
  if (e.tag != GUMBO_TAG_UNKNOWN) {
    name = gumbo_normalized_tagname(e.tag);
  } else {
    GumboStringPiece original = e.original_tag;
    gumbo_tag_from_original_text(&original);
    name.assign(original.data, original.length);
    for (char& c : name) c = static_cast<char>(tolower(static_cast<unsigned char>(c)));
  }
  return name;
}

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

class TreeBuilder {
 public:
  BlockTree build(const GumboNode* root) {
    visit(root, -1, 0);
    for (Block& b : tree_.blocks) {
      while (!b.text.empty() && b.text.back() == ' ') b.text.pop_back();
    }
    return std::move(tree_);
  }

 private:
  // Appends text with runs of white space collapsed, as a browser shows it.
  void append_text(int block, const char* text, int link_depth) {
    if (block < 0) return;
    Block& b = tree_.blocks[block];
    for (const char* p = text; *p; ++p) {
      if (is_space(*p)) {
        if (b.text.empty() || b.text.back() == ' ') continue;
        b.text.push_back(' ');
      } else {
        b.text.push_back(*p);
      }
      if (link_depth > 0 && (static_cast<unsigned char>(*p) & 0xC0) != 0x80) ++b.link_chars;
    }
  }

  void read_title(const GumboNode* node) {
    if (node->type != GUMBO_NODE_ELEMENT) return;
    const GumboElement& e = node->v.element;
    if (e.tag == GUMBO_TAG_META) {
      const char* property = attribute(e, "property");
      const char* content = attribute(e, "content");
      if (property && content && strcasecmp(property, "og:title") == 0 && og_title_.empty()) og_title_ = content;
      return;
    }
    if (e.tag == GUMBO_TAG_TITLE && document_title_.empty()) {
      for (unsigned i = 0; i < e.children.length; ++i) {
        const GumboNode* child = static_cast<const GumboNode*>(e.children.data[i]);
        if (child->type == GUMBO_NODE_TEXT) document_title_ += child->v.text.text;
      }
      return;
    }
    for (unsigned i = 0; i < e.children.length; ++i) read_title(static_cast<const GumboNode*>(e.children.data[i]));
  }

  void visit(const GumboNode* node, int block, int link_depth) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
      append_text(block, node->v.text.text, link_depth);
      return;
    }
    if (node->type == GUMBO_NODE_DOCUMENT) {
      const GumboVector& children = node->v.document.children;
      for (unsigned i = 0; i < children.length; ++i) visit(static_cast<const GumboNode*>(children.data[i]), block, link_depth);
      finish_title();
      return;
    }
    if (node->type != GUMBO_NODE_ELEMENT) return;
    const GumboElement& e = node->v.element;
    if (e.tag == GUMBO_TAG_HEAD || e.tag == GUMBO_TAG_META || e.tag == GUMBO_TAG_TITLE) read_title(node);
    if (is_skipped(e.tag) || is_hidden(e)) return;
    if (e.tag == GUMBO_TAG_BR) {
      append_text(block, " ", link_depth);
      return;
    }
    const bool link = e.tag == GUMBO_TAG_A && attribute(e, "href") != nullptr;
    int inner = block;
    std::string name = tag_name(node);
    if (!is_inline(name)) {
      Block b;
      b.tag = std::move(name);
      if (const char* v = attribute(e, "id")) b.id = v;
      if (const char* v = attribute(e, "class")) b.classes = v;
      if (const char* v = attribute(e, "role")) b.role = v;
      if (const char* v = attribute(e, "itemprop")) b.itemprop = v;
      b.parent = block;
      b.depth = block >= 0 ? tree_.blocks[block].depth + 1 : 0;
      tree_.blocks.push_back(std::move(b));
      inner = static_cast<int>(tree_.blocks.size()) - 1;
      // A block's text starts fresh; links outside it do not reach into it.
      link_depth = 0;
    }
    const int inner_links = link_depth + (link ? 1 : 0);
    for (unsigned i = 0; i < e.children.length; ++i) {
      visit(static_cast<const GumboNode*>(e.children.data[i]), inner, inner_links);
    }
    // Text on either side of a child block is separated in the parent.
    if (inner != block) append_text(block, " ", 0);
  }

  void finish_title() {
    std::string& title = !og_title_.empty() ? og_title_ : document_title_;
    std::string collapsed;
    for (char c : title) {
      if (is_space(c)) {
        if (!collapsed.empty() && collapsed.back() != ' ') collapsed.push_back(' ');
      } else {
        collapsed.push_back(c);
      }
    }
    while (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
    tree_.hints.title = std::move(collapsed);
  }

  BlockTree tree_;
  std::string og_title_, document_title_;
};

}  // namespace

BlockTree read_block_tree(std::string_view html) {
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  BlockTree tree = TreeBuilder().build(output->document);
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return tree;
}

std::string block_tree_json(const BlockTree& tree) {
  using nlohmann::json;
  json blocks = json::array();
  for (const Block& b : tree.blocks) {
    json item = {{"tag", b.tag}, {"parent", b.parent}};
    if (!b.id.empty()) item["id"] = b.id;
    if (!b.classes.empty()) item["class"] = b.classes;
    if (!b.role.empty()) item["role"] = b.role;
    if (!b.itemprop.empty()) item["itemprop"] = b.itemprop;
    if (!b.text.empty()) item["text"] = b.text;
    if (b.link_chars) item["links"] = b.link_chars;
    if (b.hidden) item["hidden"] = true;
    blocks.push_back(std::move(item));
  }
  json out = {{"version", 1}, {"title", tree.hints.title}, {"blocks", std::move(blocks)}};
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace newsmark::cli
