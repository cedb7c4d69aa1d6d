// The reporting-cue lexicon: verbs and nouns that introduce what someone said,
// wrote or claimed, with every inflected form.
#ifndef NEWSMARK_CUE_LEXICON_H_
#define NEWSMARK_CUE_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace newsmark {

enum class CueClass : std::uint8_t {
  none,
  speech,   // said, told, announced: any complement reports speech
  clausal,  // denied, rejected, dismissed: a cue only before a clause or quote
  verdict,  // criticized, praised, accused: also a plain object is what was said
};

enum class VerbForm : std::uint8_t { base, third_person, past, gerund };

struct CueWord {
  CueClass cls = CueClass::none;
  VerbForm form = VerbForm::base;
  bool takes_object = false;  // told/asked/assured/warned: "told reporters that"
  bool noun = false;          // claim, statement: "X's claim that ..."
  // Words of which one must follow the verb, '|' separated: "out" for
  // "pointed out", "about|of" for "talked about"; "" when none is needed.
  std::string_view particle;
};

// Looks up a lower-case word ("said", "claims", "statement").
CueWord lookup_cue(std::string_view lower_word);

// Lower-cases ASCII letters; other bytes are kept.
std::string lowercase_word(std::string_view word);

}  // namespace newsmark

#endif  // NEWSMARK_CUE_LEXICON_H_
