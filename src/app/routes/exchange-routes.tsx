import type { StorageAccess } from '@/features/storage-health/health-panel';
import { ExchangeRoute } from './exchange-route';
import { StorageRoute } from './storage-route';

/**
 * The exchange and storage screens load as ONE lazy chunk: they share the store commands, zod
 * schemas and crypto code, and one dynamic import (rather than two) keeps the start bundle small.
 */
export function ExchangeScreens({ assessmentId, storage }: { assessmentId: string | null | undefined; storage: StorageAccess }) {
  return assessmentId === undefined ? <StorageRoute storage={storage} /> : <ExchangeRoute assessmentId={assessmentId} />;
}
