// Puts the configured brand colour (site.config.yaml brandColor, checked for contrast when the
// configuration loads) into the one stylesheet at build time: the --brand value of
// src/styles/global.css is replaced, so pages keep one external CSS file and no inline style.
import type { AstroIntegration } from "astro";

const STYLESHEET = "/src/styles/global.css";
const BRAND = /--brand: #[0-9a-fA-F]{6};/;

/** The integration; without a colour it changes nothing. */
export function brandColour(colour: string | undefined): AstroIntegration {
  return {
    name: "plan-publisher:brand-colour",
    hooks: {
      "astro:config:setup": ({ updateConfig }) => {
        if (!colour) return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: "plan-publisher:brand-colour",
                enforce: "pre",
                transform(code: string, id: string) {
                  if (!id.split("?")[0].endsWith(STYLESHEET)) return;
                  if (!BRAND.test(code)) throw new Error(`${STYLESHEET}: --brand: #rrggbb; not found`);
                  return { code: code.replace(BRAND, `--brand: ${colour};`), map: null };
                },
              },
            ],
          },
        });
      },
    },
  };
}
