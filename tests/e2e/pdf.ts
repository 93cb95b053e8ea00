// What a printed page looks like on paper, from the PDF Chromium's "print to PDF" makes: the
// number of pages and how far down the last page the text goes (pdfjs-dist reads the PDF, so
// the count does not depend on how Chromium happens to write it).
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface PrintedPdf {
  pages: number;
  /**
   * How much of the last page's height the text covers, from its top edge to the lowest
   * line of text (0–1, margins included): a near-empty trailing page is below ~0.2.
   */
  lastPageFill: number;
  /** The text of each page, for "is it on paper" checks. */
  text: string[];
}

export async function readPdf(data: Uint8Array): Promise<PrintedPdf> {
  // pdfjs refuses a Node Buffer (and may detach what it is given): pass a copy of the bytes.
  const task = getDocument({ data: new Uint8Array(data) });
  try {
    const doc = await task.promise;
    const text: string[] = [];
    let lastPageFill = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items = content.items.filter((i) => "str" in i && i.str.trim() !== "");
      text.push(items.map((i) => ("str" in i ? i.str : "")).join(""));
      if (n === doc.numPages) {
        const [, bottom, , top] = page.view;
        // transform[5] is the baseline's y, measured up from the bottom edge.
        const lowest = Math.min(...items.map((i) => ("transform" in i ? (i.transform[5] as number) : top)));
        lastPageFill = items.length === 0 ? 0 : (top - lowest) / (top - bottom);
      }
    }
    return { pages: doc.numPages, lastPageFill, text };
  } finally {
    await task.destroy();
  }
}
