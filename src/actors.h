// Named actors: people, organisations, media, countries, places, groups,
// each with all its mentions linked (see docs/format.md).
#ifndef NEWSMARK_ACTORS_H_
#define NEWSMARK_ACTORS_H_

#include <vector>

#include "document.h"
#include "newsmark/annotate.h"

namespace newsmark {

// Finds and links the actors of a document, ranked by prominence.
std::vector<Actor> find_actors(const Document& doc);

}  // namespace newsmark

#endif  // NEWSMARK_ACTORS_H_
