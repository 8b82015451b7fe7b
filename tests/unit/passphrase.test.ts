import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '@/interchange/crypto-digest';
import { decryptText, encryptText, MIN_PBKDF2_ITERATIONS } from '@/interchange/crypto-passphrase';

/** "café" typed two ways: é as one code point (NFC) and as e + combining accent (NFD). */
const NFC = 'caf\u00e9 au lait 2026';
const NFD = 'cafe\u0301 au lait 2026';

/** What the app wrote before passphrases were normalised: the key came from the raw text. */
async function encryptLikeOldCode(plaintext: string, passphrase: string) {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  const key = await crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: MIN_PBKDF2_ITERATIONS },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt'],
  );
  const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(plaintext)));
  return {
    header: {
      cipher: 'AES-GCM',
      kdf: 'PBKDF2',
      hash: 'SHA-256',
      iterations: MIN_PBKDF2_ITERATIONS,
      salt: bytesToBase64(salt),
      iv: bytesToBase64(iv),
    },
    ciphertext: bytesToBase64(ciphertext),
  };
}

describe('backup passphrases', () => {
  it('opens a file with the same visible passphrase typed in another Unicode form', async () => {
    expect(NFC).not.toBe(NFD);
    const { header, ciphertext } = await encryptText('secret', NFD);
    expect(await decryptText(header, ciphertext, NFC)).toBe('secret');
    const reverse = await encryptText('secret', NFC);
    expect(await decryptText(reverse.header, reverse.ciphertext, NFD)).toBe('secret');
  });

  it('still opens files written before normalisation with the passphrase as it was typed then', async () => {
    const old = await encryptLikeOldCode('old secret', NFD);
    expect(base64ToBytes(old.header.salt)).toHaveLength(16);
    expect(await decryptText(old.header, old.ciphertext, NFD)).toBe('old secret');
    await expect(decryptText(old.header, old.ciphertext, 'wrong passphrase')).rejects.toMatchObject({ code: 'wrong-passphrase' });
  });

  it('refuses to make a key from a passphrase shorter than 8 characters, counted after normalisation', async () => {
    await expect(encryptText('x', 'seven77')).rejects.toMatchObject({ code: 'passphrase-too-short', detail: { count: 8 } });
    // Eight visible characters, nine code points before NFC: accepted.
    await expect(encryptText('x', 'cafe\u0301-ok!')).resolves.toHaveProperty('ciphertext');
    await expect(encryptText('x', 'caf\u00e9')).rejects.toMatchObject({ code: 'passphrase-too-short' });
  });
});
