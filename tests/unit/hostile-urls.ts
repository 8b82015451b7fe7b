/** URLs an attacker would put in a source, in the forms browsers still accept as script. */
export const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  '  javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0001javascript:alert(1)',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  '&#106;avascript:alert(1)',
  'javascript&colon;alert(1)',
  'file:///etc/passwd',
  'blob:https://example.org/uuid',
  '//evil.example/path',
];
