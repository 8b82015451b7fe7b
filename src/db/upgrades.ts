import type { Transaction } from 'dexie';
import type { Response, Source } from '@/domain/assessment';
import { withResponseTranslations, withSourceTranslations } from '@/domain/bilingual-records';
import { normalizeProfileDraft } from '@/domain/profile-draft';

/**
 * Row reshaping for schema versions that need it, by version number (schema.ts lists the stores).
 * Dexie runs each in the upgrade transaction: all rows change, or the database stays at the old
 * version and nothing is lost.
 */

/** Version 2: every free text becomes bilingual; what was typed stays, as the original in its own script's language. */
async function upgradeToBilingual(transaction: Transaction): Promise<void> {
  await transaction
    .table<Response>('responses')
    .toCollection()
    .modify((response, ref) => {
      ref.value = withResponseTranslations(response);
    });
  await transaction
    .table<Source>('sources')
    .toCollection()
    .modify((source, ref) => {
      ref.value = withSourceTranslations(source);
    });
  await transaction
    .table('profiles')
    .toCollection()
    .modify((draft: unknown, ref: { value: unknown }) => {
      ref.value = normalizeProfileDraft(draft);
    });
}

export const SCHEMA_UPGRADES: Readonly<Record<number, (transaction: Transaction) => Promise<void>>> = {
  2: upgradeToBilingual,
};
