import { ProfilePage } from '@/features/profile/profile-page';
import { useUiStore } from '@/state/ui-store';
import { useCatalogues } from '@/app/use-catalogues';
import { UndoControls } from './workspace/undo-controls';

/** The country profile of one assessment. Loaded lazily with its strings and recharts (app.tsx). */
export function ProfileRoute({ assessmentId }: { assessmentId: string }) {
  const catalogues = useCatalogues();
  const memberId = useUiStore((state) => state.currentMembers[assessmentId] ?? null);
  // The same undo as the workspace: one stack per assessment, whichever screen made the change.
  const tools = (readOnly: boolean) => <UndoControls assessmentId={assessmentId} memberId={memberId} disabled={readOnly} />;
  return <ProfilePage assessmentId={assessmentId} catalogues={catalogues} tools={tools} />;
}
