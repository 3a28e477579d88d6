/**
 * What ships: `npm pack`'s tarball, installed and played through npx in an
 * empty directory with the network switched off (offline npm, empty cache).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, tempDir } from "../support/cli.js";

describe("the packed tarball", () => {
  it("has no runtime dependencies, carries the compiled story, and plays offline through npx", () => {
    const out = tempDir("fc-pack-");
    // dist/ is already built by `npm test`; skip the prepack rebuild.
    const packed = JSON.parse(
      execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", out], {
        cwd: repoRoot,
        encoding: "utf8",
      }),
    ) as { filename: string; files: { path: string }[] }[];
    const info = packed[0];
    if (!info) throw new Error("npm pack reported nothing");
    const files = info.files.map((f) => f.path);
    expect(files).toContain("dist/stories/first-contact.json");
    expect(files).toContain("dist/stories/first-contact.manifest.json");
    expect(files).toContain("bin/first-contact.js");
    // bin/ is CommonJS (bin/package.json): without it, Node would start its ES module loader for the launcher.
    expect(files).toContain("bin/package.json");
    expect(files.some((f) => f.startsWith("src/") || f.startsWith("tests/"))).toBe(false);
    // The story compiler of the build runs at build time only.
    expect(files).not.toContain("dist/build-stories.js");
    const manifest = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as Record<string, unknown>;
    expect(manifest.dependencies ?? {}).toEqual({});

    const empty = tempDir("fc-npx-");
    const env = {
      ...process.env,
      npm_config_offline: "true",
      npm_config_cache: join(empty, ".npm-cache"),
      npm_config_update_notifier: "false",
      npm_config_audit: "false",
      npm_config_fund: "false",
      FIRST_CONTACT_SAVE_DIR: join(empty, "saves"),
    };
    // As a player would: the tarball in an empty directory, run as `npx --yes ./first-contact-<version>.tgz`.
    copyFileSync(join(out, info.filename), join(empty, info.filename));
    const tgz = `./${info.filename}`;
    const version = spawnSync("npx", ["--yes", tgz, "--version"], {
      cwd: empty,
      env,
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(version.stderr).not.toMatch(/ERR!/);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);

    const play = spawnSync("npx", ["--yes", tgz, "--new", "--plain"], {
      cwd: empty,
      env,
      input: "1\n",
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(play.status).toBe(0);
    expect(play.stdout).toMatch(/== .+ ==/);
    expect(play.stdout).toMatch(/\n1\) /);
    expect(readdirSync(join(empty, "saves")).some((f) => f.startsWith("autosave"))).toBe(true);
  });
});
