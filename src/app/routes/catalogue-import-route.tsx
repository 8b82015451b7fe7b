import { CatalogueImportPage } from '@/features/catalogue-import/catalogue-import-page';
import { useT } from '@/i18n/use-t';
import { hrefFor } from '@/routing/router';
import { reloadCatalogues, useCatalogues } from '@/app/use-catalogues';
import { useImportedCatalogueKeys } from '@/db/catalogue-live';

export function CatalogueImportRoute() {
  const { t } = useT('catalogue-import');
  const set = useCatalogues();
  const imported = useImportedCatalogueKeys();
  return (
    <article>
      <a href={hrefFor({ name: 'home' })} className="back-link">
        {t('common:back')}
      </a>
      <h1>{t('title')}</h1>
      {set && imported ? (
        <CatalogueImportPage catalogues={set.catalogues} importedKeys={new Set(imported)} onImported={() => void reloadCatalogues()} />
      ) : (
        <p role="status">{t('common:loading')}</p>
      )}
    </article>
  );
}
