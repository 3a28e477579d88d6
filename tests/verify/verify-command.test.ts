import { Writable } from "node:stream";
import { describe, expect, test } from "vitest";
import { verifyCommand } from "../../src/cli/verify-command.js";

function sink(isTTY = false) {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  }) as Writable & { isTTY?: boolean };
  stream.isTTY = isTTY;
  return { stream, text: () => chunks.join("") };
}

async function run(args: string[]) {
  const out = sink();
  const err = sink();
  const code = await verifyCommand(args, { stdout: out.stream, stderr: err.stream });
  return { code, stdout: out.text(), stderr: err.text() };
}

describe("first-contact verify", () => {
  test("a clean story exits 0 and prints the report", async () => {
    const r = await run(["tests/fixtures/verify/clean.ink", "--runs", "10"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("No problems found.");
    expect(r.stdout).toContain("ending brave");
  });

  test("--json prints a machine-readable report; problems exit 1", async () => {
    const r = await run(["tests/fixtures/verify/broken.ink", "--json", "--runs", "10"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.ok).toBe(false);
    expect(report.problems.map((p: { kind: string }) => p.kind).sort()).toEqual([
      "dead-end",
      "ending-never-reached",
      "runtime-warning",
      "unreached-knot",
    ]);
    expect(report.problems.find((p: { kind: string }) => p.kind === "dead-end").source).toEqual({
      file: "tests/fixtures/verify/broken.ink",
      line: 25,
    });
  });

  test("--from verifies one chapter alone", async () => {
    const r = await run(["tests/fixtures/verify/chapters.ink", "--from", "entry_two", "--json", "--runs", "5"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).roots).toEqual(["entry_two"]);
  });

  test("usage and load errors exit 2", async () => {
    expect((await run(["--bogus"])).code).toBe(2);
    expect((await run(["--runs", "many", "tests/fixtures/verify/clean.ink"])).code).toBe(2);
    const missing = await run(["tests/fixtures/verify/nowhere.ink"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no such file");
  });

  test("--help prints usage", async () => {
    const r = await run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: first-contact verify");
  });
});
