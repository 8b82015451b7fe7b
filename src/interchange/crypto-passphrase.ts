import { z } from 'zod';
import { ExchangeError } from '@/domain/merge-errors';
import { base64ToBytes, bytesToBase64 } from './crypto-digest';

/**
 * Optional passphrase encryption of backups: AES-GCM (256-bit) with a key derived by
 * PBKDF2-SHA-256. Salt and IV are random per file and stored in its header; GCM's tag makes a
 * wrong passphrase and a tampered file fail the same way, before any content is trusted.
 */

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256; about half a second on an old laptop. */
export const PBKDF2_ITERATIONS = 600_000;
/** Files with fewer iterations are refused (the floor); far more would freeze the tab. */
export const MIN_PBKDF2_ITERATIONS = 310_000;
const MAX_ITERATIONS = 10_000_000;
/** The shortest passphrase a key is made from, counted in characters after normalisation. */
export const MIN_PASSPHRASE_LENGTH = 8;

/**
 * The same visible passphrase can arrive in different Unicode forms (an Arabic or accented
 * letter typed on another keyboard or pasted from another app), so keys are derived from its NFC
 * form. Files written before this rule derived from the raw text; decryptText tries that too.
 */
export function normalisePassphrase(passphrase: string): string {
  return passphrase.normalize('NFC');
}

export function passphraseLength(passphrase: string): number {
  return [...normalisePassphrase(passphrase)].length;
}

export const EncryptionHeaderSchema = z.object({
  cipher: z.literal('AES-GCM'),
  kdf: z.literal('PBKDF2'),
  hash: z.literal('SHA-256'),
  iterations: z.number().int(),
  salt: z.string().min(1).max(100),
  iv: z.string().min(1).max(100),
});
export type EncryptionHeader = z.infer<typeof EncryptionHeaderSchema>;

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
}

export async function encryptText(plaintext: string, passphrase: string): Promise<{ header: EncryptionHeader; ciphertext: string }> {
  if (passphrase === '') throw new ExchangeError('passphrase-required');
  if (passphraseLength(passphrase) < MIN_PASSPHRASE_LENGTH)
    throw new ExchangeError('passphrase-too-short', { count: MIN_PASSPHRASE_LENGTH });
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(normalisePassphrase(passphrase), salt, PBKDF2_ITERATIONS);
  const encrypted = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(plaintext));
  return {
    header: {
      cipher: 'AES-GCM',
      kdf: 'PBKDF2',
      hash: 'SHA-256',
      iterations: PBKDF2_ITERATIONS,
      salt: bytesToBase64(salt),
      iv: bytesToBase64(iv),
    },
    ciphertext: bytesToBase64(new Uint8Array(encrypted)),
  };
}

export async function decryptText(header: unknown, ciphertext: unknown, passphrase: string): Promise<string> {
  const parsed = EncryptionHeaderSchema.safeParse(header);
  if (!parsed.success || typeof ciphertext !== 'string') throw new ExchangeError('unsupported-encryption');
  const { iterations } = parsed.data;
  if (iterations < MIN_PBKDF2_ITERATIONS || iterations > MAX_ITERATIONS) throw new ExchangeError('unsupported-encryption');
  if (passphrase === '') throw new ExchangeError('passphrase-required');
  let salt: Uint8Array<ArrayBuffer>;
  let iv: Uint8Array<ArrayBuffer>;
  let data: Uint8Array<ArrayBuffer>;
  try {
    salt = base64ToBytes(parsed.data.salt);
    iv = base64ToBytes(parsed.data.iv);
    data = base64ToBytes(ciphertext);
  } catch {
    throw new ExchangeError('unsupported-encryption');
  }
  if (iv.length !== 12 || salt.length < 8) throw new ExchangeError('unsupported-encryption');
  const normalised = normalisePassphrase(passphrase);
  // Files written before normalisation used the raw text, which may have been in either form
  // whatever form is typed today: the text as typed and its decomposed form are tried too, each
  // only when it differs (an ASCII passphrase costs one key derivation, as before).
  const candidates = [...new Set([normalised, passphrase, passphrase.normalize('NFD')])];
  for (const candidate of candidates) {
    const key = await deriveKey(candidate, salt, iterations);
    try {
      return new TextDecoder().decode(await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, data));
    } catch {
      // a wrong key: try the next form, then refuse
    }
  }
  throw new ExchangeError('wrong-passphrase');
}
