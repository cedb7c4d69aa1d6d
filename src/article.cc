// find_article(): a Readability-style choice of the article container, then a
// stricter pass that keeps only the story's own blocks inside it.
//
// 1. Paragraph-like blocks (enough text, few links, outside page furniture)
//    give points to their ancestors, most to the nearest ones.
// 2. The best-scoring block, adjusted for link density, is the container;
//    siblings that score almost as well join it (stories split over several
//    containers), and a parent that holds several near-best blocks replaces it.
// 3. Inside the chosen blocks, furniture (bylines, captions, share bars,
//    related links, comments, ads) is dropped by markup and by text.
// 4. The headline is the heading that best matches the page title, else the
//    nearest top-level heading before the body.
#include "article.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>

#include "article_headline.h"
#include "article_hints.h"

namespace newsmark {
namespace {

// Blocks with less text than this are not scored as paragraphs.
constexpr std::uint32_t kMinParagraphChars = 25;
// Shorter blocks may repeat in a story ("— Name (@handle) date" under tweets).
constexpr std::uint32_t kMinRepeatChars = 80;
// Ancestors that receive a paragraph's points.
constexpr int kScoredAncestors = 5;

struct Facts {
  TextMeasures text;
  MarkupHints hints;
  bool furniture = false;    // furniture element (nav, aside, figure, ...)
  bool hidden = false;       // hidden itself or inside a hidden block
  bool paragraph = false;    // paragraph-like content, counted wherever it is
  double link_density = 0;   // of its own text
  double subtree_chars = 0;  // own text of the block and all blocks inside it
  double subtree_link_chars = 0;
  double subtree_paragraph_chars = 0;
  double score = 0;
  bool candidate = false;    // received points from a paragraph
  int first_child = -1;
  int next_sibling = -1;
  int depth = 0;
};

bool is_paragraph_like(const Block& block, const Facts& facts) {
  if (facts.hidden || heading_level(block.tag) != 0) return false;
  if (facts.text.chars < kMinParagraphChars || facts.link_density >= 0.5) return false;
  // Bylines and datelines are long enough to pass for paragraphs.
  return !looks_like_furniture_text(block.text, facts.text);
}

double initial_score(const Block& block, const Facts& facts) {
  double score = 0;
  const std::string& t = block.tag;
  if (t == "div" || t == "article" || t == "section" || t == "main") score += 5;
  else if (t == "pre" || t == "td" || t == "blockquote") score += 3;
  else if (t == "address" || t == "ol" || t == "ul" || t == "dl" || t == "dd" || t == "dt" || t == "li" || t == "form") score -= 3;
  else if (heading_level(t) != 0 || t == "th") score -= 5;
  if (facts.hints.boilerplate || facts.furniture) score -= 25;
  if (facts.hints.content) score += 25;
  if (facts.hints.article_body) score += 25;
  return score;
}

double paragraph_points(const Facts& facts) {
  return 1.0 + facts.text.commas + std::min<double>(facts.text.chars / 100, 3.0);
}

double final_score(const Facts& facts) {
  const double link_density = facts.subtree_chars > 0 ? facts.subtree_link_chars / facts.subtree_chars : 0;
  return facts.score * (1.0 - link_density);
}

class ArticleFinder {
 public:
  ArticleFinder(const std::vector<Block>& blocks, const PageHints& hints) : blocks_(blocks), hints_(hints) {}

  ArticleChoice run() {
    ArticleChoice choice;
    if (blocks_.empty()) return choice;
    gather_facts();
    mark_boilerplate();
    score_paragraphs();
    const int top = best_candidate();
    if (top < 0) return choice;
    std::vector<int> roots = join_siblings(top, &choice.container);
    choice.body = body_blocks(roots, choice.container);
    choice.headline = find_headline(blocks_, choice, hints_);
    // Kept apart from the body (article-body benchmarks leave it out), but it
    // is visible article text: the widget and `annotate --html` annotate it.
    choice.standfirst = find_standfirst(blocks_, choice);
    return choice;
  }

