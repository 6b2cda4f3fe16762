// Writes a pdf-lib document as it is made, page by page, instead of whole at `save()`.
//
// pdf-lib keeps every page's drawing as PDFOperator objects until the document is saved, so a
// 5,000-page year book held about 350 MB of heap, and `save()` then wrote all of it into one
// buffer. Here a page's content stream is serialised (flate-compressed, as `save()` would) and
// handed on as soon as the page is finished, then dropped from the document: only the small
// objects (page dictionaries, fonts, bookmarks) wait for the end, where they are written with the
// cross-reference table and trailer, as pdf-lib's own PDFWriter writes them. Objects may come in
// any order: the table records each one's byte offset (PDF 32000-1 §7.5.4).
import {
  PDFCrossRefSection,
  PDFHeader,
  PDFName,
  PDFRef,
  PDFTrailer,
  PDFTrailerDict,
  type PDFDocument,
  type PDFObject,
  type PDFPage,
} from "pdf-lib";

const NEWLINE = 0x0a;

function ascii(text: string, into: Uint8Array, at: number): number {
  for (let i = 0; i < text.length; i++) into[at + i] = text.charCodeAt(i);
  return text.length;
}

/** The private method pdf-lib 1.17 uses to start a page's next content stream (PDFPage.js). */
interface ContentStreamOpener {
  getContentStream(useExisting: boolean): unknown;
}

export class PdfStreamWriter {
  private offset = 0;
  private readonly offsets: { ref: PDFRef; offset: number }[] = [];
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;

  constructor(private readonly doc: PDFDocument) {
    const header = PDFHeader.forVersion(1, 7);
    const bytes = new Uint8Array(header.sizeInBytes() + 2);
    const n = header.copyBytesInto(bytes, 0);
    bytes[n] = NEWLINE;
    bytes[n + 1] = NEWLINE;
    this.push(bytes);
  }

  /** Bytes written and not yet taken. */
  get buffered(): number {
    return this.pendingBytes;
  }

  /** The bytes written since the last call, as one chunk. */
  take(): Uint8Array {
    const chunk = new Uint8Array(this.pendingBytes);
    let at = 0;
    for (const part of this.pending) {
      chunk.set(part, at);
      at += part.byteLength;
    }
    this.pending = [];
    this.pendingBytes = 0;
    return chunk;
  }

  private push(bytes: Uint8Array): void {
    this.pending.push(bytes);
    this.pendingBytes += bytes.byteLength;
    this.offset += bytes.byteLength;
  }

  private writeObject(ref: PDFRef, object: PDFObject): void {
    const head = `${ref.objectNumber} ${ref.generationNumber} obj\n`;
    const tail = "\nendobj\n\n";
    const bytes = new Uint8Array(head.length + object.sizeInBytes() + tail.length);
    let at = ascii(head, bytes, 0);
    at += object.copyBytesInto(bytes, at);
    ascii(tail, bytes, at);
    this.offsets.push({ ref, offset: this.offset });
    this.push(bytes);
  }

  /**
   * Writes what has been drawn on `page` so far and lets go of it. Later drawing on the page goes
   * to a new content stream (a page's /Contents may be an array of streams, read as one);
   * `last` when nothing more will be drawn on it.
   */
  finishPage(page: PDFPage, last = false): void {
    const context = this.doc.context;
    const contents = page.node.normalizedEntries().Contents;
    const ref = contents?.get(contents.size() - 1);
    if (!contents || !(ref instanceof PDFRef)) return;
    const stream = context.lookup(ref);
    if (!stream) return;
    this.writeObject(ref, stream);
    context.delete(ref);
    // The PDFPage keeps its current stream (every operator drawn) for as long as the document
    // lives; pdf-lib's only way to let go of it is to open the next one. There is no public API
    // for this, hence the cast to the private method.
    (page as unknown as ContentStreamOpener).getContentStream(false);
    if (last) {
      const opened = contents.get(contents.size() - 1);
      contents.remove(contents.size() - 1);
      if (opened instanceof PDFRef) context.delete(opened);
    }
  }

  /** Embeds the font subsets and writes every object left, the cross-reference table and trailer. */
  async finish(): Promise<void> {
    const context = this.doc.context;
    await this.doc.flush();
    for (const [ref, object] of context.enumerateIndirectObjects()) this.writeObject(ref, object);
    const xref = PDFCrossRefSection.create();
    this.offsets.sort((a, b) => a.ref.objectNumber - b.ref.objectNumber);
    for (const { ref, offset } of this.offsets) xref.addEntry(ref, offset);
    const xrefOffset = this.offset;
    const dict = context.obj({ Size: context.largestObjectNumber + 1 });
    const { Root, Info, ID } = context.trailerInfo;
    if (Root) dict.set(PDFName.of("Root"), Root);
    if (Info) dict.set(PDFName.of("Info"), Info);
    if (ID) dict.set(PDFName.of("ID"), ID);
    const trailerDict = PDFTrailerDict.of(dict);
    const trailer = PDFTrailer.forLastCrossRefSectionOffset(xrefOffset);
    const bytes = new Uint8Array(
      xref.sizeInBytes() + 1 + trailerDict.sizeInBytes() + 2 + trailer.sizeInBytes(),
    );
    let at = xref.copyBytesInto(bytes, 0);
    bytes[at++] = NEWLINE;
    at += trailerDict.copyBytesInto(bytes, at);
    bytes[at++] = NEWLINE;
    bytes[at++] = NEWLINE;
    trailer.copyBytesInto(bytes, at);
    this.push(bytes);
  }
}
