import { defineConfig } from "vitest/config";

// Two projects: unit tests (pure helpers, validator, importer) and end-to-end tests that read
// the built site in dist/. The e2e project builds the site once first (tests/e2e/global-setup.ts;
// set SKIP_BUILD=1 to reuse an existing build). `vitest run` runs both.
export default defineConfig({
  test: {
    // Projects do not inherit `include` (arrays would be concatenated), so each sets its own:
    // unit = tests/**/*.test.ts except tests/e2e/.
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/**/*.test.ts"], exclude: ["tests/e2e/**", "**/node_modules/**"] },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/e2e/global-setup.ts"],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
