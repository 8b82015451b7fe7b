import { useId, useRef, useState } from 'react';
import type { ChangeEvent } from 'react';
import { Field } from '@/components/ui/field';
import type { FileProgress } from '@/components/ui/file-task-progress';
import { FileTaskProgress } from '@/components/ui/file-task-progress';
import { storeImportedCatalogue } from '@/db/catalogue-store';
import type { Catalogue } from '@/domain/catalogue';
import { catalogueKey } from '@/domain/catalogue';
import { localize } from '@/domain/localized-text';
import { errorMessage } from '@/i18n/error-message';
import { formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { schemaProblemSentence } from '@/i18n/schema-problem-text';
import { MAX_JSON_DEPTH } from '@/interchange/hostile-input';
import type { CatalogueImportProblem } from '@/interchange/catalogue-import';
import { exchangeErrorMessage } from '@/interchange/package-error-text';
import { isFileTaskStopped, runFileTask } from '@/interchange/file-task-client';
import { notify } from '@/state/ui-store';
import './catalogue-import.css';
import { translatorIn, wordingIn } from '@/i18n/wording';
import type { Wording } from '@/i18n/wording';
import type { Locale } from '@/domain/localized-text';

type Props = {
  readonly catalogues: readonly Catalogue[];
  readonly importedKeys: ReadonlySet<string>;
  /** Called once a file is stored, so the app re-reads its catalogues. */
  readonly onImported: () => void;
};

/** Lists the installed catalogues and adds a user's catalogue file after checking all of it. */
export function CatalogueImportPage({ catalogues, importedKeys, onImported }: Props) {
  const { t, locale } = useT('catalogue-import');
  const [status, setStatus] = useState<Wording | null>(null);
  const [problems, setProblems] = useState<readonly CatalogueImportProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [inputKey, setInputKey] = useState(0);
  const [progress, setProgress] = useState<FileProgress | null>(null);
  const reading = useRef<AbortController | null>(null);
  const statusId = useId();

  async function read(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setBusy(true);
    setProblems([]);
    setStatus(() => wordingIn('catalogue-import', 'import.reading'));
    const controller = new AbortController();
    reading.current = controller;
    setProgress({ stage: 'reading', fraction: 0 });
    try {
      const installedKeys = catalogues.map((c) => catalogueKey(c.frameworkId, c.version));
      // Parsing and checking run in the file worker: a hostile file cannot freeze the page.
      const checked = await runFileTask(
        { kind: 'check-catalogue', file, installedKeys },
        { signal: controller.signal, onProgress: setProgress },
      );
      setProgress(null);
      if (!checked.ok) {
        setProblems(checked.problems);
        setStatus(() => wordingIn('catalogue-import', 'import.refused'));
        return;
      }
      await storeImportedCatalogue({ key: checked.key, fileName: file.name, text: checked.text });
      onImported();
      const { title, version } = checked.catalogue;
      const message: Wording = (shown) =>
        translatorIn(shown, 'catalogue-import')('import.added', { name: localize(title, shown), version });
      setStatus(() => message);
      notify('success', message);
      setInputKey((key) => key + 1);
    } catch (error) {
      setStatus(() => (shown: Locale) => (isFileTaskStopped(error) ? exchangeErrorMessage(error, shown) : errorMessage(error, shown)));
      if (isFileTaskStopped(error)) setInputKey((key) => key + 1);
    } finally {
      reading.current = null;
      setProgress(null);
      setBusy(false);
    }
  }

  return (
    <div className="catalogue-import">
      <p>{t('intro')}</p>
      <section className="card" aria-labelledby="installed-heading">
        <h2 id="installed-heading">{t('installed.heading')}</h2>
        <table className="data-table" data-testid="installed-catalogues">
          <thead>
            <tr>
              <th scope="col">{t('installed.name')}</th>
              <th scope="col">{t('installed.version')}</th>
              <th scope="col">{t('installed.level')}</th>
              <th scope="col">{t('installed.indicators')}</th>
              <th scope="col">{t('installed.origin')}</th>
            </tr>
          </thead>
          <tbody>
            {catalogues.map((c) => {
              const key = catalogueKey(c.frameworkId, c.version);
              return (
                <tr key={key} data-catalogue-key={key}>
                  <th scope="row">{localize(c.title, locale)}</th>
                  <td>{c.version}</td>
                  <td>{t(`common:levels.${c.level}`)}</td>
                  <td>{formatNumber(c.indicators.length, locale)}</td>
                  <td>{importedKeys.has(key) ? t('installed.imported') : t('installed.bundled')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <section className="card form-grid" aria-labelledby="catalogue-import-heading">
        <h2 id="catalogue-import-heading">{t('import.heading')}</h2>
        <p>{t('import.explain')}</p>
        <Field label={t('import.file')}>
          {(control) => (
            <input
              {...control}
              key={inputKey}
              type="file"
              accept=".json,application/json"
              disabled={busy}
              onChange={(event) => void read(event)}
              aria-describedby={statusId}
            />
          )}
        </Field>
        {progress && <FileTaskProgress progress={progress} onCancel={() => reading.current?.abort()} testId="catalogue-import-progress" />}
        <div id={statusId} role="status" aria-live="polite" data-testid="catalogue-import-status">
          <p>{status?.(locale)}</p>
          {problems.length > 0 && (
            <ul data-testid="catalogue-import-problems">
              {problems.map((problem, index) => (
                <li key={index} dir="auto">
                  {problem.problem
                    ? schemaProblemSentence(problem.problem, locale)
                    : t(`problems.${problem.code}`, { max: MAX_JSON_DEPTH })}
                  {(problem.path || problem.detail) && (
                    <details className="refusal-details">
                      <summary>{t('refusals:details')}</summary>
                      <code dir="ltr">{[problem.path, problem.detail].filter(Boolean).join(': ')}</code>
                    </details>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      </section>
    </div>
  );
}
