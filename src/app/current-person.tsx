import { useMembers } from '@/db/live';
import { MemberPicker } from '@/features/members/member-picker';

/**
 * Who is working, in the top header of every screen of an assessment, where it can be changed:
 * every change, lock and decision is recorded under this person (loaded with those screens).
 */
export function CurrentPerson({ assessmentId }: { readonly assessmentId: string }) {
  const members = useMembers(assessmentId);
  return members ? <MemberPicker assessmentId={assessmentId} members={members} /> : null;
}
