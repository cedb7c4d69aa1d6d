// Attributions: finds reporting cues token by token, then the source noun
// phrase and the reported content around each cue with a few surface
// patterns:
//   X said (that) CONTENT          forward
//   CONTENT, X said.               post
//   “CONTENT,” said X, a ...       inverted
//   “A,” he said, “B.”             broken quote (one attribution, two pieces)
//   X said: “...”                  quote, also over several paragraphs
//   X's claim that CONTENT         possessive noun cue
//   CONTENT, according to X / per X / citing X;  reportedly (no source)
//   Ortega: Headline Words         headline colon
//   “...” ― Name                   signed quote
//   Asked whether ..., X said ...  unnamed asker (no source)
//   In a CBS poll, CONTENT         a document as source
// A cue inside a quotation is the quoted speaker's own words and is skipped.
// Everything is a bounded look around each token, so the pass is linear.
#include "attributions.h"

#include <algorithm>

#include "attribution_linking.h"
#include "attribution_phrases.h"
#include "attribution_quotes.h"
#include "cue_lexicon.h"
#include "gazetteer.h"

namespace newsmark {
namespace {

// An attribution in token terms, converted to byte spans at the end.
struct Found {
  AttributionKind kind = AttributionKind::indirect;
  std::optional<TokenRange> source;
  TokenRange cue;
  std::vector<TokenRange> content;
  bool verdict = false;  // a verdict verb: "criticized the plan"
  // Kept only when the source is a name the actor finder found: "Clinton to
  // Planned Parenthood: ..." but not "Focus on security: ...".
  bool source_must_be_actor = false;
};

class AttributionFinder {
 public:
  explicit AttributionFinder(const Document& doc) : doc_(doc), words_(doc), quotes_(pair_quotes(doc)) {
    words_.set_quotes(&quotes_);
  }

  std::vector<Found> run() {
    for (const Sentence& s : doc_.sentences) {
      previous_source_.reset();
      if (!transcript_turn(s)) headline_colon(s);
      for (std::uint32_t i = s.first; i < s.last; ++i) {
        if (quote_dash_name(i) || dash_name_colon(s, i)) continue;
        if (doc_.tokens[i].type != TokenType::word) continue;
        // Reports inside a quotation belong to the quoted speaker's own words.
        if (quotes_.quote_of[i] >= 0) continue;
        const std::string& w = words_.word(i);
        if (w == "according" && words_.is(i + 1, "to")) {
          according_to(s, i, 2);
        } else if (w == "per") {
          according_to(s, i, 1);
        } else if (w == "reportedly") {
          reportedly(s, i);
        } else if (w == "reported" && words_.is(i + 1, "by")) {
          reported_by(s, i);
        } else if (w == "citing" && i > s.first && words_.comma(i - 1)) {
          citing(s, i);
        } else if (w == "in" && i == sentence_start(s)) {
          in_document(s, i);
        } else if (w == "asked" && asked_lead_in(s, i)) {
          continue;
        } else if (words_.cue(i).cls != CueClass::none) {
          if (!verb_cue(s, i) && words_.cue(i).noun) noun_cue(s, i);
        } else if (words_.cue(i).noun) {
          noun_cue(s, i);
        }
      }
    }
    drop_nested_verdicts();
    return std::move(found_);
  }

  const QuoteIndex& quotes() const { return quotes_; }
  const PhraseReader& words() const { return words_; }

 private:
  // ---- small helpers -------------------------------------------------------

  bool open_quote(std::uint32_t i) const { return quotes_.opens(i); }
  // . ! ? ; end a sentence or a clause outright.
  bool full_stop(std::uint32_t i) const {
    return words_.punct(i, '.') || words_.punct(i, '!') || words_.punct(i, '?') || words_.punct(i, ';');
  }
  // A dash (— – ―): it ends a clause, or opens an aside that another dash closes.
  bool dash(std::uint32_t i) const { return words_.clause_end(i) && !full_stop(i); }
  bool close_quote(std::uint32_t i) const { return quotes_.closes(i); }
  const Quote* quote_at(std::uint32_t i) const {
    if (i >= doc_.tokens.size() || quotes_.quote_of[i] < 0) return nullptr;
    return &quotes_.quotes[static_cast<std::size_t>(quotes_.quote_of[i])];
  }
  bool preposition_like(std::uint32_t i) const {
    static constexpr std::string_view kStarts[] = {"on", "in", "at", "during", "to", "last", "this", "earlier",
                                                   "late", "early", "after", "before", "from", "with", "via",
                                                   "through", "over", "about", "of", "by", "under",
                                                   "for", "since", "while", "yesterday", "today", "tonight"};
    if (words_.is_one_of(i, kStarts)) return true;
    return words_.day_word(i) || words_.adverb(i);
  }
  bool gerund_cue(std::uint32_t i) const {
    const CueWord& c = words_.cue(i);
    return c.cls != CueClass::none && c.form == VerbForm::gerund;
  }
  bool finite_cue(std::uint32_t i) const {
    const CueWord& c = words_.cue(i);
    return c.cls != CueClass::none && (c.form == VerbForm::past || c.form == VerbForm::third_person);
  }

  // Where the content of a sentence may start: after an opening dash or bullet.
  std::uint32_t sentence_start(const Sentence& s) const {
    std::uint32_t i = s.first;
    while (i < s.last && doc_.tokens[i].type == TokenType::punct && !open_quote(i)) ++i;
    return i;
  }

  // The subject of a sentence, for ", saying ..." with no earlier cue.
  std::optional<TokenRange> sentence_subject(const Sentence& s, std::uint32_t before) const {
    std::uint32_t i = sentence_start(s);
    // "Then Trump went on the attack, saying ...": a leading adverb is not the subject.
    static constexpr std::string_view kLeadAdverbs[] = {"then", "now", "later", "so", "yet", "still", "instead",
                                                        "also", "meanwhile", "and", "but"};
    // "And then Trump ...": several of them.
    std::uint32_t after_adverbs = i;
    while (after_adverbs + 1 < before && after_adverbs < i + 3 && words_.is_one_of(after_adverbs, kLeadAdverbs)) {
      ++after_adverbs;
    }
    if (after_adverbs > i && (words_.capitalized(after_adverbs) || words_.subject_pronoun(after_adverbs) ||
                              words_.determiner(after_adverbs))) {
      i = after_adverbs;
    }
    if (words_.function_word(i) && !words_.subject_pronoun(i)) {
      // "On Monday, the ministry ...": skip a short opening phrase.
      std::uint32_t j = i;
      while (j < before && j < i + 10 && !words_.comma(j)) ++j;
      if (j >= before || !words_.comma(j)) return std::nullopt;
      i = j + 1;
    }
    auto subject = words_.source_after(i, before);
    if (!subject) return std::nullopt;
    return subject;
  }

  // Where one of the cue's particles follows the verb at `j`: "pointed out",
  // "talked openly about", "made it clear", "made an impassioned case".
  std::optional<std::uint32_t> particle_at(const CueWord& cue, std::uint32_t j) const {
    if (cue.particle.empty()) return std::nullopt;
    constexpr std::uint32_t kMaxGap = 3;
    for (std::uint32_t t = j; t < words_.size() && t <= j + kMaxGap; ++t) {
      std::string_view rest = cue.particle;
      while (!rest.empty()) {
        const std::size_t bar = rest.find('|');
        if (words_.is(t, rest.substr(0, bar))) return t;
        rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
      }
      // Only "it", an article or a modifier may come between.
      const bool filler = words_.is(t, "it") || words_.is(t, "no") || words_.determiner(t) || words_.adverb(t) ||
                          (doc_.tokens[t].type == TokenType::word && !words_.function_word(t) &&
                           !words_.capitalized(t) && words_.cue(t).cls == CueClass::none);
      if (!filler) break;
    }
    return std::nullopt;
  }

  // What lets a gerund report: ", saying", "is saying", "and saying", "by
  // saying", an opening "Citing X, he ...", or a noun phrase: "polls showing",
  // "with 40 percent saying".
  enum class GerundLead { none, clause, opener, noun_phrase };

  GerundLead gerund_lead(const Sentence& s, std::uint32_t i, std::uint32_t k, std::uint32_t floor) const {
    if (k <= floor) {
      return k == sentence_start(s) && floor == s.first && opener_end(s, i) < s.last ? GerundLead::opener
                                                                                     : GerundLead::none;
    }
    // "While saying that he respects her, Sanders ...": an opener after a conjunction.
    static constexpr std::string_view kOpeners[] = {"while", "after", "before", "upon", "by", "in"};
    if (k - 1 == sentence_start(s) && floor == s.first && words_.is_one_of(k - 1, kOpeners) &&
        opener_end(s, i) < s.last) {
      return GerundLead::opener;
    }
    const bool after_comma = words_.comma(k - 1) || words_.comma(i - 1) || (close_quote(i - 1) && words_.comma(i - 2));
    if (after_comma || progressive(i - 1)) return GerundLead::clause;
    static constexpr std::string_view kLeads[] = {"and", "but", "or", "by", "after", "before", "while", "upon"};
    if (words_.is_one_of(k - 1, kLeads)) return GerundLead::clause;
    if (k == sentence_start(s) + 1 && words_.adverb(k - 1)) return GerundLead::none;
    const auto np = words_.source_before(k, floor);
    if (!np) return GerundLead::none;
    // A real noun phrase, not a verb: "polls showing", "a sign saying", not "he kept saying".
    const std::uint32_t head = np->last - 1;
    const bool noun_head = words_.capitalized(head) || words_.plural_noun(head) || document_noun(head) ||
                           words_.quantity(head) || words_.determiner(np->first);
    // "additional reporting by": a noun with its agent.
    const bool noun_gerund = words_.is(i + 1, "by");
    return noun_head && !noun_gerund && !words_.past_verb(head) ? GerundLead::noun_phrase : GerundLead::none;
  }

  // The comma that closes an opening participle clause ("Citing a poll, the
  // mayor said ..."), or the sentence end when there is none.
  std::uint32_t opener_end(const Sentence& s, std::uint32_t i) const {
    constexpr std::uint32_t kMaxOpener = 40;
    for (std::uint32_t t = i + 1; t < s.last && t < i + kMaxOpener; ++t) {
      if (words_.clause_end(t) || open_quote(t)) break;
      if (words_.comma(t)) return t;
    }
    return s.last;
  }

  // ---- content -----------------------------------------------------------

  // The pieces of a whole quote.
  static std::vector<TokenRange> quote_pieces(const Quote& q) { return q.pieces; }

