// AdminNetworkPolicy / BaselineAdminNetworkPolicy (policy.networking.k8s.io/v1alpha1) and ClusterNetworkPolicy
// (v1alpha2), with the CRD's validation rules as diagnostics. Field names and rules come from
// kubernetes-sigs/network-policy-api apis/v1alpha1/adminnetworkpolicy_types.go, baselineadminnetworkpolicy_types.go,
// shared_types.go and apis/v1alpha2/clusternetworkpolicy_types.go (and the generated CRDs' x-kubernetes-validations).
import { V1ALPHA1, V1ALPHA2, type AdminAction, type AdminKind, type AdminPeer, type AdminPolicy, type AdminRule, type AdminSubject, type NamespacedPod } from '../../model';
import { readV1Ports, readV2Protocols } from './admin-ports';
import { isCidr } from './cidr';
import type { Field } from './field';
import { labelSelector } from './selector';

export const ADMIN_KINDS: readonly AdminKind[] = ['AdminNetworkPolicy', 'BaselineAdminNetworkPolicy', 'ClusterNetworkPolicy'];

/** The version each kind exists in. */
export const ADMIN_VERSION: Record<AdminKind, string> = { AdminNetworkPolicy: V1ALPHA1, BaselineAdminNetworkPolicy: V1ALPHA1, ClusterNetworkPolicy: V1ALPHA2 };

const ACTIONS: Record<AdminKind, readonly AdminAction[]> = {
  AdminNetworkPolicy: ['Allow', 'Deny', 'Pass'],
  BaselineAdminNetworkPolicy: ['Allow', 'Deny'],
  ClusterNetworkPolicy: ['Accept', 'Deny', 'Pass'],
};

// DomainName pattern of apis/v1alpha1 and v1alpha2 (`A-z` as upstream writes it).
const DOMAIN = /^(\*\.)?([a-zA-z0-9]([-a-zA-Z0-9_]*[a-zA-Z0-9])?\.)+[a-zA-z0-9]([-a-zA-Z0-9_]*[a-zA-Z0-9])?\.?$/;

export function readAdminPolicy(kind: AdminKind, root: Field, name: string, apiVersion: string, namespaced: boolean): AdminPolicy | undefined {
  if (apiVersion !== ADMIN_VERSION[kind]) return root.get('apiVersion').error('admin.version', { kind, expected: ADMIN_VERSION[kind], got: apiVersion });
  if (namespaced) root.get('metadata').get('namespace').warn('admin.namespaced', { kind });
  if (kind === 'BaselineAdminNetworkPolicy' && name !== 'default') {
    // CEL on the kind: self.metadata.name == 'default'
    return root.get('metadata').get('name').error('admin.baselineName', { name });
  }
  const spec = root.get('spec');
  if (!spec.present) return root.error('document.adminSpec', { example: 'spec: {priority: 10, subject: {namespaces: {}}}' });
  if (!spec.map('{priority: 10, subject: {namespaces: {}}}')) return undefined;
  const v2 = kind === 'ClusterNetworkPolicy';
  spec.known(
    v2 ? ['tier', 'priority', 'subject', 'ingress', 'egress'] : kind === 'AdminNetworkPolicy' ? ['priority', 'subject', 'ingress', 'egress'] : ['subject', 'ingress', 'egress'],
  );
  let tier: AdminPolicy['tier'] = kind === 'BaselineAdminNetworkPolicy' ? 'Baseline' : 'Admin';
  if (v2) {
    if (!spec.get('tier').present) spec.error('admin.tier');
    const t = spec.get('tier').oneOf(['Admin', 'Baseline'] as const);
    if (!t) return undefined;
    tier = t;
  }
  let priority: number | undefined;
  if (kind !== 'BaselineAdminNetworkPolicy') {
    if (!spec.get('priority').present) return spec.error('admin.priority');
    priority = spec.get('priority').int(0, 1000, 'priority');
    if (priority === undefined) return undefined;
  }
  const subject = readSubject(spec.get('subject'), v2);
  if (!subject) return undefined;
  const policy: AdminPolicy = { kind, apiVersion, name, tier, subject, ...(priority !== undefined ? { priority } : {}) };
  const ingress = readRules(kind, spec.get('ingress'), 'ingress');
  if (ingress) policy.ingress = ingress;
  const egress = readRules(kind, spec.get('egress'), 'egress');
  if (egress) policy.egress = egress;
  return policy;
}

