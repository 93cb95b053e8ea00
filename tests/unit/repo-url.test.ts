import { describe, expect, it } from "vitest";
import { resolveRepoUrl, webUrlOfRemote } from "../../src/lib/repo-url.ts";

describe("webUrlOfRemote", () => {
  it.each([
    ["git@github.com:city/plans.git", "https://github.com/city/plans"],
    ["git@gitlab.example.jp:group/sub/plans", "https://gitlab.example.jp/group/sub/plans"],
    ["ssh://git@github.com/city/plans.git", "https://github.com/city/plans"],
    ["ssh://git@github.com:22/city/plans.git", "https://github.com/city/plans"],
    ["https://github.com/city/plans.git", "https://github.com/city/plans"],
    ["https://github.com/city/plans/", "https://github.com/city/plans"],
    ["https://x-access-token:ghs_secret@github.com/city/plans.git", "https://github.com/city/plans"],
    ["https://user@github.com/city/plans", "https://github.com/city/plans"],
  ])("%s → %s", (remote, web) => {
    expect(webUrlOfRemote(remote)).toBe(web);
  });

  it.each(["/srv/git/plans.git", "../plans", "file:///srv/git/plans.git", "https://github.com/", "not a url"])(
    "%s has no web page",
    (remote) => {
      expect(webUrlOfRemote(remote)).toBeNull();
    },
  );
});

describe("resolveRepoUrl", () => {
  const origin = () => "git@github.com:from/origin.git";

  it("takes REPO_URL first, without a trailing slash", () => {
    expect(
      resolveRepoUrl({
        REPO_URL: "https://example.org/city/plans/",
        configured: "https://github.com/from/config",
        GITHUB_REPOSITORY: "from/actions",
        origin,
      }),
    ).toBe("https://example.org/city/plans");
  });

  it("then site.config.yaml's repository", () => {
    expect(resolveRepoUrl({ REPO_URL: " ", configured: "https://github.com/from/config", origin })).toBe(
      "https://github.com/from/config",
    );
  });

  it("then GitHub Actions' server and repository", () => {
    expect(
      resolveRepoUrl({ GITHUB_SERVER_URL: "https://ghe.example.jp/", GITHUB_REPOSITORY: "city/plans", origin }),
    ).toBe("https://ghe.example.jp/city/plans");
    expect(resolveRepoUrl({ GITHUB_REPOSITORY: "city/plans" })).toBe("https://github.com/city/plans");
  });

  it("then the git remote origin, as a web URL", () => {
    expect(resolveRepoUrl({ origin })).toBe("https://github.com/from/origin");
  });

  it("asks git only when nothing before it answers", () => {
    let asked = 0;
    resolveRepoUrl({
      REPO_URL: "https://github.com/a/b",
      origin: () => {
        asked++;
        return undefined;
      },
    });
    expect(asked).toBe(0);
  });

  it("is null when no source names a repository: no invented default", () => {
    expect(resolveRepoUrl({})).toBeNull();
    expect(resolveRepoUrl({ origin: () => undefined })).toBeNull();
    expect(resolveRepoUrl({ origin: () => "/srv/git/plans.git" })).toBeNull();
  });
});
