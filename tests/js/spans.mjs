// Every span of a contract v1 result: mentions, figures and what they count,
// cues, sources and content pieces.
export function allSpans(result) {
  return [
    ...result.actors.flatMap((a) => a.mentions),
    ...result.figures.flatMap((f) => [f, f.counts].filter(Boolean)),
    ...result.attributions.flatMap((a) => [a.cue, a.source, ...a.content].filter(Boolean)),
  ];
}
