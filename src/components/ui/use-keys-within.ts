import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';

/**
 * Keys pressed anywhere inside a region (a panel, a dialog): Escape to close, Page Up/Down to move.
 * The region is not a control, so it takes no onKeyDown of its own (jsx-a11y would rightly ask what
 * kind of control it is); the keys come from the focused controls inside it. The listener sits on
 * the document, so it runs after React's handlers and sees a key a child already handled
 * (`event.defaultPrevented`).
 */
export function useKeysWithin(region: RefObject<HTMLElement | null>, onKey: (event: KeyboardEvent) => void): void {
  const latest = useRef(onKey);
  useEffect(() => {
    latest.current = onKey;
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (event.target instanceof Node && region.current?.contains(event.target)) latest.current(event);
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, [region]);
}
