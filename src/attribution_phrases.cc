// Word classes and noun-phrase scanning for attributions (see attribution_phrases.h).
#include "attribution_phrases.h"

#include <unordered_set>

#include "figure_lexicon.h"
#include "utf.h"

namespace newsmark {
namespace {

using WordSet = std::unordered_set<std::string_view>;

const WordSet& determiners() {
  static const WordSet set = {"the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our",
                              "my", "your", "some", "many", "several", "both", "each", "other", "another",
                              "most", "few", "two", "three", "four", "five", "all", "one", "top", "senior"};
  return set;
}

const WordSet& subject_pronouns() {
  static const WordSet set = {"he", "she", "it", "they", "we", "i", "you"};
  return set;
}

const WordSet& auxiliaries() {
  static const WordSet set = {"has", "have", "had", "will", "would", "did", "does", "do", "could", "can",
                              "may", "might", "should", "must", "'s", "’s", "'ve", "’ve", "'d", "’d",
                              // Negated forms are one token: "Rivera didn't say".
                              "cannot", "can't", "can’t", "won't", "won’t", "wouldn't", "wouldn’t", "didn't",
                              "didn’t", "doesn't", "doesn’t", "don't", "don’t", "hasn't", "hasn’t", "haven't",
                              "haven’t", "hadn't", "hadn’t", "couldn't", "couldn’t", "shouldn't", "shouldn’t"};
  return set;
}

const WordSet& adverbs() {
  static const WordSet set = {"also", "later", "then", "now", "again", "once", "often", "never", "still",
                              "already", "just", "earlier", "first", "long", "even", "since", "previously",
                              "recently", "repeatedly", "publicly", "privately", "further", "reportedly",
                              "always", "last", "ever", "not", "subsequently", "however", "too", "separately", "similarly",
                              "yesterday", "today", "formally", "initially", "originally", "frequently"};
  return set;
}

// Words that never sit inside a source noun phrase.
const WordSet& function_words() {
  static const WordSet set = {
      "that", "which", "who", "whom", "whose", "what", "when", "where", "why", "how", "whether", "if",
      "because", "while", "as", "but", "and", "or", "nor", "so", "than", "then", "though", "although",
      "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did",
      "will", "would", "can", "could", "should", "may", "might", "must", "shall", "not", "no", "to", "in",
      "on", "by", "about", "after", "before", "into", "over", "under", "during", "against", "between",
      "through", "without", "within", "among", "around", "since", "until", "upon", "via", "per", "like",
      "of", "for", "at", "from", "with", "him", "them", "us", "me", "it", "he", "she", "they", "we", "i",
      "you", "there", "here", "also", "however", "meanwhile", "instead", "moreover", "yet", "still",
      "just", "only", "even", "too", "very", "said", "says", "say", "according", "this", "these", "those",
      "such", "up", "out", "off", "down", "back", "away", "again", "whatever", "whoever", "himself",
      "herself", "itself", "themselves", "ourselves", "myself", "yes", "oh", "well", "please", "thus",
      "hence", "therefore", "indeed", "perhaps", "maybe", "later", "now", "today", "yesterday", "tomorrow"};
  return set;
}

const WordSet& day_words() {
  static const WordSet set = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                              "yesterday", "today", "tonight"};
  return set;
}

const WordSet& wh_words() {
  static const WordSet set = {"whether", "if", "how", "why", "what", "when", "where", "who", "which"};
  return set;
}

const WordSet& titles() {
  static const WordSet set = {
      "president", "vice", "prime", "minister", "secretary", "senator", "sen.", "rep.", "representative",
      "congressman", "congresswoman", "gov.", "governor", "mayor", "chancellor", "king", "queen", "prince",
      "princess", "pope", "general", "gen.", "judge", "justice", "chairman", "chairwoman", "director", "ceo",
      "spokesman", "spokeswoman", "spokesperson", "mr.", "mrs.", "ms.", "dr.", "prof.", "lt.", "col.",
      "adm.", "sgt.", "capt.", "ambassador", "commissioner", "sheriff", "attorney", "leader", "candidate",
      "nominee", "speaker", "deputy", "premier", "president-elect", "sheikh", "ayatollah", "rev.", "chief"};
  return set;
}

const WordSet& np_prepositions() {
  static const WordSet set = {"of", "for", "at", "from", "with", "to", "in"};
  return set;
}

bool in(const WordSet& set, const std::string& word) { return set.count(word) != 0; }

}  // namespace

