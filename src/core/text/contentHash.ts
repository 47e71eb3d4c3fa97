import type { HashedDocument, ParsedDocument } from '../model/document.ts';

const encoder = new TextEncoder();
/** Two lowercase hex digits per byte value: an import hashes every document. */
const HEX_BYTES = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** SHA-256 of the UTF-8 text as lowercase hex; Web Crypto works in Node 20, browsers and workers. */
export async function contentHash(text: string): Promise<string> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', encoder.encode(text)));
  let hex = '';
  for (const byte of digest) hex += HEX_BYTES[byte];
  return hex;
}

/** 64 bits of the hash: short enough to read, long enough that collisions are not a concern. */
export function documentIdFromHash(hash: string): string {
  return hash.slice(0, 16);
}

/** Adds hash and id to each document, keeping whatever else it carries. */
export async function hashDocuments<T extends ParsedDocument>(docs: readonly T[]): Promise<(T & HashedDocument)[]> {
  return Promise.all(
    docs.map(async (doc) => {
      const hash = await contentHash(doc.text);
      return { ...doc, hash, id: documentIdFromHash(hash) };
    }),
  );
}
