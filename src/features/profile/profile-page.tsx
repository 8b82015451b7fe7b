import { useState } from 'react';
import type { ReactNode } from 'react';
import type { CatalogueSet } from '@/catalog/load-catalogues';
import type { ProfileInputs } from '@/db/profile-live';
import { useProfileInputs } from '@/db/profile-live';
import { useMembers } from '@/db/live';
import { textDirection } from '@/domain/localized-text';
import { profileDraftProblems } from '@/domain/profile-draft';
import { assessmentName } from '@/i18n/assessment-name';
import { formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { hrefFor, replaceParams, useLocation } from '@/routing/router';
import { useUiStore } from '@/state/ui-store';
import { useFocusRequest } from '@/components/ui/use-focus-request';
import { EvidencePanel } from './evidence-panel';
import { FindingsPanel } from './findings-panel';
import { GcmSdgPanel } from './gcm-sdg-panel';
import { NarrativePanel } from './narrative-panel';
import { OverviewPanel } from './overview-panel';
import { ProfileTabs } from './profile-tabs';
import { RoundsPanel } from './rounds-panel';
import { SaveStatus } from './save-status';
import type { Trace } from './trace';
import { useProfileEditor } from './use-profile-editor';
import { useProfileView } from './use-profile-model';
import './profile.css';
import './profile-editors.css';
import './profile-evidence.css';

const TABS = ['overview', 'findings', 'narrative', 'gcm-sdg', 'rounds'] as const;
type Tab = (typeof TABS)[number];

/** The country profile: what officials judge the country by, and what the researcher drafts. */
type Tools = (readOnly: boolean) => ReactNode;

export function ProfilePage({
  assessmentId,
  catalogues,
  tools,
}: {
  assessmentId: string;
  catalogues: CatalogueSet | undefined;
  tools?: Tools;
}) {
  const { t } = useT('profile');
  const inputs = useProfileInputs(assessmentId);
  if (inputs === undefined || catalogues === undefined) return <p role="status">{t('common:loading')}</p>;
  if (inputs === null) {
    return (
      <section>
        <h1>{t('missing')}</h1>
        <a href={hrefFor({ name: 'home' })}>{t('common:back')}</a>
      </section>
    );
  }
  return <LoadedProfile inputs={inputs} catalogues={catalogues} tools={tools} />;
}

function LoadedProfile({ inputs, catalogues, tools }: { inputs: ProfileInputs; catalogues: CatalogueSet; tools: Tools | undefined }) {
  const { t, locale } = useT('profile');
  const { assessment } = inputs;
  const { params } = useLocation();
  const memberId = useUiStore((state) => state.currentMembers[assessment.id] ?? null);
  const readOnly = assessment.phase === 'published';
  const editor = useProfileEditor(assessment.id, inputs.draft, memberId, readOnly);
  const members = useMembers(assessment.id);
  const lastEditor = members?.find((member) => member.id === inputs.draft?.updatedBy)?.name ?? null;
  const view = useProfileView(inputs, catalogues, editor.draft.editing, locale);
  const [trace, setTrace] = useState<Trace | null>(null);
  const requested = params.get('tab');
  const tab: Tab = (TABS as readonly string[]).includes(requested ?? '') ? (requested as Tab) : 'overview';
  const selectTab = (id: string) => {
    const next = new URLSearchParams(params);
    next.set('tab', id);
    replaceParams(next);
  };
  const name = assessmentName(assessment, locale);
  // A link from the translation view opens the tab at the text's editor (`focus` is its anchor).
  useFocusRequest(params.get('focus'), view !== null);
  const problems = profileDraftProblems(editor.draft);
  return (
    <article className="profile-page">
      <header className="section-header profile-header">
        <div>
          <h1>
            {t('title', { name })}
            {assessment.isDemo && <span className="badge badge--demo">{t('common:demoBadge')}</span>}
          </h1>
          <p className="muted">
            {t('subtitle', { round: formatNumber(assessment.round, locale), year: assessment.year })} ·{' '}
            {t(`common:phases.${assessment.phase}`)}
          </p>
          <p className="profile-header__links">
            <a href={hrefFor({ name: 'assessment', assessmentId: assessment.id })}>{t('openWorkspace')}</a>
          </p>
        </div>
        <div className="button-row profile-header__tools">{tools?.(readOnly)}</div>
        <SaveStatus assessmentId={assessment.id} readOnly={readOnly} lastEditor={lastEditor} storedAt={inputs.draft?.updatedAt ?? null} />
      </header>
      <p className="profile-principle">{t('noRanking')}</p>
      {readOnly && <p className="banner banner--info">{t('readOnly')}</p>}
      {!view ? (
        <p role="alert">{t('catalogueMissing', { key: `${assessment.frameworkId}@${assessment.catalogueVersion}` })}</p>
      ) : (
        <ProfileTabs
          label={t('tabs.label')}
          tabs={TABS.map((id) => ({ id, label: t(`tabs.${id}`) }))}
          selected={tab}
          onSelect={selectTab}
          rtl={textDirection(locale) === 'rtl'}
        >
          {tab === 'overview' && <OverviewPanel view={view} draft={editor.draft} onTrace={setTrace} />}
          {tab === 'findings' && <FindingsPanel view={view} editor={editor} onTrace={setTrace} />}
          {tab === 'narrative' && (
            <NarrativePanel view={view} editor={editor} problems={problems} assessment={assessment} memberId={memberId} />
          )}
          {tab === 'gcm-sdg' && <GcmSdgPanel view={view} onTrace={setTrace} />}
          {tab === 'rounds' && (
            <RoundsPanel
              view={view}
              assessment={assessment}
              previous={inputs.previous?.assessment ?? null}
              previousMissing={inputs.previousMissing}
              onTrace={setTrace}
            />
          )}
        </ProfileTabs>
      )}
      {trace && view && (
        <EvidencePanel
          assessmentId={assessment.id}
          trace={trace}
          catalogue={view.catalogue}
          responses={view.responses}
          sourcesByIndicator={view.sourcesByIndicator}
          onClose={() => setTrace(null)}
        />
      )}
    </article>
  );
}