function oneField(f: Field, keys: readonly string[], what: 'subject' | 'peer'): string | undefined {
  const m = f.value as Record<string, unknown>;
  const set = Object.keys(m).filter((k) => keys.includes(k) && m[k] !== null);
  if (set.length === 1) return set[0];
  if (set.length === 0) return f.error(`admin.${what}None`, { keys: keys.join(', ') });
  return f.error(`admin.${what}Many`, { keys: keys.join(', '), found: set.join(' and ') });
}

function readSubject(f: Field, v2: boolean): AdminSubject | undefined {
  if (!f.present) return f.error('admin.subjectRequired', { example: 'subject: {namespaces: {matchLabels: {team: a}}}' });
  if (!f.map('{namespaces: {}}')) return undefined;
  f.known(['namespaces', 'pods']);
  const which = oneField(f, ['namespaces', 'pods'], 'subject');
  if (which === 'namespaces') {
    const sel = labelSelector(f.get('namespaces'));
    return sel ? { namespaces: sel } : undefined;
  }
  if (which === 'pods') {
    const pods = namespacedPod(f.get('pods'), v2);
    return pods ? { pods } : undefined;
  }
  return undefined;
}

function namespacedPod(f: Field, v2: boolean): NamespacedPod | undefined {
  if (!f.map('{namespaceSelector: {}, podSelector: {matchLabels: {app: web}}}')) return undefined;
  f.known(['namespaceSelector', 'podSelector']);
  // v1alpha1 requires both selectors; v1alpha2 makes namespaceSelector optional (absent = every namespace).
  if (!f.get('podSelector').present) return f.error('admin.podSelector');
  if (!v2 && !f.get('namespaceSelector').present) return f.error('admin.namespaceSelector');
  const podSelector = labelSelector(f.get('podSelector'));
  const namespaceSelector = f.get('namespaceSelector').present ? labelSelector(f.get('namespaceSelector')) : {};
  if (!podSelector || !namespaceSelector) return undefined;
  return { namespaceSelector, podSelector };
}

function readRules(kind: AdminKind, f: Field, dir: 'ingress' | 'egress'): AdminRule[] | undefined {
  const peersKey = dir === 'ingress' ? 'from' : 'to';
  const v2 = kind === 'ClusterNetworkPolicy';
  const portsKey = v2 ? 'protocols' : 'ports';
  const items = f.list(`[{name: rule, action: ${ACTIONS[kind][0]}, ${peersKey}: [{namespaces: {}}]}]`);
  if (!items) return undefined;
  const max = v2 ? 25 : 100;
  if (items.length > max) f.error('admin.rulesMax', { field: dir, n: items.length, max });
  const out: AdminRule[] = [];
  for (const r of items) {
    if (!r.map(`{action: ${ACTIONS[kind][0]}, ${peersKey}: [...]}`)) continue;
    r.known(['name', 'action', peersKey, portsKey]);
    const rule = readRule(kind, r, dir, peersKey, portsKey);
    if (rule) out.push(rule);
  }
  return out;
}

