// Last-changed dates from one git log call.
import { describe, expect, it } from "vitest";
import { parseGitLog } from "../../src/lib/git-dates.ts";

const RS = "\u001e";

describe("parseGitLog", () => {
  it("keeps the newest date of each file", () => {
    const out = [
      `${RS}2025-03-02\n\ncontent/aioi/measures/6-1-1.yaml\ncontent/aioi/plan.yaml\n`,
      `${RS}2024-12-24\n\ncontent/aioi/measures/6-1-1.yaml\ncontent/aioi/measures/6-1-2.yaml\n`,
    ].join("");
    const dates = parseGitLog(out);
    expect(dates.get("content/aioi/measures/6-1-1.yaml")).toBe("2025-03-02");
    expect(dates.get("content/aioi/measures/6-1-2.yaml")).toBe("2024-12-24");
    expect(dates.get("content/aioi/plan.yaml")).toBe("2025-03-02");
    expect(dates.size).toBe(3);
  });

  it("handles no output, merge commits without files and Japanese file names", () => {
    expect(parseGitLog("").size).toBe(0);
    const dates = parseGitLog(`${RS}2025-01-01\n${RS}2024-01-01\n\ncontent/相生/plan.yaml\n`);
    expect(dates.get("content/相生/plan.yaml")).toBe("2024-01-01");
  });
});
