/**
 * `Content-Disposition: attachment` with an RFC 6266 / RFC 8187 `filename*` carrying the Japanese
 * name, and an ASCII `filename` fallback for clients that do not read `filename*`.
 */
export function attachmentDisposition(fileName: string, asciiFallback: string): string {
  const fallback = asciiFallback.replace(/[^\x20-\x7e]|["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
