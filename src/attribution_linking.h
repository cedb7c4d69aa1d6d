// Links an attribution's source span to the actor it names or refers to.
#ifndef NEWSMARK_ATTRIBUTION_LINKING_H_
#define NEWSMARK_ATTRIBUTION_LINKING_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "document.h"
#include "newsmark/annotate.h"

namespace newsmark {

class ActorLinker {
 public:
  ActorLinker(const Document& doc, const std::vector<Actor>& actors);

  // The actor (index into `actors`) a source refers to: an actor with a
  // mention overlapping the source or sharing its name; for pronouns ("he",
  // "they") and role nouns ("the ministry", "the Ukrainian president") the
  // nearest compatible actor mentioned before it.
  std::optional<std::size_t> link(Span source) const;
  // The actor with a mention overlapping the source, if any.
  std::optional<std::size_t> overlapping(Span source) const;

 private:
  struct Mention {
    Span span;
    std::size_t actor;
  };
  std::optional<std::size_t> same_name(Span source) const;
  std::optional<std::size_t> nearest_before(Span source, const std::vector<ActorKind>& kinds,
                                            const std::string& role_word) const;

  const Document& doc_;
  const std::vector<Actor>& actors_;
  std::vector<Mention> mentions_;  // every mention of every actor, by start
  std::unordered_map<std::string_view, std::size_t> by_name_;       // views into actors_
  std::unordered_map<std::string_view, std::size_t> by_last_word_;  // "Zelenskyy" → its actor
};

}  // namespace newsmark

#endif  // NEWSMARK_ATTRIBUTION_LINKING_H_