  // True when a cue verb at `t` starts a new coordinated or separate report:
  // "... and noted that", "..., and Smith said".
  bool new_report_at(std::uint32_t t, std::uint32_t floor) const {
    if (!finite_cue(t)) return false;
    std::uint32_t k = t;
    while (k > floor && (words_.adverb(k - 1) || words_.auxiliary(k - 1))) --k;
    if (k > floor && (words_.is(k - 1, "and") || words_.is(k - 1, "but"))) return true;
    auto np = words_.source_before(k, floor);
    if (!np || np->first == floor) return false;
    const std::uint32_t b = np->first - 1;
    return words_.is(b, "and") || words_.is(b, "but") || words_.punct(b, ';');
  }

  // ", a source said." closing the sentence: a report of the whole sentence,
  // not part of the content before it.
  bool closing_report(std::uint32_t from, std::uint32_t limit) const {
    constexpr std::uint32_t kMaxSource = 8;
    for (std::uint32_t v = from + 1; v < limit && v <= from + kMaxSource; ++v) {
      if (doc_.tokens[v].type != TokenType::word) return false;
      if (!finite_cue(v) || words_.cue(v).cls != CueClass::speech) continue;
      const auto np = words_.source_before(v, from);
      if (!np || np->first != from) return false;
      const std::uint32_t after = extend_cue(v + 1);
      return after >= limit || words_.clause_end(after) || close_quote(after);
    }
    return false;
  }

  // Where forward content starting at `start` ends (exclusive).
  std::uint32_t content_end(std::uint32_t start, std::uint32_t limit) const {
    // A bound keeps the pass linear on text without sentence punctuation.
    constexpr std::uint32_t kMaxContentTokens = 300;
    limit = std::min(limit, start + kMaxContentTokens);
    std::uint32_t i = start;
    for (; i < limit; ++i) {
      const Token& t = doc_.tokens[i];
      if (t.type == TokenType::punct) {
        if (words_.clause_end(i)) {
          // . ! ? ; end the content; a dash ends it only outside a quotation.
          if (full_stop(i)) break;
          if (quotes_.quote_of[i] < 0) {
            // "that in addition to the dead — from Italy and Spain — a guard was killed": an aside.
            const std::uint32_t closing = closing_dash(i, limit);
            if (closing == i || i == start) break;
            i = closing;
          }
        }
        if (words_.comma(i)) {
          if (closing_report(i + 1, limit)) break;
          if (words_.is(i + 1, "according") && words_.is(i + 2, "to")) break;
          if (words_.is(i + 1, "per") && words_.capitalized(i + 2)) break;
          if (gerund_cue(i + 1) || words_.is(i + 1, "citing")) break;
          if (close_quote(i + 1) && gerund_cue(i + 2)) break;
        }
        continue;
      }
      if (i > start && new_report_at(i, start)) {
        // End before the conjunction (and its comma) that opens the next report.
        std::uint32_t k = i;
        while (k > start && (words_.adverb(k - 1) || words_.auxiliary(k - 1))) --k;
        if (k > start && (words_.is(k - 1, "and") || words_.is(k - 1, "but"))) return k - 1;
        auto np = words_.source_before(k, start);
        if (np) return np->first - 1;
        return k;
      }
    }
    return i;
  }

  // The dash that closes an aside opened by the dash at `open`, when the
  // clause goes on after it; `open` itself when there is none.
  std::uint32_t closing_dash(std::uint32_t open, std::uint32_t limit) const {
    constexpr std::uint32_t kMaxAside = 20;
    for (std::uint32_t t = open + 1; t < limit && t <= open + kMaxAside; ++t) {
      if (full_stop(t)) break;
      if (dash(t)) return t + 1 < limit && doc_.tokens[t + 1].type == TokenType::word ? t : open;
    }
    return open;
  }

  // Extends a content range whose end falls inside a quote to that quote's end.
  std::vector<TokenRange> with_open_quote(TokenRange range) const {
    std::vector<TokenRange> out;
    if (range.last <= range.first) return out;
    const Quote* q = quote_at(range.last - 1);
    if (q == nullptr || q->close < range.last || close_quote(range.last - 1)) {
      out.push_back(range);
      return out;
    }
    // The quote runs past the sentence: take the rest of it, piece by piece;
    // a piece that overlaps or touches the content so far extends it.
    out.push_back(range);
    for (const TokenRange& piece : q->pieces) {
      if (piece.last <= range.first) continue;
      TokenRange& back = out.back();
      if (piece.first <= back.last) back.last = std::max(back.last, piece.last);
      else out.push_back(piece);
    }
    return out;
  }

  // ---- patterns ------------------------------------------------------------

  void add(AttributionKind kind, std::optional<TokenRange> source, TokenRange cue, std::vector<TokenRange> content) {
    Found f;
    f.kind = kind;
    f.source = source;
    f.cue = cue;
    f.content = std::move(content);
    found_.push_back(std::move(f));
  }

  // "The ministry noted that it had urged calm": a verdict inside what
  // someone else reports is part of their claim, not a report of its own.
  void drop_nested_verdicts() {
    std::vector<TokenRange> contents;
    for (const Found& f : found_) contents.insert(contents.end(), f.content.begin(), f.content.end());
    auto nested = [&](const Found& f) {
      if (!f.verdict) return false;
      return std::any_of(contents.begin(), contents.end(), [&](const TokenRange& r) {
        return r.first <= f.cue.first && f.cue.first < r.last;
      });
    };
    found_.erase(std::remove_if(found_.begin(), found_.end(), nested), found_.end());
  }

  // The content of an adverbial cue ("according to X", "per X", "citing X")
  // at [cue_first, source_last): the rest of the sentence around it.
  std::vector<TokenRange> around(const Sentence& s, std::uint32_t cue_first, std::uint32_t source_last) const {
    const std::uint32_t start = sentence_start(s);
    std::vector<TokenRange> content;
    if (cue_first <= start) {
      std::uint32_t after = source_last;
      if (words_.comma(after)) ++after;
      const std::uint32_t end = content_end(after, s.last);
      for (const TokenRange& r : with_open_quote({after, end})) content.push_back(r);
      return content;
    }
    std::uint32_t before_end = cue_first;
    if (words_.comma(before_end - 1)) --before_end;
    content.push_back({start, before_end});
    // ", according to X, ..." in mid-sentence: the clause goes on after it.
    if (words_.comma(source_last)) {
      const std::uint32_t end = content_end(source_last + 1, s.last);
      if (end > source_last + 1) content.push_back({source_last + 1, end});
    }
    return content;
  }

  // Whatever follows "according to" up to the next comma or the end of the
  // clause is its source, when no noun phrase reading fits: "one of his
  // aides", "“The Trumps,” a biography".
  std::optional<TokenRange> phrase_to_comma(std::uint32_t start, std::uint32_t limit) const {
    constexpr std::uint32_t kMaxSource = 15;
    std::uint32_t end = start;
    while (end < start + kMaxSource && !phrase_boundary(end, limit)) ++end;
    if (!has_word({start, end}) || !phrase_boundary(end, limit)) return std::nullopt;
    return TokenRange{start, end};
  }

  // Where a source phrase after "according to" or "per" may end: a comma, a
  // clause end or the limit.
  bool phrase_boundary(std::uint32_t t, std::uint32_t limit) const {
    return t >= limit || words_.comma(t) || words_.clause_end(t);
  }

  // Whether a range holds a word, not only numbers and punctuation ("Ruiz: 1,769." is a tally).
  bool has_word(TokenRange r) const {
    for (std::uint32_t t = r.first; t < r.last; ++t) {
      if (doc_.tokens[t].type == TokenType::word) return true;
    }
    return false;
  }

  void according_to(const Sentence& s, std::uint32_t i, std::uint32_t cue_length) {
    const std::uint32_t after = i + cue_length;
    if (cue_length == 1) {
      // "per" reports only as ", per CNN." or "Per the ministry, ...", never "per cent".
      const bool placed = i == sentence_start(s) || (i > s.first && words_.comma(i - 1));
      if (!placed || !(words_.capitalized(after) || words_.determiner(after))) return;
    }
    auto source = words_.source_after(after, s.last);
    // "per a report by the Kyiv Independent, ...": a longer phrase up to the comma.
    if (cue_length == 1 && source && !phrase_boundary(source->last, s.last)) source = phrase_to_comma(after, s.last);
    if (!source && cue_length == 2) source = phrase_to_comma(after, s.last);  // "according to one of his aides"
    if (!source) return;
    // "According to the ministry, the port closed.": read as an apposition, the
    // clause after the comma would leave nothing said; the source ends at the comma.
    if (i <= sentence_start(s) && (source->last >= s.last || words_.clause_end(source->last))) {
      for (std::uint32_t t = source->first + 1; t < source->last; ++t) {
        if (words_.comma(t)) {
          source->last = t;
          break;
        }
      }
    }
    const std::uint32_t end = source->last;
    if (cue_length == 1 && !phrase_boundary(end, s.last)) return;
    auto content = around(s, i, end);
    if (content.empty()) return;
    add(AttributionKind::according_to, source, {i, after}, std::move(content));
  }

  void citing(const Sentence& s, std::uint32_t i) {
    auto source = words_.source_after(i + 1, s.last);
    if (!source || i - 1 <= sentence_start(s)) return;
    add(AttributionKind::indirect, source, {i, i + 1}, {{sentence_start(s), i - 1}});
  }

  // "The Latest: ...", "UPDATE: ...", "Question: ...", "Contributing: ...",
  // "Wow: ..." are page furniture or interjections, not speakers.
  bool colon_label(std::uint32_t i) const {
    static constexpr std::string_view kLabels[] = {
        "question", "answer", "update", "breaking", "watch", "exclusive", "note", "editor", "video",
        "photos", "opinion", "analysis", "live", "poll", "review", "transcript", "correction", "contributing",
        "twitter", "email", "follow", "plus", "so", "hey", "wow", "look", "remember", "revealed", "bombshell",
        "listen", "read", "see", "name", "notice", "credit", "source", "sources", "related", "map", "photo",
        "graphic", "chart", "gallery", "infographic", "image", "audio", "podcast", "subscribe", "clarification",
        "readers", "stat", "warning", "reminder", "bottom", "verdict"};
    return words_.is_one_of(i, kLabels);
  }