PhraseReader::PhraseReader(const Document& doc) : doc_(doc) {
  lower_.reserve(doc.tokens.size());
  cues_.reserve(doc.tokens.size());
  for (const Token& t : doc.tokens) {
    lower_.push_back(lowercase_word(doc.str(t)));
    cues_.push_back(t.type == TokenType::word ? lookup_cue(lower_.back()) : CueWord{});
  }
  // "claims" is mostly a noun, but "the army claims to have downed 40 drones" reports.
  for (std::size_t i = 0; i + 2 < lower_.size(); ++i) {
    if (lower_[i] == "claims" && lower_[i + 1] == "to" && (lower_[i + 2] == "have" || lower_[i + 2] == "be")) {
      cues_[i] = CueWord{CueClass::speech, VerbForm::third_person, false, false, {}};
    }
  }
}

const std::string& PhraseReader::word(std::uint32_t i) const {
  static const std::string kNone;
  return i < lower_.size() ? lower_[i] : kNone;
}

const CueWord& PhraseReader::cue(std::uint32_t i) const {
  static const CueWord kNone;
  return i < cues_.size() ? cues_[i] : kNone;
}

bool PhraseReader::punct(std::uint32_t i, char c) const {
  return i < lower_.size() && doc_.tokens[i].type == TokenType::punct && lower_[i].size() == 1 && lower_[i][0] == c;
}

bool PhraseReader::clause_end(std::uint32_t i) const {
  if (i >= lower_.size() || doc_.tokens[i].type != TokenType::punct) return false;
  const std::string& w = lower_[i];
  if (w == "." || w == "!" || w == "?" || w == ";") return true;
  std::size_t len;
  const char32_t c = decode_utf8(doc_.text, doc_.tokens[i].span.start, &len);
  return c == 0x2014 || c == 0x2013 || c == 0x2015;  // — – ―
}

bool PhraseReader::quote_mark(std::uint32_t i) const {
  if (quotes_ != nullptr) return quotes_->opens(i) || quotes_->closes(i);
  return i < doc_.tokens.size() && is_double_quote(doc_, doc_.tokens[i]);
}

bool PhraseReader::is_apostrophe_mark(std::uint32_t i) const {
  return lower_[i] == "'" || lower_[i] == "\xE2\x80\x99";  // ' ’
}

bool PhraseReader::capitalized(std::uint32_t i) const { return i < lower_.size() && doc_.tokens[i].has(kCapitalized); }

bool PhraseReader::pronoun_determiner(std::uint32_t i) const {
  static const WordSet set = {"both", "many", "some", "most", "all", "several", "few", "others", "each",
                              "another", "one", "none", "neither", "either"};
  return i < lower_.size() && in(set, lower_[i]);
}

bool PhraseReader::determiner(std::uint32_t i) const { return i < lower_.size() && in(determiners(), lower_[i]); }

bool PhraseReader::subject_pronoun(std::uint32_t i) const {
  return i < lower_.size() && in(subject_pronouns(), lower_[i]);
}

bool PhraseReader::adverb(std::uint32_t i) const {
  if (i >= lower_.size() || doc_.tokens[i].type != TokenType::word || capitalized(i)) return false;
  const std::string& w = lower_[i];
  if (in(adverbs(), w)) return true;
  // -ly adverbs ("repeatedly", "publicly"), not nouns or adjectives like "family" or "yearly".
  static const WordSet not_adverbs = {"family", "daily", "italy", "weekly", "monthly", "yearly", "quarterly",
                                      "elderly", "friendly", "assembly", "supply", "july", "ally", "early",
                                      "likely", "lonely", "costly", "deadly", "orderly", "holy", "only",
                                      // nouns and verbs: "a tally by", "at a rally", "in a reply"
                                      "tally", "rally", "reply", "apply", "comply", "imply", "rely", "multiply",
                                      "monopoly", "anomaly", "bully", "belly", "folly", "homily", "butterfly"};
  return w.size() > 4 && w.compare(w.size() - 2, 2, "ly") == 0 && !in(not_adverbs, w);
}

