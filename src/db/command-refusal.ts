import type { Refusal } from '@/domain/refusal';
import { CommandRefused } from '@/domain/refusal';
import { guardStorage } from './storage-errors';

export type { Refusal } from '@/domain/refusal';
export { CommandRefused } from '@/domain/refusal';

/** Like guardStorage, but lets rule refusals through unchanged so the UI can explain them. */
export function guardCommand<T>(operation: () => Promise<T>): Promise<T> {
  return guardStorage(operation, (error) => error instanceof CommandRefused);
}

export function refuse(refusal: Refusal): never {
  throw new CommandRefused(refusal);
}
