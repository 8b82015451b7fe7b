import type { Member } from './assessment';

/**
 * Who did something. Every change is attributed to a person: a member of the working group or
 * the secretariat that serves it (staff who are not members). `null` only survives in records
 * written before attribution was required; screens call that "unknown".
 */

export const SECRETARIAT_ID = 'secretariat';

export function isSecretariat(actorId: string | null | undefined): boolean {
  return actorId === SECRETARIAT_ID;
}

/** Members still taking part: the ones pickers offer. Retired members stay for attribution only. */
export function activeMembers(members: readonly Member[]): Member[] {
  return members.filter((member) => !member.retired);
}

export const MEMBER_ORDERS = ['entry', 'alphabetical'] as const;
export type MemberOrder = (typeof MEMBER_ORDERS)[number];

/** Entry order (when each joined) or alphabetical in the reader's language. */
export function orderMembers(members: readonly Member[], order: MemberOrder, locale: string): Member[] {
  const sorted = [...members];
  if (order === 'alphabetical') {
    const collator = new Intl.Collator(locale, { sensitivity: 'base' });
    sorted.sort((a, b) => collator.compare(a.name, b.name) || a.createdAt.localeCompare(b.createdAt));
  } else sorted.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  return sorted;
}

export type ActorLabels = { readonly secretariat: string; readonly unknown: string };

/** The name a record shows for whoever acted: the member's name (with institution), the secretariat, or unknown. */
export function actorName(
  actorId: string | null | undefined,
  members: readonly Member[],
  labels: ActorLabels,
  withInstitution = false,
): string {
  if (!actorId) return labels.unknown;
  if (isSecretariat(actorId)) return labels.secretariat;
  const member = members.find((m) => m.id === actorId);
  if (!member) return labels.unknown;
  return withInstitution && member.institution ? `${member.name} (${member.institution})` : member.name;
}
