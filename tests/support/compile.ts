/** Test helper: compiles a fixture under tests/fixtures and fails loudly on any diagnostic. */
import { join } from "node:path";
import { compileInkFile } from "../../src/story-build/compile.js";

export const fixturesDir = join(import.meta.dirname, "..", "fixtures");

export function compileFixture(relative: string, opts: { allowWarnings?: boolean } = {}): string {
  const result = compileInkFile(join(fixturesDir, relative));
  const problems = result.diagnostics.filter(
    (d) => d.severity === "error" || (!opts.allowWarnings && d.severity === "warning"),
  );
  if (!result.ok || !result.json || problems.length) {
    throw new Error(
      `fixture ${relative} did not compile cleanly:\n${result.diagnostics.map((d) => `${d.line}: ${d.message}`).join("\n")}`,
    );
  }
  return result.json;
}
