// Attributions: who says what (source, cue, content), linked to actors.
#ifndef NEWSMARK_ATTRIBUTIONS_H_
#define NEWSMARK_ATTRIBUTIONS_H_

#include <vector>

#include "document.h"
#include "newsmark/annotate.h"

namespace newsmark {

// Finds the attributions of a document, sorted by cue start; each source is
// linked to the actor (index into `actors`) it names or refers to.
std::vector<Attribution> find_attributions(const Document& doc, const std::vector<Actor>& actors);

}  // namespace newsmark

#endif  // NEWSMARK_ATTRIBUTIONS_H_
