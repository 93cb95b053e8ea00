// Headless Chromium for the browser tests, the search relevance runner and the benchmark:
// Debian's /usr/bin/chromium (or $CHROMIUM_PATH) driven by playwright-core, never a
// downloaded browser. One place for the path and the flags that work on a closed network.
import { chromium } from "playwright-core";
import type { Browser } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS, timeout: 60_000 });
}
