// Warnings on the Markdown of paragraph-like texts (schema `markdown: true`): links, images and
// HTML that the site shows as written instead of making them work, at their line and column.
import type { RefusedKind } from "../rich-text/refused.ts";
import { refusedMarkup } from "../rich-text/refused.ts";
import type { Loaded } from "./content.ts";
import type { Finding, Message, Segment } from "./finding.ts";
import { formatPath } from "./finding.ts";
import { locateChar } from "./parse.ts";

const MESSAGES: Record<RefusedKind, Message> = {
  html: {
    ja: "HTMLのタグは使えません。ページではそのままの文字として表示されます。リンクは [名前](https://…) と書きます",
    en: "HTML tags are not allowed; the page shows them as written. Write a link as [name](https://…)",
  },
  image: {
    ja: "画像（![…](…)）は使えません。ページではそのままの文字として表示されます",
    en: "images (![…](…)) are not allowed; the page shows them as written",
  },
  autolink: {
    ja: "<https://…> の形のリンクは使えません。読み上げで分かる名前を付けて [名前](https://…) と書いてください",
    en: "<https://…> links are not allowed; give the link a name a screen reader can read: [name](https://…)",
  },
  reference: {
    ja: "参照形式のリンク（[名前][ラベル]、[ラベル]: …）は使えません。[名前](https://…) と書いてください",
    en: "reference-style links ([name][label], [label]: …) are not allowed; write [name](https://…)",
  },
  scheme: {
    ja: "リンク先に使えるのは https://、http://、mailto:、tel: と、このサイト内の /… だけです。このリンクは文字のまま表示されます",
    en: "a link may only point to https://, http://, mailto:, tel: or a /path on this site; this one is shown as text",
  },
};

/**
 * Warns about each refused construct in one language's string of a Markdown text, at its own
 * line and column. Returns whether there was any.
 */
export function checkMarkdownString(doc: Loaded<unknown>, segments: Segment[], value: string, out: Finding[]): boolean {
  const refused = refusedMarkup(value);
  for (const r of refused) {
    const { line, col } = locateChar(doc.parsed, segments, r.index);
    out.push({
      file: doc.parsed.file,
      line,
      col,
      path: formatPath(segments),
      message: MESSAGES[r.kind],
      severity: "warning",
    });
  }
  return refused.length > 0;
}

/** "/measures/0/body" for ["measures", 0, "body"]: the form ajv reports instance paths in. */
export function pointerOf(segments: readonly Segment[]): string {
  return segments.map((s) => `/${String(s).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}
