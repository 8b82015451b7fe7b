import type { TFunction } from 'i18next';
import type { UntranslatedPlace } from '@/domain/assessment-printed-texts';

/**
 * The words for a printed text's place and state, shared by the translation view and the refusal
 * to publish (both list the same places). `t` must be bound to the `translation` namespace.
 */

/** e.g. "Justification of indicator D1.1.2", "Title of key source 4". */
export function printedTextLabel(place: Pick<UntranslatedPlace, 'field' | 'item'>, t: TFunction): string {
  return t(`fields.${place.field}`, { item: place.item });
}

/** Which language is missing or unchecked, in words: "No Arabic version", "English translation not checked". */
export function printedTextState(place: Pick<UntranslatedPlace, 'state' | 'language'>, t: TFunction): string {
  return t(`states.${place.state}.${place.language}`);
}
