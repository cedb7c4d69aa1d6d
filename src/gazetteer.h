// Name lists for the actor detector: countries, nationalities, first names,
// news outlets, titles and the nouns that make organisations and groups.
// The lists come from src/gazetteer_data.cc (scripts/gen-gazetteers).
#ifndef NEWSMARK_GAZETTEER_H_
#define NEWSMARK_GAZETTEER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "document.h"

namespace newsmark {

// What a phrase is, as bits: a phrase may be in several lists ("Georgian").
enum GazetteerKind : std::uint16_t {
  kGazCountry = 1 << 0,
  kGazDemonym = 1 << 1,
  kGazFirstName = 1 << 2,
  kGazMedia = 1 << 3,
  kGazTitle = 1 << 4,
  kGazOrganizationBody = 1 << 5,  // "government", "foreign ministry"
  kGazGroupNoun = 1 << 6,         // "nationals", "troops"
  kGazOrganizationWord = 1 << 7,  // "Corp", "Ministry", "Party"
  kGazPlatform = 1 << 8,          // "TikTok", "Meta", "Walmart", "NATO": platforms and well-known organisations
  kGazGeographic = 1 << 9,        // "Danube", "Black Sea", "Strait of Hormuz": places
  kGazGivenName = 1 << 10,        // "Donald", "Abdoulaye": a cleaner first-name list, for the rules only
  kGazCommunity = 1 << 11,        // "Muslim", "Latinos": like a nationality, for the rules only
  kGazSurname = 1 << 12,          // "Obama", "Putin": well-known surnames, for the rules only
  kGazRegion = 1 << 13,           // "Nevada": states of countries, for the rules only
  kGazCity = 1 << 14,             // "Kyiv", "Lagos": cities, for the rules only
};

// Longest entry, in tokens.
inline constexpr int kMaxGazetteerTokens = 6;

// The key a phrase is looked up by: its tokens lower-cased and joined by one
// space ("People’s Daily" → "people ’s daily").
std::string gazetteer_key(const Document& doc, std::uint32_t first, std::uint32_t last);

// Kinds of the phrase with this key; 0 when it is in no list.
std::uint16_t gazetteer_kinds(std::string_view key);

// A phrase of a sentence found in the lists.
struct GazetteerMatch {
  std::uint32_t first = 0;  // token index
  std::uint32_t last = 0;   // one past the last token
  std::uint16_t kinds = 0;
};

// Longest matches, left to right, of phrases having any of `wanted` kinds,
// among tokens [first, last) of a document. Linear in the tokens.
std::vector<GazetteerMatch> find_gazetteer_matches(const Document& doc, std::uint32_t first, std::uint32_t last,
                                                   std::uint16_t wanted);

}  // namespace newsmark

#endif  // NEWSMARK_GAZETTEER_H_
