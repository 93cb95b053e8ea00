// Draws the link-preview image (og:image, 1200×630 PNG) from the site's mark (public/<logo>),
// brand colour and name in every language (site.config.yaml and the dictionaries) with headless
// Chromium, and writes it to public/<shareImage>. Run once after changing those settings and
// commit the image: `node scripts/share-image.ts` (Chromium at /usr/bin/chromium or $CHROMIUM_PATH).
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { siteConfig } from "../src/lib/config/index.ts";
import { DEFAULT_BRAND } from "../src/lib/config/brand.ts";
import { t } from "../src/i18n/index.ts";
import { escapeHtml } from "../src/lib/html-escape.ts";
import { repoRoot } from "../src/lib/validation/repo.ts";
import { launchChromium } from "./lib/chromium.ts";

const config = siteConfig();
const logo = readFileSync(path.join(repoRoot, "public", config.logo));
const mime = config.logo.endsWith(".svg") ? "image/svg+xml" : "image/png";
const names = [...new Set(config.locales.map((l) => t(l.code).siteName))];
const page = `<!doctype html><meta charset="utf-8"><body style="margin:0;width:1200px;height:630px;display:flex;align-items:center;gap:56px;padding:0 96px;box-sizing:border-box;background:${config.brandColor ?? DEFAULT_BRAND};color:#fff;font-family:'Noto Sans CJK JP',sans-serif">
<img src="data:${mime};base64,${logo.toString("base64")}" width="180" height="180" alt="">
<div>${names.map((n, i) => `<p style="margin:0 0 16px;font-size:${i === 0 ? 64 : 40}px;font-weight:700;line-height:1.3">${escapeHtml(n)}</p>`).join("")}</div></body>`;

const browser = await launchChromium();
try {
  const tab = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  await tab.setContent(page);
  const out = path.join(repoRoot, "public", config.shareImage);
  writeFileSync(out, await tab.screenshot({ type: config.shareImage.endsWith(".png") ? "png" : "jpeg" }));
  console.log(`wrote ${path.relative(repoRoot, out)}`);
} finally {
  await browser.close();
}
