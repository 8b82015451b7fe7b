import { ExchangeError } from '@/domain/merge-errors';
import { canonicalJson } from '@/domain/merge-canonical';
import { sha256Hex } from '@/lib/sha256';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './hostile-input';

/**
 * The first checks every incoming file passes, member package or backup, before anything reads
 * its content: size (from the file's metadata, before a single byte is read), text encoding,
 * JSON syntax, dangerous keys, and the header (format name, version, checksum).
 */

export const MAX_PACKAGE_BYTES = 20 * 1024 * 1024;
/** Below 100 MB on purpose: old laptops must not be asked to parse files that large. */
export const MAX_BACKUP_BYTES = 80 * 1024 * 1024;

export const PACKAGE_FORMAT = 'mgi-workbench/member-package';
export const BACKUP_FORMAT = 'mgi-workbench/backup';

/** Keys that could reach an object's prototype if some later code assigned them naively. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Reads a picked or dropped file as text, refusing oversized files before reading them. */
export async function readLimitedText(file: Pick<Blob, 'size' | 'arrayBuffer'>, maxBytes: number): Promise<string> {
  if (file.size > maxBytes) throw new ExchangeError('too-large', { limitMb: Math.round(maxBytes / (1024 * 1024)) });
  if (file.size === 0) throw new ExchangeError('empty');
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ExchangeError('not-json');
  }
}

/** True when the text opens JSON structures it never closes: a cut-off download or copy. */
function looksTruncated(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth += 1;
    else if (char === '}' || char === ']') depth -= 1;
  }
  return inString || depth > 0;
}

/** Throws `unsafe-key` with the JSON path of the first key that names a prototype. */
export function assertNoUnsafeKeys(value: unknown, path = '$'): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => assertNoUnsafeKeys(item, `${path}[${index}]`));
    return;
  }
  for (const key of Object.keys(value)) {
    if (UNSAFE_KEYS.has(key)) throw new ExchangeError('unsafe-key', { key, path });
    assertNoUnsafeKeys((value as Record<string, unknown>)[key], `${path}.${key}`);
  }
}

export function parseJsonText(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') throw new ExchangeError('empty');
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    throw new ExchangeError(trimmed.startsWith('{') && looksTruncated(trimmed) ? 'truncated' : 'not-json');
  }
  if (nestsDeeperThan(parsed)) throw new ExchangeError('too-deep', { max: MAX_JSON_DEPTH });
  assertNoUnsafeKeys(parsed);
  return parsed;
}

export type FileHeader = { readonly format: string; readonly formatVersion: number; readonly body: Record<string, unknown> };

/**
 * Checks the format name and version. A file of the other kind (a backup offered as a package,
 * or the reverse) gets its own message, because that mix-up is the likeliest one.
 */
export function readHeader(parsed: unknown, expected: string, supportedVersion: number): FileHeader {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new ExchangeError('wrong-format');
  const body = parsed as Record<string, unknown>;
  const format = body.format;
  if (format !== expected) {
    if (format === BACKUP_FORMAT) throw new ExchangeError('is-backup');
    if (format === PACKAGE_FORMAT) throw new ExchangeError('is-package');
    throw new ExchangeError('wrong-format');
  }
  const version = body.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    throw new ExchangeError('unsupported-version', { version: String(version) });
  if (version > supportedVersion) throw new ExchangeError('future-version', { version, supported: supportedVersion });
  return { format, formatVersion: version, body };
}

export async function assertChecksum(content: unknown, claimed: unknown): Promise<void> {
  if (typeof claimed !== 'string' || claimed.toLowerCase() !== (await sha256Hex(canonicalJson(content)))) {
    throw new ExchangeError('checksum-mismatch');
  }
}

/** The path of the first zod issue, as the user can look it up in the file: `content.bundle.responses[3].answer`. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : `${text}.${String(part)}`), 'content');
}
