/**
 * System tools that some tests drive (tmux for the real-terminal tests,
 * Chromium for the HTML transcript). `npm test` installs nothing: a test
 * that needs a missing tool is skipped with one line saying how to install
 * it, except under CI=true, where a missing tool fails the run
 * (`scripts/install-test-tools.sh` installs them; `.ci/run` calls it).
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

export interface Tool {
  /** what the tool is called, for the message */
  name: string;
  /** true when the tool can be run */
  present: () => boolean;
}

export const TMUX: Tool = {
  name: "tmux",
  present: () => {
    try {
      execFileSync("tmux", ["-V"], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  },
};

export const CHROMIUM_PATH = "/usr/bin/chromium";
export const CHROMIUM: Tool = { name: "chromium", present: () => existsSync(CHROMIUM_PATH) };

/**
 * Whether the tests that need `tool` can run. Locally a missing tool is
 * reported once and its tests are skipped; under CI=true it is an error.
 */
export function haveTool(tool: Tool, what: string): boolean {
  if (tool.present()) return true;
  const line = `${what} need ${tool.name}, which is not installed (bash scripts/install-test-tools.sh installs it).`;
  if (process.env.CI === "true" || process.env.CI === "1") throw new Error(line);
  console.warn(`Skipping: ${line}`);
  return false;
}
