import {
  PDFHexString,
  PDFName,
  PDFNull,
  PDFNumber,
  type PDFDocument,
  type PDFPage,
  type PDFRef,
} from "pdf-lib";

// PDF bookmarks (the document outline, PDF 32000-1 §12.3.3). pdf-lib has no high-level API for
// them, so the outline dictionaries are written as low-level objects: one root /Outlines, and one
// item per bookmark, linked as a doubly linked list (/Prev, /Next) under it, each with a /Dest
// that opens its page at the bookmark's height.

export interface Bookmark {
  title: string;
  page: PDFPage;
  /** Top of the bookmarked spot, in PDF coordinates. */
  top: number;
}

export function addOutline(doc: PDFDocument, bookmarks: readonly Bookmark[]): void {
  if (bookmarks.length === 0) return;
  const context = doc.context;
  const root = context.nextRef();
  const refs: PDFRef[] = bookmarks.map(() => context.nextRef());
  bookmarks.forEach((bookmark, i) => {
    const item = context.obj({
      // Text strings in UTF-16BE with a BOM, so Japanese titles show in every reader.
      Title: PDFHexString.fromText(bookmark.title),
      Parent: root,
      Dest: [bookmark.page.ref, PDFName.of("XYZ"), PDFNull, PDFNumber.of(bookmark.top), PDFNull],
    });
    const prev = refs[i - 1];
    const next = refs[i + 1];
    if (prev) item.set(PDFName.of("Prev"), prev);
    if (next) item.set(PDFName.of("Next"), next);
    const ref = refs[i];
    if (ref) context.assign(ref, item);
  });
  const first = refs[0];
  const last = refs.at(-1);
  if (!first || !last) return;
  context.assign(root, context.obj({ Type: "Outlines", First: first, Last: last, Count: refs.length }));
  doc.catalog.set(PDFName.of("Outlines"), root);
  // Readers open with the bookmarks panel shown.
  doc.catalog.set(PDFName.of("PageMode"), PDFName.of("UseOutlines"));
}

/** A clickable area on `page` that jumps to a bookmark's spot (the contents page's lines). */
export function addLink(
  doc: PDFDocument,
  page: PDFPage,
  rect: [number, number, number, number],
  target: Bookmark,
): void {
  const annot = doc.context.register(
    doc.context.obj({
      Type: "Annot",
      Subtype: "Link",
      Rect: rect,
      Border: [0, 0, 0],
      Dest: [target.page.ref, PDFName.of("XYZ"), PDFNull, PDFNumber.of(target.top), PDFNull],
    }),
  );
  page.node.addAnnot(annot);
}
