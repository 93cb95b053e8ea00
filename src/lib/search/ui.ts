// The search page's interface (the only script on the site). Vanilla DOM, no framework, no inline
// styles or HTML strings: results are built from elements and text nodes, and <mark> for the
// matched words. Reads its settings from #search-app (data-bundle, data-base, data-i18n).
// The form works as a plain GET form (q and the filter checkboxes), so the URL always describes
// the search; with JavaScript the page searches in place and keeps the URL in step.
import { fmt } from "../fmt.ts";
import { createEngine } from "./engine.ts";
import type { Filters, Hit, SearchResult } from "./engine.ts";

interface Texts {
  found: string;
  foundFilterOnly: string;
  none: string;
  relaxed: string;
  loading: string;
  section: string;
  inOriginal: string;
  unavailable: string;
  filterKeys: Record<string, string>;
  kinds: Record<string, string>;
}

declare global {
  interface Window {
    /** For tests and the benchmark: `await window.planSearch.search("関係人口")`. */
    planSearch?: ReturnType<typeof createEngine>;
  }
}

const FILTER_KEYS = ["document", "kind", "area"];

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function start(root: HTMLElement): void {
  const texts = JSON.parse(root.dataset.i18n ?? "{}") as Texts;
  const engine = createEngine({
    bundle: root.dataset.bundle ?? "/pagefind/",
    base: root.dataset.base ?? "/",
    sourceLang: root.dataset.sourceLang,
  });
  window.planSearch = engine;

  const form = root.querySelector<HTMLFormElement>("#search-form")!;
  const input = root.querySelector<HTMLInputElement>("#search-q")!;
  const filterBox = root.querySelector<HTMLElement>("#search-filters")!;
  const filterDetails = root.querySelector<HTMLDetailsElement>("#search-filters-box")!;
  const status = root.querySelector<HTMLElement>("#search-status")!;
  const section = root.querySelector<HTMLElement>("#search-results")!;
  const list = root.querySelector<HTMLOListElement>("#search-list")!;
  const note = root.querySelector<HTMLElement>("#search-note")!;
  const more = root.querySelector<HTMLButtonElement>("#search-more")!;

  const params = new URLSearchParams(location.search);
  input.value = params.get("q") ?? "";
  const initial: Filters = {};
  for (const k of FILTER_KEYS) {
    const v = params.getAll(k).filter(Boolean);
    if (v.length) initial[k] = v;
  }

  function selected(): Filters {
    const out: Filters = {};
    for (const box of filterBox.querySelectorAll<HTMLInputElement>("input[type=checkbox]:checked")) {
      (out[box.name] ??= []).push(box.value);
    }
    return out;
  }

  function renderFilters(available: Record<string, Record<string, number>>): void {
    const kindOrder = Object.values(texts.kinds);
    const groups: HTMLElement[] = [];
    for (const key of FILTER_KEYS) {
      const values = Object.keys(available[key] ?? {});
      if (values.length === 0) continue;
      if (key === "kind") values.sort((a, b) => (kindOrder.indexOf(a) + 1 || 99) - (kindOrder.indexOf(b) + 1 || 99));
      const group = el("fieldset", "filter-group");
      group.append(el("legend", undefined, texts.filterKeys[key] ?? key));
      for (const value of values) {
        const label = el("label", "filter-option");
        const box = el("input");
        box.type = "checkbox";
        box.name = key;
        box.value = value;
        box.checked = initial[key]?.includes(value) ?? false;
        label.append(box, ` ${value}`);
        group.append(label);
      }
      groups.push(group);
    }
    filterBox.append(...groups);
    filterDetails.hidden = groups.length === 0;
    if (Object.keys(initial).length > 0) filterDetails.open = true;
  }

  function hitItem(hit: Hit): HTMLLIElement {
    const li = el("li", "result");
    const kindLine = [hit.kind, hit.document].filter(Boolean).join(" · ");
    if (kindLine) li.append(el("p", "result-kind", kindLine));
    const h = el("h3", "result-title");
    const a = el("a");
    a.href = hit.href;
    let title = hit.title;
    if (hit.number) {
      a.append(el("span", "num", hit.number), " ");
      if (title.startsWith(`${hit.number} `)) title = title.slice(hit.number.length + 1);
    }
    a.append(title);
    h.append(a);
    li.append(h);
    if (hit.excerpt.length > 0) {
      const p = el("p", "result-excerpt");
      for (const s of hit.excerpt) {
        const part = s.mark || s.lang ? el(s.mark ? "mark" : "span", undefined, s.text) : s.text;
        if (s.lang && typeof part !== "string") part.lang = s.lang;
        p.append(part);
      }
      li.append(p);
    }
    if (hit.matchLang) li.append(el("p", "result-section", texts.inOriginal));
    if (hit.section) li.append(el("p", "result-section", `${texts.section}: ${hit.section}`));
    return li;
  }

  function syncUrl(q: string, filters: Filters): void {
    const p = new URLSearchParams();
    if (q) p.set("q", q);
    for (const [k, vs] of Object.entries(filters)) for (const v of vs) p.append(k, v);
    const qs = p.toString();
    history.replaceState(null, "", `${location.pathname}${qs ? `?${qs}` : ""}`);
  }

  let current: SearchResult | null = null;
  let seq = 0;

  function describe(r: SearchResult, q: string, shown: number): string {
    if (shown === 0 && r.total === 0) return fmt(texts.none, { q });
    return q ? fmt(texts.found, { q, n: r.total }) : fmt(texts.foundFilterOnly, { n: r.total });
  }

  async function run(): Promise<void> {
    const q = input.value.trim();
    const filters = selected();
    const mine = ++seq;
    syncUrl(q, filters);
    if (!q && Object.keys(filters).length === 0) {
      current = null;
      list.replaceChildren();
      section.hidden = true;
      status.textContent = "";
      return;
    }
    status.textContent = texts.loading;
    let r: SearchResult;
    try {
      r = await engine.search(q, { filters });
    } catch {
      if (mine === seq) status.textContent = texts.unavailable;
      return;
    }
    if (mine !== seq) return;
    current = r;
    list.replaceChildren(...r.hits.map(hitItem));
    section.hidden = false;
    note.hidden = !r.relaxed;
    note.textContent = r.relaxed ? texts.relaxed : "";
    more.hidden = !r.hasMore;
    status.textContent = describe(r, q, r.hits.length);
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    clearTimeout(timer);
    void run();
  });
  input.addEventListener("input", (e) => {
    if ((e as InputEvent).isComposing) return;
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 350);
  });
  input.addEventListener("compositionend", () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 350);
  });
  filterBox.addEventListener("change", () => void run());
  more.addEventListener("click", () => {
    const r = current;
    if (!r) return;
    more.disabled = true;
    void r.more().then((m) => {
      more.disabled = false;
      if (current !== r) return;
      const items = m.hits.map(hitItem);
      list.append(...items);
      r.total = m.total;
      more.hidden = !m.hasMore;
      status.textContent = describe(r, input.value.trim(), list.children.length);
      items[0]?.querySelector("a")?.focus();
    });
  });

  // The filter lists (one Pagefind file per filter key, ~23 KB each at 10 000 pages) are loaded
  // only when the filters are opened or the URL already selects some: a plain first query does
  // not download them.
  let filtersLoaded: Promise<void> | null = null;
  function loadFilters(): Promise<void> {
    filtersLoaded ??= engine.filters().then(renderFilters);
    return filtersLoaded;
  }
  filterDetails.hidden = false;
  filterDetails.addEventListener("toggle", () => {
    if (filterDetails.open) void loadFilters().catch(() => undefined);
  });

  (Object.keys(initial).length > 0 ? loadFilters() : Promise.resolve())
    .then(() => {
      if (input.value.trim() || Object.keys(initial).length > 0) return run();
    })
    .catch(() => {
      status.textContent = texts.unavailable;
    });
}

const root = document.getElementById("search-app");
if (root) start(root);
