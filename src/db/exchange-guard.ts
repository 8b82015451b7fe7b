import { isExchangeError } from '@/domain/merge-errors';
import { guardStorage } from './storage-errors';

/**
 * Like guardStorage, but a refusal decided by the exchange commands themselves (an ExchangeError
 * thrown inside the transaction, which aborts it) reaches the UI as is, with its own message.
 */
export function guardExchange<T>(operation: () => Promise<T>): Promise<T> {
  return guardStorage(operation, isExchangeError);
}
