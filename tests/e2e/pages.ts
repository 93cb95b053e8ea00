// Every HTML page of a built site, as the URL path a browser asks for.
import { readdirSync } from "node:fs";
import path from "node:path";
import { dist } from "./paths.ts";

export interface BuiltPage {
  /** URL path: /aioi/6-1-1/ for aioi/6-1-1/index.html, /404.html for 404.html. */
  url: string;
  /** Absolute path of the HTML file. */
  file: string;
  /** Language of the page, from its path (/en/… is English). */
  lang: "ja" | "en";
}

export function builtPages(root: string = dist): BuiltPage[] {
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html"))
    .map((f) => f.split(path.sep).join("/"))
    .sort()
    .map((rel) => ({
      url: "/" + rel.replace(/(^|\/)index\.html$/, "$1"),
      file: path.join(root, rel),
      lang: rel.startsWith("en/") ? ("en" as const) : ("ja" as const),
    }));
}

/** The search pages with a query that has results (定住 / settlement), to check them with results shown. */
export const SEARCH_WITH_RESULTS = ["/search/?q=%E5%AE%9A%E4%BD%8F", "/en/search/?q=settlement"];

/** Search pages: the only pages allowed to load JavaScript. */
export const isSearchPage = (url: string): boolean => /^\/(en\/)?search\//.test(url);
