// The cluster policy form's state as plain data: an AdminPolicy ⇄ drafts of text fields. Rules the form cannot
// show faithfully (several peers, matchExpressions, nodes, domainNames) are kept as they are and shown read-only.
import type { AdminAction, AdminPeer, AdminPolicy, AdminPort, AdminRule, AdminSubject, LabelSelector, Protocol } from '../../model';

export interface RuleDraft {
  dir: 'ingress' | 'egress';
  /** Set for a rule the form leaves untouched (edited in YAML). */
  kept?: AdminRule;
  name: string;
  action: AdminAction;
  /** `key=value, …` of the peer namespaces (empty = every namespace). */
  namespaces: string;
  /** `key=value, …` of the peer pods; empty = a `namespaces` peer. */
  pods: string;
  /** Egress only: CIDRs, comma-separated; when set, the peer is `networks`. */
  networks: string;
  /** `5432/TCP, 8000-8100/UDP, http`; empty = every port. */
  ports: string;
}

export interface PolicyDraft {
  priority: string;
  tier: 'Admin' | 'Baseline';
  namespaces: string;
  pods: string;
  rules: RuleDraft[];
}

const onlyLabels = (s: LabelSelector | undefined): boolean => s === undefined || s.matchExpressions === undefined;
const labelsText = (s: LabelSelector | undefined): string =>
  Object.entries(s?.matchLabels ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');

export function parseLabels(text: string): LabelSelector | string {
  const out = Object.create(null) as Record<string, string>;
  for (const part of text
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean)) {
    const m = /^([A-Za-z0-9./_-]+)=([A-Za-z0-9._-]*)$/.exec(part);
    if (!m) return part;
    out[m[1]!] = m[2]!;
  }
  return Object.keys(out).length > 0 ? { matchLabels: out } : {};
}

function portText(p: AdminPort): string {
  if (p.namedPort !== undefined) return p.namedPort;
  if (p.port === undefined) return p.protocol ?? 'TCP';
  return `${p.port}${p.endPort !== undefined ? `-${p.endPort}` : ''}/${p.protocol ?? 'TCP'}`;
}

export function parsePorts(text: string): AdminPort[] | undefined | string {
  const parts = text
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  if (parts.length === 0) return undefined;
  const out: AdminPort[] = [];
  for (const part of parts) {
    const m = /^(\d+)(?:-(\d+))?(?:\/(TCP|UDP|SCTP))?$/i.exec(part);
    if (m) {
      const port = Number(m[1]);
      const end = m[2] !== undefined ? Number(m[2]) : undefined;
      if (port < 1 || port > 65535 || (end !== undefined && (end > 65535 || end <= port))) return part;
      out.push({ protocol: (m[3]?.toUpperCase() ?? 'TCP') as Protocol, port, ...(end !== undefined ? { endPort: end } : {}) });
    } else if (/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(part) && part.length <= 15) out.push({ namedPort: part });
    else return part;
  }
  return out;
}

function ruleDraft(dir: 'ingress' | 'egress', r: AdminRule): RuleDraft {
  const base = { dir, name: r.name ?? '', action: r.action, namespaces: '', pods: '', networks: '', ports: (r.ports ?? []).map(portText).join(', ') };
  const peer = r.peers[0];
  const simple =
    r.peers.length === 1 &&
    peer &&
    (peer.networks || (peer.namespaces && onlyLabels(peer.namespaces)) || (peer.pods && onlyLabels(peer.pods.namespaceSelector) && onlyLabels(peer.pods.podSelector)));
  if (!simple || !peer) return { ...base, kept: r };
  if (peer.networks) return { ...base, networks: peer.networks.join(', ') };
  if (peer.pods) return { ...base, namespaces: labelsText(peer.pods.namespaceSelector), pods: labelsText(peer.pods.podSelector) };
  return { ...base, namespaces: labelsText(peer.namespaces) };
}

export function draftOf(p: AdminPolicy): PolicyDraft {
  const s = p.subject;
  return {
    priority: p.priority === undefined ? '' : String(p.priority),
    tier: p.tier,
    namespaces: labelsText(s.pods ? s.pods.namespaceSelector : s.namespaces),
    pods: s.pods ? labelsText(s.pods.podSelector) : '',
    rules: [...(p.ingress ?? []).map((r) => ruleDraft('ingress', r)), ...(p.egress ?? []).map((r) => ruleDraft('egress', r))],
  };
}

/** The edited policy, or the text of the first field that does not read. */
export function policyOf(base: AdminPolicy, d: PolicyDraft): AdminPolicy | { bad: string } {
  const ns = parseLabels(d.namespaces);
  if (typeof ns === 'string') return { bad: ns };
  const pods = d.pods.trim() ? parseLabels(d.pods) : undefined;
  if (typeof pods === 'string') return { bad: pods };
  const subject: AdminSubject = pods ? { pods: { namespaceSelector: ns, podSelector: pods } } : { namespaces: ns };
  const out: AdminPolicy = { ...base, subject, ingress: [], egress: [] };
  if (base.kind === 'ClusterNetworkPolicy') out.tier = d.tier;
  if (base.priority !== undefined) out.priority = Number(d.priority);
  for (const r of d.rules) {
    let rule: AdminRule;
    if (r.kept) rule = { ...r.kept, action: r.action };
    else {
      let peer: AdminPeer;
      if (r.dir === 'egress' && r.networks.trim())
        peer = {
          networks: r.networks
            .split(',')
            .map((x) => x.trim())
            .filter(Boolean),
        };
      else {
        const pns = parseLabels(r.namespaces);
        if (typeof pns === 'string') return { bad: pns };
        const ppods = r.pods.trim() ? parseLabels(r.pods) : undefined;
        if (typeof ppods === 'string') return { bad: ppods };
        peer = ppods ? { pods: { namespaceSelector: pns, podSelector: ppods } } : { namespaces: pns };
      }
      const ports = parsePorts(r.ports);
      if (typeof ports === 'string') return { bad: ports };
      rule = { action: r.action, peers: [peer], ...(r.name.trim() ? { name: r.name.trim() } : {}), ...(ports ? { ports } : {}) };
    }
    out[r.dir]!.push(rule);
  }
  if (out.egress!.length === 0 && !base.egress) delete out.egress;
  if (out.ingress!.length === 0 && !base.ingress && out.egress) delete out.ingress;
  return out;
}

export const actionsOf = (kind: AdminPolicy['kind']): AdminAction[] =>
  kind === 'ClusterNetworkPolicy' ? ['Accept', 'Deny', 'Pass'] : kind === 'AdminNetworkPolicy' ? ['Allow', 'Deny', 'Pass'] : ['Allow', 'Deny'];

export function newRule(kind: AdminPolicy['kind'], dir: 'ingress' | 'egress'): RuleDraft {
  return { dir, name: '', action: kind === 'ClusterNetworkPolicy' ? 'Deny' : 'Deny', namespaces: '', pods: '', networks: '', ports: '' };
}
