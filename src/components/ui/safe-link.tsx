import type { ReactNode } from 'react';
import { safeHref } from '@/lib/safe-link';

/**
 * The only way the app renders a link to a URL that came from a user or a file (lint forbids a
 * computed `<a href>` anywhere else): a link only when lib/safe-link.ts says it is http(s) or
 * mailto, otherwise the label and the URL as plain text, so a `javascript:` or `data:` URL in a
 * source can never run or open anything.
 */
export function SafeLink({ url, children }: { readonly url: string; readonly children?: ReactNode }) {
  const href = safeHref(url);
  if (href === null) {
    return (
      <>
        {children !== undefined && <>{children} </>}
        <span dir="ltr" className="unsafe-url">
          {url}
        </span>
      </>
    );
  }
  const external = !href.startsWith('mailto:');
  return (
    <a
      href={href}
      target={external ? '_blank' : undefined}
      rel={external ? 'noreferrer noopener' : undefined}
      dir={children === undefined ? 'ltr' : undefined}
    >
      {children ?? url}
    </a>
  );
}