 private:
  int parent_of(int i) const {
    const int p = blocks_[i].parent;
    return (p >= 0 && p < i) ? p : -1;  // a malformed tree becomes a flat one
  }

  void gather_facts() {
    const int n = static_cast<int>(blocks_.size());
    facts_.assign(blocks_.size(), Facts{});
    std::vector<int> last_child(blocks_.size(), -1);
    for (int i = 0; i < n; ++i) {
      const Block& b = blocks_[i];
      Facts& f = facts_[i];
      f.text = measure_text(b.text);
      f.hints = read_markup_hints(b);
      f.furniture = is_furniture_element(b);
      f.link_density = f.text.chars > 0 ? std::min(1.0, static_cast<double>(b.link_chars) / f.text.chars) : 0;
      const int p = parent_of(i);
      f.hidden = b.hidden || (p >= 0 && facts_[p].hidden);
      f.depth = p >= 0 ? facts_[p].depth + 1 : 0;
      f.paragraph = is_paragraph_like(b, f);
      if (p >= 0) {
        if (last_child[p] < 0) facts_[p].first_child = i;
        else facts_[last_child[p]].next_sibling = i;
        last_child[p] = i;
      }
    }
    // Children come after their parent: one backward pass sums subtrees.
    for (int i = n - 1; i >= 0; --i) {
      Facts& f = facts_[i];
      if (!f.hidden) {
        f.subtree_chars += f.text.chars;
        f.subtree_link_chars += std::min<double>(blocks_[i].link_chars, f.text.chars);
        if (f.paragraph) f.subtree_paragraph_chars += f.text.chars;
      }
      const int p = parent_of(i);
      if (p >= 0) {
        facts_[p].subtree_chars += f.subtree_chars;
        facts_[p].subtree_link_chars += f.subtree_link_chars;
        facts_[p].subtree_paragraph_chars += f.subtree_paragraph_chars;
      }
    }
    for (int i = 0; i < n; ++i) {
      if (parent_of(i) < 0) total_paragraph_chars_ += facts_[i].subtree_paragraph_chars;
    }
  }

  // A boilerplate block is left out of scoring with everything inside it,
  // unless it holds most of the page's paragraphs: then its name misleads
  // ("main-with-sidebar"). Reader comments are left out however long.
  bool is_boilerplate(int i, double share_of_whole) const {
    const Facts& f = facts_[i];
    // Page-wide flags ride on html and body ("flag-unfollowComments-on").
    const std::string& tag = blocks_[i].tag;
    if (tag == "html" || tag == "body" || tag == "main") return false;
    if (f.hints.comments) return true;
    if (!(f.hints.boilerplate || f.furniture)) return false;
    // "content-with-sidebar": a content word keeps it in the running; the
    // stricter pass inside the container still drops "related-content".
    if (f.hints.content && !f.furniture) return false;
    return f.subtree_paragraph_chars < share_of_whole || embedded_furniture(i);
  }

  // Inside an explicit article body (itemprop=articleBody and the like), a
  // block named as furniture is furniture however long, as long as the story
  // around it has text of its own: a photo gallery embedded in the story, its
  // captions longer than the story itself.
  bool embedded_furniture(int i) const {
    const int body = article_body_ancestor_[i];
    if (body < 0) return false;
    const Facts& f = facts_[i];
    if (!(f.hints.boilerplate || f.furniture) || (f.hints.content && !f.furniture)) return false;
    const double whole = facts_[body].subtree_paragraph_chars;
    const double rest = whole - f.subtree_paragraph_chars;
    return rest >= std::max(400.0, 0.2 * whole);
  }

