// `npm run dev` only: registers the middleware that answers every request with the content
// error page while the content has errors (src/lib/content/dev-errors.ts). The static build
// never needs it (the content loader stops the build first), and a middleware on every one of
// thousands of pages would cost build time for nothing.
import type { AstroIntegration } from "astro";

export function contentErrorsInDev(): AstroIntegration {
  return {
    name: "plan-content-errors",
    hooks: {
      "astro:config:setup": ({ command, addMiddleware }) => {
        if (command === "dev")
          addMiddleware({ entrypoint: new URL("../lib/content/dev-errors.ts", import.meta.url), order: "pre" });
      },
    },
  };
}
