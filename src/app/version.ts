/** The game's version, put in by the build (a development build says 0.0.0-dev). */
declare const __GAME_VERSION__: string;

export const GAME_VERSION: string = typeof __GAME_VERSION__ === "string" ? __GAME_VERSION__ : "0.0.0-dev";
