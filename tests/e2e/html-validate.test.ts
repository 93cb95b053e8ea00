// Valid HTML: html-validate (html-validate:recommended) on every built page of the three builds.
// Relaxations, each for a reason that is not a defect of the page:
//   long-title — page titles are "page | document | site" built from the content; long
//                municipal plan names make them exceed the rule's 70 characters. WCAG 2.4.2
//                asks for descriptive titles, not short ones (the specific part comes first).
// And, cheaper than either checker: nothing follows </html> (html-validate accepts an element
// there; Astro puts a component's <script> there when it is written after the page's layout).
import { readFileSync } from "node:fs";
import { HtmlValidate } from "html-validate";
import type { ConfigData, Message } from "html-validate";
import { describe, expect, it } from "vitest";
import { builtPages } from "./pages.ts";
import { builtSites, dist, fallbackDist, hostileDist } from "./paths.ts";

const htmlValidateConfig: ConfigData = {
  extends: ["html-validate:recommended"],
  rules: {
    "long-title": "off",
  },
};

const validator = new HtmlValidate(htmlValidateConfig);

/** One line per message: rule, position and the markup around it. */
function describe1(html: string, m: Message): string {
  const around = html.slice(Math.max(0, m.offset - 60), m.offset + 100).replace(/\s+/g, " ");
  return `${m.ruleId} ${m.line}:${m.column} ${m.message}\n      …${around}…`;
}

async function htmlErrors(file: string): Promise<string[]> {
  const html = readFileSync(file, "utf8");
  const report = await validator.validateString(html, file);
  return report.results.flatMap((r) => r.messages).map((m) => describe1(html, m));
}

for (const [name, root] of [
  ["html-validate: site", dist],
  // Roadmap progress and a two-commit history, in three locales.
  ["html-validate: fallback site", fallbackDist],
  ["html-validate: hostile-content site", hostileDist],
] as const) {
  describe(name, () => {
    it.each(builtPages(root).map((p) => [p.url, p.file] as const))("%s", async (_url, file) => {
      const errors = await htmlErrors(file);
      expect(errors, errors.join("\n")).toEqual([]);
    });
  });
}

describe("nothing after </html>", () => {
  it.each(builtSites)("%s: every page ends with </html>", (_name, root) => {
    const bad = builtPages(root).flatMap((p) => {
      const html = readFileSync(p.file, "utf8");
      const end = html.lastIndexOf("</html>");
      const after = end < 0 ? "(no </html>)" : html.slice(end + "</html>".length).trim();
      return after ? [`${p.url}: ${after.slice(0, 120)}`] : [];
    });
    expect(bad, bad.join("\n")).toEqual([]);
  });
});
