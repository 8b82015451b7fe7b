import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const doc = readFileSync(join(root, 'docs', 'DEPLOY.md'), 'utf8');
/** The policy the build injects as a meta tag, read from vite.config.ts's CONTENT_SECURITY_POLICY list. */
const configured = [...readFileSync(join(root, 'vite.config.ts'), 'utf8').matchAll(/^\s+"([a-z-]+ [^"]+)",$/gm)]
  .map((match) => match[1])
  .join('; ');

describe('docs/DEPLOY.md', () => {
  it('gives, for nginx, Apache, Caddy and static hosts, the built policy plus frame-ancestors and the other headers', () => {
    expect(configured).toMatch(/^default-src 'self'; script-src 'self';.*worker-src 'self'.*form-action 'none'$/);
    const header = `${configured}; frame-ancestors 'none'`;
    for (const section of ['## nginx', '## Apache', '## Caddy', '## Static hosts']) {
      const start = doc.indexOf(section);
      expect(start, section).toBeGreaterThan(0);
      const text = doc.slice(start, doc.indexOf('\n## ', start + 1));
      expect(text, section).toContain(header);
      for (const name of ['X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'X-Frame-Options'])
        expect(text, `${section} ${name}`).toContain(name);
    }
  });
});
