import { localize } from '@/domain/localized-text';
import type { Finding, FindingKind } from '@/domain/profile-findings';
import { FINDING_KINDS } from '@/domain/profile-findings';
import { useT } from '@/i18n/use-t';
import { AddFindingForm } from './add-finding-form';
import { FindingLine, findingText } from './finding-line';
import {
  addFinding,
  annotate,
  confirmWording,
  discardOverride,
  mergeFindings,
  moveWithinGroup,
  removeAdded,
  reword,
  setHidden,
  splitFinding,
  withOrder,
} from '@/domain/findings-editing';
import { answerBasis } from '@/domain/profile-findings';
import type { Trace } from './trace';
import type { DraftEditor } from './use-profile-editor';
import type { ProfileView } from './use-profile-model';

type Props = { readonly view: ProfileView; readonly editor: DraftEditor; readonly onTrace: (trace: Trace) => void };

/**
 * Well-developed areas and areas with potential for further development, per domain. Derived from
 * the answers (MGI publishes no score or ranking); the researcher rewords, annotates, reorders,
 * hides and adds lines, and every line keeps the indicators it rests on.
 */
export function FindingsPanel({ view, editor, onTrace }: Props) {
  const { t, locale } = useT('profile');
  const { findings, hidden, orphanedOverrides } = view.model.findings;
  const narrative = (domainId: string) => {
    const text = editor.draft.domainNarratives[domainId];
    return text ? localize(text, locale).trim() : '';
  };
  const change = (fn: (editing: typeof editor.draft.editing) => typeof editor.draft.editing) =>
    editor.update((draft) => ({ ...draft, editing: fn(draft.editing) }));
  const basisOf = (indicatorIds: readonly string[]) => answerBasis(indicatorIds, view.catalogue, view.responses);
  const visibleOrder = findings.map((f) => f.id);
  const lineOf = (finding: Finding, group: readonly Finding[], index: number) => {
    const next = group[index + 1];
    return (
      <FindingLine
        key={finding.id}
        finding={finding}
        citations={view.model.citations.get(finding.id) ?? []}
        readOnly={editor.readOnly}
        isFirst={index === 0}
        isLast={index === group.length - 1}
        onTrace={() => onTrace({ title: findingText(finding, locale), indicatorIds: finding.indicatorIds })}
        onMove={(offset) => change((editing) => withOrder(editing, moveWithinGroup(findings, finding.id, offset)))}
        onHide={() => change((editing) => (finding.derived ? setHidden(editing, finding.id, true) : removeAdded(editing, finding.id)))}
        onReword={(text) => change((editing) => reword(editing, finding.id, text, basisOf(finding.indicatorIds)))}
        onAnnotate={(note) => change((editing) => annotate(editing, finding.id, note))}
        onConfirm={() => change((editing) => confirmWording(editing, finding.id, basisOf(finding.indicatorIds)))}
        onMergeNext={
          next
            ? () =>
                change((editing) =>
                  mergeFindings(
                    editing,
                    visibleOrder,
                    finding,
                    next,
                    `merged:${crypto.randomUUID()}`,
                    basisOf([...finding.indicatorIds, ...next.indicatorIds]),
                  ),
                )
            : undefined
        }
        onSplit={
          finding.indicatorIds.length > 1
            ? (first) =>
                change((editing) =>
                  splitFinding(
                    editing,
                    visibleOrder,
                    finding,
                    first,
                    [`split:${crypto.randomUUID()}`, `split:${crypto.randomUUID()}`],
                    basisOf,
                  ),
                )
            : undefined
        }
      />
    );
  };
  return (
    <div className="profile-panel-body">
      <p className="muted">{t('findings.intro')}</p>
      {orphanedOverrides.length > 0 && (
        <div className="banner banner--warning" role="status">
          <p>{t('findings.orphaned', { count: orphanedOverrides.length })}</p>
          <ul>
            {orphanedOverrides.map((id) => (
              <li key={id}>
                <code>{id}</code>{' '}
                {!editor.readOnly && (
                  <button type="button" className="link-button" onClick={() => change((editing) => discardOverride(editing, id))}>
                    {t('findings.discardOrphan', { id })}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {view.catalogue.domains.map((domain) => {
        const inDomain = findings.filter((f) => f.domainId === domain.id);
        return (
          <section key={domain.id} className="findings-domain" aria-labelledby={`findings-${domain.id}`}>
            <h3 id={`findings-${domain.id}`}>
              <span className="muted">{domain.id}</span> {localize(domain.title, locale)}
            </h3>
            {narrative(domain.id) && <p className="findings-domain__narrative">{narrative(domain.id)}</p>}
            {FINDING_KINDS.map((kind: FindingKind) => {
              const group = inDomain.filter((f) => f.kind === kind);
              return (
                <div key={kind} className={`findings-group findings-group--${kind}`}>
                  <h4>{t(`findings.kinds.${kind}`)}</h4>
                  {group.length === 0 ? (
                    <p className="muted">{t('findings.none')}</p>
                  ) : (
                    <ul className="findings-list">{group.map((finding, index) => lineOf(finding, group, index))}</ul>
                  )}
                </div>
              );
            })}
          </section>
        );
      })}
      {hidden.length > 0 && (
        <section aria-labelledby="findings-hidden" className="findings-hidden">
          <h3 id="findings-hidden">{t('findings.hiddenTitle', { count: hidden.length })}</h3>
          <ul>
            {hidden.map((finding) => {
              const text = findingText(finding, locale);
              return (
                <li key={finding.id}>
                  {t(`findings.kinds.${finding.kind}`)}: {text}{' '}
                  {!editor.readOnly && (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => change((editing) => setHidden(editing, finding.id, false))}
                      aria-label={t('findings.restore', { text })}
                    >
                      {t('findings.restoreShort')}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {!editor.readOnly && (
        <AddFindingForm
          catalogue={view.catalogue}
          onAdd={(line) => change((editing) => addFinding(editing, { ...line, basis: basisOf(line.indicatorIds) }))}
        />
      )}
    </div>
  );
}
