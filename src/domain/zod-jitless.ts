import { z } from 'zod';

/**
 * The app runs under a Content-Security-Policy without 'unsafe-eval' (index.html). zod 4 probes
 * `new Function` to compile fast parsers; the browser reports that probe as a CSP violation even
 * though zod catches it. Every module that defines schemas imports this file first, so zod never
 * tries. Parsing stays correct, only the JIT path is skipped.
 */
z.config({ jitless: true });
