import { useId, useState } from 'react';
import type { GlossaryEntry } from '@/domain/reference-data';
import { localize } from '@/domain/localized-text';
import type { Locale } from '@/domain/localized-text';

/**
 * A key term with its glossary definition and Iraqi usage note in a tooltip. The trigger is a
 * button, so it is reached by keyboard; the tooltip opens on hover, focus or click, closes with
 * Escape, and is always the button's accessible description, so screen readers read it too.
 */
export function GlossaryTerm({ entry, locale, usageLabel }: { entry: GlossaryEntry; locale: Locale; usageLabel: string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <span className="glossary-term" onMouseEnter={() => setOpen(true)} onMouseLeave={() => setOpen(false)}>
      <button
        type="button"
        className="glossary-term__button"
        aria-describedby={id}
        aria-expanded={open}
        data-glossary-term={entry.id}
        onClick={() => setOpen(!open)}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setOpen(false);
        }}
      >
        {localize(entry.term, locale)}
      </button>
      <span role="tooltip" id={id} className="glossary-term__tip" hidden={!open}>
        {localize(entry.definition, locale)} <em>{usageLabel}</em> {localize(entry.iraqiUsage, locale)}
      </span>
    </span>
  );
}

/** A short row of key terms for a screen, each with its tooltip; nothing when the glossary is missing. */
export function KeyTerms({
  glossary,
  ids,
  locale,
  label,
  usageLabel,
}: {
  glossary: readonly GlossaryEntry[];
  ids: readonly string[];
  locale: Locale;
  label: string;
  usageLabel: string;
}) {
  const entries = ids.map((id) => glossary.find((entry) => entry.id === id)).filter((entry): entry is GlossaryEntry => entry !== undefined);
  if (entries.length === 0) return null;
  return (
    <p className="key-terms" data-testid="key-terms">
      <span className="key-terms__label">{label}</span>{' '}
      {entries.map((entry) => (
        <GlossaryTerm key={entry.id} entry={entry} locale={locale} usageLabel={usageLabel} />
      ))}
    </p>
  );
}
