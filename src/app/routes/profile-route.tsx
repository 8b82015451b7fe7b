import { AssessmentPage } from './assessment-page';

/** The profile view arrives with the profile feature; until then the route shows the assessment. */
export function ProfileRoute({ assessmentId }: { assessmentId: string }) {
  return <AssessmentPage assessmentId={assessmentId} />;
}
