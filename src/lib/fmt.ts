// Fills {name} placeholders of the dictionary templates. Its own module, free of Node APIs,
// so that the browser's search script can share it.

/** fmt("施策 {n}", { n: "6-1" }) → "施策 6-1"; unknown names stay as written. */
export function fmt(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
