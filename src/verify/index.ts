/**
 * The story verifier: `verifyStory(json, options)` explores every choice of a
 * compiled ink story and returns a report; `formatReport` renders it as text;
 * `syntheticStory` writes a large ink story for tests and benchmarks.
 */

export { formatReport, formatSummary } from "./format.js";
export { indexSources, type SourceFile, type SourceIndex } from "./source-index.js";
export { type SyntheticOptions, syntheticStory } from "./synthetic.js";
export type * from "./types.js";
export { countWords, formatRoute, verifyStory } from "./verify.js";
