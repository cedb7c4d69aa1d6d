#include "gazetteer.h"

#include <unordered_map>

#include "chars.h"

namespace newsmark {
namespace gazetteer_data {
extern const std::string_view kCountries[];
extern const std::size_t kCountriesCount;
extern const std::string_view kDemonyms[];
extern const std::size_t kDemonymsCount;
extern const std::string_view kFirstNames[];
extern const std::size_t kFirstNamesCount;
extern const std::string_view kMediaOutlets[];
extern const std::size_t kMediaOutletsCount;
extern const std::string_view kTitles[];
extern const std::size_t kTitlesCount;
extern const std::string_view kOrganizationBodies[];
extern const std::size_t kOrganizationBodiesCount;
extern const std::string_view kGroupNouns[];
extern const std::size_t kGroupNounsCount;
extern const std::string_view kOrganizationWords[];
extern const std::size_t kOrganizationWordsCount;
}  // namespace gazetteer_data

namespace {

using Table = std::unordered_map<std::string, std::uint16_t>;

// Entries are keyed by their own tokenization, so that a list entry and the
// same words in an article always produce the same key.
void add_list(Table& table, const std::string_view* names, std::size_t count, std::uint16_t kind) {
  for (std::size_t i = 0; i < count; ++i) {
    const Document doc = analyse(names[i]);
    if (doc.tokens.empty()) continue;
    table[gazetteer_key(doc, 0, static_cast<std::uint32_t>(doc.tokens.size()))] |= kind;
  }
}

const Table& table() {
  static const Table kTable = [] {
    namespace d = gazetteer_data;
    Table t;
    add_list(t, d::kCountries, d::kCountriesCount, kGazCountry);
    add_list(t, d::kDemonyms, d::kDemonymsCount, kGazDemonym);
    add_list(t, d::kFirstNames, d::kFirstNamesCount, kGazFirstName);
    add_list(t, d::kMediaOutlets, d::kMediaOutletsCount, kGazMedia);
    add_list(t, d::kTitles, d::kTitlesCount, kGazTitle);
    add_list(t, d::kOrganizationBodies, d::kOrganizationBodiesCount, kGazOrganizationBody);
    add_list(t, d::kGroupNouns, d::kGroupNounsCount, kGazGroupNoun);
    add_list(t, d::kOrganizationWords, d::kOrganizationWordsCount, kGazOrganizationWord);
    return t;
  }();
  return kTable;
}

// Appends a word to a key: lower case, with a typographic apostrophe as "'".
void append_key_word(std::string& key, std::string_view word) {
  const std::string lower = lowercase(word);
  for (std::size_t i = 0; i < lower.size(); ++i) {
    if (lower.compare(i, 3, "\u2019") == 0) {
      key.push_back('\'');
      i += 2;
    } else {
      key.push_back(lower[i]);
    }
  }
}

}  // namespace

std::string gazetteer_key(const Document& doc, std::uint32_t first, std::uint32_t last) {
  std::string key;
  for (std::uint32_t i = first; i < last; ++i) {
    if (i > first) key.push_back(' ');
    std::string_view word = doc.str(doc.tokens[i]);
    if (doc.tokens[i].has(kPossessive)) word = "'s";
    append_key_word(key, word);
  }
  return key;
}

std::uint16_t gazetteer_kinds(std::string_view key) {
  const Table& t = table();
  const auto it = t.find(std::string(key));
  return it == t.end() ? 0 : it->second;
}

std::vector<GazetteerMatch> find_gazetteer_matches(const Document& doc, std::uint32_t first, std::uint32_t last,
                                                   std::uint16_t wanted) {
  std::vector<GazetteerMatch> matches;
  std::uint32_t i = first;
  std::string key;
  while (i < last) {
    GazetteerMatch best;
    key.clear();
    for (std::uint32_t j = i; j < last && j - i < static_cast<std::uint32_t>(kMaxGazetteerTokens); ++j) {
      const Token& t = doc.tokens[j];
      if (t.type == TokenType::punct && j == i) break;
      if (j > i) key.push_back(' ');
      append_key_word(key, t.has(kPossessive) ? std::string_view("'s") : doc.str(t));
      const std::uint16_t kinds = gazetteer_kinds(key) & wanted;
      if (kinds != 0) best = {i, j + 1, kinds};
    }
    if (best.last > best.first) {
      matches.push_back(best);
      i = best.last;
    } else {
      ++i;
    }
  }
  return matches;
}

}  // namespace newsmark
