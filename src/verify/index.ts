/**
 * The story verifier: `verifyStory(json, options)` explores every choice of a
 * compiled ink story and returns a report; `formatReport` renders it as text.
 */

export { formatReport } from "./format.js";
export { loadStory } from "./ink-internals.js";
export { indexSources } from "./source-index.js";
export type * from "./types.js";
export { verifyStory } from "./verify.js";
