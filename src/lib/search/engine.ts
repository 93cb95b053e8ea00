// The search behind the search page, in the browser: loads Pagefind lazily, turns the query into
// keys (tokens.ts), runs Pagefind, checks and re-ranks the first results (rank.ts) and returns
// them ready to show. No DOM here; ui.ts draws. Also exposed as window.planSearch for the
// relevance runner, the end-to-end tests and the benchmark:
//   await window.planSearch.search("関係人口", { filters: { kind: ["基本施策"] } })
import { parseQuery, literalParts } from "./tokens.ts";
import { titleKey, titleShard, titleShardPath } from "./titles.ts";
import { assess, EXCERPT_SIZE, excerpt, fragmentLink, sectionAt, tagJapanese } from "./rank.ts";
import type { Assessed, ResultData, Segment } from "./rank.ts";

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
interface PagefindData extends ResultData {
  /** Content as indexed (with U+200B between segmented words), "<" and ">" escaped. */
  raw_content?: string;
  weighted_locations?: Array<{ weight: number; location: number }>;
  filters?: Record<string, string[]>;
}

/** Pagefind strips the word separators from `content`; word positions need them. */
function withRawContent(d: PagefindData): PagefindData {
  if (d.raw_content === undefined) return d;
  return { ...d, content: d.raw_content.replace(/&lt;/g, "<").replace(/&gt;/g, ">") };
}
interface PagefindSearch {
  results: PagefindResult[];
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (path: string, o?: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, o?: Record<string, unknown>) => Promise<PagefindSearch>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** Selected filter values by key; values of one key are alternatives (any), keys combine (all). */
export type Filters = Record<string, string[]>;

export interface Hit {
  /** Page URL with the deploy base, without fragment. */
  url: string;
  /** Link to open: the page, the section of the match, and a text fragment for highlighting. */
  href: string;
  title: string;
  number: string | null;
  kind: string | null;
  document: string | null;
  /** Heading of the section where the words were found, when not the top of the page. */
  section: string | null;
  excerpt: Segment[];
  /**
   * The language of the text the Japanese words were found in, when the page is in another
   * language: the untranslated original it shows (docs/search.md, "Across languages"). Else null.
   */
  matchLang: string | null;
  score: number;
}

export interface SearchResult {
  query: string;
  /** Number of matching pages (exact once all are checked; before, Pagefind's count minus those dropped). */
  total: number;
  hits: Hit[];
  /** No page has every word as written: these are looser matches. */
  relaxed: boolean;
  /** More results can be loaded with more(). */
  hasMore: boolean;
  more: () => Promise<{ hits: Hit[]; hasMore: boolean; total: number }>;
}

export interface EngineOptions {
  /** URL of the Pagefind bundle directory, e.g. "/pagefind/" or "/base/pagefind/". */
  bundle: string;
  /** Deploy base, prefixed to result URLs ("/" or "/base/"). */
  base: string;
  /** Language of the index to search (default: <html lang>). */
  lang?: string;
  /**
   * Language tag of the source locale (Japanese), whose text other locales show where a text has
   * no translation: a Japanese word found on a page in another language is found there.
   */
  sourceLang?: string;
  /** Results checked, re-ranked and shown per batch. */
  pageSize?: number;
}

/**
 * Pagefind ranking: the keys of the page's own title and number (`kp`) count ten times the body
 * (`k`), the title and the other key fields (`kt`: headings, KPI labels, main projects, roadmap
 * items) five times, so that a measure's exact title finds the measure before the pages where the
 * same words are an action's heading; page length does not count (pages
 * are long or short by nature: a roadmap is long, a dashboard short). Chosen with the relevance set
 * (docs/search.md); `number` and `kind` are shown, not searched.
 */
/** Added to the score of a page whose title is the query: above any sum of rank.ts bonuses. */
const EXACT_TITLE = 1000;

const RANKING = { pageLength: 0, metaWeights: { title: 5, kp: 10, kt: 5, k: 1, number: 0, kind: 0 } };

export function createEngine(opts: EngineOptions) {
  const pageSize = opts.pageSize ?? 10;
  let loading: Promise<Pagefind> | null = null;

  function load(): Promise<Pagefind> {
    loading ??= (async () => {
      // Large sites are indexed in several bundles (src/lib/search/indexer/bundles.ts): the
      // manifest lists the extra bundles per language, fetched while Pagefind loads.
      const manifest: Promise<Record<string, string[]>> = fetch(`${opts.bundle}bundles.json`)
        .then((r) => (r.ok ? (r.json() as Promise<Record<string, string[]>>) : {}))
        .catch(() => ({}));
      const pf = (await import(/* @vite-ignore */ `${opts.bundle}pagefind.js`)) as Pagefind;
      // Search on the page's own thread: Pagefind's web worker is one more script to download
      // (12.6 KB gzip) before the first results, for searches that take milliseconds.
      await pf.options({ baseUrl: opts.base, ranking: RANKING, noWorker: true });
      await pf.init();
      // The extra bundles of this page's language are merged before the first search. Pagefind
      // then searches them all and sorts their hits by score together; the checks below re-rank
      // the hits whatever bundle they come from.
      const lang = pageLang();
      const extras = (await manifest)[lang] ?? [];
      await Promise.all(
        extras.map((extra) =>
          pf.mergeIndex(`${opts.bundle}${extra}`, { language: lang, baseUrl: opts.base, ranking: RANKING }),
        ),
      );
      return pf;
    })();
    return loading;
  }

  function toPagefindFilters(filters: Filters | undefined): Record<string, { any: string[] }> {
    const out: Record<string, { any: string[] }> = {};
    for (const [k, v] of Object.entries(filters ?? {})) if (v.length > 0) out[k] = { any: v };
    return out;
  }

  const pageLang = () => (opts.lang ?? document.documentElement.lang).toLowerCase();
  /** Japanese words found on a page of another language are in its untranslated original. */
  const inOriginal = (q: ReturnType<typeof parseQuery>, a: Assessed) =>
    opts.sourceLang !== undefined &&
    pageLang() !== opts.sourceLang.toLowerCase() &&
    a.ok &&
    literalParts(q).some((p) => p.kind === "japanese");

  function toHit(data: PagefindData, a: Assessed, q: ReturnType<typeof parseQuery>): Hit {
    const section = a.focus >= 0 ? sectionAt(data, a.clean, a.focus + Math.floor(EXCERPT_SIZE / 3)) : null;
    const topId = data.anchors?.[0]?.id;
    const linkId = section && section.linkId !== topId ? section.linkId : null;
    const matchLang = inOriginal(q, a) ? opts.sourceLang! : null;
    const segments = excerpt(a.clean, a.ranges, a.focus);
    return {
      url: data.url,
      href: data.url + (a.terms.length > 0 || linkId ? fragmentLink(linkId, a.terms) : ""),
      title: data.meta.title ?? data.url,
      number: data.meta.number ?? null,
      kind: data.meta.kind ?? null,
      document: data.filters?.document?.[0] ?? null,
      section: section && section.title && section.id !== topId ? section.title : null,
      excerpt: matchLang ? tagJapanese(segments, matchLang) : segments,
      matchLang,
      score: a.score,
    };
  }

  /** Pagefind ids of the pages whose whole title is the query (titles.ts); none if unknown. */
  async function exactTitles(query: string): Promise<Set<string>> {
    const key = titleKey(query);
    if (key === "") return new Set();
    try {
      const r = await fetch(`${opts.bundle}${titleShardPath(pageLang(), titleShard(key))}`);
      if (!r.ok) return new Set();
      return new Set(((await r.json()) as Record<string, string[]>)[key] ?? []);
    } catch {
      return new Set();
    }
  }

  async function search(query: string, options: { filters?: Filters } = {}): Promise<SearchResult> {
    const pf = await load();
    const q = parseQuery(query);
    const filters = toPagefindFilters(options.filters);
    const hasFilters = Object.keys(filters).length > 0;
    const empty: SearchResult = {
      query: q.text,
      total: 0,
      hits: [],
      relaxed: false,
      hasMore: false,
      more: () => Promise.resolve({ hits: [], hasMore: false, total: 0 }),
    };
    if (q.pagefind === null && !hasFilters) return empty;

    const strict = literalParts(q).length > 0;
    let relaxed = false;
    const [found, exact] = await Promise.all([pf.search(q.pagefind, { filters }), exactTitles(query)]);
    let candidates: PagefindResult[] = found.results;
    let top = candidates[0]?.score || 1;
    // A page whose whole title is the query comes first, wherever Pagefind scored it.
    if (exact.size > 0)
      candidates = [...candidates.filter((r) => exact.has(r.id)), ...candidates.filter((r) => !exact.has(r.id))];

    let cursor = 0;
    let dropped = 0;
    /**
     * Checks the next batch. "all": keep the pages that have every literal part as written;
     * "any" (relaxed): the pages that have at least one part.
     */
    async function batch(need: "all" | "any" | "none"): Promise<Hit[]> {
      const slice = candidates.slice(cursor, cursor + pageSize);
      cursor += slice.length;
      const datas = (await Promise.all(slice.map((r) => r.data()))).map(withRawContent);
      const ranked: Array<{ hit: Hit; length: number }> = [];
      datas.forEach((d, i) => {
        const a = assess(
          q,
          d,
          slice[i].score / top,
          d.weighted_locations?.map((w) => w.weight),
        );
        if (exact.has(slice[i].id)) a.score += EXACT_TITLE;
        if ((need === "all" && !a.ok) || (need === "any" && a.ranges.length === 0)) {
          dropped++;
          return;
        }
        ranked.push({ hit: toHit(d, a, q), length: a.clean.text.length });
      });
      // Equal scores: the page with less text first (the words weigh more there), then by URL, so
      // that the order does not depend on how Pagefind numbered the pages (the order it found
      // them in the indexed folder, which varies with the file system).
      ranked.sort((x, y) => y.hit.score - x.hit.score || x.length - y.length || (x.hit.url < y.hit.url ? -1 : 1));
      return ranked.map((r) => r.hit);
    }

    const need = strict ? "all" : "none";
    let hits = await batch(need);
    // Keep checking while a whole batch was dropped (hash collisions, words not adjacent).
    while (strict && hits.length === 0 && cursor < candidates.length) hits = await batch(need);
    if (hits.length === 0 && q.parts.length > 1) {
      // No page has all the words: pages with some of them, those with the most first. (A single
      // word that is not on the site gives no results rather than pages with a fragment of it.)
      relaxed = true;
      const perPart = await Promise.all(q.parts.map((p) => pf.search(p.terms.join(" "), { filters })));
      const merged = new Map<string, { r: PagefindResult; parts: number; score: number }>();
      for (const res of perPart) {
        for (const r of res.results) {
          const m = merged.get(r.id) ?? { r, parts: 0, score: 0 };
          m.parts++;
          m.score += r.score;
          merged.set(r.id, m);
        }
      }
      candidates = [...merged.values()]
        .sort((a, b) => b.parts - a.parts || b.score - a.score)
        .map((m) => ({ ...m.r, score: m.score + m.parts * 100 }));
      top = candidates[0]?.score || 1;
      cursor = 0;
      dropped = 0;
      hits = await batch("any");
    }
    const mode = relaxed ? "any" : need;
    return {
      query: q.text,
      total: candidates.length - dropped,
      hits,
      relaxed,
      hasMore: cursor < candidates.length,
      more: async () => {
        const next = await batch(mode);
        return { hits: next, hasMore: cursor < candidates.length, total: candidates.length - dropped };
      },
    };
  }

  async function filters(): Promise<Record<string, Record<string, number>>> {
    const pf = await load();
    return pf.filters();
  }

  return { load, search, filters };
}
