import type { ImportProblemDetail } from '../model/importProblem.ts';
import { MAX_ARCHIVE_BYTES } from './zipArchive.ts';

const BLOCK = 512;
const decoder = new TextDecoder();

const USTAR = [0x75, 0x73, 0x74, 0x61, 0x72];

/** A tar archive by the "ustar" magic of its first header (POSIX and GNU tar write it). */
export function isTarArchive(bytes: Uint8Array): boolean {
  return bytes.length >= BLOCK && USTAR.every((byte, i) => bytes[257 + i] === byte);
}

/** A NUL-terminated field of a header. */
function field(header: Uint8Array, start: number, length: number): string {
  const bytes = header.subarray(start, start + length);
  const end = bytes.indexOf(0);
  return decoder.decode(end < 0 ? bytes : bytes.subarray(0, end));
}

/** An octal number field; NaN when it is not one (base-256 sizes among them, which only files over 8 GiB need). */
function octal(header: Uint8Array, start: number, length: number): number {
  const text = field(header, start, length).trim();
  return /^[0-7]+$/.test(text) ? parseInt(text, 8) : Number.NaN;
}

/** The checksum a header's chksum field must hold: its bytes summed, the field itself counted as spaces. */
function checksum(header: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (header[i] as number);
  return sum;
}

/** The path a pax extended header (`NN path=VALUE\n` records) gives the entry after it, if any. */
function paxPath(data: Uint8Array): string | undefined {
  const text = decoder.decode(data);
  for (let at = 0; at < text.length; ) {
    const space = text.indexOf(' ', at);
    const length = Number(text.slice(at, space));
    if (space < 0 || !Number.isInteger(length) || length <= 0) return undefined;
    const record = text.slice(space + 1, at + length - 1);
    if (record.startsWith('path=')) return record.slice(5);
    at += length;
  }
  return undefined;
}

/** Folders' leftovers and what macOS adds: AppleDouble "._" files and .DS_Store. */
const isSkipped = (path: string) => /(^|\/)(\._[^/]*|\.DS_Store)$/.test(path);

/**
 * The regular files of a tar archive (a brat corpus as .tar or, unpacked from gzip,
 * .tar.gz), [path, bytes] in the archive's order, with the long names of pax and GNU
 * headers; links, folders and devices are left out. Or why they cannot be had: a
 * header whose checksum or size is wrong (a damaged or cut archive), more than
 * MAX_ARCHIVE_BYTES of files, or no file at all.
 */
export function unpackTarArchive(bytes: Uint8Array): { files: [string, Uint8Array][] } | { problem: ImportProblemDetail } {
  const files: [string, Uint8Array][] = [];
  const broken = (detail: string) => ({ problem: { code: 'archive-unreadable', values: { detail } } as const });
  let total = 0;
  let longName: string | undefined;
  for (let at = 0; at + BLOCK <= bytes.length; ) {
    const header = bytes.subarray(at, at + BLOCK);
    // The archive ends with zero blocks.
    if (header.every((byte) => byte === 0)) break;
    if (octal(header, 148, 8) !== checksum(header)) return broken(`the header at byte ${at} is damaged`);
    const size = octal(header, 124, 12);
    const start = at + BLOCK;
    if (!Number.isSafeInteger(size) || start + size > bytes.length) return broken(`the entry at byte ${at} runs past the end of the archive`);
    const data = bytes.subarray(start, start + size);
    at = start + Math.ceil(size / BLOCK) * BLOCK;
    const type = String.fromCharCode(header[156] as number);
    if (type === 'x' || type === 'L') {
      longName = type === 'x' ? paxPath(data) : field(data, 0, data.length);
      continue;
    }
    const prefix = field(header, 345, 155);
    const path = longName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
    longName = undefined;
    if ((type !== '0' && type !== '\0') || isSkipped(path)) continue;
    total += size;
    if (total > MAX_ARCHIVE_BYTES) return { problem: { code: 'archive-too-large', values: { limit: MAX_ARCHIVE_BYTES / (1024 * 1024) } } };
    files.push([path, data.slice()]);
  }
  return files.length === 0 ? { problem: { code: 'archive-empty', values: {} } } : { files };
}
