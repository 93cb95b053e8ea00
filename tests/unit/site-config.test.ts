// site.config.yaml: the city's settings load with their defaults, and mistakes come back as
// located, bilingual findings (the same formatter as content errors), never as an exception.
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadSiteConfig } from "../../src/lib/config/load.ts";
import { brandColourProblem } from "../../src/lib/config/brand.ts";
import { contrastRatio } from "../../src/lib/contrast.ts";
import { formatFinding } from "../../src/lib/validation/finding.ts";

const LOCALES = `locales:
  - code: ja
    label: 日本語
  - code: en
    label: English
`;

function load(yaml: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "site-config-"));
  const file = path.join(dir, "site.config.yaml");
  writeFileSync(file, LOCALES + yaml);
  const { config, findings } = loadSiteConfig(file);
  return { config, lines: findings.filter((f) => f.severity === "error").map((f) => formatFinding({ ...f, file: "site.config.yaml" })) };
}

describe("site.config.yaml city settings", () => {
  it("the shipped file loads, with its contact and no invented repository", () => {
    const { config, findings } = loadSiteConfig();
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(config!.contact!.department.ja).not.toBe("");
    expect(config!.contact!.phone).toBeUndefined();
    expect(config!.repository).toBeUndefined();
  });

  it("fills the defaults when only the locales are set", () => {
    const { config } = load("");
    expect(config).toMatchObject({ logo: "favicon.svg", shareImage: "og-image.png", licence: { name: "CC BY 4.0" } });
    expect(config!.contact).toBeUndefined();
  });

  it("keeps every setting a city writes", () => {
    const { config, lines } = load(`siteName: { ja: 相生市の計画, en: Aioi plans }
contact:
  department: { ja: 企画管理課, en: Planning Division }
  phone: 0000-00-0000
  email: kikaku@example.org
brandColor: "#005a9c"
licence: { name: CC BY 4.0, url: https://creativecommons.org/licenses/by/4.0/ }
url: https://plans.example.org
basePath: /plans/
`);
    expect(lines).toEqual([]);
    expect(config).toMatchObject({
      siteName: { en: "Aioi plans" },
      contact: { phone: "0000-00-0000", email: "kikaku@example.org" },
      brandColor: "#005a9c",
      url: "https://plans.example.org",
      basePath: "/plans/",
    });
  });

  it("refuses a brand colour white text cannot be read on, located and in both languages", () => {
    const { config, lines } = load(`brandColor: "#3b82f6"\n`);
    expect(config).toBeNull();
    expect(lines).toEqual([
      "site.config.yaml:6:13 brandColor: ブランド色 #3b82f6 は白い文字とのコントラスト比が 3.67:1 で、4.5:1 に届きません。また、黄色のフォーカス表示とのコントラスト比が 2.58:1 で、3:1 に届きません。もっと濃い色にしてください / brand colour #3b82f6 has a contrast ratio of 3.67:1 with white text (needs 4.5:1) and 2.58:1 with the yellow focus ring (needs 3:1); choose a darker colour",
    ]);
  });

  it("locates schema mistakes and texts in languages the site does not have", () => {
    const { config, lines } = load(`contact:
  department: { ja: 企画管理課, ko: 기획관리과 }
  phone: call us
url: https://plans.example.org/sub/path
`);
    expect(config).toBeNull();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^site\.config\.yaml:8:10 contact\.phone: .+ \/ .+/);
    expect(lines[1]).toMatch(/^site\.config\.yaml:9:6 url: .+ \/ .+/);
  });

  it("reports a text in an unconfigured language at its key, once the schema passes", () => {
    const { lines } = load(`contact:\n  department: { ja: 企画管理課, ko: 기획관리과 }\n`);
    expect(lines).toEqual([
      'site.config.yaml:7:32 contact.department.ko: 言語「ko」は locales にありません / "ko" is not a configured locale',
    ]);
  });
});

describe("brand colour contrast (WCAG 2.2)", () => {
  it("computes the WCAG ratio", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
  });

  it("accepts the shipped colour and dark colours, refuses light ones", () => {
    expect(brandColourProblem("#0f2a52")).toBeNull();
    expect(brandColourProblem("#005a9c")).toBeNull();
    expect(brandColourProblem("#ffd43d")?.en).toMatch(/white text/);
  });
});