bool PhraseReader::auxiliary(std::uint32_t i) const { return i < lower_.size() && in(auxiliaries(), lower_[i]); }

bool PhraseReader::function_word(std::uint32_t i) const {
  return i < lower_.size() && (in(function_words(), lower_[i]) || in(auxiliaries(), lower_[i]));
}

bool PhraseReader::day_word(std::uint32_t i) const { return i < lower_.size() && in(day_words(), lower_[i]); }

bool PhraseReader::wh_word(std::uint32_t i) const { return i < lower_.size() && in(wh_words(), lower_[i]); }

bool PhraseReader::noun_like(std::uint32_t i) const {
  if (i >= lower_.size()) return false;
  const Token& t = doc_.tokens[i];
  if (t.has(kPossessive)) return false;
  if (t.type == TokenType::punct && i > 0 && is_apostrophe_mark(i) && doc_.tokens[i - 1].span.end == t.span.start &&
      !lower_[i - 1].empty() && lower_[i - 1].back() == 's') {
    return true;  // plural possessive: "Sanders’ campaign manager"
  }
  if (t.type == TokenType::punct) {
    // A hyphen or ampersand glued to both neighbours joins a compound: "46-year-old", "P&G".
    return (lower_[i] == "-" || lower_[i] == "&") && i > 0 && i + 1 < lower_.size() &&
           doc_.tokens[i - 1].span.end == t.span.start && doc_.tokens[i + 1].span.start == t.span.end;
  }
  if (t.has(kAllCaps) && !subject_pronoun(i)) return true;  // "US", "CNN": acronyms, not "us"
  // "Theresa May said", "“...,” Read said": a capitalised word inside a sentence is a name.
  const bool inside_name = t.has(kCapitalized) && !t.has(kSentenceStart) && !t.has(kParagraphStart);
  if (inside_name && lower_[i] == "may" && i > 0 && doc_.tokens[i - 1].has(kCapitalized)) return true;
  // "said Will Doyle": a capitalised "Will" before a name is a first name.
  if (inside_name && lower_[i] == "will" && i + 1 < lower_.size() && doc_.tokens[i + 1].has(kCapitalized)) return true;
  if (function_word(i) || day_word(i) || adverb(i) || determiner(i)) return false;
  const CueWord& c = cues_[i];
  if (inside_name && c.cls != CueClass::none) return true;
  // "said", "claimed", "saying" are verbs; "report", "claims" may be nouns.
  if (c.cls != CueClass::none && (c.form == VerbForm::past || c.form == VerbForm::gerund)) return false;
  return true;
}

bool PhraseReader::past_verb(std::uint32_t i) const {
  static const WordSet irregular = {"went", "made", "took", "gave", "came", "met", "spoke", "left", "held", "led",
                                    "sent", "won", "lost", "began", "brought", "kept", "got", "heard", "knew",
                                    "paid", "saw", "sold", "struck", "stood", "chose", "drove", "rose", "fell",
                                    "fought", "flew", "grew", "meant", "ran", "spent", "taught", "thought", "became"};
  if (i >= lower_.size() || doc_.tokens[i].type != TokenType::word) return false;
  const std::string& w = lower_[i];
  return (w.size() > 3 && w.compare(w.size() - 2, 2, "ed") == 0) || in(irregular, w);
}

bool PhraseReader::is_dash(std::uint32_t i) const {
  if (i >= lower_.size() || doc_.tokens[i].type != TokenType::punct) return false;
  std::size_t len;
  const char32_t c = decode_utf8(doc_.text, doc_.tokens[i].span.start, &len);
  return c == 0x2014 || c == 0x2013 || (c == '-' && (hyphen_pair(i) || (i > 0 && hyphen_pair(i - 1))));
}

// "--" is two hyphen tokens side by side: `i` is the first.
bool PhraseReader::hyphen_pair(std::uint32_t i) const {
  return i + 1 < lower_.size() && lower_[i] == "-" && lower_[i + 1] == "-" &&
         doc_.tokens[i].type == TokenType::punct && doc_.tokens[i].span.end == doc_.tokens[i + 1].span.start;
}

