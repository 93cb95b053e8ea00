// The text Pagefind indexes on a built page, for computing the search keys (tokens.ts) at build
// time: everything inside the element marked data-pagefind-body, minus data-pagefind-ignore,
// <script>, <style> and <template>. "Key" text is the part that should rank a page first: headings
// h1–h6, elements with data-pagefind-weight of 2 or more, and inline data-pagefind-meta values
// (title, number). Block elements separate words; inline elements (span, a…) do not, so that
// <span>関係</span><span>人口</span> still yields 係人.
// A small tag scanner rather than a DOM: the input is Astro's own well-formed output.

const VOID = new Set("area base br col embed hr img input link meta source track wbr".split(" "));
const BLOCK = new Set(
  "address article aside blockquote br caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul".split(
    " ",
  ),
);
const SKIP = new Set(["script", "style", "template", "noscript"]);
const KEY_HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === "#") {
      const cp = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) ? String.fromCodePoint(cp) : whole;
    }
    return ENTITIES[e.toLowerCase()] ?? whole;
  });
}

const attrRes = new Map<string, RegExp>();
function attr(attrs: string, name: string): string | null {
  if (!attrs.includes(name)) return null;
  let re = attrRes.get(name);
  if (!re) {
    re = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))?(?=\\s|/|$)`, "i");
    attrRes.set(name, re);
  }
  const m = re.exec(attrs);
  if (!m) return null;
  return decodeEntities(m[1] ?? m[2] ?? m[3] ?? "");
}

export interface PageText {
  /** All indexed text of the page. */
  body: string;
  /** The text that should rank the page first (headings, weighted elements, inline metadata). */
  key: string;
  /** Whether the page has a data-pagefind-body element at all. */
  indexed: boolean;
}

interface Open {
  tag: string;
  ignore: boolean;
  key: boolean;
  body: boolean;
}

/** The indexed text of a built HTML page. */
export function pageText(html: string): PageText {
  const body: string[] = [];
  const key: string[] = [];
  const stack: Open[] = [];
  let inBody = 0;
  let ignore = 0;
  let keyDepth = 0;
  let indexed = false;
  const tagRe =
    /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*(\/?)>/g;
  let last = 0;
  const text = (s: string) => {
    if (inBody > 0 && ignore === 0 && s) {
      const t = decodeEntities(s);
      body.push(t);
      if (keyDepth > 0) key.push(t);
    }
  };
  const sep = () => {
    body.push(" ");
    key.push(" ");
  };
  let m: RegExpExecArray | null;
  while ((m = tagRe.exec(html)) !== null) {
    text(html.slice(last, m.index));
    last = tagRe.lastIndex;
    if (m[0].startsWith("<!--")) continue;
    const [, closing, rawTag, attrs, selfClosing] = m;
    const tag = rawTag.toLowerCase();
    if (!closing && SKIP.has(tag)) {
      const end = html.toLowerCase().indexOf(`</${tag}`, last);
      last = end === -1 ? html.length : end;
      tagRe.lastIndex = last;
      continue;
    }
    if (BLOCK.has(tag)) sep();
    if (closing) {
      // Pop to the matching element (tolerates unclosed <p>/<li>).
      const at = stack.map((o) => o.tag).lastIndexOf(tag);
      if (at === -1) continue;
      for (const o of stack.splice(at)) {
        if (o.ignore) ignore--;
        if (o.key) keyDepth--;
        if (o.body) inBody--;
      }
      continue;
    }
    if (attrs) {
      // Inline metadata ("title:…", "number:6-1-3") counts as key text when the page is indexed.
      const meta = attr(attrs, "data-pagefind-meta");
      if (meta !== null) {
        const inline = /^\s*[\w-]+\s*:(.*)$/s.exec(meta.split(",").at(-1) ?? "");
        if (inline && inBody + (attr(attrs, "data-pagefind-body") !== null ? 1 : 0) > 0) key.push(` ${inline[1]} `);
      }
    }
    if (VOID.has(tag) || selfClosing) continue;
    const o: Open = {
      tag,
      body: attrs ? attr(attrs, "data-pagefind-body") !== null : false,
      ignore: attrs ? attr(attrs, "data-pagefind-ignore") !== null : false,
      key: KEY_HEADINGS.has(tag) || (attrs ? Number(attr(attrs, "data-pagefind-weight") ?? "0") >= 2 : false),
    };
    if (o.body) {
      inBody++;
      indexed = true;
    }
    if (o.ignore) ignore++;
    if (o.key) keyDepth++;
    stack.push(o);
  }
  text(html.slice(last));
  const squash = (parts: string[]) => parts.join("").replace(/\s+/g, " ").trim();
  return { body: squash(body), key: squash(key), indexed };
}
