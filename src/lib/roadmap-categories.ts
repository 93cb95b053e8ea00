// The categories of roadmap items (公助 / 互助・共助 / 自助): the legend entries with an id.
// The source tells them apart by colour only; the site gives each a distinct shape and always
// writes its name, so nothing depends on colour (WCAG 1.4.1).
import type { Item, Text } from "./types.ts";
import type { LegendEntry } from "./types.generated.ts";

/** Shapes in legend order: distinct in outline, in print and in a monochrome font. */
const SHAPES = ["●", "▲", "■", "◆", "★", "▼"] as const;

export interface Category {
  id: string;
  label: Text;
  shape: string;
  /** 1-based position among the categories, for the CSS class cat-N. */
  index: number;
}

/** The categories the legend defines, in its order. */
export function legendCategories(legend: readonly LegendEntry[] | undefined): Category[] {
  return (legend ?? [])
    .filter((e): e is LegendEntry & { id: string } => e.id !== undefined)
    .map((e, i) => ({ id: e.id, label: e.label, shape: SHAPES[i % SHAPES.length], index: i + 1 }));
}

/** The categories of one item, in legend order. */
export function itemCategories(item: Item, categories: readonly Category[]): Category[] {
  const ids = new Set(item.categories ?? []);
  return categories.filter((c) => ids.has(c.id));
}

/** Whether any item of the roadmap has its categories recorded: otherwise the legend says so. */
export function categoriesRecorded(courses: ReadonlyArray<{ items: readonly Item[] }>): boolean {
  return courses.some((c) => c.items.some((i) => (i.categories ?? []).length > 0));
}
