import type { AssessmentBundle } from '@/domain/merge-types';
import { isSecretariat } from '@/domain/actor';

/**
 * What a member package holds and who sent it, read from its (checksummed) content: the
 * assessment's country, level, round and year, the sender's name and institution and the export
 * time. The same facts name the file and head it, so a package says what it is before it is opened.
 */

export type PackageLabel = {
  readonly countryCode: string;
  readonly placeName: string | null;
  readonly level: 'national' | 'local';
  readonly round: number;
  readonly year: number;
  /** null: the sender had not said who was working (older packages). */
  readonly senderName: string | null;
  readonly senderInstitution: string | null;
  readonly senderIsSecretariat: boolean;
  readonly exportedAt: string;
};

export function packageLabel(content: {
  readonly bundle: AssessmentBundle;
  readonly senderMemberId: string | null;
  readonly exportedAt: string;
}): PackageLabel {
  const { assessment, members } = content.bundle;
  const sender = members.find((member) => member.id === content.senderMemberId);
  return {
    countryCode: assessment.countryCode,
    placeName: assessment.placeName ?? null,
    level: assessment.level,
    round: assessment.round,
    year: assessment.year,
    senderName: sender?.name ?? null,
    senderInstitution: sender?.institution || null,
    senderIsSecretariat: isSecretariat(content.senderMemberId),
    exportedAt: content.exportedAt,
  };
}

/** Letters of any script, digits and dashes: names stay readable (Arabic too) and safe on every file system. */
function slug(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

/** e.g. mgi-package_KE_national_round-1_2026_Wanjiru-Kamau_Ministry-of-Interior_2026-10-14-0930.json */
export function packageFileName(label: PackageLabel): string {
  const sender = label.senderIsSecretariat
    ? 'secretariat'
    : [label.senderName, label.senderInstitution]
        .filter(Boolean)
        .map((part) => slug(part ?? ''))
        .join('_');
  const parts = [
    'mgi-package',
    slug([label.countryCode, label.placeName].filter(Boolean).join('-')) || 'assessment',
    label.level,
    `round-${label.round}`,
    String(label.year),
    sender || 'unknown-sender',
    label.exportedAt
      .slice(0, 16)
      .replace(/[:T]/g, '-')
      .replace(/-(\d\d)-(\d\d)$/, '-$1$2'),
  ];
  return `${parts.join('_')}.json`;
}

/** The human-readable head of a package file (not trusted on import: the preview reads the content). */
export function packageAbout(label: PackageLabel): Record<string, unknown> {
  return {
    country: label.countryCode,
    ...(label.placeName ? { place: label.placeName } : {}),
    level: label.level,
    round: label.round,
    year: label.year,
    sender: label.senderIsSecretariat ? 'secretariat' : { name: label.senderName, institution: label.senderInstitution },
    exportedAt: label.exportedAt,
  };
}