  // "TAPPER: Do you think ...? Tell us.": a transcript turn, a name in
  // capitals opening a paragraph; what they said runs to the paragraph's end.
  bool transcript_turn(const Sentence& s) {
    const std::uint32_t start = sentence_start(s);
    if (start != s.first || !doc_.tokens[start].has(kParagraphStart)) return false;
    constexpr std::uint32_t kMaxName = 5;  // "MS. CLINTON", "SECRETARY HILLARY CLINTON"
    std::uint32_t colon = start;
    while (colon < s.last && colon < start + kMaxName &&
           (doc_.tokens[colon].has(kAllCaps) || (colon > start && words_.punct(colon, '.')))) {
      // "STAT OF THE WEEK:", "FIX IS IN:": a heading, not a speaker.
      if (colon_label(colon) || words_.function_word(colon) || words_.is(colon, "the")) return false;
      ++colon;
    }
    if (colon == start || !words_.punct(colon, ':')) return false;
    std::uint32_t end = colon + 1;
    while (end < doc_.tokens.size() && !doc_.tokens[end].has(kParagraphStart)) ++end;
    if (!has_word({colon + 1, end})) return false;  // "VOTES: 1,769": a tally, not a turn
    add(AttributionKind::indirect, TokenRange{start, colon}, {colon, colon + 1}, {{colon + 1, end}});
    return true;
  }

  // "Graham: Trump Is Wrong On Trade": a short name, a colon and what they said.
  void headline_colon(const Sentence& s) {
    const std::uint32_t start = sentence_start(s);
    constexpr std::uint32_t kMaxName = 4;
    std::uint32_t colon = start;
    while (colon < s.last && colon < start + kMaxName && words_.capitalized(colon)) ++colon;
    const std::uint32_t name_end = colon;
    // "Clinton to Planned Parenthood: ...", "Tapper on the Leak: ...": whom or what they spoke to or about.
    if (colon > start && colon + 1 < s.last && (words_.is(colon, "to") || words_.is(colon, "on")) &&
        doc_.tokens[start].has(kParagraphStart)) {
      constexpr std::uint32_t kMaxTopic = 8;
      std::uint32_t t = colon + 1;
      while (t < s.last && t < colon + 1 + kMaxTopic && doc_.tokens[t].type == TokenType::word) ++t;
      if (words_.punct(t, ':') && t > colon + 1) colon = t;
    }
    if (colon == start || !words_.punct(colon, ':') || colon + 1 >= s.last) return;
    for (std::uint32_t t = start; t < name_end; ++t) {
      if ((doc_.tokens[t].has(kAllCaps) && words_.word(t).size() > 3) || colon_label(t)) return;
    }
    // "Iowa: Tim Albrecht, Brad Anderson, ...": a place heads a list.
    if (gazetteer_kinds(gazetteer_key(doc_, start, name_end)) & (kGazCountry | kGazRegion | kGazCity)) return;
    // "Said Berg: “...”" is a fronted cue, not a name.
    const bool fronted = words_.cue(start).cls != CueClass::none && words_.cue(start).form == VerbForm::past;
    if (words_.determiner(start) || fronted) return;
    const std::uint32_t end = content_end(colon + 1, s.last);
    if (end <= colon + 1) return;
    if (!has_word({colon + 1, end})) return;  // "Ruiz: 1,769.": a tally, not a statement
    add(AttributionKind::indirect, TokenRange{start, name_end}, {colon, colon + 1}, with_open_quote({colon + 1, end}));
    found_.back().source_must_be_actor = name_end != colon;
  }

  // A roundup item: "HARBOUR TALKS STALL - Ana Ruiz and Tomas Berg: “...”",
  // "More from Ruiz: “...”": a name after a dash (or "from"), a colon, a quote.
  bool dash_name_colon(const Sentence& s, std::uint32_t colon) {
    if (!words_.punct(colon, ':') || !open_quote(colon + 1) || quotes_.quote_of[colon] >= 0) return false;
    constexpr std::uint32_t kMaxName = 6;
    std::uint32_t first = colon;
    while (first > s.first && colon - first < kMaxName &&
           (words_.capitalized(first - 1) || (words_.is(first - 1, "and") && first < colon))) {
      --first;
    }
    if (first == colon || first == s.first || words_.is(first, "and")) return false;
    const std::uint32_t b = first - 1;
    const bool after_dash = words_.is_dash(b) || (words_.punct(b, '-') && !words_.hyphen_pair(b - 1) &&
                                                  doc_.tokens[b].span.start > doc_.tokens[b - 1].span.end);
    const bool more_from = words_.is(b, "from") && b > s.first && words_.is(b - 1, "more");
    if (!after_dash && !more_from) return false;
    add(AttributionKind::indirect, TokenRange{first, colon}, {colon, colon + 1}, quote_pieces(*quote_at(colon + 1)));
    return true;
  }

  // “...” ― Ana Ruiz: a quote signed with a dash and a name.
  bool quote_dash_name(std::uint32_t i) {
    if (!dash(i) || i == 0) return false;
    const std::uint32_t q = close_quote(i - 1) ? i - 1 : (i >= 2 && close_quote(i - 2) ? i - 2 : i);
    if (q == i || !words_.capitalized(i + 1)) return false;
    if (doc_.tokens[i + 1].has(kParagraphStart)) return false;
    std::uint32_t end = i + 1;
    while (end < doc_.tokens.size() && end < i + 5 && words_.capitalized(end) &&
           !doc_.tokens[end].has(kParagraphStart)) {
      ++end;
    }
    if (end == i + 1) return false;
    const bool name_ends = end >= doc_.tokens.size() || doc_.tokens[end].has(kParagraphStart) ||
                           words_.punct(end, '.') || open_quote(end);
    if (!name_ends) return false;
    add(AttributionKind::indirect, TokenRange{i + 1, end}, {i, i + 1}, quote_pieces(*quote_at(q)));
    return true;
  }

  // "In a CBS News poll released Monday, 50 percent ...": a document as source.
  // Not "In addition to the investigation, ...", "In the wake of the report,
  // ..." (the document is not what the phrase is about), nor "In a letter,
  // Warren called ..." (the sentence names who says it; that cue reports).
  void in_document(const Sentence& s, std::uint32_t i) {
    std::uint32_t comma = i + 1;
    while (comma < s.last && comma < i + 14 && !words_.comma(comma)) ++comma;
    // "In offering analysis of the race, ...": a gerund, not a document.
    if (!words_.comma(comma) || (!words_.capitalized(i + 1) && ends_in_ing(i + 1))) return;
    // The document heads the phrase: it comes before any "of", "to", "where".
    static constexpr std::string_view kLinks[] = {"of", "to", "in", "for", "with", "where", "by", "on", "at", "from",
                                                  "about", "that", "which", "who", "when", "after", "over", "into"};
    bool document = false;
    for (std::uint32_t t = i + 1; t < comma && !document; ++t) {
      if (words_.is_one_of(t, kLinks)) return;
      document = document_noun(t);
    }
    if (!document) return;
    const std::uint32_t end = content_end(comma + 1, s.last);
    if (end <= comma + 1) return;
    // A speaker of its own ("Warren called"), not a share of those polled ("79 percent said").
    bool share = false;
    for (std::uint32_t t = comma + 1; t < end; ++t) {
      share = share || words_.quantity(t);
      if (finite_cue(t) && !share) return;
    }
    add(AttributionKind::indirect, TokenRange{i + 1, comma}, {i, i + 1}, {{comma + 1, end}});
  }

  bool ends_in_ing(std::uint32_t t) const {
    const std::string& w = words_.word(t);
    return w.size() > 3 && w.compare(w.size() - 3, 3, "ing") == 0;
  }

  bool document_noun(std::uint32_t t) const {
    static constexpr std::string_view kDocuments[] = {
        "poll", "polls", "survey", "surveys", "study", "studies", "report", "reports", "data", "analysis",
        "research", "figures", "records", "documents", "results", "statistics", "audit", "review",
        "investigation", "tally", "count", "census", "memo", "letter", "filing", "filings", "estimates"};
    return words_.is_one_of(t, kDocuments);
  }

  // "A poll released Sunday by the Tarvo Herald shows": a document heads the
  // subject, before its first comma and perhaps before a participle phrase
  // that the source phrase starts inside.
  bool names_document(TokenRange source, std::uint32_t floor) const {
    // Records that show rather than say: "the footage shows him leaving".
    static constexpr std::string_view kRecords[] = {"polling", "average", "averages", "numbers", "findings",
                                                    "email", "emails", "video", "footage", "tape"};
    auto document = [&](std::uint32_t t) {
      return document_noun(t) || words_.is_one_of(t, kRecords);
    };
    for (std::uint32_t t = source.first; t < source.last && !words_.comma(t); ++t) {
      if (document(t)) return true;
    }
    constexpr std::uint32_t kMaxLookBack = 12;
    for (std::uint32_t t = source.first; t > floor && source.first - t < kMaxLookBack; --t) {
      const std::uint32_t b = t - 1;
      if (words_.comma(b) || words_.clause_end(b) || open_quote(b) || close_quote(b) || finite_cue(b)) break;
      if (document(b)) return true;
    }
    return false;
  }

  bool refusal_verb(std::uint32_t i) const {
    const std::string& w = words_.word(i);
    return w.compare(0, 6, "declin") == 0 || w.compare(0, 5, "refus") == 0;
  }

  // "declined to comment", "refused to directly answer", "declined comment",
  // "declined an interview request": a refusal to speak is a statement; a
  // refusal to act ("refused to pay") is not.
  bool refusal_to_speak(std::uint32_t i) const {
    std::uint32_t j = i + 1;
    if (words_.is(j, "to")) {
      ++j;
      if (words_.adverb(j)) ++j;
      static constexpr std::string_view kSpeaking[] = {
          "comment", "say", "elaborate", "discuss", "answer", "respond", "specify", "confirm", "disclose",
          "speculate", "name", "detail", "explain", "talk", "be", "speak", "state", "acknowledge", "admit",
          "identify", "authenticate", "address", "affirm", "weigh", "rule", "repudiate", "endorse", "concede"};
      return words_.is_one_of(j, kSpeaking);
    }
    // An object that asks for words: "comment", "a question", "multiple requests for an interview".
    constexpr std::uint32_t kMaxObject = 4;
    for (std::uint32_t t = j; t < words_.size() && t < j + kMaxObject; ++t) {
      if (words_.is(t, "comment") || words_.is(t, "question") || words_.is(t, "questions") ||
          words_.is(t, "interview") || words_.is(t, "request") || words_.is(t, "requests")) {
        return true;
      }
      if (!words_.determiner(t) && !words_.quantity(t) && !words_.is(t, "multiple") && !words_.is(t, "repeated")) {
        return false;
      }
    }
    return false;
  }

  bool showing_verb(std::uint32_t i) const {
    return words_.is(i, "show") || words_.is(i, "shows") || words_.is(i, "showed") || words_.is(i, "shown");
  }

