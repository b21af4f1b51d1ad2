import { describe, expect, it } from 'vitest';
import { parseManifests } from '../../yaml/parse';
import { namespace, pod } from '../testing/yaml';
import { adminFindings } from './findings';

const BASE = namespace('prod', { env: 'prod' }) + namespace('dev', { env: 'dev' }) + pod('prod', 'db', { ports: ['5432'] }) + pod('dev', 'web');
const findings = (yaml: string) => {
  const r = parseManifests([{ file: 'f.yaml', text: BASE + yaml }]);
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return adminFindings(r.cluster);
};
const cnp = (name: string, tier: string, priority: number, body: string) =>
  `apiVersion: policy.networking.k8s.io/v1alpha2\nkind: ClusterNetworkPolicy\nmetadata: {name: ${name}}\nspec:\n  tier: ${tier}\n  priority: ${priority}\n${body}---\n`;
const PROD = '  subject: {namespaces: {matchLabels: {env: prod}}}\n';
const fromDev = (action: string) => `  ingress: [{action: ${action}, from: [{namespaces: {matchLabels: {env: dev}}}]}]\n`;
const NP_DENY = 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: deny, namespace: prod}\nspec: {podSelector: {}, policyTypes: [Ingress]}\n---\n';
const codes = (fs: { code: string }[]) => fs.map((f) => f.code).sort();

describe('adminFindings', () => {
  it('KPD311: a Pass with nothing below it', () => {
    const fs = findings(cnp('p', 'Admin', 1, PROD + fromDev('Pass')));
    expect(fs).toMatchObject([{ code: 'KPD311', severity: 'warning', object: 'ClusterNetworkPolicy p', path: 'spec.ingress[0]', file: 'f.yaml' }]);
    expect(fs[0]!.message).toContain('nothing below decides for prod/db');
  });

  it('no KPD311 when a NetworkPolicy or a Baseline rule is below the Pass', () => {
    expect(codes(findings(cnp('p', 'Admin', 1, PROD + fromDev('Pass')) + NP_DENY))).toEqual([]);
    expect(codes(findings(cnp('p', 'Admin', 1, PROD + fromDev('Pass')) + cnp('b', 'Baseline', 1, PROD + fromDev('Deny'))))).toEqual([]);
  });

  it('KPD312: an Admin Accept over a NetworkPolicy deny (info, with an example connection)', () => {
    const fs = findings(cnp('open', 'Admin', 1, PROD + fromDev('Accept')) + NP_DENY);
    expect(fs).toMatchObject([{ code: 'KPD312', severity: 'info' }]);
    expect(fs[0]!.message).toContain('lets through dev/web → prod/db 5432/TCP, which the application');
  });

  it('KPD313: two policies of one tier at one priority', () => {
    const fs = findings(cnp('a', 'Admin', 5, PROD + fromDev('Deny')) + cnp('b', 'Admin', 5, PROD + fromDev('Deny')) + cnp('c', 'Baseline', 5, PROD + fromDev('Deny')));
    expect(codes(fs)).toEqual(['KPD313']);
    expect(fs[0]!.message).toContain('are both Admin-tier policies at priority 5');
  });

  it('KPD314: v1alpha1 and v1alpha2 objects in one design', () => {
    const banp = 'apiVersion: policy.networking.k8s.io/v1alpha1\nkind: BaselineAdminNetworkPolicy\nmetadata: {name: default}\nspec:\n' + PROD + fromDev('Deny') + '---\n';
    expect(codes(findings(cnp('a', 'Admin', 5, PROD + fromDev('Deny')) + banp))).toEqual(['KPD314']);
  });

  it('KPD315 and KPD316: a subject that selects nothing, a nodes peer', () => {
    const fs = findings(cnp('none', 'Admin', 1, '  subject: {namespaces: {matchLabels: {env: nowhere}}}\n  egress: [{action: Deny, to: [{nodes: {}}]}]\n'));
    expect(codes(fs)).toEqual(['KPD315', 'KPD316']);
    expect(fs.find((f) => f.code === 'KPD316')!.path).toBe('spec.egress[0].to[0]');
  });
});
