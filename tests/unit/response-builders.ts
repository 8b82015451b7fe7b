import type { Response } from '@/domain/assessment';
import { emptyResponse } from '@/domain/assessment';

const AT = '2026-01-01T00:00:00.000Z';

/** A response with only the fields a test cares about changed from an empty one. */
export function response(indicatorId: string, changes: Partial<Response> = {}, assessmentId = 'a1'): Response {
  return { ...emptyResponse(assessmentId, indicatorId, AT), ...changes };
}

export function responseMap(entries: Record<string, Partial<Response>>): Map<string, Response> {
  return new Map(Object.entries(entries).map(([id, changes]) => [id, response(id, changes)]));
}