  // The subject of "show" when a document heads it: from the noun phrase of
  // the nearest document noun before the verb (within the clause) to the
  // verb. "A Velmont poll out Monday", "Figures released by the office, for
  // example,", "Polls there".
  std::optional<TokenRange> document_subject_before(std::uint32_t verb, std::uint32_t floor) const {
    constexpr std::uint32_t kMaxSubject = 25;
    for (std::uint32_t t = verb; t > floor && verb - t < kMaxSubject; --t) {
      const std::uint32_t b = t - 1;
      // A dash sets off another clause: "a strong showing - perhaps a win - could show".
      if (words_.clause_end(b) || words_.is_dash(b) || words_.punct(b, '-') || open_quote(b) || close_quote(b) ||
          words_.punct(b, ':') || finite_cue(b) || words_.is(b, "that")) {
        break;
      }
      if (!document_noun(b) && !words_.is(b, "numbers") && !words_.is(b, "polling")) continue;
      const auto np = words_.plain_np_before(b + 1, floor);
      const std::uint32_t first = np ? np->first : b;
      std::uint32_t last = verb;
      while (last > first + 1 && words_.comma(last - 1)) --last;
      return TokenRange{first, last};
    }
    return std::nullopt;
  }

  // "Asked if he would run, Smith said ...": an unnamed asker (no source);
  // the question runs to the comma. The answer is its own attribution. Also
  // mid-sentence: "..., Smith said when asked about the dam." and the
  // passive "Smith was asked (by a caller) whether ...".
  bool asked_lead_in(const Sentence& s, std::uint32_t i) {
    const std::uint32_t start = sentence_start(s);
    if (i == start || (words_.is(i - 1, "when") && (i - 1 == start || words_.is(i - 2, "and")))) {
      std::uint32_t comma = i + 1;
      while (comma < s.last && comma < i + 30 && !words_.comma(comma) && !words_.clause_end(comma)) ++comma;
      if (!words_.comma(comma) || comma == i + 1) return false;
      add(AttributionKind::indirect, std::nullopt, {i, i + 1}, {{i + 1, comma}});
      return true;
    }
    const bool passive = progressive(i - 1);
    const bool lead = words_.is(i - 1, "when") || words_.is(i - 1, "while") || words_.comma(i - 1);
    if (!passive && !lead) return false;
    std::optional<TokenRange> asker;
    std::uint32_t question = i + 1;
    if (passive && words_.is(question, "by")) {
      asker = words_.source_after(question + 1, s.last);
      if (!asker) return false;
      question = asker->last;
    }
    if (!question_start(question)) return false;
    const std::uint32_t end = content_end(question, s.last);
    if (end <= question) return false;
    std::vector<TokenRange> content = lead ? std::vector<TokenRange>{{question, end}} : with_open_quote({question, end});
    // "asked about the dam in an interview, he said": the answer's comma ends a lead-in.
    if (lead) {
      for (std::uint32_t t = question; t < end; ++t) {
        if (words_.comma(t)) {
          content.front().last = t;
          break;
        }
      }
    }
    add(AttributionKind::indirect, asker, {passive ? i - 1 : i, i + 1}, std::move(content));
    return true;
  }

  // Where a question starts: "about the dam", "whether ...", "how ...", a quote.
  bool question_start(std::uint32_t j) const {
    if (words_.is(j, "about") || words_.wh_word(j) || open_quote(j)) return true;
    return (words_.punct(j, ':') || words_.comma(j)) && open_quote(j + 1);
  }

  // "The meeting was first reported by the Herald", "a fact first reported by
  // X", "As reported by X, CONTENT": the agent after "by" is the source; what
  // was reported is the phrase before, or the clause after "As ... X,".
  void reported_by(const Sentence& s, std::uint32_t i) {
    auto source = words_.source_after(i + 2, s.last);
    if (!source) return;
    std::uint32_t k = i;
    while (k > s.first && (words_.adverb(k - 1) || words_.is(k - 1, "first"))) --k;
    if (k > s.first && words_.is(k - 1, "as")) {
      auto content = around(s, k - 1, source->last);
      if (!content.empty()) add(AttributionKind::indirect, source, {k - 1, i + 1}, std::move(content));
      return;
    }
    std::uint32_t cue_first = k;
    while (cue_first > s.first && (progressive(cue_first - 1) || words_.auxiliary(cue_first - 1))) --cue_first;
    // "Ruiz's remarks, first reported by X, ...": the phrase before the comma.
    const std::uint32_t before = cue_first == k && k > s.first && words_.comma(k - 1) ? k - 1 : cue_first;
    auto reported = words_.plain_np_before(before, s.first);
    if (!reported) return;
    add(AttributionKind::indirect, source, {cue_first, i + 1}, {*reported});
  }

  void reportedly(const Sentence& s, std::uint32_t i) {
    const std::uint32_t start = sentence_start(s);
    const std::uint32_t end = content_end(i + 1, s.last);
    add(AttributionKind::indirect, std::nullopt, {i, i + 1}, {{start, end}});
  }

  // "Zelenskyy's claim that CONTENT".
  void noun_cue(const Sentence& s, std::uint32_t i) {
    if (i < s.first + 2 || !doc_.tokens[i - 1].has(kPossessive) || !words_.is(i + 1, "that")) return;
    auto source = words_.source_before(i - 1, s.first);
    if (!source) return;
    const std::uint32_t start = i + 2;
    std::uint32_t end = content_end(start, s.last);
    // "... as “groundless”": the verdict on the claim is not part of it.
    for (std::uint32_t k = start; k < end; ++k) {
      if (words_.comma(k) || (words_.is(k, "as") && open_quote(k + 1))) {
        end = k;
        break;
      }
    }
    if (end <= start) return;
    add(AttributionKind::indirect, source, {i, i + 1}, {{start, end}});
  }

  // Adverbials that may follow a verb cue and belong to it: "said Thursday",
  // "said in a statement", "told reporters".
  std::uint32_t extend_cue(std::uint32_t last) const {
    if (words_.is(last, "on") && words_.day_word(last + 1) && !words_.is(last + 1, "today")) ++last;
    // "condemned Wednesday’s attack": the day belongs to what follows.
    const bool possessive_day = last + 1 < doc_.tokens.size() && doc_.tokens[last + 1].has(kPossessive);
    if (words_.day_word(last) && !possessive_day) {
      ++last;
      if (words_.is(last, "morning") || words_.is(last, "afternoon") || words_.is(last, "evening") ||
          words_.is(last, "night")) {
        ++last;
      }
    }
    if ((words_.is(last, "in") && (words_.is(last + 1, "a") || words_.is(last + 1, "an"))) &&
        (words_.is(last + 2, "statement") || words_.is(last + 2, "interview") || words_.is(last + 2, "tweet") ||
         words_.is(last + 2, "post") || words_.is(last + 2, "letter") || words_.is(last + 2, "speech"))) {
      last += 3;
    }
    if ((words_.is(last, "to") || words_.is(last, "told")) &&
        (words_.is(last + 1, "reporters") || words_.is(last + 1, "journalists"))) {
      last += 2;
    }
    return last;
  }

  // "progressive groups that have endorsed him say ...": a subject with a
  // short relative clause and no commas between it and the verb.
  std::optional<TokenRange> subject_with_relative_clause(std::uint32_t verb, std::uint32_t floor) const {
    constexpr std::uint32_t kMaxClause = 10;
    for (std::uint32_t r = verb; r > floor + 1 && verb - r < kMaxClause; --r) {
      const std::uint32_t pronoun = r - 1;
      if (doc_.tokens[pronoun].type != TokenType::word) return std::nullopt;
      if (!words_.is(pronoun, "who") && !words_.is(pronoun, "that")) continue;
      if (pronoun + 1 >= verb || !words_.plural_noun(pronoun - 1)) return std::nullopt;
      const auto subject = words_.source_before(pronoun, floor);
      if (!subject) return std::nullopt;
      return TokenRange{subject->first, verb};
    }
    return std::nullopt;
  }

  // "has", "will", "didn't"; an "'s" only after a pronoun ("he's said"),
  // elsewhere it is a possessive ("Berg's said" does not occur).
  bool auxiliary_before_verb(std::uint32_t i) const {
    if (!words_.auxiliary(i)) return false;
    // "Theresa May said": a capitalised auxiliary after a name is part of it.
    if (i > 0 && words_.capitalized(i) && words_.capitalized(i - 1) && !doc_.tokens[i].has(kSentenceStart)) return false;
    return !doc_.tokens[i].has(kPossessive) || (i > 0 && words_.subject_pronoun(i - 1));
  }

