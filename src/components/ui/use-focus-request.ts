import { useEffect, useRef } from 'react';

/**
 * Opens a screen at one editor: a link from the translation view (or a refusal) names the
 * element's id, and once the screen has rendered it, the editor scrolls into view and its first
 * editable text field takes focus, the empty side of a bilingual editor first (that is the one to
 * translate). Runs once per requested id, so typing elsewhere is never interrupted.
 */
export function useFocusRequest(elementId: string | null, ready: boolean): void {
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (!elementId || !ready || done.current === elementId) return undefined;
    const frame = requestAnimationFrame(() => {
      const element = document.getElementById(elementId);
      if (!element) return;
      done.current = elementId;
      const fields = [...element.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('textarea, input[type="text"]')].filter(
        (field) => !field.readOnly && !field.disabled,
      );
      const target = fields.find((field) => field.value.trim() === '') ?? fields[0];
      element.scrollIntoView?.({ block: 'center' });
      if (target) target.focus();
      else if (element instanceof HTMLElement) {
        if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
        element.focus();
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [elementId, ready]);
}
