import type { Source, SourceType } from './assessment';
import type { BilingualText } from './bilingual-text';
import { fieldText } from './bilingual-text';
import type { Catalogue } from './catalogue';

/**
 * The "Key sources" of a profile: every law, policy or report the working group cited, once, and
 * numbered so findings can cite them as [1], [2]. A law cited under twenty indicators is one key
 * source with twenty indicators (and the articles cited), not twenty lines.
 */

export type KeySource = {
  readonly number: number;
  readonly type: SourceType;
  readonly title: BilingualText;
  readonly date: string;
  readonly url: string;
  /** The articles or sections cited, each once, in the order first cited. */
  readonly sections: readonly BilingualText[];
  /** The source record each section was first cited in, in the same order (where it is edited). */
  readonly sectionSourceIds: readonly string[];
  /** The indicators citing it, in catalogue order. */
  readonly indicatorIds: readonly string[];
  /** The stored source rows behind it, for links to their editors. */
  readonly sourceIds: readonly string[];
};

/** The same source typed twice differs in case, spacing and trailing punctuation only. */
export function sourceKey(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u00A0]+/g, ' ')
    .replace(/^[\s"'«“]+|[\s"'».,;:”]+$/g, '')
    .trim();
}

export function keySources(catalogue: Catalogue, sources: Iterable<Source>): KeySource[] {
  const position = new Map(catalogue.indicators.map((indicator, index) => [indicator.id, index]));
  const ordered = [...sources].sort(
    (a, b) =>
      (position.get(a.indicatorId) ?? Infinity) - (position.get(b.indicatorId) ?? Infinity) ||
      a.title.localeCompare(b.title) ||
      a.id.localeCompare(b.id),
  );
  const groups = new Map<
    string,
    {
      first: Source;
      title: BilingualText;
      sections: BilingualText[];
      sectionSourceIds: string[];
      indicatorIds: string[];
      sourceIds: string[];
    }
  >();
  for (const source of ordered) {
    const title = fieldText(source.title, source.translations?.title);
    // Either language of the title identifies the source (one entry typed in Arabic, one in English).
    const keys = [title.en, title.ar].filter((text) => text.trim() !== '').map(sourceKey);
    const existing = keys.map((key) => groups.get(key)).find((group) => group !== undefined);
    const group = existing ?? { first: source, title, sections: [], sectionSourceIds: [], indicatorIds: [], sourceIds: [] };
    for (const key of keys) groups.set(key, group);
    if (!existing) group.title = title;
    else if (group.title.en.trim() === '' || group.title.ar.trim() === '') group.title = fillGaps(group.title, title);
    const section = fieldText(source.section, source.translations?.section);
    if (source.section.trim() !== '' && !group.sections.some((known) => sourceKey(known[known.original]) === sourceKey(source.section))) {
      group.sections.push(section);
      group.sectionSourceIds.push(source.id);
    }
    if (!group.indicatorIds.includes(source.indicatorId)) group.indicatorIds.push(source.indicatorId);
    group.sourceIds.push(source.id);
  }
  const unique = [...new Set(groups.values())];
  return unique.map((group, index) => ({
    number: index + 1,
    type: group.first.type,
    title: group.title,
    date: group.first.date,
    url: group.first.url,
    sections: group.sections,
    sectionSourceIds: group.sectionSourceIds,
    indicatorIds: group.indicatorIds,
    sourceIds: group.sourceIds,
  }));
}

/** A title known in one language from one row and in the other from another: keep both. */
function fillGaps(known: BilingualText, other: BilingualText): BilingualText {
  return { ...known, en: known.en.trim() ? known.en : other.en, ar: known.ar.trim() ? known.ar : other.ar };
}

/** The numbers of the key sources cited by any of the given indicators, ascending. */
export function citationsFor(indicatorIds: readonly string[], sources: readonly KeySource[]): number[] {
  const wanted = new Set(indicatorIds);
  return sources.filter((source) => source.indicatorIds.some((id) => wanted.has(id))).map((source) => source.number);
}
