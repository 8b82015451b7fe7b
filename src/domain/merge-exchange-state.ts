import { z } from 'zod';
import type { MergeBase } from './merge-base';
import type { AssessmentBundle } from './merge-types';

/**
 * What a browser remembers about its exchanges for one assessment (stored in the `meta` table
 * under `exchange:<assessmentId>`): per peer browser, the base of the last package imported from
 * it, and the checksums of every package already imported, so importing one twice is a no-op.
 */

const id = z.string().min(1).max(200);
const iso = z.string().datetime({ offset: true });
const fingerprintText = z.string().min(1).max(40);

export const MergeBaseSchema = z.object({
  responses: z.record(id, z.record(z.string().max(300), fingerprintText)),
  records: z.record(z.string().max(300), fingerprintText),
}) satisfies z.ZodType<MergeBase>;

export const PeerStateSchema = z.object({ packageId: id, exportedAt: iso, importedAt: iso, base: MergeBaseSchema });
export type PeerState = z.infer<typeof PeerStateSchema>;

export const ExchangeStateSchema = z.object({
  peers: z.record(id, PeerStateSchema),
  importedPackages: z.record(z.string().max(100), iso),
});
export type ExchangeState = z.infer<typeof ExchangeStateSchema>;

export const EMPTY_EXCHANGE_STATE: ExchangeState = { peers: {}, importedPackages: {} };

export function exchangeStateKey(assessmentId: string): string {
  return `exchange:${assessmentId}`;
}

/** A stored state that fails validation (e.g. from a hand-edited backup) counts as no state. */
export function readExchangeState(value: unknown): ExchangeState {
  const parsed = ExchangeStateSchema.safeParse(value);
  return parsed.success ? parsed.data : EMPTY_EXCHANGE_STATE;
}

/** A member package after validation, as the store commands receive it. */
export type IncomingPackage = {
  readonly sha256: string;
  readonly content: {
    readonly packageId: string;
    readonly exportedAt: string;
    readonly senderDeviceId: string;
    readonly senderMemberId: string | null;
    readonly bundle: AssessmentBundle;
    readonly bases: Readonly<Record<string, { readonly packageId: string; readonly exportedAt: string; readonly base: MergeBase }>>;
  };
};
