// The page `npm run dev` shows instead of any page while the content has errors: every located
// message, in Japanese and English, and how to recover (no stack trace, no stale page).
import { t } from "../../i18n/index.ts";
import { escapeHtml } from "../html-escape.ts";


export function contentErrorPage(errors: readonly string[]): string {
  const ja = t("ja").contentErrors;
  const en = t("en").contentErrors;
  const items = errors.map((e) => `<li><code>${escapeHtml(e)}</code></li>`).join("\n");
  return `<!doctype html>
<html lang="ja">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(ja.title)} / ${escapeHtml(en.title)}</title></head>
<body>
<main id="content-errors">
<h1>${escapeHtml(ja.title)} <span lang="en">/ ${escapeHtml(en.title)}</span></h1>
<p>${escapeHtml(ja.intro)}</p>
<p lang="en">${escapeHtml(en.intro)}</p>
<ul>
${items}
</ul>
</main>
</body>
</html>
`;
}
