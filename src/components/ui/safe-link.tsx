import { safeHref } from '@/lib/safe-link';

/**
 * A URL someone typed or imported: a link only when it is http(s), otherwise plain text, so a
 * `javascript:` or `data:` URL in a source can never run or open anything.
 */
export function SafeLink({ url }: { readonly url: string }) {
  const href = safeHref(url);
  if (href === null) {
    return (
      <span dir="ltr" className="unsafe-url">
        {url}
      </span>
    );
  }
  return (
    <a href={href} target="_blank" rel="noreferrer noopener" dir="ltr">
      {url}
    </a>
  );
}
