// Fills {name} placeholders in interface text. Pure and dependency-free, so that browser code
// (the search page's script) can use it without pulling in the dictionaries' loader.

/** Fills {name} placeholders: fmt("施策 {n}", { n: "6-1" }) → "施策 6-1". */
export function fmt(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : whole));
}
