import type { Refusal } from '@/domain/refusal';
import { classifyStorageError } from './storage-errors';

export type { Refusal } from '@/domain/refusal';

/**
 * A write the rules refused (as opposed to a store failure): the assessment is locked, a reason
 * is missing, someone else changed the same field. Nothing was written; the UI explains `refusal`.
 */

export class CommandRefused extends Error {
  constructor(readonly refusal: Refusal) {
    super(`command refused: ${refusal.code}`);
    this.name = 'CommandRefused';
  }
}

/** Like guardStorage, but lets rule refusals through unchanged so the UI can explain them. */
export async function guardCommand<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (error instanceof CommandRefused) throw error;
    throw classifyStorageError(error);
  }
}

export function refuse(refusal: Refusal): never {
  throw new CommandRefused(refusal);
}
