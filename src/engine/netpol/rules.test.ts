// NetworkPolicy (networking.k8s.io/v1) rule by rule, each as the smallest cluster that shows it.
// https://kubernetes.io/docs/concepts/services-networking/network-policies/
import { describe, expect, it } from 'vitest';
import type { NetworkPolicyRule } from '../../model';
import { check, engineOf, layer, np, workload } from '../testing/build';

const app = (a: string) => ({ matchLabels: { app: a } });
const NS = { prod: { team: 'prod' }, dev: { team: 'dev' }, ops: {} };
const web = workload('prod', 'web');
const db = workload('prod', 'db', { ports: ['pg:5432', '8080', 'dns:53/UDP'] });
const tool = workload('dev', 'tool');
const base = [web, db, tool];

describe('isolation and policyTypes', () => {
  it('without any policy a pod is not isolated in either direction', () => {
    const v = check(engineOf({ namespaces: NS, workloads: base }), 'prod/web', 'prod/db', 5432);
    expect(v.allowed).toBe(true);
    expect(v.kind).toBe('unisolated');
    expect(layer(v, 'egress').reason).toBe('egress at prod/web: not isolated (no NetworkPolicy with Egress selects it)');
    expect(layer(v, 'ingress').reason).toBe('ingress at prod/db: not isolated (no NetworkPolicy with Ingress selects it)');
  });

  it('policyTypes absent and no egress field: Ingress only (egress stays open)', () => {
    const e = engineOf({ namespaces: NS, workloads: base, policies: [np('prod', 'p', { podSelector: {} })] });
    expect(check(e, 'dev/tool', 'prod/db', 5432).allowed).toBe(false);
    expect(layer(check(e, 'prod/web', 'dev/tool'), 'egress').decision).toBe('unisolated');
  });

  // Kubernetes defaults policyTypes from `len(spec.egress) != 0` (pkg/apis/networking/v1 defaults), so an empty
  // egress list does not isolate egress.
  it.each([
    ['egress: [] (empty list)', [] as NetworkPolicyRule[], 'unisolated'],
    ['one egress rule', [{ peers: [{ podSelector: app('db') }] }], 'denied'],
  ])('policyTypes absent with %s: Ingress, and Egress only when there are rules', (_, egress, egressDecision) => {
    const e = engineOf({ namespaces: NS, workloads: base, policies: [np('prod', 'p', { podSelector: app('web'), egress })] });
    expect(layer(check(e, 'prod/web', 'dev/tool'), 'egress').decision).toBe(egressDecision);
    expect(layer(check(e, 'dev/tool', 'prod/web'), 'ingress').decision).toBe('denied');
  });

  it('policyTypes [Egress] alone leaves ingress open even with ingress rules written', () => {
    const e = engineOf({ namespaces: NS, workloads: base, policies: [np('prod', 'p', { podSelector: app('web'), policyTypes: ['Egress'], ingress: [] })] });
    expect(layer(check(e, 'dev/tool', 'prod/web'), 'ingress').decision).toBe('unisolated');
    expect(layer(check(e, 'prod/web', 'dev/tool'), 'egress').decision).toBe('denied');
  });

  it('policyTypes [Ingress] with egress rules written does not isolate egress', () => {
    const e = engineOf({ namespaces: NS, workloads: base, policies: [np('prod', 'p', { podSelector: app('web'), policyTypes: ['Ingress'], egress: [] })] });
    expect(layer(check(e, 'prod/web', 'dev/tool'), 'egress').decision).toBe('unisolated');
  });

  it('a policy applies only to pods of its own namespace, whatever its podSelector says', () => {
    const e = engineOf({ namespaces: NS, workloads: base, policies: [np('dev', 'deny', { podSelector: {}, ingress: [] })] });
    expect(check(e, 'dev/tool', 'prod/web').kind).toBe('unisolated');
    expect(check(e, 'prod/web', 'dev/tool').allowed).toBe(false);
  });

  it('a policy isolates only the pods its podSelector selects', () => {
    const e = engineOf({ namespaces: NS, workloads: base, policies: [np('prod', 'deny-db', { podSelector: app('db'), ingress: [] })] });
    expect(check(e, 'dev/tool', 'prod/web').allowed).toBe(true);
    expect(check(e, 'dev/tool', 'prod/db', 5432).allowed).toBe(false);
  });

  it('ingress: [] allows nothing; the denial names every isolating policy', () => {
    const e = engineOf({
      namespaces: NS,
      workloads: base,
      policies: [
        np('prod', 'default-deny', { podSelector: {}, ingress: [] }),
        np('prod', 'db-netpolicy', { podSelector: app('db'), ingress: [{ peers: [{ podSelector: app('other') }] }] }),
      ],
    });
    const v = check(e, 'prod/web', 'prod/db', 8080);
    expect(v.kind).toBe('denied');
    expect(layer(v, 'ingress').reason).toBe(
      'ingress at prod/db: denied: isolated by NetworkPolicy prod/default-deny, prod/db-netpolicy; no ingress rule allows prod/web on 8080/TCP',
    );
    expect(layer(v, 'ingress').policies.map((p) => p.name)).toEqual(['default-deny', 'db-netpolicy']);
  });

  it('rules are a union across every policy selecting the pod', () => {
    const e = engineOf({
      namespaces: NS,
      workloads: base,
      policies: [
        np('prod', 'from-web', { podSelector: app('db'), ingress: [{ peers: [{ podSelector: app('web') }] }] }),
        np('prod', 'from-dev', { podSelector: app('db'), ingress: [{ peers: [{ namespaceSelector: { matchLabels: { team: 'dev' } } }] }] }),
      ],
    });
    expect(check(e, 'prod/web', 'prod/db', 5432).allowed).toBe(true);
    expect(check(e, 'dev/tool', 'prod/db', 5432).allowed).toBe(true);
    expect(check(e, 'prod/db', 'prod/db', 5432).allowed).toBe(false);
  });

  it('needs egress at the source AND ingress at the destination', () => {
    const e = engineOf({
      namespaces: NS,
      workloads: base,
      policies: [
        np('prod', 'web-out', { podSelector: app('web'), policyTypes: ['Egress'], egress: [{ peers: [{ podSelector: app('db') }] }] }),
        np('prod', 'db-in', { podSelector: app('db'), ingress: [] }),
      ],
    });
    const v = check(e, 'prod/web', 'prod/db', 5432);
    expect(layer(v, 'egress').decision).toBe('allowed');
    expect(layer(v, 'ingress').decision).toBe('denied');
    expect(v.allowed).toBe(false);
  });
});

