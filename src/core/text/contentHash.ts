import type { HashedDocument, ParsedDocument } from '../model/document.ts';

/** SHA-256 of the UTF-8 text as lowercase hex; Web Crypto works in Node 20, browsers and workers. */
export async function contentHash(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
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
