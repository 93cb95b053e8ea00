// Checks on text content: title versus titleMissing, and markup that a reader
// might expect to work as HTML but that the site shows as plain text.
import { hasBidiControls } from "../bidi.ts";
import type { Loaded } from "./content.ts";
import { findingAt } from "./document.ts";
import type { Finding, Segment } from "./finding.ts";
import { checkMarkdownString, pointerOf } from "./markdown.ts";

interface Titled {
  title?: unknown;
  titleMissing?: true;
}

/** Exactly one of title / titleMissing; titleMissing alone is allowed but warned about. */
export function checkTitle(doc: Loaded<unknown>, segments: Segment[], node: Titled, out: Finding[]): void {
  const hasTitle = node.title !== undefined;
  const missing = node.titleMissing === true;
  if (hasTitle && missing) {
    out.push(
      findingAt(
        doc.parsed,
        [...segments, "titleMissing"],
        {
          ja: "title と titleMissing の両方があります。タイトルがあるなら titleMissing の行を削除してください",
          en: "both title and titleMissing are set; delete titleMissing when the title is known",
        },
        "error",
        "key",
      ),
    );
  } else if (!hasTitle && !missing) {
    out.push(
      findingAt(doc.parsed, segments, {
        ja: "「title」を入力してください（原本にタイトルがないときは titleMissing: true と書きます）",
        en: 'missing required field "title" (write titleMissing: true when the source gives none)',
      }),
    );
  } else if (missing) {
    out.push(
      findingAt(
        doc.parsed,
        [...segments, "titleMissing"],
        {
          ja: "タイトルが未設定です。原本で確認できたら title を書き、titleMissing を削除してください",
          en: "title not yet set; add title and delete titleMissing once it is known",
        },
        "warning",
        "key",
      ),
    );
  }
}

// Elements that run, load or restyle something (<script>, <img>, <iframe>, <style>, <svg>…),
// inline event handlers (<a onclick=…>), and script or data URLs (javascript:, vbscript:,
// data:text/html;…, also inside Markdown links [x](javascript:…)). No field is HTML, so all of
// them are shown as text; the warning tells the editor so. In paragraph-like texts (Markdown),
// markdown.ts first warns about each refused link, image or tag at its own place; this check
// still catches a bare javascript: there.
const MARKUP =
  /<\s*\/?\s*(script|img|iframe|style|svg|object|embed|link|meta|base|form)\b|<[a-z][^>]*\son[a-z]+\s*=|\b(javascript|vbscript):|\bdata:[a-z]+\/[a-z0-9.+-]+[;,]/i;

/**
 * Warns about every string in the document that looks like active HTML, and about bidi
 * override/isolate characters, which the site removes (src/lib/bidi.ts).
 */
export function checkMarkup(doc: Loaded<unknown>, out: Finding[]): void {
  const markdown = new Set(doc.markdown);
  const visit = (value: unknown, segments: Segment[], inMarkdown = false): void => {
    if (typeof value === "string") {
      const refused = inMarkdown && checkMarkdownString(doc, segments, value, out);
      if (!refused && MARKUP.test(value)) out.push(findingAt(doc.parsed, segments, MARKUP_MESSAGE, "warning"));
      if (hasBidiControls(value)) out.push(findingAt(doc.parsed, segments, BIDI_MESSAGE, "warning"));
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, [...segments, i]));
    } else if (value && typeof value === "object") {
      const rich = markdown.size > 0 && markdown.has(pointerOf(segments));
      for (const [k, v] of Object.entries(value)) visit(v, [...segments, k], rich && k !== "review");
    }
  };
  visit(doc.parsed.data, []);
}

const MARKUP_MESSAGE = {
  ja: "HTMLのような記述（<script>、<img>、on…=、javascript:、data: など）があります。ページではHTMLやリンクとして動かず、そのままの文字として表示されます",
  en: "text contains HTML-like markup or a script/data URL (<script>, <img>, on…=, javascript:, data: …); it will be shown as plain text, not run as HTML or made a link",
};

const BIDI_MESSAGE = {
  ja: "文字の向きを変える見えない制御文字（U+202A〜U+202E、U+2066〜U+2069）があります。表示をごまかすのに使われるため、ページでは取り除かれます。削除してください",
  en: "text contains invisible bidirectional control characters (U+202A–U+202E, U+2066–U+2069); they can disguise text, so the site removes them: delete them",
};
