#include "gazetteer.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "chars.h"

namespace newsmark {
namespace gazetteer_data {
extern const char kCountries[];
extern const char kDemonyms[];
extern const char kFirstNames[];
extern const char kMediaOutlets[];
extern const char kTitles[];
extern const char kOrganizationBodies[];
extern const char kGroupNouns[];
extern const char kOrganizationWords[];
}  // namespace gazetteer_data

namespace {

std::uint64_t extend_hash(std::uint64_t h, std::string_view bytes) {
  for (const char c : bytes) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001B3ull;
  return h;
}

constexpr std::uint64_t kHashStart = 0xCBF29CE484222325ull;

// Entries by the 64-bit hash of their key, and the hashes of every proper
// word prefix of a longer entry, so a scan stops as soon as no entry can
// continue.
struct Table {
  std::unordered_map<std::uint64_t, std::uint16_t> kinds;
  std::unordered_set<std::uint64_t> prefixes;
};

// Appends a word to a key: lower case, with a typographic apostrophe as "'".
void append_key_word(std::string& key, std::string_view word) {
  const std::size_t at = key.size();
  append_lowercase(key, word);
  for (std::size_t i = key.find('\xE2', at); i != std::string::npos; i = key.find('\xE2', i + 1)) {
    if (key.compare(i, 3, "\u2019") == 0) key.replace(i, 3, "'");
  }
}

void append_token_key(std::string& key, const Document& doc, const Token& t) {
  append_key_word(key, t.has(kPossessive) ? std::string_view("'s") : doc.str(t));
}

// Entries are keyed by their own tokenization, so that a list entry and the
// same words in an article always produce the same key. `names` holds one
// newline-terminated name after another (scripts/gen-gazetteers).
void add_list(Table& table, std::string_view names, std::uint16_t kind) {
  std::string word;
  for (std::size_t start = 0, end; start < names.size(); start = end + 1) {
    end = names.find('\n', start);
    if (end == std::string_view::npos) end = names.size();
    const std::string_view name = names.substr(start, end - start);
    // Most entries are one plain ASCII word ("Aaron"): the tokenizer would make
    // it one token, so its key is simply its lower case. Saves most of the
    // first call's set-up time.
    const bool one_plain_word = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    });
    if (one_plain_word) {
      word.clear();
      append_key_word(word, name);
      table.kinds[extend_hash(kHashStart, word)] |= kind;
      continue;
    }
    const Document doc = analyse(name);
    std::uint64_t h = kHashStart;
    for (std::size_t t = 0; t < doc.tokens.size(); ++t) {
      if (t > 0) {
        table.prefixes.insert(h);
        h = extend_hash(h, " ");
      }
      word.clear();
      append_token_key(word, doc, doc.tokens[t]);
      h = extend_hash(h, word);
    }
    if (!doc.tokens.empty()) table.kinds[h] |= kind;
  }
}

const Table& table() {
  static const Table kTable = [] {
    namespace d = gazetteer_data;
    Table t;
    add_list(t, d::kCountries, kGazCountry);
    add_list(t, d::kDemonyms, kGazDemonym);
    add_list(t, d::kFirstNames, kGazFirstName);
    add_list(t, d::kMediaOutlets, kGazMedia);
    add_list(t, d::kTitles, kGazTitle);
    add_list(t, d::kOrganizationBodies, kGazOrganizationBody);
    add_list(t, d::kGroupNouns, kGazGroupNoun);
    add_list(t, d::kOrganizationWords, kGazOrganizationWord);
    return t;
  }();
  return kTable;
}

std::uint16_t kinds_of_hash(std::uint64_t h) {
  const Table& t = table();
  const auto it = t.kinds.find(h);
  return it == t.kinds.end() ? 0 : it->second;
}

}  // namespace

std::string gazetteer_key(const Document& doc, std::uint32_t first, std::uint32_t last) {
  std::string key;
  for (std::uint32_t i = first; i < last; ++i) {
    if (i > first) key.push_back(' ');
    append_token_key(key, doc, doc.tokens[i]);
  }
  return key;
}

std::uint16_t gazetteer_kinds(std::string_view key) { return kinds_of_hash(extend_hash(kHashStart, key)); }

std::vector<GazetteerMatch> find_gazetteer_matches(const Document& doc, std::uint32_t first, std::uint32_t last,
                                                   std::uint16_t wanted) {
  const Table& t = table();
  // Each token's key word, once: words[offsets[k]..offsets[k+1]).
  std::string words;
  std::vector<std::uint32_t> offsets{0};
  offsets.reserve(last - first + 1);
  for (std::uint32_t i = first; i < last; ++i) {
    append_token_key(words, doc, doc.tokens[i]);
    offsets.push_back(static_cast<std::uint32_t>(words.size()));
  }
  auto word = [&](std::uint32_t i) {
    return std::string_view(words).substr(offsets[i - first], offsets[i - first + 1] - offsets[i - first]);
  };
  std::vector<GazetteerMatch> matches;
  std::uint32_t i = first;
  while (i < last) {
    GazetteerMatch best;
    if (doc.tokens[i].type != TokenType::punct) {
      std::uint64_t h = kHashStart;
      for (std::uint32_t j = i; j < last && j - i < static_cast<std::uint32_t>(kMaxGazetteerTokens); ++j) {
        if (j > i) {
          if (!t.prefixes.count(h)) break;
          h = extend_hash(h, " ");
        }
        h = extend_hash(h, word(j));
        const std::uint16_t kinds = kinds_of_hash(h) & wanted;
        if (kinds != 0) best = {i, j + 1, kinds};
      }
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
