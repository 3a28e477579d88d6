/**
 * The story verifier: `verifyStory(json, options)` explores every choice of a
 * compiled ink story and returns a report; `formatReport` renders it as text;
 * `syntheticStory` writes a large ink story for tests and benchmarks.
 */
export { verifyStory, formatRoute } from "./verify.js";
export { formatReport, formatSummary } from "./format.js";
export { syntheticStory, type SyntheticOptions } from "./synthetic.js";
export { indexSources, type SourceFile, type SourceIndex } from "./source-index.js";
export { countWords } from "./verify.js";
export type * from "./types.js";
