import { ProfilePage } from '@/features/profile/profile-page';
import { useCatalogues } from '@/app/use-catalogues';

/** The country profile of one assessment. Loaded lazily with its strings and recharts (app.tsx). */
export function ProfileRoute({ assessmentId }: { assessmentId: string }) {
  const catalogues = useCatalogues();
  return <ProfilePage assessmentId={assessmentId} catalogues={catalogues} />;
}
