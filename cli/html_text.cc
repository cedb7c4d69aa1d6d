#include "html_text.h"

#include <gumbo.h>

#include <cstring>

namespace newsmark::cli {
namespace {

bool is_skipped(GumboTag tag) {
  return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT ||
         tag == GUMBO_TAG_TEMPLATE || tag == GUMBO_TAG_SVG || tag == GUMBO_TAG_HEAD ||
         tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_FOOTER || tag == GUMBO_TAG_ASIDE ||
         tag == GUMBO_TAG_FORM || tag == GUMBO_TAG_BUTTON || tag == GUMBO_TAG_SELECT ||
         tag == GUMBO_TAG_TEXTAREA || tag == GUMBO_TAG_IFRAME;
}

bool is_inline(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_A: case GUMBO_TAG_ABBR: case GUMBO_TAG_B: case GUMBO_TAG_BDI: case GUMBO_TAG_BDO:
    case GUMBO_TAG_CITE: case GUMBO_TAG_CODE: case GUMBO_TAG_DATA: case GUMBO_TAG_DFN: case GUMBO_TAG_EM:
    case GUMBO_TAG_I: case GUMBO_TAG_KBD: case GUMBO_TAG_MARK: case GUMBO_TAG_Q: case GUMBO_TAG_S:
    case GUMBO_TAG_SAMP: case GUMBO_TAG_SMALL: case GUMBO_TAG_SPAN: case GUMBO_TAG_STRONG:
    case GUMBO_TAG_SUB: case GUMBO_TAG_SUP: case GUMBO_TAG_TIME: case GUMBO_TAG_U: case GUMBO_TAG_VAR:
    case GUMBO_TAG_WBR: case GUMBO_TAG_FONT: case GUMBO_TAG_INS: case GUMBO_TAG_DEL:
      return true;
    default:
      return false;
  }
}

void append_text(std::string& out, const char* text) {
  // Collapse runs of white space the way a browser renders them.
  for (const char* p = text; *p; ++p) {
    const bool space = *p == ' ' || *p == '\n' || *p == '\t' || *p == '\r' || *p == '\f';
    if (space) {
      if (!out.empty() && out.back() != ' ' && out.back() != '\n') out.push_back(' ');
    } else {
      out.push_back(*p);
    }
  }
}

void end_block(std::string& out) {
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (!out.empty() && out.back() != '\n') out.push_back('\n');
}

void walk(const GumboNode* node, std::string& out) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
    append_text(out, node->v.text.text);
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) return;
  if (node->type == GUMBO_NODE_ELEMENT) {
    const GumboTag tag = node->v.element.tag;
    if (is_skipped(tag)) return;
    if (tag == GUMBO_TAG_BR) {
      end_block(out);
      return;
    }
    const bool block = !is_inline(tag);
    if (block) end_block(out);
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) walk(static_cast<GumboNode*>(children.data[i]), out);
    if (block) end_block(out);
    return;
  }
  const GumboVector& children = node->v.document.children;
  for (unsigned i = 0; i < children.length; ++i) walk(static_cast<GumboNode*>(children.data[i]), out);
}

}  // namespace

std::string html_article_text(std::string_view html) {
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  std::string text;
  walk(output->root, text);
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  end_block(text);
  if (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

}  // namespace newsmark::cli
