/**
 * An .xlsx file is a ZIP archive. A few kilobytes of ZIP can claim gigabytes once unpacked (a
 * "zip bomb"), which would freeze an old laptop's tab. The archive's central directory states
 * every entry's unpacked size, so it is checked before anything is decompressed.
 */

/** The national catalogue's answers sheet unpacks to well under 1 MB; 50 MB is generous. */
export const MAX_UNPACKED_BYTES = 50_000_000;
export const MAX_ZIP_ENTRIES = 500;

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;

export type ZipProblem = 'unreadable' | 'expands-too-large';

export function zipExpansionProblem(bytes: Uint8Array): ZipProblem | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record sits in the last 22 bytes plus a comment of at most 65535 bytes.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at -= 1) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return 'unreadable';
  const entries = view.getUint16(end + 10, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (entries > MAX_ZIP_ENTRIES) return 'expands-too-large';
  let at = directoryOffset;
  let total = 0;
  for (let index = 0; index < entries; index += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_DIRECTORY_ENTRY) return 'unreadable';
    const unpacked = view.getUint32(at + 24, true);
    // 0xFFFFFFFF means the real size is in a ZIP64 field: no spreadsheet of ours needs that.
    if (unpacked === 0xffffffff) return 'expands-too-large';
    total += unpacked;
    if (total > MAX_UNPACKED_BYTES) return 'expands-too-large';
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return null;
}