  // Returns true when the verb at `i` made an attribution.
  bool verb_cue(const Sentence& s, std::uint32_t i) {
    const CueWord& cue = words_.cue(i);
    // A capitalised cue mid-sentence is part of a name ("the United States")
    // unless the line is a title-case headline ("..., Zelenskyy Claims").
    if (words_.capitalized(i) && i != sentence_start(s) && !headline(s)) return false;
    // The floor: a cue inside a quote reports inside that quote only.
    std::uint32_t floor = s.first;
    std::uint32_t limit = s.last;
    if (const Quote* q = quote_at(i)) {
      floor = std::max(floor, q->open + 1);
      if (q->close < limit) limit = q->close;
    }
    if (cue.form == VerbForm::past && i == sentence_start(s) && floor == s.first) return fronted_cue(s, i);
    const std::optional<std::uint32_t> particle = particle_at(cue, i + 1);
    if (!cue.particle.empty() && !particle) return false;  // "pointed out", not "pointed at"
    // "She went on to say that ...": the infinitive goes on with her own report.
    static constexpr std::string_view kGoForms[] = {"went", "goes", "go", "going", "gone"};
    const bool went_on = i >= floor + 3 && words_.is(i - 1, "to") && words_.is(i - 2, "on") &&
                         words_.is_one_of(i - 3, kGoForms) && cue.cls == CueClass::speech;
    if (i > floor && words_.is(i - 1, "to") && !went_on) return false;  // "declined to say", "wants to add"
    if (words_.is(i, "thanks") && words_.is(i + 1, "to")) return false;  // "won thanks to the rain"
    if (words_.is(i + 1, "than") && words_.is(i + 2, "done")) return false;  // "easier said than done"
    if (words_.is(i, "told") && i > floor && words_.is(i - 1, "all")) return false;  // "All told, ..."
    if (naming_participle(i, floor, limit)) return false;
    // "workers who hail mostly from Honduras": where they come from.
    if (words_.word(i).compare(0, 4, "hail") == 0 && (words_.is(i + 1, "from") || words_.is(i + 2, "from"))) {
      return false;
    }
    // "Ana Ruiz reported from Kyiv.": a reporter's credit line, not a report.
    if (words_.is(i, "reported") && words_.is(i + 1, "from") && words_.capitalized(i + 2)) {
      std::uint32_t after_place = i + 2;
      while (after_place < limit && words_.capitalized(after_place)) ++after_place;
      if (!words_.is(after_place, "that") && !words_.punct(after_place, ':')) return false;
    }
    // "a resident, who asked not to be named, told AFP": a request for anonymity reports nothing.
    if (words_.word(i).compare(0, 3, "ask") == 0 &&
        ((words_.is(i + 1, "not") && words_.is(i + 2, "to") && words_.is(i + 3, "be")) ||
         (words_.is(i + 1, "for") && words_.is(i + 2, "anonymity")))) {
      return false;
    }
    if (words_.word(i).compare(0, 3, "add") == 0 && words_.is(i + 1, "up")) return false;  // "the sums add up"
    // "adding to her delegate lead": to add to is to increase.
    if (words_.word(i).compare(0, 3, "add") == 0 && words_.is(i + 1, "to") && !words_.is(i + 2, "reporters")) {
      return false;
    }
    // "the report cited by the mayor": a participle with its agent, not a report by "the report".
    if (cue.form == VerbForm::past && words_.is(i + 1, "by") &&
        (words_.determiner(i + 2) || words_.capitalized(i + 2))) {
      return false;
    }
    // "the most pledged delegates", "fewer reported cases": a participle used as an adjective.
    static constexpr std::string_view kBeforeAdjective[] = {"fewer", "more", "most", "less", "include", "includes",
                                                           "including"};
    if (cue.form == VerbForm::past && i > floor && !cue.takes_object && words_.plural_noun(i + 1) &&
        (words_.quantity(i - 1) || words_.is_one_of(i - 1, kBeforeAdjective) || words_.determiner(i - 1))) {
      return false;
    }
    const std::string& verb = words_.word(i);
    if (refusal_verb(i) && !refusal_to_speak(i)) return false;
    // "states" is a verb only after a text that can state: "the report states that", "It states:".
    // Otherwise it is the noun: "six states that voted", "swing states, and".
    static constexpr std::string_view kStatingTexts[] = {
        "it",       "report",  "document",   "law",       "statement", "letter",   "constitution", "website",
        "ad",       "rule",    "policy",     "study",     "article",   "bill",     "plan",         "memo",
        "filing",   "complaint", "lawsuit",  "indictment", "release",  "post",     "order",        "agreement",
        "treaty",   "platform", "guidance",  "text",      "book",      "note",     "section",      "clause",
        "amendment", "manifesto", "ruling",  "decision",  "opinion",   "page",     "resolution",   "charter",
        "contract", "email",   "message",    "sign",      "notice",    "caption",  "motion",       "petition",
        "voice-over", "survey", "analysis",  "verdict",   "judgment",  "directive", "regulation",  "code"};
    if (verb == "states" && !(i > floor && words_.is_one_of(i - 1, kStatingTexts))) return false;
    // "Where do relations go after the vote?", "What did Ruiz say?": a question reports nothing.
    static constexpr std::string_view kDo[] = {"do", "does", "did"};
    const std::uint32_t opening = sentence_start(s);
    if (cue.form == VerbForm::base && opening < i && (words_.wh_word(opening) || words_.is(opening, "whom")) &&
        words_.is_one_of(opening + 1, kDo)) {
      return false;
    }
    // "one of the most promising states", "a telling sign": a gerund used as an adjective.
    // "his strong second-place showing", "her warning": after an article or a possessive it is a noun.
    static constexpr std::string_view kBeforeGerundAdjective[] = {
        "most", "more", "less", "least", "very", "a", "an", "his", "her", "their", "its", "our", "strong", "poor",
        "weak", "best", "worst", "second-place", "third-place", "disappointing", "dismal", "solid", "impressive"};
    if (cue.form == VerbForm::gerund && i > floor && words_.is_one_of(i - 1, kBeforeGerundAdjective)) return false;
    // "Intelligence reports suggest that": a noun before the verb that reports.
    static constexpr std::string_view kVerbsAfterReports[] = {"suggest", "say", "indicate", "claim", "allege"};
    if (words_.is(i, "reports") && words_.is_one_of(i + 1, kVerbsAfterReports)) return false;
    // "phone calls", "several calls", "returned calls": the noun, not the verb.
    static constexpr std::string_view kBeforeCallsNoun[] = {
        "phone", "telephone", "conference", "several", "many", "numerous", "repeated", "multiple", "return",
        "returned", "returning", "take", "took", "taking", "make", "made", "making", "placed", "harassing",
        "hectoring", "angry", "no", "any", "more", "fewer", "close"};
    if (verb == "calls" && i > floor &&
        (words_.determiner(i - 1) || words_.quantity(i - 1) || words_.is_one_of(i - 1, kBeforeCallsNoun))) {
      return false;
    }
    if (verb == "put" || verb == "puts" || verb == "putting") {
      // Only "as X put it".
      const auto who = words_.source_before(i, floor);
      if (!words_.is(i + 1, "it") || !who || who->first == floor || !words_.is(who->first - 1, "as")) return false;
    }

    std::uint32_t cue_first = went_on ? i - 3 : i;
    if (cue_first > floor && auxiliary_before_verb(cue_first - 1)) cue_first = cue_first - 1;
    std::uint32_t cue_last = i + 1;
    if (particle) {
      cue_last = *particle + 1;
      // "made no mention of", "made the case against"
      if (words_.is(cue_last, "of") || words_.is(cue_last, "about") || words_.is(cue_last, "against")) ++cue_last;
    } else if (words_.is(cue_last, "out")) {
      ++cue_last;  // "lashed out"
    }
    if (words_.word(i).compare(0, 3, "put") == 0 && words_.is(cue_last, "it")) ++cue_last;  // "put it"
    if (words_.word(i).compare(0, 4, "call") == 0 && (words_.is(cue_last, "for") || words_.is(cue_last, "on"))) {
      ++cue_last;  // "called for", "called on"
    }
    // "the elder, called on by tribes for guidance": a passive with its agent.
    if (cue.form == VerbForm::past && cue_last > i + 1 && words_.is(cue_last, "by")) return false;
    cue_last = extend_cue(cue_last);

    // ---- the source
    std::uint32_t k = cue_first;
    const bool gerund = cue.form == VerbForm::gerund;
    while (k > floor) {
      // "the company itself said": an intensifier sits between subject and verb.
      const bool intensifier = words_.is(k - 1, "itself") || words_.is(k - 1, "himself") ||
                               words_.is(k - 1, "herself") || words_.is(k - 1, "themselves");
      if (words_.adverb(k - 1) || auxiliary_before_verb(k - 1) ||
          (gerund && progressive(k - 1)) || intensifier) {
        --k;
      } else if (words_.day_word(k - 1)) {
        --k;  // "Clinton on Tuesday said"
        if (k > floor && (words_.is(k - 1, "on") || words_.is(k - 1, "last") || words_.is(k - 1, "this"))) --k;
      } else {
        break;
      }
    }
    // "the numbers were confirmed": a passive reports nothing its subject said.
    if (!gerund && k > floor && progressive(k - 1)) {
      // "It was reported that ...": a passive report with no source.
      std::uint32_t it = k - 1;  // "it was reported", "it has been claimed", "it will be said"
      while (it > floor && (auxiliary_before_verb(it - 1) || progressive(it - 1))) --it;
      if (it > floor && words_.is(it - 1, "it") && words_.is(cue_last, "that") && cue.cls == CueClass::speech) {
        const std::uint32_t end = content_end(cue_last + 1, limit);
        if (end <= cue_last + 1) return false;
        add(AttributionKind::indirect, std::nullopt, {it, i + 1}, with_open_quote({cue_last + 1, end}));
        return true;
      }
      return false;
    }
    std::optional<TokenRange> source;
    bool inverted = false;
    bool inherited = false;
    if (gerund) {
      switch (gerund_lead(s, i, k, floor)) {
        case GerundLead::none:
          return false;
        case GerundLead::clause:
          source = previous_source_ ? previous_source_ : sentence_subject(s, k);
          break;
        case GerundLead::opener: {
          // The content ends at the comma that closes the opening clause.
          const std::uint32_t comma = opener_end(s, i);
          source = words_.source_after(comma + 1, s.last);
          limit = comma;
          break;
        }
        case GerundLead::noun_phrase:
          source = words_.source_before(k, floor);
          break;
      }
      inherited = true;
    } else if (k > floor && (words_.is(k - 1, "and") || words_.is(k - 1, "but"))) {
      // "Wilson praised Rubio and said ...": the subject of the first verb.
      source = previous_source_ ? previous_source_ : sentence_subject(s, k - 1);
      inherited = true;
    } else {
      source = words_.source_before(k, floor);
      // "Exit polls from the primary, which Ruiz won, showed ...": a document
      // subject with a longer tail than a name's.
      if (showing_verb(i) && (!source || !names_document(*source, floor))) {
        if (auto document = document_subject_before(cue_first, floor)) source = document;
      }
      // "unions that have backed the plan say": "the plan" cannot "say"; the unions do.
      const bool singular_source = source && !words_.plural_noun(source->last - 1) &&
                                   !words_.subject_pronoun(source->last - 1);
      if (cue.cls == CueClass::speech && (!source || (cue.form == VerbForm::base && singular_source))) {
        if (auto subject = subject_with_relative_clause(k, floor)) source = subject;
      }
      // "Dirt, used to fill trenches, freezes, said Ian Michaels, a spokesman.":
      // what reads like a source and its apposition before ", said" is the
      // content when a name after the verb runs to the end of the sentence.
      if (source && k > floor && words_.comma(k - 1) && cue_last == i + 1 &&
          (words_.is(i, "said") || words_.is(i, "says"))) {
        bool apposition = false;
        for (std::uint32_t j = source->first; j < source->last && !apposition; ++j) apposition = words_.comma(j);
        const auto after = apposition ? words_.source_after(cue_last, limit) : std::nullopt;
        if (after && words_.capitalized(after->first) &&
            (after->last >= limit || (after->last + 1 == limit && words_.clause_end(after->last)))) {
          source.reset();
        }
      }
      if (!source && k > floor && (words_.comma(k - 1) || close_quote(k - 1) || words_.clause_end(k - 1))) {
        source = words_.source_after(cue_last, limit);
        // "said the port was ready" is no inversion: a verb follows the phrase.
        if (source && (words_.auxiliary(source->last) || words_.is(source->last, "was") ||
                       words_.is(source->last, "is") || words_.is(source->last, "were") ||
                       words_.is(source->last, "are"))) {
          source.reset();
        }
        inverted = source.has_value();
      }
    }
    if (!source) return false;
    // "a super PAC called Future45", "a phenomenon dubbed “nonresponse”": a
    // thing and its name, not something said.
    const bool naming_verb = verb.compare(0, 4, "call") == 0 || verb.compare(0, 3, "dub") == 0;
    if (naming_verb && !inverted && (words_.is(source->first, "a") || words_.is(source->first, "an")) &&
        cue_last == i + 1 && (words_.capitalized(i + 1) || open_quote(i + 1))) {
      return false;
    }
    // "Ruiz, who calls the mayor a liar, said ...": a relative clause set off
    // by commas ends at its closing comma.
    if (words_.is(source->first, "who") && source->first > floor && words_.comma(source->first - 1)) {
      for (std::uint32_t t = cue_last; t < limit; ++t) {
        if (words_.comma(t) && !open_quote(t + 1)) {
          limit = t;
          break;
        }
      }
    }
    // "reports", "remarks", "claims" are usually plural nouns: as verbs they
    // need a named, pronoun or definite subject ("Reuters reports", "the report claims").
    if (cue.form == VerbForm::third_person && noun_reading(i) && !inverted && !inherited &&
        !definite_subject(*source)) {
      return false;
    }
    // A base form needs "they say", "officials say", "will say"; "say" itself
    // is nearly always a verb after a subject ("residents along the river say").
    const bool plain_say = words_.is(i, "say") && !say_noun(i);
    // "Data show": a document noun takes the plural verb whatever its form.
    const bool document_shows = showing_verb(i) && document_noun(source->last - 1);
    if (cue.form == VerbForm::base && !inverted && !inherited && !plain_say && !plural_subject(*source) &&
        !document_shows && cue_first == i) {
      return false;
    }

    // ---- the content
    const std::uint32_t tail = inverted ? source->last : skip_object(cue, cue_last, limit);
    // The token before the source (or before an inverted cue) that sets off earlier content.
    const std::uint32_t lead = inverted ? k : source->first;
    // A quote that ends the previous sentence: “... missing.” Trump said.
    const bool quote_ends_before = lead == s.first && lead > 0 && close_quote(lead - 1) && floor == s.first;
    const bool boundary_before = !inherited && ((lead > floor && (words_.comma(lead - 1) || close_quote(lead - 1) ||
                                                                  words_.clause_end(lead - 1) ||
                                                                  words_.punct(lead - 1, ':'))) ||
                                                quote_ends_before);
    // "the poll shows Trump ahead": a document's findings need no "that".
    const bool document_subject = names_document(*source, floor);
    std::vector<TokenRange> content;
    if (boundary_before && (inverted || is_tail(tail, limit))) {
      content = content_before(s, lead - 1, floor);
      // "“A,” he said, “B.”": the quote goes on after the cue.
      std::uint32_t t = tail;
      while (t < limit && !words_.comma(t) && !words_.clause_end(t) && !open_quote(t)) ++t;
      if ((words_.comma(t) || words_.punct(t, ':')) && open_quote(t + 1)) {
        // "Asked about it, he said, “No.”": the quote, not the lead-in, is what was said.
        if (!close_quote(lead - 1) && !(lead >= 2 && close_quote(lead - 2))) content.clear();
        if (const Quote* q = quote_at(t + 1)) {
          for (const TokenRange& r : q->pieces) content.push_back(r);
        }
      } else if (words_.comma(t) && !content.empty() && !gerund_cue(t + 1) && !close_quote(lead - 1) &&
                 t + 1 < limit && !words_.is(t + 1, "according") && !words_.is(t + 1, "citing") &&
                 !words_.is(t + 1, "per")) {
        // "Russia, he said, is winning": the clause resumes after the cue.
        const std::uint32_t end = content_end(t + 1, limit);
        if (end > t + 1) content.push_back({t + 1, end});
      }
    } else if (!inverted) {
      CueWord effective = cue;
      if (document_subject || naming(i, tail, limit)) effective.cls = CueClass::speech;
      content = content_after(effective, tail, limit, s);
    }
    if (!content.empty() && (boundary_before || inverted)) append_following_quote(s, limit, content);
    content.erase(std::remove_if(content.begin(), content.end(),
                                 [](const TokenRange& r) { return r.last <= r.first; }),
                  content.end());
    if (content.empty()) return false;
    // The time after the verb is read past, but it is not part of the cue: "announced (on Tuesday)".
    std::uint32_t shown_last = cue_last;
    if (shown_last > i + 1 && (words_.day_word(i + 1) || (words_.is(i + 1, "on") && words_.day_word(i + 2)))) {
      shown_last = i + 1;
    }
    add(AttributionKind::indirect, source, {cue_first, shown_last}, std::move(content));
    // "pointing out that ...", "pointing out how ...": with a clause the verb reports like "said".
    const std::uint32_t content_first = found_.back().content.front().first;
    const bool clause = words_.is(content_first - 1, "that") || words_.wh_word(content_first);
    found_.back().verdict = cue.cls == CueClass::verdict && !clause;
    previous_source_ = source;
    return true;
  }

