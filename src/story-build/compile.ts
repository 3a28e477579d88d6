/**
 * Compiles ink source into story JSON with inkjs's compiler.
 *
 * Owns: turning `.ink` files (with their INCLUDEs) into compiled JSON plus
 * structured diagnostics (file, line, message) and the compiler's word and
 * choice statistics. Used at build time, by `first-contact play FILE.ink`,
 * by the verifier and by the tests. INCLUDEs are read relative to the main
 * file's folder; never prints.
 */
import { readFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { Compiler, CompilerOptions } from "inkjs/full";
import { countWords } from "../text/words.js";

export interface Diagnostic {
  severity: "error" | "warning" | "author";
  file: string | null;
  line: number | null;
  message: string;
}

export interface CompileStats {
  words: number;
  knots: number;
  stitches: number;
  functions: number;
  choices: number;
  gathers: number;
  diverts: number;
}

/** One source file's share of a story: the words of its text (as `countWords` counts them) and its choices. */
interface FileStats {
  words: number;
  choices: number;
}

export interface CompileResult {
  ok: boolean;
  /** Compiled story JSON, or null when compilation failed. */
  json: string | null;
  diagnostics: Diagnostic[];
  stats: CompileStats | null;
  /** By source file (the main file and every INCLUDE), when asked for with `perFile`. */
  files?: Record<string, FileStats>;
}

/** A parsed ink object, as far as counting needs it (the compiler's parsed hierarchy). */
interface ParsedNode {
  typeName: string;
  text?: string;
  content: ParsedNode[] | null;
  debugMetadata: { fileName: string | null } | null;
}

/** Words and choices by the source file each parsed object came from. */
function statsByFile(story: ParsedNode): Record<string, FileStats> {
  const files: Record<string, FileStats> = {};
  const visit = (node: ParsedNode) => {
    const kind = node.typeName;
    if (kind === "Text" || kind === "Choice") {
      const name = basename(node.debugMetadata?.fileName ?? "(unknown)");
      files[name] ??= { words: 0, choices: 0 };
      if (kind === "Text") files[name].words += countWords(node.text ?? "");
      else files[name].choices += 1;
    }
    for (const child of node.content ?? []) visit(child);
  };
  visit(story);
  return files;
}

const LOCATION = /^(ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'([^']+)'\s+)?line (\d+):\s*(.*)$/s;

/** Splits one of inkjs's message strings into a structured diagnostic. */
function parseDiagnostic(raw: string, severity: Diagnostic["severity"]): Diagnostic {
  const m = LOCATION.exec(raw.trim());
  if (m) {
    return { severity, file: m[2] ?? null, line: Number(m[3]), message: m[4]?.trim() ?? raw };
  }
  return { severity, file: null, line: null, message: raw.replace(/^(ERROR|WARNING|TODO):\s*/, "").trim() };
}

/** Formats a diagnostic as `file:line: severity: message`. */
export function formatDiagnostic(d: Diagnostic, fallbackFile = ""): string {
  const where = d.file ?? fallbackFile;
  const loc = d.line != null ? `${where}:${d.line}` : where;
  return `${loc}${loc ? ": " : ""}${d.severity}: ${d.message}`;
}

/**
 * Compiles the ink file at `path`. INCLUDEs resolve relative to its folder.
 * Never throws for bad ink: problems come back as diagnostics with `ok: false`.
 */
export function compileInkFile(
  path: string,
  options: { countAllVisits?: boolean; perFile?: boolean } = {},
): CompileResult {
  const source = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  return compileInkSource(source, { rootDir: dirname(path), fileName: basename(path), ...options });
}

/** Compiles ink source text; `rootDir` is where INCLUDEd files are looked up. */
export function compileInkSource(
  source: string,
  opts: { rootDir: string; fileName?: string; countAllVisits?: boolean; perFile?: boolean },
): CompileResult {
  const diagnostics: Diagnostic[] = [];
  const handler = {
    ResolveInkFilename: (name: string) => resolve(opts.rootDir, name),
    LoadInkFileContents: (path: string) => readFileSync(path, "utf8").replace(/^\uFEFF/, ""),
  };
  const onError = (message: string, type: number) => {
    const severity = type === 2 ? "error" : type === 1 ? "warning" : "author";
    const d = parseDiagnostic(message, severity);
    if (d.file == null && opts.fileName) d.file = opts.fileName;
    diagnostics.push(d);
  };
  const options = new CompilerOptions(opts.fileName ?? null, [], opts.countAllVisits ?? false, onError, handler);
  const compiler = new Compiler(source, options);
  let json: string | null = null;
  try {
    const story = compiler.Compile();
    json = story ? story.ToJson() : null;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (message !== "Compilation failed." && !diagnostics.some((d) => d.severity === "error")) {
      diagnostics.push({ severity: "error", file: opts.fileName ?? null, line: null, message });
    }
  }
  const ok = json != null && !diagnostics.some((d) => d.severity === "error");
  let stats: CompileStats | null = null;
  try {
    stats = ok ? (compiler.GenerateStats() as CompileStats | null) : null;
  } catch {
    stats = null;
  }
  const files = ok && opts.perFile ? statsByFile(compiler.parsedStory as unknown as ParsedNode) : undefined;
  return { ok, json: ok ? json : null, diagnostics, stats, ...(files ? { files } : {}) };
}
