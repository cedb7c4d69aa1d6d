#include "article_headline.h"

#include <algorithm>
#include <string>

#include "article_hints.h"

namespace newsmark {
namespace {

// Lower-cased words; bytes of non-ASCII letters are kept inside words.
std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    const unsigned char u = static_cast<unsigned char>(c);
    const bool letter = (u >= 0x80) || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (letter) {
      word.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c);
    } else if (!word.empty()) {
      words.push_back(word);
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(word);
  std::sort(words.begin(), words.end());
  return words;
}

// Site names ride along in titles: "Headline | Site", "Site - Headline". The
// title and its longest part split at each kind of separator are compared;
// the shorter parts would match the masthead.
std::vector<std::string_view> title_variants(std::string_view title) {
  std::vector<std::string_view> variants = {title};
  for (std::string_view separator : {" | ", " - ", " – ", " — ", " :: ", " : "}) {
    std::string_view longest;
    std::size_t start = 0;
    while (start < title.size()) {
      std::size_t end = title.find(separator, start);
      if (end == std::string_view::npos) end = title.size();
      if (end - start > longest.size() && (start > 0 || end < title.size())) longest = title.substr(start, end - start);
      start = end + separator.size();
    }
    if (!longest.empty()) variants.push_back(longest);
  }
  return variants;
}

constexpr std::uint32_t kMaxHeadlineChars = 400;

bool contains_ignoring_case(std::string_view text, std::string_view lower_word) {
  for (std::size_t i = 0; i + lower_word.size() <= text.size(); ++i) {
    std::size_t k = 0;
    while (k < lower_word.size() && (text[i + k] | 0x20) == lower_word[k]) ++k;
    if (k == lower_word.size()) return true;
  }
  return false;
}

bool mentions_headline(const Block& block) {
  return contains_ignoring_case(block.itemprop, "headline") || contains_ignoring_case(block.classes, "headline") ||
         contains_ignoring_case(block.id, "headline");
}

}  // namespace

double word_overlap(std::string_view a, std::string_view b) {
  const std::vector<std::string> wa = words_of(a), wb = words_of(b);
  if (wa.empty() || wb.empty()) return 0;
  std::size_t i = 0, j = 0, common = 0;
  while (i < wa.size() && j < wb.size()) {
    if (wa[i] == wb[j]) ++common, ++i, ++j;
    else if (wa[i] < wb[j]) ++i;
    else ++j;
  }
  return 2.0 * static_cast<double>(common) / static_cast<double>(wa.size() + wb.size());
}

int find_headline(const std::vector<Block>& blocks, const ArticleChoice& choice, const PageHints& hints) {
  const int n = static_cast<int>(blocks.size());
  if (n == 0) return -1;
  const int first_body = !choice.body.empty() ? choice.body.front() : std::max(choice.container, 0);
  std::vector<bool> hidden(blocks.size(), false), in_container(blocks.size(), false);
  const std::vector<std::string_view> titles = title_variants(hints.title);
  int best = -1;
  double best_score = 0;
  for (int i = 0; i < n; ++i) {
    const int p = blocks[i].parent;
    const bool has_parent = p >= 0 && p < i;
    hidden[i] = blocks[i].hidden || (has_parent && hidden[p]);
    in_container[i] = i == choice.container || (has_parent && in_container[p]);
    const Block& b = blocks[i];
    const int level = heading_level(b.tag);
    if (hidden[i] || b.text.empty() || level > 3) continue;
    // Markup is read only for headings and blocks that name a headline.
    if (level == 0 && !mentions_headline(b)) continue;
    const MarkupHints markup = read_markup_hints(b);
    if (level == 0 && !markup.headline) continue;
    if (measure_text(b.text).chars > kMaxHeadlineChars) continue;
    double similarity = 0;
    for (std::string_view title : titles) similarity = std::max(similarity, word_overlap(b.text, title));
    double score = level == 1 ? 3 : level == 2 ? 1.5 : level == 3 ? 0.5 : 0;
    if (markup.headline) score += 2;
    if (in_container[i]) score += 2;
    if (i <= first_body) score += 2;
    else score -= 3;
    if (is_furniture_element(b)) score -= 2;
    score += 10 * similarity;
    if (similarity < 0.5 && level != 1 && !markup.headline) continue;
    // Ties go to the heading nearest to the body.
    if (best < 0 || score > best_score || (score == best_score && i <= first_body)) {
      best = i;
      best_score = score;
    }
  }
  return best_score > 4 ? best : -1;
}

int find_standfirst(const std::vector<Block>& blocks, const ArticleChoice& choice) {
  constexpr std::uint32_t kMinChars = 30, kMaxChars = 500;
  if (choice.headline < 0 || choice.body.empty() || choice.headline >= choice.body.front()) return -1;
  const int first_body = choice.body.front();
  // A parent that does not come before its block is read as none, as everywhere else.
  auto parent = [&](int i) {
    const int p = blocks[i].parent;
    return (p >= 0 && p < i) ? p : -1;
  };
  auto hidden = [&](int i) {
    for (; i >= 0; i = parent(i)) {
      if (blocks[i].hidden) return true;
    }
    return false;
  };
  auto ancestor_of_body = [&](int i) {
    for (int p = parent(first_body); p >= 0; p = parent(p)) {
      if (p == i) return true;
    }
    return false;
  };
  for (int i = choice.headline + 1; i < first_body; ++i) {
    const Block& b = blocks[i];
    if (b.text.empty() || hidden(i)) continue;
    const TextMeasures m = measure_text(b.text);
    const MarkupHints markup = read_markup_hints(b);
    // Named by its own markup or by that of the block around it.
    const bool is_named = markup.standfirst || (parent(i) >= 0 && read_markup_hints(blocks[parent(i)]).standfirst);
    // Bylines, dates, captions and share bars sit here too: step over them.
    if (is_furniture_element(b) || looks_like_furniture_text(b.text, m) || (markup.boilerplate && !is_named)) continue;
    if (ancestor_of_body(i) || m.chars < kMinChars || m.chars > kMaxChars || b.link_chars * 5 > m.chars) return -1;
    // Without a name, only a sentence in a paragraph or sub-heading right under the headline.
    const bool sentence = m.words >= 8 && m.ends_sentence && (b.tag == "p" || b.tag == "h2");
    return is_named || sentence ? i : -1;
  }
  return -1;
}

}  // namespace newsmark
