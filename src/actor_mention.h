// A mention of an actor before linking: a token range with a kind.
#ifndef NEWSMARK_ACTOR_MENTION_H_
#define NEWSMARK_ACTOR_MENTION_H_

#include <cstdint>
#include <string>

#include "newsmark/annotate.h"

namespace newsmark {

struct ActorMention {
  std::uint32_t first = 0;  // token index
  std::uint32_t last = 0;   // one past the last token
  Span span;                // bytes of the mention text
  ActorKind kind = ActorKind::person;
  std::string role;         // title written before it ("President"), or empty
  bool from_tagger = true;  // false for mentions only rules or lists found
  // A copy of a name found elsewhere ("a name found once is found again"):
  // it repeats that mention's kind, so it does not vote on the actor's kind.
  bool propagated = false;
};

}  // namespace newsmark

#endif  // NEWSMARK_ACTOR_MENTION_H_
