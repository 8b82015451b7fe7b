/**
 * The one rule for turning a URL someone typed (or a file carried) into a clickable link, used by
 * every screen (through components/ui/safe-link.tsx) and by the PDF: only http:, https: and
 * mailto: become links. javascript:, vbscript:, data:, file: and anything unparseable are shown as
 * plain text, never as an href. Browsers ignore tabs, newlines and leading control characters in
 * schemes ("java\tscript:"), so the check runs on what the URL parser resolves, not on the raw
 * text; entity tricks ("&#106;avascript:") never reach a parser that decodes them, because the
 * href is set as an attribute value, and they fail to parse as an absolute URL here.
 */
const LINKABLE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

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