describe('peers', () => {
  const on = (peers: NonNullable<Parameters<typeof np>[2]['ingress']>[number]['peers']) =>
    engineOf({
      namespaces: NS,
      workloads: [...base, workload('dev', 'web'), workload('ops', 'web')],
      policies: [np('prod', 'db-netpolicy', { podSelector: app('db'), ingress: [{ peers }] })],
    });

  it('podSelector alone means pods of the policy namespace only', () => {
    const e = on([{ podSelector: app('web') }]);
    expect(check(e, 'prod/web', 'prod/db').allowed).toBe(true);
    expect(check(e, 'dev/web', 'prod/db').allowed).toBe(false);
  });

  it('podSelector {} alone means every pod of the policy namespace', () => {
    const e = on([{ podSelector: {} }]);
    expect(check(e, 'prod/web', 'prod/db').allowed).toBe(true);
    expect(check(e, 'dev/tool', 'prod/db').allowed).toBe(false);
  });

  it('namespaceSelector alone means every pod of the matching namespaces', () => {
    const e = on([{ namespaceSelector: { matchLabels: { team: 'dev' } } }]);
    expect(check(e, 'dev/tool', 'prod/db').allowed).toBe(true);
    expect(check(e, 'dev/web', 'prod/db').allowed).toBe(true);
    expect(check(e, 'prod/web', 'prod/db').allowed).toBe(false);
  });

  it('namespaceSelector {} means every pod of every namespace', () => {
    const e = on([{ namespaceSelector: {} }]);
    for (const from of ['dev/tool', 'ops/web', 'prod/web']) expect(check(e, from, 'prod/db').allowed).toBe(true);
  });

  it('namespaceSelector by kubernetes.io/metadata.name works without a Namespace object or its labels', () => {
    const e = on([{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ops' } } }]);
    expect(check(e, 'ops/web', 'prod/db').allowed).toBe(true);
    expect(check(e, 'dev/web', 'prod/db').allowed).toBe(false);
  });

  it('both selectors in one peer are ANDed', () => {
    const e = on([{ namespaceSelector: { matchLabels: { team: 'dev' } }, podSelector: app('web') }]);
    expect(check(e, 'dev/web', 'prod/db').allowed).toBe(true);
    expect(check(e, 'dev/tool', 'prod/db').allowed).toBe(false);
    expect(check(e, 'prod/web', 'prod/db').allowed).toBe(false);
  });

  it('several peers are ORed, and the reason names the first that matches', () => {
    const e = on([{ namespaceSelector: { matchLabels: { team: 'dev' } } }, { podSelector: app('web') }]);
    const v = check(e, 'prod/web', 'prod/db', 5432);
    expect(v.allowed).toBe(true);
    expect(layer(v, 'ingress').reason).toBe('ingress at prod/db: allowed by NetworkPolicy prod/db-netpolicy ingress[0] from[1] (all ports)');
    expect(layer(v, 'ingress').policies).toEqual([{ kind: 'NetworkPolicy', namespace: 'prod', name: 'db-netpolicy', rule: 'ingress[0].from[1]' }]);
    expect(check(e, 'dev/tool', 'prod/db').allowed).toBe(true);
    expect(check(e, 'ops/web', 'prod/db').allowed).toBe(false);
  });

  it('from absent or empty admits every source, pods and outside addresses alike', () => {
    for (const peers of [undefined, []]) {
      const e = on(peers);
      expect(check(e, 'ops/web', 'prod/db').allowed).toBe(true);
      expect(check(e, '8.8.8.8', 'prod/db').allowed).toBe(true);
      expect(layer(check(e, 'ops/web', 'prod/db'), 'ingress').reason).toContain('(any source)');
    }
  });

  it('matchExpressions on namespaces: NotIn and DoesNotExist also match namespaces lacking the key', () => {
    const notIn = on([{ namespaceSelector: { matchExpressions: [{ key: 'team', operator: 'NotIn', values: ['prod'] }] } }]);
    expect(check(notIn, 'ops/web', 'prod/db').allowed).toBe(true);
    expect(check(notIn, 'dev/web', 'prod/db').allowed).toBe(true);
    expect(check(notIn, 'prod/web', 'prod/db').allowed).toBe(false);
    const missing = on([{ namespaceSelector: { matchExpressions: [{ key: 'team', operator: 'DoesNotExist' }] } }]);
    expect(check(missing, 'ops/web', 'prod/db').allowed).toBe(true);
    expect(check(missing, 'dev/web', 'prod/db').allowed).toBe(false);
  });

  it('egress peers select destinations the same way', () => {
    const e = engineOf({
      namespaces: NS,
      workloads: base,
      policies: [np('prod', 'web-out', { podSelector: app('web'), egress: [{ peers: [{ namespaceSelector: { matchLabels: { team: 'dev' } } }] }] })],
    });
    const v = check(e, 'prod/web', 'dev/tool');
    expect(layer(v, 'egress').reason).toBe('egress at prod/web: allowed by NetworkPolicy prod/web-out egress[0] to[0] (all ports)');
    expect(layer(check(e, 'prod/web', 'prod/db', 5432), 'egress').reason).toBe(
      'egress at prod/web: denied: isolated by NetworkPolicy prod/web-out; no egress rule allows prod/db on 5432/TCP',
    );
  });
});

describe('ports', () => {
  const on = (ports: NonNullable<NonNullable<Parameters<typeof np>[2]['ingress']>[number]['ports']>) =>
    engineOf({ namespaces: NS, workloads: base, policies: [np('prod', 'db-netpolicy', { podSelector: app('db'), ingress: [{ peers: [{ podSelector: app('web') }], ports }] })] });

  it('a numeric port admits that port only, and the reason names rule, peer and port', () => {
    const e = on([{ port: 5432 }]);
    const v = check(e, 'prod/web', 'prod/db', 5432);
    expect(layer(v, 'ingress').reason).toBe('ingress at prod/db: allowed by NetworkPolicy prod/db-netpolicy ingress[0] from[0] port 5432/TCP');
    expect(layer(v, 'ingress').policies[0]!.rule).toBe('ingress[0].from[0].ports[0]');
    expect(check(e, 'prod/web', 'prod/db', 8080).allowed).toBe(false);
  });

  it('ports empty admits every port and protocol', () => {
    const e = on([]);
    expect(check(e, 'prod/web', 'prod/db', 1).allowed).toBe(true);
    expect(check(e, 'prod/web', 'prod/db', 53, 'UDP').allowed).toBe(true);
    expect(check(e, 'prod/web', 'prod/db', 9, 'SCTP').allowed).toBe(true);
  });

  it('protocol defaults to TCP; UDP and SCTP must be written', () => {
    expect(check(on([{ port: 53 }]), 'prod/web', 'prod/db', 53, 'UDP').allowed).toBe(false);
    expect(check(on([{ port: 53, protocol: 'UDP' }]), 'prod/web', 'prod/db', 53, 'UDP').allowed).toBe(true);
    expect(check(on([{ port: 53, protocol: 'UDP' }]), 'prod/web', 'prod/db', 53, 'TCP').allowed).toBe(false);
    expect(check(on([{ port: 9, protocol: 'SCTP' }]), 'prod/web', 'prod/db', 9, 'SCTP').allowed).toBe(true);
  });

  it('a protocol without a port admits every port of that protocol', () => {
    const e = on([{ protocol: 'UDP' }]);
    expect(check(e, 'prod/web', 'prod/db', 1234, 'UDP').allowed).toBe(true);
    expect(check(e, 'prod/web', 'prod/db', 1234, 'TCP').allowed).toBe(false);
  });

  it('endPort admits the whole range, ends included', () => {
    const e = on([{ port: 8000, endPort: 8080 }]);
    expect(check(e, 'prod/web', 'prod/db', 8000).allowed).toBe(true);
    expect(check(e, 'prod/web', 'prod/db', 8080).allowed).toBe(true);
    expect(check(e, 'prod/web', 'prod/db', 7999).allowed).toBe(false);
    expect(check(e, 'prod/web', 'prod/db', 8081).allowed).toBe(false);
  });

  it('a named port resolves on the destination pod by name and protocol', () => {
    expect(check(on([{ port: 'pg' }]), 'prod/web', 'prod/db', 5432).allowed).toBe(true);
    expect(check(on([{ port: 'pg' }]), 'prod/web', 'prod/db', 8080).allowed).toBe(false);
    // dns is declared as UDP: a TCP named port of that name does not exist.
    expect(check(on([{ port: 'dns' }]), 'prod/web', 'prod/db', 53, 'UDP').allowed).toBe(false);
    expect(check(on([{ port: 'dns', protocol: 'UDP' }]), 'prod/web', 'prod/db', 53, 'UDP').allowed).toBe(true);
  });

  it('an egress named port resolves on the destination, not on the source', () => {
    const e = engineOf({
      namespaces: NS,
      workloads: [workload('prod', 'web', { ports: ['pg:9999'] }), db],
      policies: [np('prod', 'web-out', { podSelector: app('web'), policyTypes: ['Egress'], egress: [{ ports: [{ port: 'pg' }] }] })],
    });
    expect(check(e, 'prod/web', 'prod/db', 5432).allowed).toBe(true);
    expect(check(e, 'prod/web', 'prod/db', 9999).allowed).toBe(false);
    // An outside address has no port names.
    expect(check(e, 'prod/web', '1.2.3.4', 5432).allowed).toBe(false);
  });
});

describe('ipBlock', () => {
  const withBlock = (cidr: string, except?: string[]) =>
    engineOf({
      namespaces: NS,
      workloads: [workload('prod', 'web', { ip: '10.0.0.5' }), db],
      policies: [np('prod', 'db-in', { podSelector: app('db'), ingress: [{ peers: [{ ipBlock: { cidr, ...(except ? { except } : {}) } }] }] })],
    });

  it('admits outside addresses inside the CIDR and outside every except', () => {
    const e = withBlock('10.0.0.0/8', ['10.1.0.0/16', '10.2.3.4/32']);
    expect(check(e, '10.9.9.9', 'prod/db').allowed).toBe(true);
    expect(check(e, '10.1.200.1', 'prod/db').allowed).toBe(false);
    expect(check(e, '10.2.3.4', 'prod/db').allowed).toBe(false);
    expect(check(e, '10.2.3.5', 'prod/db').allowed).toBe(true);
    expect(check(e, '11.0.0.1', 'prod/db').allowed).toBe(false);
  });

  it('IPv6 CIDRs and excepts; an IPv4 address never falls in an IPv6 block', () => {
    const e = withBlock('2001:db8::/32', ['2001:db8:ff::/48']);
    expect(check(e, '2001:db8:1::1', 'prod/db').allowed).toBe(true);
    expect(check(e, '2001:db8:ff::9', 'prod/db').allowed).toBe(false);
    expect(check(e, '2001:db9::1', 'prod/db').allowed).toBe(false);
    expect(check(e, '32.1.13.184', 'prod/db').allowed).toBe(false);
  });

  it('never matches a pod, even one whose IP is inside the CIDR, and says it is implementation-defined', () => {
    const e = withBlock('10.0.0.0/8');
    const byName = check(e, 'prod/web', 'prod/db');
    expect(byName.allowed).toBe(false);
    expect(byName.reasons.join('\n')).toContain('ipBlock vs pod IPs is implementation-defined (Kubernetes docs)');
    expect(byName.reasons.join('\n')).toContain('contains the pod IP 10.0.0.5 of prod/web');
    const byIp = check(e, '10.0.0.5', 'prod/db');
    expect(byIp.allowed).toBe(false);
    expect(byIp.layers[0]!.reason).toContain('egress at prod/web');
  });

  it('notes a pod without a known IP when an ipBlock rule could have admitted it', () => {
    const e = engineOf({
      namespaces: NS,
      workloads: base,
      policies: [np('prod', 'db-in', { podSelector: app('db'), ingress: [{ peers: [{ ipBlock: { cidr: '0.0.0.0/0' } }] }] })],
    });
    expect(check(e, 'dev/tool', 'prod/db').reasons.join('\n')).toContain('ipBlock vs pod IPs is implementation-defined');
  });

  it('does not note ipBlock when the rule could not have mattered (other port)', () => {
    const e = engineOf({
      namespaces: NS,
      workloads: base,
      policies: [np('prod', 'db-in', { podSelector: app('db'), ingress: [{ peers: [{ ipBlock: { cidr: '0.0.0.0/0' } }], ports: [{ port: 5432 }] }] })],
    });
    expect(check(e, 'dev/tool', 'prod/db', 8080).reasons.join('\n')).not.toContain('ipBlock');
  });

  it('egress to an outside address by ipBlock', () => {
    const e = engineOf({
      namespaces: NS,
      workloads: base,
      policies: [np('prod', 'web-out', { podSelector: app('web'), egress: [{ peers: [{ ipBlock: { cidr: '8.8.8.0/24' } }], ports: [{ port: 53, protocol: 'UDP' }] }] })],
    });
    const v = check(e, 'prod/web', '8.8.8.8', 53, 'UDP');
    expect(v.allowed).toBe(true);
    expect(layer(v, 'egress').reason).toBe('egress at prod/web: allowed by NetworkPolicy prod/web-out egress[0] to[0] port 53/UDP');
    expect(layer(v, 'ingress').decision).toBe('skipped');
    expect(check(e, 'prod/web', '8.8.4.4', 53, 'UDP').allowed).toBe(false);
  });
});

describe('outside addresses, self traffic, hostNetwork', () => {
  it('an outside source has no egress layer; the destination ingress decides', () => {
    const e = engineOf({ namespaces: NS, workloads: base });
    const v = check(e, '8.8.8.8', 'prod/db');
    expect(layer(v, 'egress')).toMatchObject({ decision: 'skipped', reason: 'egress at 8.8.8.8: outside the cluster, no NetworkPolicy applies' });
    expect(layer(v, 'ingress').decision).toBe('unisolated');
  });

  it('an outside destination has no ingress layer', () => {
    const v = check(engineOf({ namespaces: NS, workloads: base }), 'prod/web', '2001:db8::1');
    expect(layer(v, 'ingress')).toMatchObject({ decision: 'skipped', reason: 'ingress at 2001:db8::1: outside the cluster, no NetworkPolicy applies' });
  });

  it('a pod to itself is evaluated by the rules and noted as implementation-defined', () => {
    const e = engineOf({ namespaces: NS, workloads: base, policies: [np('prod', 'deny', { podSelector: {}, ingress: [] })] });
    const v = check(e, 'prod/db', 'prod/db');
    expect(v.allowed).toBe(false);
    expect(v.reasons.join('\n')).toContain('traffic from a pod to itself');
    expect(v.reasons.join('\n')).toContain('implementation-defined');
  });

  it('a hostNetwork pod is evaluated by its labels and noted as implementation-defined', () => {
    const e = engineOf({ namespaces: NS, workloads: [...base, workload('prod', 'agent', { hostNetwork: true })] });
    expect(check(e, 'prod/agent', 'prod/db').reasons.join('\n')).toContain('prod/agent uses hostNetwork');
  });
});
