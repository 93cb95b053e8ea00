// What a city sets in site.config.yaml besides its languages (schemas/site-config.schema.json):
// its name, default contact, brand colour, licence, repository and production address, with
// the defaults filled in, and the checks the schema cannot make.
import type { Message, Segment } from "../validation/finding.ts";
import { brandColourProblem } from "./brand.ts";

/** A text per locale code, ja required (site-config $defs.localText); shaped like content text. */
export type LocalText = { ja: string } & Record<string, string>;

export interface ContactInput {
  department: LocalText;
  phone?: string;
  email?: string;
  address?: LocalText;
  formUrl?: string;
}

/** The city's settings as written in site.config.yaml (everything but `locales`). */
export interface CityInput {
  siteName?: LocalText;
  municipality?: LocalText;
  logo?: string;
  shareImage?: string;
  contact?: ContactInput;
  brandColor?: string;
  licence?: { name: string; url: string };
  repository?: string;
  url?: string;
  basePath?: string;
}

/** The settings with their defaults. */
export interface City extends Omit<CityInput, "logo" | "shareImage" | "licence"> {
  /** Browser icon, a path in public/. */
  logo: string;
  /** Link-preview image (og:image), a path in public/. */
  shareImage: string;
  /** Without a configured one: CC BY 4.0, linked to the deed in the page's language (dictionary). */
  licence: { name: string; url?: string };
}

export function resolveCity(input: CityInput): City {
  return {
    ...input,
    logo: input.logo ?? "favicon.svg",
    shareImage: input.shareImage ?? "og-image.png",
    licence: input.licence ?? { name: "CC BY 4.0" },
  };
}

/** A problem at a field of the configuration. */
export type CityProblem = readonly [at: Segment[], message: Message];

/** Texts in languages the site does not have, and a brand colour that fails WCAG contrast. */
export function cityProblems(input: CityInput, codes: readonly string[]): CityProblem[] {
  const out: CityProblem[] = [];
  const texts: Array<[Segment[], LocalText | undefined]> = [
    [["siteName"], input.siteName],
    [["municipality"], input.municipality],
    [["contact", "department"], input.contact?.department],
    [["contact", "address"], input.contact?.address],
  ];
  for (const [at, text] of texts)
    for (const code of Object.keys(text ?? {}))
      if (!codes.includes(code))
        out.push([
          [...at, code],
          { ja: `言語「${code}」は locales にありません`, en: `"${code}" is not a configured locale` },
        ]);
  const brand = input.brandColor && brandColourProblem(input.brandColor);
  if (brand) out.push([["brandColor"], brand]);
  return out;
}
