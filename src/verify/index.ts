/**
 * The story verifier: `verifyStory(json, options)` explores every choice of a
 * compiled ink story and returns a report; `formatReport` renders it as text.
 */

export { formatReport, formatSummary } from "./format.js";
export { loadStory } from "./ink-internals.js";
export { countWords } from "./output.js";
export { indexSources, type SourceFile, type SourceIndex } from "./source-index.js";
export type * from "./types.js";
export { formatRoute, verifyStory } from "./verify.js";
