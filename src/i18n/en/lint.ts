// Lint findings on the page: the code texts are the CLI's own (src/lint/codes.ts), so both say the same.
import { CODES, HINTS } from '../../lint/codes';

type CodeText = { message: string; fix?: string };

const codes: Record<string, CodeText> = Object.fromEntries(
  Object.entries(CODES).map(([code, c]) => [code, 'fix' in c ? { message: c.message, fix: c.fix } : { message: c.message }]),
);

export const lint = {
  codes,
  hints: { ...HINTS } as Record<string, string>,
  fixes: {
    'add-dns-egress': 'Add DNS egress',
    'use-metadata-name': 'Use kubernetes.io/metadata.name',
    'remove-rule': 'Remove duplicate rule',
  } as Record<string, string>,
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  yaml: 'YAML',
  suggestion: 'Fix: {{fix}}',
  goTo: 'Go to line {{line}}',
};