  // "Said Ana Ruiz, who grew up here, “We were proud.”", "Added Berg: “...”":
  // a cue opening the sentence, then its speaker, then the quote.
  bool fronted_cue(const Sentence& s, std::uint32_t i) {
    if (!words_.capitalized(i + 1)) return false;
    auto source = words_.source_after(i + 1, s.last);
    if (!source) return false;
    constexpr std::uint32_t kMaxAside = 30;
    for (std::uint32_t t = source->last; t + 1 < s.last && t < source->last + kMaxAside; ++t) {
      if (words_.clause_end(t) || open_quote(t)) return false;
      if ((words_.comma(t) || words_.punct(t, ':')) && open_quote(t + 1)) {
        add(AttributionKind::indirect, source, {i, i + 1}, quote_pieces(*quote_at(t + 1)));
        return true;
      }
    }
    return false;
  }

  // A line of its own in title case: "Trump Says He Will Win." Decided once
  // per sentence.
  bool headline(const Sentence& s) {
    if (headline_sentence_ != &s) {
      headline_sentence_ = &s;
      is_headline_ = title_case_line(s);
    }
    return is_headline_;
  }

  bool title_case_line(const Sentence& s) const {
    const bool own_line = doc_.tokens[s.first].has(kParagraphStart) &&
                          (s.last >= doc_.tokens.size() || doc_.tokens[s.last].has(kParagraphStart));
    if (!own_line) return false;
    std::uint32_t words = 0, capitals = 0;
    for (std::uint32_t i = s.first; i < s.last; ++i) {
      if (doc_.tokens[i].type != TokenType::word || words_.word(i).size() < 4) continue;
      ++words;
      if (words_.capitalized(i)) ++capitals;
    }
    return words > 0 && capitals * 4 >= words * 3;
  }

  // “A,” he said. “B.” — a quote right after the attributing sentence, alone
  // in the rest of its paragraph, goes on with the same speaker.
  void append_following_quote(const Sentence& s, std::uint32_t limit, std::vector<TokenRange>& content) const {
    if (limit != s.last || s.last >= doc_.tokens.size()) return;
    const std::uint32_t next = s.last;
    if (!open_quote(next) || doc_.tokens[next].has(kParagraphStart)) return;
    const Quote* q = quote_at(next);
    if (q == nullptr || q->open != next) return;
    const std::uint32_t after = q->close + 1;
    if (after < doc_.tokens.size() && !doc_.tokens[after].has(kParagraphStart)) return;
    for (const TokenRange& r : q->pieces) content.push_back(r);
  }

  bool progressive(std::uint32_t i) const {
    if (words_.is(i, "is") || words_.is(i, "was") || words_.is(i, "were") || words_.is(i, "are") ||
        words_.is(i, "been") || words_.is(i, "be")) {
      return true;
    }
    // "We’re told", "they're asked": "are" written into the pronoun.
    const std::string_view w = words_.word(i);
    auto ends_with = [&w](std::string_view end) {
      return w.size() > end.size() && w.substr(w.size() - end.size()) == end;
    };
    return ends_with("'re") || ends_with("\xE2\x80\x99re");
  }

  bool noun_reading(std::uint32_t i) const {
    if (words_.cue(i).noun) return true;
    static constexpr std::string_view kPluralNouns[] = {"reports", "remarks", "tweets", "promises", "comments",
                                                        "questions", "posts", "counters", "jokes", "notes"};
    return words_.is_one_of(i, kPluralNouns);
  }

  // "have a say", "the final say", "their say": the noun.
  bool say_noun(std::uint32_t i) const {
    static constexpr std::string_view kBefore[] = {"a", "an", "the", "no", "any", "final", "more", "equal",
                                                   "his", "her", "its", "their", "our", "my", "your"};
    return words_.is_one_of(i - 1, kBefore);
  }

  bool definite_subject(TokenRange source) const {
    const std::uint32_t head = source.last - 1;
    if (words_.capitalized(head) || words_.subject_pronoun(head)) return true;
    return words_.is(source.first, "the") || words_.is(source.first, "a") || words_.is(source.first, "an");
  }

  bool plural_subject(TokenRange source) const {
    const std::uint32_t head = source.last - 1;
    const std::string& w = words_.word(head);
    if (w == "they" || w == "we" || w == "i" || w == "you" || w == "who") return true;
    if (w == "them" || w == "us" || w == "whom") return true;  // "many of them say"
    if (words_.pronoun_determiner(head) || doc_.tokens[head].type == TokenType::number) return true;
    // Nouns that take a plural verb without an -s.
    static constexpr std::string_view kPluralNouns[] = {"police", "people", "men", "women", "children", "staff",
                                                        "personnel", "majority"};
    // The noun before any "of"/"in": "voters in each state say", "Officials say".
    for (std::uint32_t t = source.first; t < source.last; ++t) {
      if (words_.is(t, "and") && t > source.first) return true;
      if (words_.is(t, "of") || words_.is(t, "in") || words_.is(t, "to") || words_.is(t, "for")) break;
      // "a mere 9 percent say", "half of voters say", not "a 95-page report".
      if (words_.quantity(t) && (t + 1 == source.last || words_.is(t + 1, "of") || words_.is(t + 1, "in") ||
                                 words_.quantity(t + 1))) {
        return true;
      }
      const std::string& x = words_.word(t);
      for (std::string_view noun : kPluralNouns) {
        if (x == noun) return true;
      }
      // A capital is only trusted at the start of the sentence ("Officials say"); "Sanders" is a name.
      const bool lower_or_first = !words_.capitalized(t) || doc_.tokens[t].has(kSentenceStart);
      if (lower_or_first && !doc_.tokens[t].has(kAllCaps) && PhraseReader::plural_form(x)) return true;
    }
    // "half of voters say", "a wide array of economists say": the noun after "of".
    return words_.plural_noun(head) || doc_.tokens[source.first].type == TokenType::number;
  }

