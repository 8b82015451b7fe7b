import { liveQuery } from 'dexie';
import { startTransition, useEffect, useState } from 'react';
import type { DependencyList } from 'react';

/**
 * Runs a Dexie query and re-runs it whenever a write (in this tab or another) touches what it
 * read. Returns undefined until the first result. A few lines on top of Dexie's own liveQuery,
 * rather than dexie-react-hooks, to keep the start bundle within budget.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: DependencyList): T | undefined {
  const [state, setState] = useState<{ value: T | undefined; error: unknown }>({ value: undefined, error: undefined });
  useEffect(() => {
    let first = true;
    const subscription = liveQuery(query).subscribe({
      next: (value) => {
        // The first result usually mounts a whole screen (the 90-row table, the list of
        // assessments): drawn at transition priority, React renders it in slices and input stays
        // answered meanwhile. Later results (a key press's own change) are drawn at once.
        if (first) startTransition(() => setState({ value, error: undefined }));
        else setState({ value, error: undefined });
        first = false;
      },
      error: (error: unknown) => setState({ value: undefined, error }),
    });
    return () => subscription.unsubscribe();
    // The caller's deps decide when the query changes, as with useEffect itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  if (state.error !== undefined) throw state.error;
  return state.value;
}
