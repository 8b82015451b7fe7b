import { EMPTY_BILINGUAL } from '@/domain/bilingual-text';
import type { DraftProblem, ThematicPriority } from '@/domain/profile-draft';
import { localize } from '@/domain/localized-text';
import { useT } from '@/i18n/use-t';
import { BilingualField } from './bilingual-field';
import type { DraftEditor } from './use-profile-editor';

/** Thematic priorities the government chose (Iraq chose four), each titled and described in both languages. */
export function PrioritiesEditor({ editor, problems }: { editor: DraftEditor; problems: readonly DraftProblem[] }) {
  const { t, locale } = useT('profile');
  const { draft, update, readOnly } = editor;
  const change = (id: string, patch: Partial<ThematicPriority>) =>
    update((d) => ({ ...d, priorities: d.priorities.map((p) => (p.id === id ? { ...p, ...patch } : p)) }));
  const move = (index: number, offset: -1 | 1) =>
    update((d) => {
      const list = [...d.priorities];
      const [item] = list.splice(index, 1);
      if (item) list.splice(index + offset, 0, item);
      return { ...d, priorities: list };
    });
  return (
    <section aria-labelledby="priorities-title" className="narrative-section">
      <h3 id="priorities-title">{t('priorities.title')}</h3>
      <p className="muted">{t('priorities.hint')}</p>
      <ol className="priority-list">
        {draft.priorities.map((priority, index) => {
          const name = localize(priority.title, locale) || t('priorities.untitled', { number: index + 1 });
          const problem = problems.find((p) => p.where === priority.id);
          return (
            <li key={priority.id} className="priority card">
              <BilingualField
                singleLine
                label={t('priorities.itemTitle', { number: index + 1 })}
                value={priority.title}
                readOnly={readOnly}
                error={problem?.code === 'priority-title-missing' ? t('problems.priority-title-missing') : undefined}
                onChange={(title) => change(priority.id, { title })}
              />
              <BilingualField
                label={t('priorities.itemText', { number: index + 1 })}
                value={priority.text}
                readOnly={readOnly}
                rows={2}
                error={problem?.code === 'text-too-long' ? t('problems.text-too-long') : undefined}
                onChange={(text) => change(priority.id, { text })}
              />
              {!readOnly && (
                <div className="form-actions">
                  <button
                    type="button"
                    className="button"
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                    aria-label={t('priorities.moveUp', { name })}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button"
                    disabled={index === draft.priorities.length - 1}
                    onClick={() => move(index, 1)}
                    aria-label={t('priorities.moveDown', { name })}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="button button--danger"
                    onClick={() => update((d) => ({ ...d, priorities: d.priorities.filter((p) => p.id !== priority.id) }))}
                  >
                    {t('priorities.remove', { name })}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {!readOnly && (
        <button
          type="button"
          className="button"
          onClick={() =>
            update((d) => ({
              ...d,
              priorities: [...d.priorities, { id: crypto.randomUUID(), title: EMPTY_BILINGUAL, text: EMPTY_BILINGUAL }],
            }))
          }
        >
          {t('priorities.add')}
        </button>
      )}
    </section>
  );
}