bool PhraseReader::quantity(std::uint32_t i) const {
  if (i >= lower_.size()) return false;
  if (doc_.tokens[i].type == TokenType::number) return true;
  const std::string& w = lower_[i];
  if (w == "percent" || w == "%" || w == "majority" || w == "minority" || w == "third" || w == "fifth") return true;
  switch (number_word(w).kind) {
    case NumberWordKind::cardinal:
    case NumberWordKind::dozen:
    case NumberWordKind::denominator:
    case NumberWordKind::half:
    case NumberWordKind::quarter:
    case NumberWordKind::vague:
      return true;
    default:
      return false;
  }
}

bool PhraseReader::plural_form(std::string_view w) {
  return w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u';
}

bool PhraseReader::plural_noun(std::uint32_t i) const {
  if (i >= lower_.size() || doc_.tokens[i].type != TokenType::word || capitalized(i) || !noun_like(i)) return false;
  return plural_form(lower_[i]);
}

bool PhraseReader::np_preposition(std::uint32_t i) const {
  return i < lower_.size() && in(np_prepositions(), lower_[i]);
}

// A share of a group as a subject: "three in four say", "most of them said",
// "only 28 said".
std::optional<TokenRange> PhraseReader::share_before(std::uint32_t end, std::uint32_t floor) const {
  const std::uint32_t last = end - 1;
  if (last >= floor + 2 && quantity(last) && is(last - 1, "in") && quantity(last - 2)) {
    return TokenRange{last - 2, end};
  }
  const bool group_pronoun = is(last, "them") || is(last, "us") || is(last, "whom") || is(last, "you");
  if (group_pronoun && last >= floor + 2 && is(last - 1, "of") &&
      (pronoun_determiner(last - 2) || quantity(last - 2))) {
    return TokenRange{last - 2, end};
  }
  // A bare number only at the start or after a qualifier ("only 28 said"), a
  // percentage also after a comma ("Overall, 42% say"); not "in 2015" or
  // "60 pledged delegates".
  const bool percent = is(last, "%") && last > floor;
  const std::uint32_t number = percent ? last - 1 : last;
  if (doc_.tokens[number].type == TokenType::number &&
      (number == floor || (percent && (comma(number - 1) || punct(number - 1, ':'))) || is(number - 1, "only") ||
       is(number - 1, "just") || is(number - 1, "least") || is(number - 1, "about") || is(number - 1, "nearly"))) {
    return TokenRange{number, end};
  }
  return std::nullopt;
}

std::optional<TokenRange> PhraseReader::plain_np_before(std::uint32_t end, std::uint32_t floor) const {
  if (end == 0 || end <= floor) return std::nullopt;
  const std::uint32_t last = end - 1;
  if (auto share = share_before(end, floor)) return share;
  // "The two said", "the three agreed": a number standing for people named before.
  if (last > floor && is(last - 1, "the") && number_word(lower_[last]).kind == NumberWordKind::cardinal) {
    return TokenRange{last - 1, end};
  }
  // "he said", "many say", and "who said" (a relative pronoun is its own source).
  if (subject_pronoun(last) || pronoun_determiner(last) || is(last, "who")) return TokenRange{last, end};
  // A phrase ends in a word ("271 pledged delegates" has no source), except
  // for a share: "six in 10 say".
  if (!noun_like(last)) return std::nullopt;
  if (doc_.tokens[last].type != TokenType::word && !(last > floor && is(last - 1, "in"))) return std::nullopt;
  std::uint32_t start = last;
  constexpr std::uint32_t kMaxTokens = 12;
  while (start > floor && end - start < kMaxTokens) {
    const std::uint32_t j = start - 1;
    if (doc_.tokens[j].has(kPossessive)) {
      if (j > floor && noun_like(j - 1)) {
        start = j;
        continue;
      }
      break;
    }
    if (determiner(j)) {
      start = j;
      if (j > floor && determiner(j - 1)) {
        start = j - 1;  // "one senior official", "the two"
        break;
      }
      // "a spokesman for the ministry": the phrase goes on before "for".
      if (j >= floor + 2 && np_preposition(j - 1) && noun_like(j - 2)) {
        start = j - 1;
        continue;
      }
      break;
    }
    if (np_preposition(j) && j > floor && noun_like(j - 1) && capitalized(start)) {
      start = j;  // "Secretary of State", "a spokesman for Gazprom"
      continue;
    }
    if (is(j, "of") && j > floor && noun_like(j - 1) && !capitalized(start)) {
      start = j;  // "the chief of staff", "the head of security"
      continue;
    }
    if (is(j, "and") && j > floor && capitalized(j - 1) && capitalized(start)) {
      start = j;  // "Obama and Clinton"
      continue;
    }
    if (is(j, "and") && j > floor && plural_noun(j - 1) && plural_noun(end - 1)) {
      start = j;  // "teachers and union officials"
      continue;
    }
    if (noun_like(j)) {
      start = j;
      continue;
    }
    break;
  }
  // A phrase never starts with a preposition or a conjunction.
  while (start < last && (np_preposition(start) || is(start, "and"))) ++start;
  return TokenRange{start, end};
}

