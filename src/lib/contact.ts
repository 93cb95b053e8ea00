// Whom a page's readers can ask (お問い合わせ): the item's own contact (a measure's 担当課), else
// its document's (plan or project), else the site's default from site.config.yaml.
import type { Contact } from "./types.generated.ts";
import type { ContactInput } from "./config/city.ts";
import { siteConfig } from "./config/index.ts";

/** The content contact and the configured one share a shape: texts per locale, ja required. */
export type AnyContact = Contact | ContactInput;

/** The first contact given, nearest first, ending with the site's default; undefined when none. */
export function contactFor(...nearestFirst: ReadonlyArray<AnyContact | undefined>): AnyContact | undefined {
  return nearestFirst.find((c) => c !== undefined) ?? siteConfig().contact;
}

/** A number for display that never wraps mid-number: non-breaking hyphens (U+2011) and spaces. */
export function phoneText(phone: string): string {
  return phone.replace(/-/g, "\u2011").replace(/ /g, "\u00a0");
}

/** tel: link of a published number: digits and a leading + only (RFC 3966 global or local). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}