  void mark_boilerplate() {
    in_boilerplate_.assign(blocks_.size(), false);
    article_body_ancestor_.assign(blocks_.size(), -1);
    const double most = 0.5 * total_paragraph_chars_;
    for (int i = 0; i < static_cast<int>(blocks_.size()); ++i) {
      const int p = parent_of(i);
      if (p >= 0) {
        const MarkupHints& h = facts_[p].hints;
        article_body_ancestor_[i] = (h.article_body && !h.comments) ? p : article_body_ancestor_[p];
      }
      in_boilerplate_[i] = (p >= 0 && in_boilerplate_[p]) || facts_[i].hidden || is_boilerplate(i, most);
    }
  }

  void score_paragraphs() {
    for (int i = 0; i < static_cast<int>(blocks_.size()); ++i) {
      if (!facts_[i].paragraph || in_boilerplate_[i]) continue;
      const double points = paragraph_points(facts_[i]);
      int ancestor = parent_of(i);
      for (int level = 0; level < kScoredAncestors && ancestor >= 0; ++level, ancestor = parent_of(ancestor)) {
        Facts& a = facts_[ancestor];
        if (!a.candidate) {
          a.candidate = true;
          a.score = initial_score(blocks_[ancestor], a);
        }
        const double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
        a.score += points / divider;
      }
    }
  }

  bool is_ancestor(int ancestor, int i) const {
    for (int p = parent_of(i); p >= 0; p = parent_of(p)) {
      if (p == ancestor) return true;
    }
    return false;
  }

  int best_candidate() {
    int top = -1;
    for (int i = 0; i < static_cast<int>(blocks_.size()); ++i) {
      if (!facts_[i].candidate || in_boilerplate_[i]) continue;
      facts_[i].score = final_score(facts_[i]);
      if (top < 0 || facts_[i].score > facts_[top].score) top = i;
    }
    if (top < 0) return -1;
    top = climb_to_shared_parent(top);
    top = climb_while_parent_scores_higher(top);
    // A lone child says nothing its parent does not: use the parent.
    for (int p = parent_of(top); p >= 0 && facts_[p].first_child == top && facts_[top].next_sibling < 0 &&
                                 !in_boilerplate_[p] && blocks_[p].tag != "body" && blocks_[p].tag != "html";
         p = parent_of(top)) {
      top = p;
    }
    return top;
  }

  // When several other blocks score nearly as well as the best one and share
  // an ancestor with it, the story is split across them: take that ancestor.
  int climb_to_shared_parent(int top) {
    const double top_score = facts_[top].score;
    std::vector<int> rivals;
    for (int i = 0; i < static_cast<int>(blocks_.size()); ++i) {
      if (i == top || !facts_[i].candidate || in_boilerplate_[i]) continue;
      if (facts_[i].score >= 0.75 * top_score && !is_ancestor(i, top) && !is_ancestor(top, i)) rivals.push_back(i);
      if (rivals.size() > 8) break;
    }
    if (rivals.size() < 3) return top;
    for (int p = parent_of(top); p >= 0; p = parent_of(p)) {
      if (blocks_[p].tag == "body" || blocks_[p].tag == "html") break;
      int inside = 0;
      for (int r : rivals) inside += is_ancestor(p, r) ? 1 : 0;
      if (inside >= 3) return p;
    }
    return top;
  }

  int climb_while_parent_scores_higher(int top) {
    double last_score = facts_[top].score;
    const double threshold = last_score / 3;
    for (int p = parent_of(top); p >= 0; p = parent_of(p)) {
      if (blocks_[p].tag == "body" || blocks_[p].tag == "html") break;
      if (!facts_[p].candidate) continue;
      if (facts_[p].score < threshold) break;
      if (facts_[p].score > last_score) return p;
      last_score = facts_[p].score;
    }
    return top;
  }