  // Skips the addressee of "told reporters", "told him", "warned Moscow".
  std::uint32_t skip_object(const CueWord& cue, std::uint32_t after, std::uint32_t limit) const {
    if (!cue.takes_object || after >= limit) return after;
    static constexpr std::string_view kObjects[] = {"him", "her", "them", "us", "me", "you", "reporters",
                                                    "journalists"};
    for (std::string_view o : kObjects) {
      if (words_.is(after, o)) return after + 1;
    }
    auto object = words_.source_after(after, limit);
    if (!object) return after;
    const std::uint32_t end = object->last;
    // Only a real addressee: what follows starts the reported content.
    // "warned people to stay away": the addressee stays with the infinitive, as after "urged".
    // "told the BBC they heard ...": a clause without "that" after the addressee.
    if (end >= limit || words_.is(end, "that") || words_.punct(end, ':') || words_.comma(end) ||
        open_quote(end) || (preposition_like(end) && !words_.is(end, "to")) || words_.clause_end(end) ||
        words_.wh_word(end) || (words_.subject_pronoun(end) && !words_.is(end, "you"))) {
      return end;
    }
    return after;
  }

  // True when nothing but adverbials follows the cue: "Smith said on Monday."
  bool is_tail(std::uint32_t from, std::uint32_t limit) const {
    if (from >= limit || words_.clause_end(from) || close_quote(from)) return true;
    if (words_.comma(from)) return true;
    if (!preposition_like(from)) return false;
    constexpr std::uint32_t kMaxTail = 40;
    for (std::uint32_t t = from; t < limit && t < from + kMaxTail; ++t) {
      if (words_.clause_end(t) || words_.comma(t)) return true;
      if (words_.is(t, "that") || words_.punct(t, ':') || open_quote(t) || finite_cue(t)) return false;
    }
    return true;
  }

  // Content before a post-position cue; `boundary` is the comma, closing
  // quotation mark or dash that sets it off.
  std::vector<TokenRange> content_before(const Sentence& s, std::uint32_t boundary, std::uint32_t floor) const {
    std::uint32_t end = boundary;
    if (words_.comma(end) && end > floor && close_quote(end - 1)) --end;
    if (end < s.first && !close_quote(end)) return {};
    if (close_quote(end)) {
      if (const Quote* q = quote_at(end)) return quote_pieces(*q);
    }
    const std::uint32_t start = std::max(sentence_start(s), floor);
    if (end <= start) return {};
    return {{start, end}};
  }

  std::vector<TokenRange> content_after(const CueWord& cue, std::uint32_t after, std::uint32_t limit,
                                        const Sentence& s) const {
    std::uint32_t j = after;
    // "said — on Twitter, as it happens — that ...": an aside between dashes before the content.
    if (j < limit && dash(j)) {
      const std::uint32_t closing = closing_dash(j, limit);
      if (closing != j) j = closing + 1;
    }
    // "announced on April 8, 2025, that ...": adverbials before "that".
    if (j < limit && (preposition_like(j) || words_.comma(j))) {
      for (std::uint32_t t = j; t < limit && t < j + 14; ++t) {
        if (words_.is(t, "that")) {
          j = t;
          break;
        }
        if (words_.clause_end(t) || open_quote(t) || finite_cue(t) || words_.punct(t, ':')) break;
      }
    }
    // "declined to comment", "as he put it, “...”"
    const bool refusal = j > 0 && refusal_verb(j - 1);
    const bool put_it = j > 0 && words_.is(j - 1, "it");
    bool clause_marker = speech_act_object(j, limit) || refusal || put_it;
    if (words_.is(j, "that")) {
      ++j;
      clause_marker = true;
    }
    if (words_.punct(j, ':') || (words_.comma(j) && open_quote(j + 1))) {
      ++j;
      clause_marker = true;
    }
    if (open_quote(j)) {
      const Quote* q = quote_at(j);
      const std::uint32_t after_quote = q->close + 1;
      // A whole quote ends the content unless the sentence goes on after it.
      if (after_quote >= s.last || words_.clause_end(after_quote) || close_quote(q->close) ||
          words_.comma(after_quote)) {
        if (after_quote >= s.last || words_.clause_end(after_quote) || words_.comma(after_quote)) {
          return quote_pieces(*q);
        }
      }
      clause_marker = true;
    }
    if (words_.wh_word(j)) clause_marker = true;
    // "agreed they had no recourse", "estimated it would cost": a clause
    // without "that", known by a pronoun subject and its verb.
    static constexpr std::string_view kBe[] = {"was", "is", "were", "are"};
    if (words_.subject_pronoun(j) && !words_.is(j, "you") &&
        (words_.auxiliary(j + 1) || words_.is_one_of(j + 1, kBe))) {
      clause_marker = true;
    }
    if (cue.cls == CueClass::clausal && !clause_marker && !possessive_claim(j, limit) &&
        !statement_object(j, limit) && !estimate_at(j, limit) && !gerund_complement(after - 1, j, limit)) {
      return {};
    }
    if (cue.cls == CueClass::verdict && !clause_marker && (!object_start(j, limit) || physical_attack(after - 1, j, s))) {
      return {};
    }
    const std::uint32_t end = content_end(j, limit);
    return with_open_quote({j, end});
  }

  // "denied targeting civilians", "proposed raising taxes": a gerund clause
  // after a verb that denies, admits or proposes (not "continued campaigning").
  bool gerund_complement(std::uint32_t verb, std::uint32_t j, std::uint32_t limit) const {
    static constexpr std::string_view kNounsInIng[] = {"nothing", "anything", "something", "everything", "thing",
                                                       "king", "morning", "evening", "building", "meeting",
                                                       "spring", "wing", "ring", "string", "funding", "training"};
    const std::string& v = words_.word(verb);
    const bool takes_gerund = v.compare(0, 3, "den") == 0 || v.compare(0, 6, "reject") == 0 ||
                              v.compare(0, 6, "propos") == 0 || v.compare(0, 5, "admit") == 0;
    if (!takes_gerund || j + 1 >= limit || doc_.tokens[j].type != TokenType::word || words_.capitalized(j)) return false;
    return words_.word(j).size() > 5 && ends_in_ing(j) && !words_.is_one_of(j, kNounsInIng);
  }

  // "estimates the fortune at $42 billion": an estimate with its figure.
  bool estimate_at(std::uint32_t from, std::uint32_t limit) const {
    if (from == 0 || words_.word(from - 1).compare(0, 8, "estimate") != 0) return false;
    constexpr std::uint32_t kMaxObject = 10;
    for (std::uint32_t t = from; t + 1 < limit && t < from + kMaxObject; ++t) {
      if (words_.comma(t) || words_.clause_end(t)) return false;
      if (words_.is(t, "at")) {
        // "at least $1 billion", "at more than 600", "at about 12,000", "at $5 million"
        std::uint32_t n = t + 1;
        if (words_.is(n, "about") || words_.is(n, "least") || words_.is(n, "around") || words_.is(n, "roughly") ||
            words_.is(n, "nearly") || words_.is(n, "over") || words_.is(n, "some")) {
          ++n;
        } else if ((words_.is(n, "more") || words_.is(n, "less") || words_.is(n, "fewer")) && words_.is(n + 1, "than")) {
          n += 2;
        }
        return n < limit && (words_.quantity(n) || doc_.tokens[n].has(kHasDigit) || words_.punct(n, '$') ||
                             words_.is(n, "\xE2\x82\xAC") || words_.is(n, "\xC2\xA3"));  // € £
      }
    }
    return false;
  }

  // "called for", "called on": a speech act whatever its object; a quotation
  // in the object ("described it as “reckless”") shows the words used.
  bool speech_act_object(std::uint32_t from, std::uint32_t limit) const {
    if (from > 0 && (words_.is(from - 1, "for") || words_.is(from - 1, "on")) && from >= 2 &&
        words_.word(from - 2).compare(0, 4, "call") == 0) {
      return true;
    }
    for (std::uint32_t t = from; t < limit && t < from + 25; ++t) {
      if (words_.clause_end(t)) return false;
      if (open_quote(t)) return true;
    }
    return false;
  }

  // "a company called Cambridge Analytica", "officials, called superdelegates":
  // a participle naming the noun before it, not a verb with a subject. The
  // verb itself ("a spokesman called the claims “baseless”") has an object
  // and what it is called.
  bool naming_participle(std::uint32_t i, std::uint32_t floor, std::uint32_t limit) const {
    if (!words_.is(i, "called") && !words_.is(i, "named") && !words_.is(i, "dubbed")) return false;
    if (i == floor || i + 1 >= limit || naming(i, i + 1, limit)) return false;
    // "called for a boycott", "called over her shoulder": the verb.
    if (preposition_like(i + 1) || words_.function_word(i + 1)) return false;
    // "officials, called superdelegates, back her": an aside between commas.
    if (words_.comma(i - 1)) {
      for (std::uint32_t t = i + 2; t < limit && t < i + 5; ++t) {
        if (words_.comma(t)) return !words_.determiner(i + 1);
        if (doc_.tokens[t].type != TokenType::word) break;
      }
      return false;
    }
    // "called the claims “baseless”": an object, then the verdict.
    std::uint32_t object = i + 1;
    if (words_.determiner(object)) ++object;
    if (object + 1 < limit && doc_.tokens[object].type == TokenType::word && open_quote(object + 1)) return false;
    std::uint32_t start = i;  // where the noun phrase before the participle starts
    while (start > floor && i - start < 4 && doc_.tokens[start - 1].type == TokenType::word &&
           !words_.capitalized(start - 1) && !words_.function_word(start - 1) && !words_.determiner(start - 1) &&
           !words_.subject_pronoun(start - 1) && !words_.auxiliary(start - 1) && !words_.adverb(start - 1) &&
           words_.cue(start - 1).cls == CueClass::none) {
      --start;
    }
    if (start == i || start == floor) return false;
    // Set off by a comma or a preposition, or led by "a"/"an" after a verb
    // ("paid a company called ..."): not a subject.
    if (words_.comma(start - 1) || preposition_like(start - 1)) return true;
    return (words_.is(start - 1, "a") || words_.is(start - 1, "an")) && start - 1 > floor &&
           doc_.tokens[start - 2].type == TokenType::word && !words_.capitalized(start - 2);
  }

