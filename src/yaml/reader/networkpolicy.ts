// NetworkPolicy networking.k8s.io/v1. Presence matters: `ingress` absent vs `ingress: []` and `policyTypes`
// absent vs written decide isolation (policyTypes defaulting), so absent stays absent.
import type { NetworkPolicy, NetworkPolicyPeer, NetworkPolicyPort, NetworkPolicyRule, PolicyType } from '../../model';
import { isCidr } from './cidr';
import type { Field } from './field';
import { labelSelector } from './selector';
import { PROTOCOLS } from './workload';

export function readNetworkPolicy(root: Field, name: string, namespace: string): NetworkPolicy | undefined {
  const spec = root.get('spec');
  if (!spec.present) return root.error('document.netpolSpec', { example: 'spec: {podSelector: {}}' });
  if (!spec.map('{podSelector: {}}')) return undefined;
  spec.known(['podSelector', 'policyTypes', 'ingress', 'egress']);
  const ps = spec.get('podSelector');
  const np: NetworkPolicy = { namespace, name, podSelector: ps.present ? (labelSelector(ps) ?? {}) : {} };
  if (!ps.present) ps.warn('netpol.podSelector');
  const types = spec.get('policyTypes');
  if (types.present) {
    np.policyTypes = [];
    for (const t of types.list('[Ingress, Egress]') ?? []) {
      const v = t.oneOf(['Ingress', 'Egress'] as const);
      if (v) np.policyTypes.push(v as PolicyType);
    }
  }
  const ingress = rules(spec.get('ingress'), 'from');
  if (ingress) np.ingress = ingress;
  const egress = rules(spec.get('egress'), 'to');
  if (egress) np.egress = egress;
  return np;
}

function rules(f: Field, peersKey: 'from' | 'to'): NetworkPolicyRule[] | undefined {
  if (!f.present) return undefined;
  const out: NetworkPolicyRule[] = [];
  for (const r of f.list(`[{${peersKey}: [{podSelector: {matchLabels: {app: web}}}], ports: [{port: 80}]}]`) ?? []) {
    if (!r.present) {
      out.push({});
      continue;
    }
    if (!r.map(`{${peersKey}: [...], ports: [...]}`)) continue;
    r.known([peersKey, 'ports']);
    const rule: NetworkPolicyRule = {};
    const peers = r.get(peersKey).list('[{podSelector: {matchLabels: {app: web}}}]');
    if (peers) rule.peers = peers.map(peer).filter((p): p is NetworkPolicyPeer => p !== undefined);
    const ports = r.get('ports').list('[{protocol: TCP, port: 80}]');
    if (ports) rule.ports = ports.map(port).filter((p): p is NetworkPolicyPort => p !== undefined);
    out.push(rule);
  }
  return out;
}

function peer(p: Field): NetworkPolicyPeer | undefined {
  if (!p.map('{podSelector: {matchLabels: {app: web}}}')) return undefined;
  p.known(['podSelector', 'namespaceSelector', 'ipBlock']);
  const out: NetworkPolicyPeer = {};
  const pod = labelSelector(p.get('podSelector'));
  if (pod) out.podSelector = pod;
  const ns = labelSelector(p.get('namespaceSelector'));
  if (ns) out.namespaceSelector = ns;
  const ipb = p.get('ipBlock');
  if (ipb.present) {
    if (out.podSelector || out.namespaceSelector) return p.error('netpol.ipBlockAlone');
    if (!ipb.map('{cidr: 10.0.0.0/8}')) return undefined;
    ipb.known(['cidr', 'except']);
    const cidr = ipb.get('cidr').string('10.0.0.0/8');
    if (cidr === undefined) return ipb.get('cidr').present ? undefined : ipb.error('netpol.cidrRequired', { example: 'cidr: 10.0.0.0/8' });
    if (!isCidr(cidr)) return ipb.get('cidr').error('netpol.cidr', { value: cidr, example: '10.0.0.0/8', example2: '2001:db8::/32' });
    const except = ipb.get('except').strings('[10.1.0.0/16]');
    for (const [i, e] of (except ?? []).entries()) {
      if (!isCidr(e)) return ipb.get('except').get(i).error('netpol.exceptCidr', { value: e, example: '10.1.0.0/16' });
    }
    out.ipBlock = except ? { cidr, except } : { cidr };
  }
  if (!out.podSelector && !out.namespaceSelector && !out.ipBlock) {
    return p.error('netpol.emptyPeer');
  }
  return out;
}

function port(p: Field): NetworkPolicyPort | undefined {
  if (!p.map('{protocol: TCP, port: 80}')) return undefined;
  p.known(['protocol', 'port', 'endPort']);
  const out: NetworkPolicyPort = {};
  if (p.get('protocol').present) {
    const proto = p.get('protocol').oneOf(PROTOCOLS);
    if (!proto) return undefined;
    out.protocol = proto;
  }
  const pf = p.get('port');
  if (pf.present) {
    if (typeof pf.value === 'string') {
      if (/^\d+$/.test(pf.value)) return pf.error('netpol.quotedPort', { value: pf.value });
      if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(pf.value) || pf.value.length > 15) {
        return pf.error('port.name', { value: pf.value });
      }
      out.port = pf.value;
    } else {
      const n = pf.int(1, 65535, 'port');
      if (n === undefined) return undefined;
      out.port = n;
    }
  }
  const ep = p.get('endPort');
  if (ep.present) {
    const n = ep.int(1, 65535, 'endPort');
    if (n === undefined) return undefined;
    if (typeof out.port !== 'number') return ep.error('netpol.endPortNumeric', { example: 'port: 32000, endPort: 32768' });
    if (n < out.port) return ep.error('netpol.endPortBelow', { endPort: n, port: out.port });
    out.endPort = n;
  }
  return out;
}
