import { TranslationPage } from '@/features/translation/translation-page';
import { useCatalogues } from '@/app/use-catalogues';

/** The translation view of one assessment. Loaded lazily with its strings (app.tsx). */
export function TranslationRoute({ assessmentId }: { assessmentId: string }) {
  const catalogues = useCatalogues();
  return <TranslationPage assessmentId={assessmentId} catalogues={catalogues} />;
}
