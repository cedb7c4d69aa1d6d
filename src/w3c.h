// W3C Web Annotations (https://www.w3.org/TR/annotation-model/) for a Result:
// the publish-time form of newsmark's answer, which the widget can paint
// without running the core (web/w3c.js reads it back; it writes the same
// shape from JavaScript).
//
// The output is one JSON-LD AnnotationCollection whose first page holds:
//   actor        motivation "identifying"; bodies: identifying (name),
//                classifying (kind), describing (role, when known);
//                one target per mention
//   figure       motivation "classifying"; body: classifying (kind); targets:
//                the figure ("nm:role": "figure") and the counted noun phrase
//                ("nm:role": "counts")
//   attribution  motivation "linking"; body: classifying (kind); targets with
//                "nm:role" source (with "nm:actor", the actor annotation's id),
//                cue and content (one per piece, in text order)
// Every target is a SpecificResource with two alternative selectors: a
// TextQuoteSelector (exact, up to 32 code points of prefix and suffix) and a
// TextPositionSelector in Unicode code points. Other fields of the JSON
// contract travel as "nm:" properties (nm:prominence, nm:value, nm:low,
// nm:high, nm:qualifier, nm:unit). A failed Result gives an empty page and
// "nm:error": {"status", "message"}.
#ifndef NEWSMARK_W3C_H_
#define NEWSMARK_W3C_H_

#include <string>
#include <string_view>

#include "newsmark/annotate.h"

namespace newsmark {

struct W3cOptions {
  // IRI of the annotated page, written as every target's "source". The empty
  // string is a relative reference to the document that carries the
  // annotations, which is right for annotations embedded in the page.
  std::string source;
};

// Serialises `result` as W3C Web Annotations. `text` must be the document
// annotate() was given. Never throws.
std::string to_w3c(const Result& result, std::string_view text, const W3cOptions& options = {});

}  // namespace newsmark

#endif  // NEWSMARK_W3C_H_
