// In-page check for reflow problems, shared by a11y.test.ts (zoom, 320 px, text spacing) and
// hostile.test.ts (long words). Pass it to page.evaluate(); it returns one line per problem:
// the page scrolls sideways, an element reaches past the viewport (outside the deliberately
// scrolling .table-scroll / .timeline-scroll regions), or an element cuts off its text
// (overflow hidden/clip or text-overflow: ellipsis). Texts hidden on purpose (.visually-hidden,
// the skip link before it is focused) and the scrolling value of a text field are skipped.
export const layoutProblems = (): string[] => {
  const out: string[] = [];
  const name = (e: Element) =>
    `<${e.tagName.toLowerCase()}${e.className && typeof e.className === "string" ? "." + e.className.trim().split(/\s+/).join(".") : ""}>`;
  const text = (e: Element) => (e.textContent ?? "").trim().slice(0, 30);
  if (document.documentElement.scrollWidth > innerWidth)
    out.push(`page is ${document.documentElement.scrollWidth}px wide in a ${innerWidth}px viewport`);
  for (const e of document.querySelectorAll("body *")) {
    if (e.closest(".visually-hidden, .skip-link")) continue;
    const r = e.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (!e.closest(".table-scroll, .timeline-scroll") && (r.right > innerWidth + 1 || r.left < -1))
      out.push(`${name(e)} "${text(e)}" spans ${Math.round(r.left)}–${Math.round(r.right)}px`);
    // Text fields scroll their own value; that is not cut-off text.
    if (e.matches("input, textarea, select")) continue;
    const s = getComputedStyle(e);
    const clips = (v: string) => v === "hidden" || v === "clip";
    if (
      (clips(s.overflowX) && e.scrollWidth > e.clientWidth + 1) ||
      (clips(s.overflowY) && e.scrollHeight > e.clientHeight + 1) ||
      (s.textOverflow === "ellipsis" && e.scrollWidth > e.clientWidth + 1)
    )
      out.push(`${name(e)} "${text(e)}" cuts off its text`);
  }
  return [...new Set(out)].slice(0, 10);
};
