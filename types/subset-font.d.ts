// subset-font 2.9 ships no types, and @types/subset-font (2.3) predates the options used here.
declare module "subset-font" {
  interface SubsetFontOptions {
    targetFormat?: "sfnt" | "woff" | "woff2" | "truetype";
    preserveNameIds?: readonly number[];
    keepFeatures?: readonly string[];
    noLayoutClosure?: boolean;
    dropTables?: readonly string[];
  }

  export default function subsetFont(
    buffer: Buffer,
    text: string,
    options?: SubsetFontOptions,
  ): Promise<Buffer>;
}
