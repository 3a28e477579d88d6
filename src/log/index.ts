/** The playthrough log: events, the kept path, sessions, replay. */
export * from "./path.js";
export * from "./session.js";
export * from "./types.js";