std::optional<TokenRange> PhraseReader::source_before(std::uint32_t end, std::uint32_t floor) const {
  if (end == 0 || end <= floor) return std::nullopt;
  if (punct(end - 1, ')')) {
    // "Sen. Elizabeth Warren (D-MA) said": the name before the bracket.
    for (std::uint32_t p = end - 1; p > floor && end - p < 10; --p) {
      if (!punct(p - 1, '(')) continue;
      const auto name = plain_np_before(p - 1, floor);
      if (!name) return std::nullopt;
      return TokenRange{name->first, end};
    }
    return std::nullopt;
  }
  if (is_dash(end - 1)) {
    // "Tomas Berg — a teacher from Avel — says": a name, then an aside between dashes.
    constexpr std::uint32_t kMaxAside = 30;
    const std::uint32_t close = end - 1 > floor && hyphen_pair(end - 2) ? end - 2 : end - 1;
    for (std::uint32_t p = close - 1; p > floor && end - p < kMaxAside; --p) {
      if (quote_mark(p) || punct(p, '.') || punct(p, ';')) break;
      if (!is_dash(p)) continue;
      const std::uint32_t open = p > floor && hyphen_pair(p - 1) ? p - 1 : p;
      const auto name = plain_np_before(open, floor);
      if (!name || !(capitalized(name->last - 1) || determiner(name->first))) return std::nullopt;
      return TokenRange{name->first, close};
    }
    return std::nullopt;
  }
  if (comma(end - 1) && end >= floor + 3 && adverb(end - 2) && comma(end - 3)) {
    return plain_np_before(end - 3, floor);  // "officials, however, said"
  }
  if (comma(end - 1) && end >= floor + 2 && punct(end - 2, ')')) {
    // "Sen. Jack Reed (D-R.I.), said": a stray comma after the bracket.
    if (const auto name = source_before(end - 1, floor)) return name;
  }
  if (comma(end - 1)) {
    // "Smith, a spokesman for the ministry, said", "Anderson, 21, a student,
    // said", "Trump, speaking in Virginia, said": a name, then an aside set
    // off by commas.
    constexpr std::uint32_t kMaxAside = 45;  // "Mariano, who as a Navy captain was ..., said"
    // "Another delegate on the slate, Jim Poolman, said": when no phrase
    // before the first comma starts the clause, the name set off alone is the source.
    std::optional<TokenRange> name_alone;
    const bool opening_phrase = function_word(floor) && !determiner(floor);  // "In Avel, Tomas Berg, said"
    for (std::uint32_t p = end - 2; p > floor && end - p < kMaxAside; --p) {
      const bool abbreviation = punct(p, '.') && comma(p + 1);  // "Lena Voss, R-Ore., said"
      if ((clause_end(p) && !abbreviation) || quote_mark(p) || punct(p, ':')) break;
      if (!comma(p)) continue;
      // "Rep. Ana Ortega (D-Md.), chair of the committee, said": a name with its bracket.
      const bool bracket = punct(p - 1, ')');
      const auto name = bracket ? source_before(p, floor) : plain_np_before(p, floor);
      // "Clinton's campaign chairman, John Podesta, said": a role, then the name as the aside.
      const bool named_aside = p + 1 < end - 1 && end - 1 - (p + 1) <= 5 && capitalized(p + 1) && capitalized(end - 2);
      if (named_aside && !name_alone && noun_like(p - 1) && !opening_phrase) {
        const auto aside = plain_np_before(end - 1, p + 1);
        if (aside && aside->first == p + 1) name_alone = aside;
      }
      if (!name || !(bracket || named_aside || capitalized(name->last - 1) || determiner(name->first))) continue;
      const std::uint32_t b = name->first;
      const bool starts_clause = b == floor || comma(b - 1) || clause_end(b - 1) || punct(b - 1, ':') ||
                                 is(b - 1, "and") || is(b - 1, "but") || is(b - 1, "that") || quote_mark(b - 1) ||
                                 (b - 1 == floor && adverb(b - 1));  // "Now his colleague, Ana Ruiz, said"
      if (!starts_clause) continue;
      return TokenRange{name->first, end - 1};
    }
    return name_alone;
  }
  return plain_np_before(end, floor);
}

