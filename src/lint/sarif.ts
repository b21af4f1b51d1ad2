// SARIF 2.1.0 for code-scanning upload (GitHub's upload-sarif and others): one run, the rules that fired with their
// README title, one result per finding with a physical location. Levels: SARIF has note where we say info.
// https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
import { CODES, type Code } from './codes';
import type { LintFinding } from './types';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** A relative path as a URI reference (forward slashes, each segment escaped). */
function uriOf(file: string): string {
  const path = (file || 'input.yaml').replace(/\\/g, '/');
  return path
    .split('/')
    .map((s, i) => (i === 0 && /^[A-Za-z]:$/.test(s) ? s : encodeURIComponent(s)))
    .join('/');
}

export function toSarif(findings: readonly LintFinding[], version: string): object {
  const codes = [...new Set(findings.map((f) => f.code))].sort() as Code[];
  const index = new Map(codes.map((c, i) => [c, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'kpd',
            fullName: 'Kube Policy Designer (kpd lint)',
            version,
            informationUri: 'https://github.com/kube-policy-designer/kube-policy-designer#lint-codes',
            rules: codes.map((c) => ({
              id: c,
              name: c,
              shortDescription: { text: CODES[c].title },
              defaultConfiguration: { level: LEVEL[CODES[c].severity] },
            })),
          },
        },
        results: findings.map((f) => ({
          ruleId: f.code,
          ruleIndex: index.get(f.code)!,
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: uriOf(f.file) },
                region: { startLine: Math.max(1, f.line), ...(f.column !== undefined ? { startColumn: Math.max(1, f.column) } : {}) },
              },
              logicalLocations: [{ name: f.object, ...(f.path ? { fullyQualifiedName: `${f.object} ${f.path}` } : {}) }],
            },
          ],
        })),
      },
    ],
  };
}
