/** The story engine's public face: plain data in, plain data out. */
export {
  type Choice,
  type Line,
  openStory,
  StoryEngine,
  type Turn,
} from "./engine.js";
export { ContentError, StoryFormatError, StoryStuckError } from "./errors.js";
