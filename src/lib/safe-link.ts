/**
 * The one rule for turning a URL someone typed (or a package carried) into a clickable link:
 * only http: and https: become links. javascript:, data:, vbscript:, file: and anything
 * unparseable are shown as plain text, never as an href. Browsers ignore tabs, newlines and
 * leading control characters in schemes ("java\tscript:"), so the check runs on what the URL
 * parser resolves, not on the raw text.
 */
const LINKABLE_PROTOCOLS = new Set(['http:', 'https:']);

/** The href to render, or null when the text must stay plain text. */
export function safeHref(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  return LINKABLE_PROTOCOLS.has(url.protocol) ? url.href : null;
}

export function isSafeLink(text: string): boolean {
  return safeHref(text) !== null;
}
