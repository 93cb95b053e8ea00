// Link targets staff may write: web pages, mail, phone, and paths on this site. Anything else
// (javascript:, data:, vbscript:, file:, relative paths that depend on the page) is refused.

const ALLOWED = /^(https?:\/\/[^\s/]|mailto:[^\s]|tel:[+\d(])/i;
// No whitespace or control characters anywhere: they hide a scheme or break out of the URL.
const UNSAFE_CHARS = /[\u0000-\u0020\u007f-\u009f]/;

/**
 * The href for a link written as `url`, or null when it is not allowed. `/…` is a path on this
 * site and gets the base path (`base`, ending in "/") put in front of it.
 */
export function safeHref(url: string, base: string): string | null {
  if (url === "" || UNSAFE_CHARS.test(url)) return null;
  if (url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\")) return base + url.slice(1);
  return ALLOWED.test(url) ? url : null;
}
