// Linking within a document: mentions of one real-world entity become one
// actor ("Volodymyr Zelenskyy", "Zelenskyy"; "the European Union", "EU"),
// whose kind the mentions decide together, ranked by prominence.
#ifndef NEWSMARK_ACTOR_LINKING_H_
#define NEWSMARK_ACTOR_LINKING_H_

#include <vector>

#include "actor_mention.h"
#include "document.h"

namespace newsmark {

// Groups mentions (any order) into actors sorted by prominence, highest first.
std::vector<Actor> link_mentions(const Document& doc, std::vector<ActorMention> mentions);

// Upper-case initials of the significant words of a name ("European Union" →
// "EU"; "of", "the", "and", "for" are skipped).
std::string name_initials(const Document& doc, std::uint32_t first, std::uint32_t last);

}  // namespace newsmark

#endif  // NEWSMARK_ACTOR_LINKING_H_
