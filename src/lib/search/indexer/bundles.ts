// Step 3 and 4 of the search index, the pure parts: which pages go into which Pagefind bundle,
// and how the bundles' pagefind-entry.json files and the manifest of extra bundles are merged.
//
// A locale with more than BUNDLE_PAGES indexed pages is indexed in several bundles of at most
// that many pages, one Pagefind run each, merged in the browser with `mergeIndex`: Pagefind keeps
// a whole index in memory until it is written (7.35 GB for the 10 000 Japanese pages of the
// synthetic 10 000-measure plan), so the indexer's peak is bounded by the bundle, not the site.
// Sites up to this size (the seed, a real plan) have one bundle per locale.

export const BUNDLE_PAGES = 2500;

/** Name of the manifest, in DIST/pagefind, listing each language's extra bundles. */
export const BUNDLES_FILE = "bundles.json";

/**
 * The manifest: for each Pagefind language with more than one bundle, the extra bundles' folders
 * relative to DIST/pagefind/ ("b1/", "b2/"…). Empty ({}) when every language is one bundle.
 * Keys are the languages as Pagefind names them (the page's <html lang>, lower case), which is
 * what the search page looks up.
 */
export type BundleManifest = Record<string, string[]>;

/** Most pages per bundle: the option, else SEARCH_BUNDLE_PAGES, else BUNDLE_PAGES. */
export function bundleSize(
  option: number | undefined,
  env: string | undefined = process.env.SEARCH_BUNDLE_PAGES,
): number {
  const fromEnv = Number(env);
  const n = option ?? (Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : BUNDLE_PAGES);
  if (!Number.isInteger(n) || n < 1) throw new Error(`bundle size must be a positive integer, got ${n}`);
  return n;
}

/** One Pagefind run: some pages of one locale. */
export interface Bundle {
  /** Locale code (site.config.yaml). */
  locale: string;
  /** 0 for DIST/pagefind/, n for DIST/pagefind/b<n>/. */
  bundle: number;
  /** Paths of its pages under the output folder, sorted. */
  files: string[];
}

/**
 * The bundles of each locale's pages (in the order given). Pages are dealt out in turn (page i
 * to bundle i mod n), not cut in runs: each bundle is then a sample of the whole site, with
 * similar word statistics, so Pagefind's scores (BM25: a word's weight depends on how many of
 * the bundle's pages have it) compare across bundles.
 */
export function planBundles(pagesByLocale: ReadonlyMap<string, readonly string[]>, size: number): Bundle[] {
  const out: Bundle[] = [];
  for (const [locale, pages] of pagesByLocale) {
    if (pages.length === 0) continue;
    const files = [...pages].sort();
    const n = Math.ceil(files.length / size);
    for (let b = 0; b < n; b++) out.push({ locale, bundle: b, files: files.filter((_, i) => i % n === b) });
  }
  return out;
}

/** Folder of a bundle relative to DIST/pagefind/: "" for bundle 0, "b2/" for bundle 2. */
export function bundleFolder(bundle: number): string {
  return bundle === 0 ? "" : `b${bundle}/`;
}

/** Pagefind's pagefind-entry.json. */
export interface Entry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  include_characters?: unknown;
}

/**
 * One folder's entry from the entries of the runs written into it (one language each). Two
 * locales that Pagefind files under the same language would overwrite each other's index: an error.
 */
export function mergeEntries(entries: readonly Entry[]): Entry {
  const merged: Entry = { version: "", languages: {} };
  for (const e of entries) {
    merged.version = e.version;
    if (e.include_characters !== undefined) merged.include_characters = e.include_characters;
    for (const [lang, v] of Object.entries(e.languages)) {
      if (lang in merged.languages)
        throw new Error(
          `two locales are indexed as the same Pagefind language "${lang}": give them different lang tags`,
        );
      merged.languages[lang] = v;
    }
  }
  // Languages in a fixed order, whatever run finished first.
  merged.languages = Object.fromEntries(Object.entries(merged.languages).sort(([a], [b]) => a.localeCompare(b)));
  return merged;
}

/** The manifest of extra bundles from each bundle's merged entry (bundle number → entry). */
export function bundleManifest(entries: ReadonlyMap<number, Entry>): BundleManifest {
  const manifest: BundleManifest = {};
  for (const b of [...entries.keys()].sort((x, y) => x - y)) {
    if (b === 0) continue;
    for (const lang of Object.keys(entries.get(b)!.languages).sort()) (manifest[lang] ??= []).push(bundleFolder(b));
  }
  return Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b)));
}