  // "Attacked" in its other sense: "thieves attacked a whale with an axe",
  // "militants attacked the base, killing 17", "troops attacked Kharkiv".
  // `verb` is the cue word, `j` where its object starts.
  bool physical_attack(std::uint32_t verb, std::uint32_t j, const Sentence& s) const {
    const std::string& v = words_.word(verb);
    if (v.compare(0, 6, "attack") != 0 && v.compare(0, 6, "assail") != 0) return false;
    static constexpr std::string_view kAttackers[] = {
        "gunmen", "gunman", "militants", "militant", "troops", "soldiers", "forces", "thieves", "attackers",
        "assailants", "terrorists", "insurgents", "rebels", "fighters", "jihadists", "drones", "missiles", "mob",
        "robbers", "army", "jets", "warplanes", "aircraft", "dog", "dogs", "shark", "bear", "men", "man"};
    // The subject: the words just before the verb ("suspected militants have attacked").
    for (std::uint32_t t = verb; t > s.first && t + 4 > verb;) {
      --t;
      if (words_.clause_end(t) || words_.comma(t)) break;
      if (words_.is_one_of(t, kAttackers)) return true;
    }
    // The object: a place ("attacked Kyiv"), not what a place did ("attacked China’s trade policy").
    const std::uint16_t object = gazetteer_kinds(gazetteer_key(doc_, j, j + 1));
    const bool possessive = j + 1 < s.last && doc_.tokens[j + 1].has(kPossessive);
    if ((object & (kGazCountry | kGazGeographic | kGazRegion)) && !possessive) return true;
    static constexpr std::string_view kViolence[] = {
        "killing", "killed", "wounding", "wounded", "injuring", "injured", "stabbing", "stabbed", "axe", "knife",
        "knives", "gun", "guns", "machete", "machetes", "rifles", "drones", "missiles", "rockets", "bombs",
        "artillery", "grenades", "explosives", "shells", "convoy", "checkpoint", "village"};
    for (std::uint32_t t = j; t < s.last && t < j + 15; ++t) {
      if (words_.is_one_of(t, kViolence)) return true;
    }
    return false;
  }

  // The start of a verb's object: "criticized [the plan]", "praised [him]",
  // not "criticized in 2019" or "accused of fraud".
  bool object_start(std::uint32_t j, std::uint32_t limit) const {
    if (j >= limit) return false;
    static constexpr std::string_view kObjectPronouns[] = {"him", "her", "them", "it", "us", "me", "you",
                                                           "himself", "herself", "themselves", "itself"};
    if (words_.is_one_of(j, kObjectPronouns)) return true;
    if (words_.determiner(j)) return true;
    if (j + 1 < limit && doc_.tokens[j + 1].has(kPossessive)) return true;  // "Wednesday’s attack"
    return doc_.tokens[j].type == TokenType::word && !words_.function_word(j) && !words_.day_word(j) &&
           !words_.adverb(j) && words_.cue(j).cls == CueClass::none;
  }

  // "called him a liar", "calls the plan a disaster", "called Ruiz reckless":
  // a verb of naming with an object and what it is called.
  bool naming(std::uint32_t verb, std::uint32_t j, std::uint32_t limit) const {
    const std::string& w = words_.word(verb);
    if (w.compare(0, 4, "call") != 0 && w.compare(0, 3, "dub") != 0 && w.compare(0, 5, "label") != 0 &&
        w.compare(0, 5, "brand") != 0) {
      return false;
    }
    std::uint32_t after = j;  // one past the object
    static constexpr std::string_view kObjects[] = {"him", "her", "it", "them", "us", "me", "himself", "herself",
                                                    "itself", "themselves"};
    for (std::string_view o : kObjects) {
      if (words_.is(j, o)) after = j + 1;
    }
    if (after == j && words_.capitalized(j)) {
      while (after < limit && after < j + 4 && words_.capitalized(after)) ++after;
    } else if (after == j && words_.determiner(j)) {
      // "the plan a disaster": the object ends where a second article starts.
      for (std::uint32_t t = j + 1; t < limit && t < j + 6; ++t) {
        if (words_.is(t, "a") || words_.is(t, "an")) {
          after = t;
          break;
        }
        if (doc_.tokens[t].type != TokenType::word || words_.function_word(t)) break;
      }
    }
    if (after == j || after >= limit || doc_.tokens[after].type != TokenType::word) return false;
    if (words_.determiner(after)) return true;
    return !words_.function_word(after) && !words_.day_word(after) && !preposition_like(after) &&
           !words_.capitalized(after) && words_.cue(after).cls == CueClass::none;
  }

  // "rejected the idea", "denied the allegations", "dismissed him as a
  // showman": an object that is something said, or a verdict with "as".
  bool statement_object(std::uint32_t from, std::uint32_t limit) const {
    static constexpr std::string_view kStatements[] = {
        "idea", "notion", "claim", "claims", "criticism", "criticisms", "charge", "charges", "allegation",
        "allegations", "accusation", "accusations", "suggestion", "suggestions", "report", "reports", "rumor",
        "rumors", "rumour", "rumours", "comment", "comments", "remarks", "concerns", "objections", "label",
        "term", "characterization", "request", "requests", "offer", "proposal", "attacks", "argument",
        // what is offered in words: "offered few details", "offered his condolences"
        "details", "specifics", "assessment", "assessments", "explanation", "praise", "apology", "condolences",
        "thoughts", "advice", "words", "response", "evaluation", "proof", "defense", "reassurance"};
    constexpr std::uint32_t kMaxObject = 6;
    for (std::uint32_t t = from; t < limit && t < from + kMaxObject; ++t) {
      if (words_.clause_end(t) || words_.comma(t)) return false;
      if (t > from && words_.is(t, "as")) return true;
      if (words_.is_one_of(t, kStatements)) return true;
    }
    return false;
  }

  // "rejected Zelenskyy's claim that ...": an object that is itself a report.
  bool possessive_claim(std::uint32_t from, std::uint32_t limit) const {
    for (std::uint32_t t = from; t + 1 < limit && t < from + 8; ++t) {
      if (words_.clause_end(t) || words_.comma(t)) return false;
      if (words_.cue(t).noun && words_.is(t + 1, "that")) return true;
    }
    return false;
  }

  const Document& doc_;
  PhraseReader words_;
  QuoteIndex quotes_;
  std::optional<TokenRange> previous_source_;  // of the last verb cue in the sentence
  const Sentence* headline_sentence_ = nullptr;  // the sentence is_headline_ describes
  bool is_headline_ = false;
  std::vector<Found> found_;
};

bool is_trimmed_punct(const Document& doc, const Token& t) {
  if (t.type != TokenType::punct) return false;
  const std::string_view s = doc.str(t);
  return s == "," || s == "." || s == ";" || s == ":" || s == "-" || s == "\xE2\x80\x94" /* — */ ||
         s == "\xE2\x80\x93" /* – */;
}

// Trims a content piece: no leading or trailing punctuation, and no quotation
// mark whose partner lies outside the piece.
std::optional<TokenRange> trimmed(const Document& doc, const QuoteIndex& quotes, TokenRange r) {
  std::uint32_t first = r.first, last = r.last;
  auto partner_inside = [&](std::uint32_t i) {
    const std::int32_t q = quotes.quote_of[i];
    if (q < 0) return false;
    const Quote& quote = quotes.quotes[static_cast<std::size_t>(q)];
    return quote.open >= first && quote.close < last;
  };
  auto is_mark = [&](std::uint32_t i) { return quotes.opens(i) || quotes.closes(i); };
  while (first < last) {
    const Token& t = doc.tokens[first];
    if (t.type != TokenType::punct) break;
    if (is_mark(first) && partner_inside(first)) break;
    ++first;
  }
  while (last > first) {
    const Token& t = doc.tokens[last - 1];
    if (t.type != TokenType::punct) break;
    if (is_mark(last - 1) && partner_inside(last - 1)) break;
    if (!is_trimmed_punct(doc, t) && !is_mark(last - 1) && !t.has(kOpenQuote) && !t.has(kCloseQuote)) break;
    --last;
  }
  if (first >= last) return std::nullopt;
  return TokenRange{first, last};
}

// Splits a token range at paragraph breaks.
std::vector<TokenRange> split_at_paragraphs(const Document& doc, TokenRange r) {
  std::vector<TokenRange> out;
  std::uint32_t start = r.first;
  for (std::uint32_t i = r.first + 1; i < r.last; ++i) {
    if (doc.tokens[i].has(kParagraphStart)) {
      out.push_back({start, i});
      start = i;
    }
  }
  out.push_back({start, r.last});
  return out;
}

AttributionKind kind_of(const QuoteIndex& quotes, const std::vector<TokenRange>& content) {
  bool any_quoted = false, all_quoted = true;
  for (const TokenRange& r : content) {
    for (std::uint32_t i = r.first; i < r.last; ++i) {
      if (quotes.quote_of[i] >= 0) {
        any_quoted = true;
      } else {
        all_quoted = false;
      }
    }
  }
  if (!any_quoted) return AttributionKind::indirect;
  return all_quoted ? AttributionKind::direct : AttributionKind::mixed;
}

Span span_of(const Document& doc, TokenRange r) {
  return {doc.tokens[r.first].span.start, doc.tokens[r.last - 1].span.end};
}

}  // namespace

std::vector<Attribution> find_attributions(const Document& doc, const std::vector<Actor>& actors) {
  std::vector<Attribution> out;
  if (doc.tokens.empty()) return out;
  AttributionFinder finder(doc);
  const std::vector<Found> found = finder.run();
  const QuoteIndex& quotes = finder.quotes();
  const PhraseReader& words = finder.words();
  const ActorLinker linker(doc, actors);
  for (const Found& f : found) {
    // Empty ranges would be a bug upstream; they never reach the result.
    if (f.cue.last <= f.cue.first || (f.source && f.source->last <= f.source->first)) continue;
    std::vector<TokenRange> pieces;
    for (const TokenRange& r : f.content) {
      for (const TokenRange& piece : split_at_paragraphs(doc, r)) {
        if (auto kept = trimmed(doc, quotes, piece)) pieces.push_back(*kept);
      }
    }
    if (pieces.empty()) continue;
    std::sort(pieces.begin(), pieces.end(),
              [](const TokenRange& x, const TokenRange& y) { return x.first < y.first; });
    Attribution a;
    a.cue = span_of(doc, f.cue);
    for (const TokenRange& piece : pieces) a.content.push_back(span_of(doc, piece));
    a.kind = f.kind == AttributionKind::according_to ? f.kind : kind_of(quotes, pieces);
    if (f.source) {
      a.source = span_of(doc, words.strip_title(*f.source));
      a.actor = linker.link(*a.source);
      if (f.source_must_be_actor && !linker.overlapping(*a.source)) continue;
    }
    out.push_back(std::move(a));
  }
  std::stable_sort(out.begin(), out.end(), [](const Attribution& x, const Attribution& y) { return x.cue < y.cue; });
  return out;
}

}  // namespace newsmark
