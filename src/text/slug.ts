/**
 * A title as a piece of a file or folder name: lower-case ASCII letters and
 * digits joined by single hyphens ("The Intercept" → "the-intercept").
 */
export function slug(text: string, max = 32): string {
  return (
    text
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, max) || "story"
  );
}
