// Characters that do not belong in Japanese public documents and are typical of
// OCR or PDF text extraction (simplified Chinese or variant forms). The importer
// keeps the text exactly as it is and reports each hit for staff to correct.
export const SUSPECT: Readonly<Record<string, string>> = {
  个: "個",
  髓: "髄",
  这: "這",
  们: "們",
  说: "説",
  时: "時",
  发: "発",
  对: "対",
  为: "為",
  实: "実",
  现: "現",
  务: "務",
  间: "間",
};

export interface OcrHit {
  char: string;
  suggestion: string;
  context: string;
}

export function findOcrSlips(text: string): OcrHit[] {
  const hits: OcrHit[] = [];
  [...text].forEach((ch, i, chars) => {
    const suggestion = SUSPECT[ch];
    if (suggestion && suggestion !== ch) {
      hits.push({ char: ch, suggestion, context: chars.slice(Math.max(0, i - 6), i + 7).join("") });
    }
  });
  return hits;
}
