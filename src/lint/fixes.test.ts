// Each certain fix removes its finding and changes nothing else of the text.
import { describe, expect, it } from 'vitest';
import { parseManifests } from '../yaml';
import { applyFixToText } from './fixes';
import { lint } from './lint';

const findings = (text: string) => lint(parseManifests([{ file: '', text }]));
const pods = `apiVersion: v1
kind: Namespace
metadata: {name: legacy}
---
apiVersion: v1
kind: Pod
metadata: {name: old, namespace: legacy, labels: {app: old}}
spec: {containers: [{name: c, image: x}]}
---
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: prod, labels: {app: web}}
spec: {containers: [{name: c, image: x}]}
---
`;

function fixOnce(text: string, code: string): string {
  const f = findings(text).find((x) => x.code === code);
  expect(f?.action, code).toBeDefined();
  const out = applyFixToText(text, f!);
  expect(out).toBeDefined();
  expect(findings(out!).map((x) => x.code)).not.toContain(code);
  // Documents other than the fixed one keep their bytes.
  expect(out!.startsWith(pods)).toBe(true);
  return out!;
}

describe('fixes', () => {
  it('Add DNS egress: appends the kube-dns rule to the isolating policy', () => {
    const text =
      pods +
      `# default deny for prod\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: lockdown, namespace: prod}\nspec:\n  podSelector: {}\n  policyTypes: [Ingress, Egress]\n`;
    const out = fixOnce(text, 'KPD104');
    expect(out).toContain('# default deny for prod');
    expect(out).toContain('k8s-app: kube-dns');
  });

  it('Use kubernetes.io/metadata.name: renames the label key, keeps the value', () => {
    const text =
      pods +
      `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: from-legacy, namespace: prod}\nspec:\n  podSelector: {}\n  ingress:\n    - from:\n        - namespaceSelector:\n            matchLabels:\n              name: legacy\n`;
    const out = fixOnce(text, 'KPD102');
    expect(out).toContain('kubernetes.io/metadata.name: legacy');
  });

  it('Remove duplicate rule: deletes the covered rule only', () => {
    const text =
      pods +
      `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: prod}\nspec:\n  podSelector: {}\n  ingress:\n    - from: [{podSelector: {matchLabels: {app: web}}}]\n    - from: [{podSelector: {matchLabels: {app: web}}}]\n      ports: [{port: 80}]\n`;
    const out = fixOnce(text, 'KPD106');
    expect(out).not.toContain('port: 80');
    expect(out).toContain('app: web');
  });

  it('does nothing when the text no longer holds the object', () => {
    const text = pods + `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: lockdown, namespace: prod}\nspec: {podSelector: {}, policyTypes: [Egress]}\n`;
    const f = findings(text).find((x) => x.code === 'KPD104')!;
    expect(applyFixToText(pods, f)).toBeUndefined();
  });
});