  // Siblings of the container that look like more of the same story.
  std::vector<int> join_siblings(int top, int* container) {
    *container = top;
    const int parent = parent_of(top);
    if (parent < 0) return {top};
    const double top_score = facts_[top].score;
    const double threshold = std::max(10.0, top_score * 0.2);
    std::vector<int> roots;
    for (int s = facts_[parent].first_child; s >= 0; s = facts_[s].next_sibling) {
      if (s == top) {
        roots.push_back(s);
        continue;
      }
      const Facts& f = facts_[s];
      if (in_boilerplate_[s]) continue;
      double bonus = 0;
      if (!blocks_[top].classes.empty() && blocks_[s].classes == blocks_[top].classes) bonus = top_score * 0.2;
      bool join = f.candidate && f.score + bonus >= threshold;
      if (!join && f.first_child < 0 && f.text.chars > 0) {
        if (f.text.chars > 80) join = f.link_density < 0.25;
        else join = f.link_density == 0 && f.text.ends_sentence && f.text.sentence_ends > 0;
      }
      if (join) roots.push_back(s);
    }
    if (roots.size() > 1) *container = parent;
    return roots;
  }

  std::vector<int> body_blocks(const std::vector<int>& roots, int container) {
    const int n = static_cast<int>(blocks_.size());
    std::vector<char> inside(blocks_.size(), 0);  // 0 outside, 1 kept, 2 dropped
    for (int r : roots) inside[r] = 1;
    const double container_chars = facts_[container].subtree_paragraph_chars;
    std::vector<int> body;
    int cut_depth = -1;  // while >= 0: dropping the rest of a "More stories" section
    std::unordered_set<std::string_view> seen;
    for (int i = 0; i < n; ++i) {
      const int p = parent_of(i);
      if (cut_depth >= 0 && facts_[i].depth <= cut_depth) cut_depth = -1;
      if (cut_depth >= 0) continue;
      if (inside[i] == 0 && p >= 0 && inside[p] != 0) {
        const Facts& f = facts_[i];
        // Furniture inside the story, unless it holds most of the story.
        const bool furniture = f.hidden || f.hints.comments || embedded_furniture(i) ||
                               ((f.hints.boilerplate || f.furniture) &&
                                f.subtree_paragraph_chars < 0.5 * container_chars);
        inside[i] = (inside[p] == 2 || furniture) ? 2 : 1;
      }
      if (inside[i] == 1 && p >= 0 && opens_link_section(i, container_chars)) {
        cut_depth = facts_[p].depth;
        continue;
      }
      if (inside[i] != 1 || blocks_[i].text.empty()) continue;
      if (!keeps_text(i)) continue;
      // Pages repeat blocks for other screen sizes; a paragraph counts once.
      if (facts_[i].text.chars >= kMinRepeatChars && !seen.insert(std::string_view(blocks_[i].text)).second) continue;
      body.push_back(i);
    }
    return body;
  }

  // "More stories", "Related coverage", "Recommended": a short line that
  // opens a list of other stories. It and the rest of its parent go, unless
  // a good part of the story follows it.
  bool opens_link_section(int i, double container_chars) const {
    const Facts& f = facts_[i];
    if (f.text.words == 0 || f.text.words > 8 || f.text.sentence_ends > 0) return false;
    if (!opens_related_links(blocks_[i].text)) return false;
    double after = 0;
    for (int s = f.next_sibling; s >= 0; s = facts_[s].next_sibling) after += facts_[s].subtree_paragraph_chars;
    return after < 0.25 * container_chars;
  }

  bool keeps_text(int i) const {
    const Facts& f = facts_[i];
    const int level = heading_level(blocks_[i].tag);
    if (level == 1) return false;  // the headline, not the body
    if (f.link_density > 0.5) return false;
    if (looks_like_furniture_text(blocks_[i].text, f.text)) return false;
    return true;
  }

  const std::vector<Block>& blocks_;
  const PageHints& hints_;
  std::vector<Facts> facts_;
  std::vector<bool> in_boilerplate_;
  std::vector<int> article_body_ancestor_;  // nearest enclosing explicit article body, -1 when none
  double total_paragraph_chars_ = 0;
};

}  // namespace

ArticleChoice find_article(const std::vector<Block>& blocks, const PageHints& hints) {
  return ArticleFinder(blocks, hints).run();
}

}  // namespace newsmark
