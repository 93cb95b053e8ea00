// A page's description for search engines and link previews (meta description, og:description):
// the first sentence of a text, short enough for a result snippet.

const MAX = 160;

/** The first sentence of `text` (up to 。！？ or . ! ? before a space), cut at 160 characters. */
export function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const m = /^.*?(?:[。！？]|[.!?](?= |$))/u.exec(flat);
  const sentence = m ? m[0] : flat;
  const chars = [...sentence];
  return chars.length <= MAX ? sentence : `${chars.slice(0, MAX - 1).join("")}…`;
}
