#include "gazetteer.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "chars.h"

namespace newsmark {
namespace gazetteer_data {
extern const char kCountries[];
extern const char kDemonyms[];
extern const char kFirstAndGivenNames[];
extern const char kFirstNames[];
extern const char kGivenNames[];
extern const char kCommunities[];
extern const char kSurnames[];
extern const char kRegions[];
extern const char kMediaOutlets[];
extern const char kPlatforms[];
extern const char kWellKnownOrganizations[];
extern const char kCities[];
extern const char kGeographicFeatures[];
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
// continue. Open addressing in one flat array of 8-byte slots: a lookup reads
// one cache line, which matters because every word of an article is looked up.
class Table {
 public:
  explicit Table(std::size_t capacity_hint) {
    std::size_t capacity = 1024;
    while (capacity < 2 * capacity_hint) capacity <<= 1;  // at most half full, even if tokens outnumber words
    slots_.resize(capacity);
    shift_ = 64;
    for (std::size_t c = capacity; c > 1; c >>= 1) --shift_;
  }
  void add_kinds(std::uint64_t h, std::uint16_t kinds) { slot(h).kinds |= kinds; }
  void add_prefix(std::uint64_t h) { slot(h).flags |= kPrefix; }
  std::uint16_t kinds(std::uint64_t h) const {
    const Slot* s = find(h);
    return s ? s->kinds : 0;
  }
  bool is_prefix(std::uint64_t h) const {
    const Slot* s = find(h);
    return s && (s->flags & kPrefix);
  }

 private:
  // The slot index and the fingerprint come from different bits of the hash.
  struct Slot {
    std::uint32_t fingerprint = 0;
    std::uint16_t kinds = 0;
    std::uint16_t flags = 0;
  };
  static constexpr std::uint16_t kUsed = 1, kPrefix = 2;
  std::size_t home(std::uint64_t h) const { return static_cast<std::size_t>((h * 0x9E3779B97F4A7C15ull) >> shift_); }
  static std::uint32_t fingerprint(std::uint64_t h) { return static_cast<std::uint32_t>(h); }

  Slot& slot(std::uint64_t h) {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = home(h);; i = (i + 1) & mask) {
      Slot& s = slots_[i];
      if (!(s.flags & kUsed)) {
        s.fingerprint = fingerprint(h);
        s.flags = kUsed;
        return s;
      }
      if (s.fingerprint == fingerprint(h)) return s;
    }
  }
  const Slot* find(std::uint64_t h) const {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = home(h);; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (!(s.flags & kUsed)) return nullptr;
      if (s.fingerprint == fingerprint(h)) return &s;
    }
  }

  std::vector<Slot> slots_;
  int shift_ = 64;
};

// Appends a word to a key: lower case, with a typographic apostrophe as "'".
void append_key_word(std::string& key, std::string_view word) {
  const std::size_t at = key.size();
  // Plain ASCII, most words: copied and lower-cased in place, as
  // append_lowercase would; anything else goes through it.
  key.append(word);
  bool ascii = true;
  for (std::size_t i = at; i < key.size() && ascii; ++i) {
    const char c = key[i];
    if (c >= 'A' && c <= 'Z') key[i] = static_cast<char>(c + 32);
    ascii = static_cast<unsigned char>(c) < 0x80;
  }
  if (ascii) return;
  key.resize(at);
  append_lowercase(key, word);
  for (std::size_t i = key.find('\xE2', at); i != std::string::npos; i = key.find('\xE2', i + 1)) {
    if (key.compare(i, 3, "\u2019") == 0) key.replace(i, 3, "'");
  }
}

void append_token_key(std::string& key, const Document& doc, const Token& t) {
  append_key_word(key, t.has(kPossessive) ? std::string_view("'s") : doc.str(t));
}

// The names of a list as written in src/gazetteer_data.cc, front-coded by
// scripts/gen-gazetteers: each line is one digit, how many leading bytes the
// name shares with the one before, then the rest of it. Returns the names,
// each ending in a newline.
std::string expand_list(std::string_view coded) {
  std::string names;
  names.reserve(coded.size() * 3 / 2);
  std::string previous;
  for (std::size_t start = 0, end; start < coded.size(); start = end + 1) {
    end = coded.find('\n', start);
    if (end == std::string_view::npos) end = coded.size();
    const std::size_t shared = static_cast<std::size_t>(coded[start] - '0');
    previous.resize(std::min(shared, previous.size()));
    previous.append(coded.substr(start + 1, end - start - 1));
    names += previous;
    names += '\n';
  }
  return names;
}

// Entries are keyed by their own tokenization, so that a list entry and the
// same words in an article always produce the same key. `names` holds one
// newline-terminated name after another.
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
      table.add_kinds(extend_hash(kHashStart, word), kind);
      continue;
    }
    const Document doc = analyse(name);
    std::uint64_t h = kHashStart;
    for (std::size_t t = 0; t < doc.tokens.size(); ++t) {
      if (t > 0) {
        table.add_prefix(h);
        h = extend_hash(h, " ");
      }
      word.clear();
      append_token_key(word, doc, doc.tokens[t]);
      h = extend_hash(h, word);
    }
    if (!doc.tokens.empty()) table.add_kinds(h, kind);
  }
}

const Table& table() {
  static const Table kTable = [] {
    namespace d = gazetteer_data;
    const std::pair<const char*, std::uint16_t> lists[] = {
        {d::kCountries, kGazCountry},
        {d::kDemonyms, kGazDemonym},
        {d::kFirstAndGivenNames, static_cast<std::uint16_t>(kGazFirstName | kGazGivenName)},
        {d::kFirstNames, kGazFirstName},
        {d::kGivenNames, kGazGivenName},
        {d::kSurnames, kGazSurname},
        {d::kMediaOutlets, kGazMedia},
        {d::kPlatforms, kGazPlatform},
        {d::kWellKnownOrganizations, kGazPlatform},
        {d::kCities, kGazCity},
        {d::kGeographicFeatures, kGazGeographic},
        {d::kTitles, kGazTitle},
        {d::kOrganizationBodies, kGazOrganizationBody},
        {d::kGroupNouns, kGazGroupNoun},
        {d::kCommunities, kGazCommunity},
        {d::kRegions, kGazRegion},
        {d::kOrganizationWords, kGazOrganizationWord},
    };
    std::vector<std::string> names;
    // Each word of a list adds at most one slot (an entry or a prefix of one).
    std::size_t words = 0;
    for (const auto& [coded, kind] : lists) {
      names.push_back(expand_list(coded));
      words += static_cast<std::size_t>(std::count(names.back().begin(), names.back().end(), '\n') +
                                        std::count(names.back().begin(), names.back().end(), ' '));
    }
    Table t(words);
    for (std::size_t k = 0; k < names.size(); ++k) add_list(t, names[k], lists[k].second);
    return t;
  }();
  return kTable;
}

std::uint16_t kinds_of_hash(std::uint64_t h) {
  return table().kinds(h);
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
  if (last > first) words.reserve(doc.tokens[last - 1].span.end - doc.tokens[first].span.start);
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
          if (!t.is_prefix(h)) break;
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
