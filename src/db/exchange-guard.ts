import { isExchangeError } from '@/domain/merge-errors';
import { classifyStorageError } from './storage-errors';

/**
 * Like guardStorage, but a refusal decided by the exchange commands themselves (an ExchangeError
 * thrown inside the transaction, which aborts it) reaches the UI as is, with its own message.
 */
export async function guardExchange<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (isExchangeError(error)) throw error;
    throw classifyStorageError(error);
  }
}
