// The site's Content-Security-Policy, in one place. Used by the <meta http-equiv> in
// src/components/Layout.astro and by the _headers file (src/pages/[headers].ts) for hosts
// that read one (Netlify, Cloudflare Pages). See docs/security.md.
//
// Everything is served from the site itself: one stylesheet, and JavaScript only on the
// search page (Pagefind: a module, a web worker and WebAssembly). No inline scripts, no
// inline styles or style attributes, no eval. 'wasm-unsafe-eval' lets Pagefind compile its
// WebAssembly; it does not allow eval() or new Function().

/** Directive → sources, in the order they are written. */
export const cspDirectives: ReadonlyArray<readonly [string, string]> = [
  // Anything not listed below (frames, media, objects, …) is refused.
  ["default-src", "'none'"],
  ["script-src", "'self' 'wasm-unsafe-eval'"],
  ["style-src", "'self'"],
  ["img-src", "'self'"],
  ["font-src", "'self'"],
  // Pagefind fetches its index and WebAssembly, and runs its search in a worker.
  ["connect-src", "'self'"],
  ["worker-src", "'self'"],
  ["manifest-src", "'self'"],
  // A <base href> injected by content could redirect every relative link.
  ["base-uri", "'none'"],
  // The header search form submits (GET) to the site's own search page.
  ["form-action", "'self'"],
];

/**
 * Directives that only work as an HTTP header: browsers ignore them in a <meta> element
 * (and Chromium logs a console warning), so they are left out of the meta policy.
 */
const cspHeaderOnlyDirectives: ReadonlyArray<readonly [string, string]> = [
  // No framing by other sites (clickjacking).
  ["frame-ancestors", "'none'"],
];

const join = (ds: ReadonlyArray<readonly [string, string]>) => ds.map(([k, v]) => `${k} ${v}`).join("; ");

/** The policy for <meta http-equiv="Content-Security-Policy">. */
export const cspMeta: string = join(cspDirectives);

/** The policy as an HTTP header (the meta policy plus header-only directives). */
export const cspHeader: string = join([...cspDirectives, ...cspHeaderOnlyDirectives]);

/** Other security headers sent with every file by hosts that read _headers. */
const securityHeaders: ReadonlyArray<readonly [string, string]> = [
  ["Content-Security-Policy", cspHeader],
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "strict-origin-when-cross-origin"],
  ["Permissions-Policy", "camera=(), microphone=(), geolocation=()"],
];

/**
 * The _headers file (Netlify / Cloudflare Pages format): a path pattern, then indented
 * "Name: value" lines. `/*` matches every file, under any deploy base.
 */
export function headersFile(): string {
  const lines = [
    "# Generated from src/lib/csp.ts at build time; edit that file, not this one.",
    "/*",
    ...securityHeaders.map(([k, v]) => `  ${k}: ${v}`),
  ];
  return lines.join("\n") + "\n";
}
