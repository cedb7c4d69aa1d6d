// Reporting verbs and nouns, expanded once into a table of inflected forms.
#include "cue_lexicon.h"

#include <unordered_map>

namespace newsmark {
namespace {

struct VerbEntry {
  std::string_view lemma;
  std::string_view past;    // irregular past forms, '|' separated ("wrote|written"); "" = regular
  std::string_view gerund;  // irregular gerund ("admitting"); "" = regular
  CueClass cls;
  bool takes_object;  // the addressee may follow: "told reporters that"
  std::string_view particle = {};  // see CueWord::particle
};

// Verbs that report speech or writing whatever follows them.
constexpr VerbEntry kVerbs[] = {
    {"say", "said", "", CueClass::speech, false},
    {"tell", "told", "", CueClass::speech, true},
    {"add", "", "", CueClass::speech, false},
    {"note", "", "", CueClass::speech, false},
    {"claim", "", "", CueClass::speech, false},
    {"announce", "", "", CueClass::speech, false},
    {"declare", "", "", CueClass::speech, false},
    {"explain", "", "", CueClass::speech, false},
    {"insist", "", "", CueClass::speech, false},
    {"argue", "", "", CueClass::speech, false},
    {"warn", "", "", CueClass::speech, true},
    {"write", "wrote|written", "writing", CueClass::speech, false},
    {"report", "", "", CueClass::speech, false},
    {"reply", "", "", CueClass::speech, false},
    {"respond", "", "", CueClass::speech, false},
    {"tweet", "", "", CueClass::speech, false},
    {"assert", "", "", CueClass::speech, false},
    {"acknowledge", "", "", CueClass::speech, false},
    {"admit", "admitted", "admitting", CueClass::speech, false},
    {"confirm", "", "", CueClass::speech, false},
    {"suggest", "", "", CueClass::speech, false},
    {"predict", "", "", CueClass::speech, false},
    {"promise", "", "", CueClass::speech, false},
    {"pledge", "", "", CueClass::speech, false},
    {"vow", "", "", CueClass::speech, false},
    {"concede", "", "", CueClass::speech, false},
    {"contend", "", "", CueClass::speech, false},
    {"remark", "", "", CueClass::speech, false},
    {"recall", "", "", CueClass::speech, false},
    {"recount", "", "", CueClass::speech, false},
    {"reiterate", "", "", CueClass::speech, false},
    {"stress", "", "", CueClass::speech, false},
    {"emphasize", "", "", CueClass::speech, false},
    {"emphasise", "", "", CueClass::speech, false},
    {"complain", "", "", CueClass::speech, false},
    {"joke", "", "", CueClass::speech, false},
    {"boast", "", "", CueClass::speech, false},
    {"speculate", "", "", CueClass::speech, false},
    {"allege", "", "", CueClass::speech, false},
    {"testify", "", "", CueClass::speech, false},
    {"disclose", "", "", CueClass::speech, false},
    {"reveal", "", "", CueClass::speech, false},
    {"retort", "", "", CueClass::speech, false},
    {"quip", "quipped", "quipping", CueClass::speech, false},
    {"exclaim", "", "", CueClass::speech, false},
    {"proclaim", "", "", CueClass::speech, false},
    {"assure", "", "", CueClass::speech, true},
    {"inform", "", "", CueClass::speech, true},
    {"lament", "", "", CueClass::speech, false},
    {"ask", "", "", CueClass::speech, true},
    {"write", "wrote|written", "writing", CueClass::speech, false},
    {"post", "", "", CueClass::clausal, false},
    {"caution", "", "", CueClass::speech, true},
    {"shout", "", "", CueClass::speech, false},
    {"yell", "", "", CueClass::speech, false},
    {"whisper", "", "", CueClass::speech, false},
    {"mutter", "", "", CueClass::speech, false},
    {"brag", "bragged", "bragging", CueClass::speech, false},
    {"confess", "", "", CueClass::speech, false},
    {"mention", "", "", CueClass::speech, false},
    {"counter", "", "", CueClass::speech, false},
    {"concur", "concurred", "concurring", CueClass::speech, false},
    {"observe", "", "", CueClass::clausal, false},
    {"comment", "", "", CueClass::clausal, false},
    {"agree", "", "", CueClass::clausal, false},
    {"repeat", "", "", CueClass::clausal, false},
    {"maintain", "", "", CueClass::clausal, false},
    {"conclude", "", "", CueClass::clausal, false},
    {"estimate", "", "", CueClass::clausal, false},
    {"hint", "", "", CueClass::clausal, false},
    {"indicate", "", "", CueClass::clausal, false},
    {"signal", "", "", CueClass::clausal, false},
    {"deny", "", "", CueClass::clausal, false},
    {"reject", "", "", CueClass::clausal, false},
    {"refute", "", "", CueClass::clausal, false},
    {"dismiss", "", "", CueClass::clausal, false},
    {"dispute", "", "", CueClass::clausal, false},
    {"demand", "", "", CueClass::clausal, false},
    {"propose", "", "", CueClass::clausal, false},
    {"recommend", "", "", CueClass::clausal, false},
    {"offer", "", "", CueClass::clausal, false},  // "offered no details", "offered his condolences"
    {"wonder", "", "", CueClass::clausal, false},
    // Verbs that report a verdict; they count when what follows is a clause
    // or quotes the words used: "called the plan “reckless”".
    {"call", "", "", CueClass::clausal, false},
    // Speech acts whose plain object is what was said: "criticized the plan",
    // "accused the mayor of lying", "urged voters to stay home".
    {"criticize", "", "", CueClass::verdict, false},
    {"criticise", "", "", CueClass::verdict, false},
    {"accuse", "", "", CueClass::verdict, false},
    {"praise", "", "", CueClass::verdict, false},
    {"blame", "", "", CueClass::verdict, false},
    {"blast", "", "", CueClass::verdict, false},
    {"slam", "slammed", "slamming", CueClass::verdict, false},
    {"denounce", "", "", CueClass::verdict, false},
    {"condemn", "", "", CueClass::verdict, false},
    {"decry", "", "", CueClass::verdict, false},
    {"mock", "", "", CueClass::verdict, false},
    {"tout", "", "", CueClass::verdict, false},
    {"hail", "", "", CueClass::verdict, false},
    {"laud", "", "", CueClass::verdict, false},
    {"thank", "", "", CueClass::verdict, false},
    {"congratulate", "", "", CueClass::verdict, false},
    {"express", "", "", CueClass::verdict, false},
    {"urge", "", "", CueClass::verdict, false},
    {"discuss", "", "", CueClass::verdict, false},
    {"endorse", "", "", CueClass::verdict, false},  // a public declaration of support
    {"describe", "", "", CueClass::verdict, false},
    {"defend", "", "", CueClass::verdict, false},
    {"echo", "", "", CueClass::verdict, false},
    // "pointed out that", "pointed to the polls as proof".
    {"point", "", "", CueClass::verdict, false, "out|to"},
    // Talk about a topic: "talked about the dam", "referred to him as ...".
    {"talk", "", "", CueClass::verdict, false, "about|of"},
    {"speak", "spoke|spoken", "", CueClass::verdict, false, "about|of"},
    {"refer", "referred", "referring", CueClass::verdict, false, "to"},
    // A statement made: "made it clear that", "made the case", "made no mention of".
    {"make", "made", "making", CueClass::speech, false,
     "clear|case|cases|argument|arguments|point|mention|comments|remarks|statement|statements|accusation|"
     "accusations|promise|promises|pledge|joke|jokes|appeal|announcement|claim|claims"},
    // A stance delivered: "delivered a scathing critique of", "a blunt message"
    // (not "delivered a speech": that says nothing of what was said).
    {"deliver", "", "", CueClass::speech, false,
     "defense|defence|critique|rebuke|message|warning|statement|tribute|attack|broadside|denunciation|apology"},
    {"question", "", "", CueClass::verdict, false},
    {"cite", "", "", CueClass::verdict, false},
    {"continue", "", "", CueClass::clausal, false},  // "“...,” he continued."
    {"remind", "", "", CueClass::clausal, true},
    {"chant", "", "", CueClass::clausal, false},
    {"read", "read", "", CueClass::clausal, false},  // "the letter read: ..."
    // Findings of documents and polls: "the survey found that ...".
    {"show", "showed|shown", "", CueClass::clausal, false},
    {"find", "found", "", CueClass::clausal, false},
    // A refusal to speak is a statement too: "declined to comment".
    {"decline", "", "", CueClass::clausal, false},
    {"refuse", "", "", CueClass::clausal, false},
    {"put", "put", "putting", CueClass::clausal, false},  // "as she put it, “...”"
    // Attacks, praise and talk that report a stance taken in public.
    {"attack", "", "", CueClass::verdict, false},
    {"assail", "", "", CueClass::verdict, false},
    {"bemoan", "", "", CueClass::verdict, false},
    {"rail", "", "", CueClass::verdict, false, "against"},
    {"applaud", "", "", CueClass::verdict, false},
    {"imply", "", "", CueClass::clausal, false},
    {"clarify", "", "", CueClass::clausal, false},
    {"answer", "", "", CueClass::clausal, false},
    {"quote", "", "", CueClass::verdict, false},
    {"reaffirm", "", "", CueClass::clausal, false},
    {"email", "", "", CueClass::speech, false},  // only "emailed": see kMostlyNouns
    {"retweet", "", "", CueClass::verdict, false},
    {"highlight", "", "", CueClass::verdict, false},
    {"outline", "", "", CueClass::verdict, false},
    {"lay", "laid", "", CueClass::verdict, false, "out"},
    {"charge", "", "", CueClass::clausal, false},
    {"shoot", "shot", "", CueClass::speech, false, "back"},
    {"challenge", "", "", CueClass::verdict, false},
    {"invoke", "", "", CueClass::verdict, false},
    {"reference", "", "", CueClass::verdict, false},
    {"portray", "", "", CueClass::verdict, false},
    {"dub", "dubbed", "dubbing", CueClass::verdict, false},
    {"compare", "", "", CueClass::verdict, false},
    {"detail", "", "", CueClass::verdict, false},
    {"request", "", "", CueClass::verdict, false},
    {"encourage", "", "", CueClass::verdict, false},
    {"welcome", "", "", CueClass::verdict, false},
    {"shrug", "shrugged", "shrugging", CueClass::verdict, false, "off"},
    {"brush", "", "", CueClass::verdict, false, "off|aside"},
    {"weigh", "", "", CueClass::verdict, false, "in"},
    {"go", "went|gone", "", CueClass::verdict, false, "after"},
};

// Forms of the verbs above that are nearly always nouns or adjectives in news:
// "the attacks", "the charges", "his emails", "a challenging race".
constexpr std::string_view kMostlyNouns[] = {
    "attack",  "attacks", "charge",  "charges", "answers", "highlights", "email",  "emails",   "emailing",
    "challenge", "challenges", "challenging", "request", "requests", "detail", "details", "welcome",
};

// Reporting nouns, used as "X's claim that ...".
constexpr std::string_view kNouns[] = {
    "claim",      "claims",      "statement",  "assertion", "assertions",  "allegation", "allegations",
    "remark",     "remarks",     "comment",    "comments",  "announcement", "warning",   "warnings",
    "suggestion", "argument",    "insistence", "contention", "accusation", "accusations", "denial",
    "admission",  "prediction",  "pledge",     "vow",       "promise",     "insinuation", "charge",
};

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

std::string third_person(std::string_view lemma) {
  std::string s(lemma);
  const char last = s.back();
  if (last == 'y' && s.size() > 1 && !is_vowel(s[s.size() - 2])) return s.substr(0, s.size() - 1) + "ies";
  if (last == 's' || last == 'x' || last == 'z' || (s.size() > 1 && s.substr(s.size() - 2) == "sh") ||
      (s.size() > 1 && s.substr(s.size() - 2) == "ch")) {
    return s + "es";
  }
  return s + "s";
}

std::string regular_past(std::string_view lemma) {
  std::string s(lemma);
  const char last = s.back();
  if (last == 'e') return s + "d";
  if (last == 'y' && s.size() > 1 && !is_vowel(s[s.size() - 2])) return s.substr(0, s.size() - 1) + "ied";
  return s + "ed";
}

std::string regular_gerund(std::string_view lemma) {
  std::string s(lemma);
  if (s.size() > 2 && s.back() == 'e' && s[s.size() - 2] != 'e') return s.substr(0, s.size() - 1) + "ing";
  return s + "ing";
}

using Table = std::unordered_map<std::string, CueWord>;

void add(Table& table, const std::string& form, CueWord word) {
  // A form that is both a verb and a noun ("claims") keeps both readings.
  // A past form equal to the base ("put", "read") reads as past: "as she put it".
  CueWord& entry = table[form];
  const bool noun = entry.noun;
  if (entry.cls == CueClass::none || (entry.form == VerbForm::base && word.form == VerbForm::past)) entry = word;
  entry.noun = noun;
}

Table build_table() {
  Table table;
  for (std::string_view noun : kNouns) table[std::string(noun)].noun = true;
  for (const VerbEntry& v : kVerbs) {
    auto word = [&v](VerbForm form) { return CueWord{v.cls, form, v.takes_object, false, v.particle}; };
    add(table, std::string(v.lemma), word(VerbForm::base));
    add(table, third_person(v.lemma), word(VerbForm::third_person));
    add(table, v.gerund.empty() ? regular_gerund(v.lemma) : std::string(v.gerund), word(VerbForm::gerund));
    if (v.past.empty()) {
      add(table, regular_past(v.lemma), word(VerbForm::past));
      continue;
    }
    std::string_view rest = v.past;
    while (!rest.empty()) {
      const std::size_t bar = rest.find('|');
      add(table, std::string(rest.substr(0, bar)), word(VerbForm::past));
      rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
    }
  }
  return table;
}

}  // namespace

CueWord lookup_cue(std::string_view lower_word) {
  static const Table table = [] {
    Table t = build_table();
    // A reporting noun among kMostlyNouns keeps that reading: "his charge that".
    for (std::string_view form : kMostlyNouns) {
      CueWord& word = t[std::string(form)];
      word = CueWord{CueClass::none, VerbForm::base, false, word.noun, {}};
    }
    // "stated" reports; "state" is nearly always a noun, and "states" reports
    // only before a clause or a quote ("the report states that", "states:").
    t["stated"] = {CueClass::speech, VerbForm::past, false, false, {}};
    t["stating"] = {CueClass::speech, VerbForm::gerund, false, false, {}};
    t["states"] = {CueClass::clausal, VerbForm::third_person, false, false, {}};
    // So is "report" ("the jobs report", "a news report"): as a verb it reports
    // only before a clause ("officials report that ...").
    t["report"].cls = CueClass::clausal;
    return t;
  }();
  auto it = table.find(std::string(lower_word));
  return it == table.end() ? CueWord{} : it->second;
}

std::string lowercase_word(std::string_view word) {
  std::string out(word);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace newsmark