std::uint32_t PhraseReader::plain_np_after(std::uint32_t start, std::uint32_t limit) const {
  std::uint32_t i = start;
  while (i < limit && i < start + 3 && determiner(i)) ++i;  // "the most recent", "the the"
  std::uint32_t end = start;  // one past the last noun-like token
  constexpr std::uint32_t kMaxTokens = 12;
  while (i < limit && i - start < kMaxTokens) {
    // "Ortega criticized the plan", "the mayor opened the bridge": a past verb
    // with an object after a noun ends the phrase ("a source involved in the
    // talks" goes on).
    if (i > start && !determiner(i - 1) && !adverb(i - 1) && !capitalized(i) && past_verb(i) &&
        (capitalized(i - 1) || determiner(i + 1) || capitalized(i + 1) || is(i + 1, "to") || plural_noun(i + 1))) {
      break;
    }
    if (noun_like(i) || (doc_.tokens[i].has(kPossessive) && i > start)) {
      ++i;
      end = i;
      continue;
    }
    if (adverb(i) && noun_like(i + 1) && i + 1 < limit) {
      ++i;  // "the recently released report"
      continue;
    }
    if (end > start && np_preposition(i) && i + 1 < limit && (determiner(i + 1) || capitalized(i + 1))) {
      ++i;
      if (determiner(i)) ++i;
      continue;
    }
    if (end > start && is(i, "and") && capitalized(i - 1) && capitalized(i + 1)) {
      ++i;
      continue;
    }
    break;
  }
  return end;
}

std::optional<TokenRange> PhraseReader::source_after(std::uint32_t start, std::uint32_t limit) const {
  if (start >= limit) return std::nullopt;
  if (subject_pronoun(start) || is(start, "him") || is(start, "her") || is(start, "them")) {
    return TokenRange{start, start + 1};  // "said he", "according to him"
  }
  std::uint32_t end = plain_np_after(start, limit);
  // "one of her aides", and "tweeted another", "said one": a pronoun-like word alone.
  if (end == start && pronoun_determiner(start)) {
    if (is(start + 1, "of")) {
      const std::uint32_t of_end = plain_np_after(start + 2, limit);
      if (of_end > start + 2) return TokenRange{start, of_end};
    }
    if (start + 1 >= limit || !noun_like(start + 1)) return TokenRange{start, start + 1};
  }
  if (end == start) return std::nullopt;
  // "said Smith, a spokesman for the ministry."
  if (end + 1 < limit && comma(end) &&
      (determiner(end + 1) || doc_.tokens[end + 1].type == TokenType::number || noun_like(end + 1))) {
    const std::uint32_t apposition_end = plain_np_after(end + 1, limit);
    if (apposition_end > end + 1 && (apposition_end >= limit || comma(apposition_end) || clause_end(apposition_end))) {
      end = apposition_end;
    }
  }
  return TokenRange{start, end};
}

TokenRange PhraseReader::strip_title(TokenRange range) const {
  if (range.last - range.first < 2) return range;
  std::uint32_t last_title = range.last;
  for (std::uint32_t i = range.first; i + 1 < range.last; ++i) {
    if (!capitalized(i) && !is(i, "of")) return range;  // not a plain name
    if (in(titles(), lower_[i])) last_title = i;
  }
  if (!capitalized(range.last - 1) || last_title == range.last) return range;
  std::uint32_t first = last_title + 1;
  // "Secretary of State John Kerry"
  if (is(first, "of") && first + 2 < range.last) first += 2;
  return TokenRange{first, range.last};
}

}  // namespace newsmark
