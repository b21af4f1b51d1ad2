// Verdict kinds (QUERY-MODEL.md "Verdict kinds"): allowed when something at the destination admits explicitly,
// open (unisolated) only when nothing there decides; for an outside destination, the source's egress decides.
import { describe, expect, it } from 'vitest';
import type { AuthorizationPolicy, NetworkPolicy } from '../model';
import { createEngine } from './engine';
import { check, cluster, np, workload } from './testing/build';

const app = (a: string) => ({ matchLabels: { app: a } });
const dbIn = np('p', 'db-in', { podSelector: app('db'), ingress: [{ peers: [{ podSelector: app('web') }] }] });
const webOut = np('p', 'web-out', {
  podSelector: app('web'),
  policyTypes: ['Egress'],
  egress: [{ peers: [{ podSelector: app('db') }] }, { peers: [{ ipBlock: { cidr: '8.8.8.0/24' } }] }],
});
const allowWeb: AuthorizationPolicy = {
  namespace: 'p',
  name: 'db-allow',
  apiVersion: 'security.istio.io/v1',
  selector: { matchLabels: { app: 'db' } },
  rules: [{ from: [{ source: { principals: ['cluster.local/ns/p/sa/web'] } }] }],
};
const allowAnyMethod: AuthorizationPolicy = { ...allowWeb, name: 'db-deny-none', action: 'DENY', rules: [{ from: [{ source: { principals: ['nobody'] } }] }] };

function engine(policies: NetworkPolicy[], aps: AuthorizationPolicy[] = []) {
  const c = cluster({
    namespaces: { p: aps.length > 0 ? { 'istio-injection': 'enabled' } : {} },
    workloads: [workload('p', 'web', { sa: 'web' }), workload('p', 'db', { sa: 'db' }), workload('p', 'other', { sa: 'other' })],
    policies,
  });
  c.authorizationPolicies.push(...aps);
  return createEngine(c);
}

describe('verdict kinds', () => {
  it.each([
    ['the destination ingress admits, the source egress is not isolated', engine([dbIn]), 'p/web', 'p/db', 'allowed'],
    ['the source egress admits, the destination ingress is not isolated', engine([webOut]), 'p/web', 'p/db', 'unisolated'],
    ['nothing isolates either side', engine([]), 'p/other', 'p/db', 'unisolated'],
    ['ingress open, an Istio ALLOW matches', engine([], [allowWeb]), 'p/web', 'p/db', 'allowed'],
    ['ingress open, only a DENY policy that does not match', engine([], [allowAnyMethod]), 'p/web', 'p/db', 'unisolated'],
    ['outside destination, an egress rule admits it', engine([webOut]), 'p/web', '8.8.8.8', 'allowed'],
    ['outside destination, egress not isolated', engine([dbIn]), 'p/web', '8.8.8.8', 'unisolated'],
    [
      'outside source, the destination ingress admits it by a rule without peers',
      engine([np('p', 'all-in', { podSelector: app('db'), ingress: [{}] })]),
      '1.2.3.4',
      'p/db',
      'allowed',
    ],
  ])('%s', (_, e, from, to, kind) => {
    expect(check(e, from, to, 80).kind).toBe(kind);
  });
});