function readRule(kind: AdminKind, r: Field, dir: 'ingress' | 'egress', peersKey: string, portsKey: string): AdminRule | undefined {
  const v2 = kind === 'ClusterNetworkPolicy';
  const name = r.get('name').string('allow-dns');
  if (name !== undefined && name.length > 100) r.get('name').error('admin.ruleName', { length: name.length });
  if (!r.get('action').present) return r.error('admin.action', { actions: ACTIONS[kind].join(', ') });
  const action = r.get('action').oneOf(ACTIONS[kind]);
  if (!action) return undefined;
  const pf = r.get(peersKey);
  if (!pf.present) return r.error('admin.peersRequired', { field: peersKey, example: `${peersKey}: [{namespaces: {}}]` });
  const peerItems = pf.list('[{namespaces: {}}]');
  if (!peerItems) return undefined;
  if (peerItems.length === 0) return pf.error('admin.peersEmpty', { field: peersKey });
  if (peerItems.length > (v2 ? 25 : 100)) pf.error('admin.peersMax', { field: peersKey, n: peerItems.length, max: v2 ? 25 : 100 });
  const peers: AdminPeer[] = [];
  for (const p of peerItems) {
    const peer = readPeer(kind, p, dir, action);
    if (peer) peers.push(peer);
  }
  const rule: AdminRule = { action, peers, ...(name !== undefined ? { name } : {}) };
  const ports = v2 ? readV2Protocols(r.get(portsKey)) : readV1Ports(r.get(portsKey));
  if (ports) {
    rule.ports = ports;
    // CEL on the egress rule types: no named ports with networks / nodes / domainNames peers.
    if (dir === 'egress' && ports.some((p) => p.namedPort) && peers.some((p) => p.networks || p.nodes || p.domainNames)) {
      r.get(portsKey).error('admin.namedPorts', { peers: kind === 'BaselineAdminNetworkPolicy' ? 'networks/nodes' : 'networks/nodes/domainNames' });
    }
  }
  return rule;
}

function readPeer(kind: AdminKind, p: Field, dir: 'ingress' | 'egress', action: AdminAction): AdminPeer | undefined {
  if (!p.map('{namespaces: {}}')) return undefined;
  const keys =
    dir === 'ingress'
      ? ['namespaces', 'pods']
      : kind === 'BaselineAdminNetworkPolicy'
        ? ['namespaces', 'pods', 'nodes', 'networks']
        : ['namespaces', 'pods', 'nodes', 'networks', 'domainNames'];
  p.known(keys);
  const which = oneField(p, keys, 'peer');
  const v2 = kind === 'ClusterNetworkPolicy';
  switch (which) {
    case 'namespaces': {
      const sel = labelSelector(p.get('namespaces'));
      return sel && { namespaces: sel };
    }
    case 'pods': {
      const pods = namespacedPod(p.get('pods'), v2);
      return pods && { pods };
    }
    case 'nodes': {
      const sel = labelSelector(p.get('nodes'));
      return sel && { nodes: sel };
    }
    case 'networks': {
      const list = cidrs(p.get('networks'));
      return list && { networks: list };
    }
    case 'domainNames': {
      const f = p.get('domainNames');
      const names = f.strings('[api.example.com]');
      if (!names) return undefined;
      if (names.length === 0 || names.length > 25) return f.error('admin.domainNamesCount');
      for (const [i, n] of names.entries()) if (!DOMAIN.test(n)) return f.get(i).error('admin.domainName', { value: n, example: 'api.example.com', example2: '*.example.com' });
      if (action !== 'Allow' && action !== 'Accept') f.warn('admin.domainNamesAction', { action: v2 ? 'Accept' : 'Allow' });
      return { domainNames: names };
    }
    default:
      return undefined;
  }
}

function cidrs(f: Field): string[] | undefined {
  const list = f.strings('[10.0.0.0/8]');
  if (!list) return undefined;
  if (list.length === 0 || list.length > 25) return f.error('admin.networksCount');
  for (const [i, c] of list.entries()) {
    if (!isCidr(c) || c.length > 43) return f.get(i).error('admin.network', { value: c, example: '10.0.0.0/8', example2: 'fd00::/8' });
  }
  if (new Set(list).size !== list.length) f.warn('admin.networksTwice');
  return list;
}
