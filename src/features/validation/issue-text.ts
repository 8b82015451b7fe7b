import type { Translate } from '@/i18n/keys';
import type { Catalogue } from '@/domain/catalogue';
import type { Locale } from '@/domain/localized-text';
import { localize } from '@/domain/localized-text';
import type { ValidationIssue } from '@/domain/validation';
import { ValidationRuleViolation } from '@/domain/validation';
import { errorMessage } from '@/i18n/error-message';
import type { Wording } from '@/i18n/wording';
import { translatorIn } from '@/i18n/wording';

/** Groups rule issues by form field, translated; `domains` fills the domain lists some messages name. */
export function issuesByField(issues: readonly ValidationIssue[], t: Translate<'validation'>, domains = ''): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const issue of issues) byField[issue.field] ??= t(`issues.${issue.code}`, { domains });
  return byField;
}

/** The message for a failed command: the rule's own words, or the storage failure's. */
export function failureMessage(error: unknown, t: Translate<'validation'>, locale: Locale): string {
  if (error instanceof ValidationRuleViolation) return Object.values(issuesByField(error.issues, t)).join(' ');
  return errorMessage(error, locale);
}

/** The same, worded at each render (a notice follows a language switch). */
export function failureWording(error: unknown): Wording {
  return (locale) => failureMessage(error, translatorIn(locale, 'validation'), locale);
}

export function domainNames(catalogue: Catalogue, ids: readonly string[], locale: Locale): string {
  return ids
    .map((id) => {
      const domain = catalogue.domains.find((d) => d.id === id);
      return domain ? localize(domain.title, locale) : id;
    })
    .join(locale === 'ar' ? '، ' : ', ');
}

/** Today in the user's own calendar (YYYY-MM-DD), which is what a meeting date is compared with. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
