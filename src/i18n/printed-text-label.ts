import type { UntranslatedPlace } from '@/domain/assessment-printed-texts';
import type { Locale } from '@/domain/localized-text';
import { localize } from '@/domain/localized-text';
import type { KeyIn, Translate } from './keys';
import { keyFor } from './keys';

/**
 * The words for a printed text's place and state, shared by the translation view and the refusal
 * to publish (both list the same places).
 */

const FIELD_KEYS: { readonly [field: string]: KeyIn<'translation'> } = {
  territorialScope: 'fields.territorialScope',
  acknowledgements: 'fields.acknowledgements',
  objective: 'fields.objective',
  introduction: 'fields.introduction',
  methodology: 'fields.methodology',
  domainNarrative: 'fields.domainNarrative',
  'keyData.label': 'fields.keyData.label',
  'keyData.value': 'fields.keyData.value',
  'keyData.source': 'fields.keyData.source',
  'priority.title': 'fields.priority.title',
  'priority.text': 'fields.priority.text',
  finding: 'fields.finding',
  'source.title': 'fields.source.title',
  'source.section': 'fields.source.section',
  justification: 'fields.justification',
  notApplicableReason: 'fields.notApplicableReason',
  reservations: 'fields.reservations',
};

/**
 * e.g. "Justification of indicator D1.1.2", "Title of key source 4", "Reservations on domain D4
 * (Well-being of migrants)": a domain is named as well as numbered, in the screen's language.
 */
export function printedTextLabel(
  place: Pick<UntranslatedPlace, 'field' | 'item' | 'itemTitle'>,
  t: Translate<'translation'>,
  locale: Locale,
): string {
  const item = place.itemTitle ? `${place.item} (${localize(place.itemTitle, locale)})` : place.item;
  const key = keyFor(FIELD_KEYS, place.field);
  return key ? t(key, { item }) : `${place.field} ${item}`;
}

/** Which language is missing or unchecked, in words: "No Arabic version", "English translation not checked". */
export function printedTextState(place: Pick<UntranslatedPlace, 'state' | 'language'>, t: Translate<'translation'>): string {
  return t(`states.${place.state}.${place.language}`);
}
