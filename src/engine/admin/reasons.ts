// Every sentence the admin tiers say, as messages with codes (the catalogue's `admin.*`): the CLI prints their
// English, the page renders them in its language. Style of the NetworkPolicy layers:
// `<dir> at <ns/name>: <decision> by <Kind> <name> (<tier>, priority <n>) <dir>[i] "<rule name>"`.
import type { AdminAction, AdminPolicy, AdminRule, Message } from '../../model';
import type { Direction } from '../netpol/index-policies';
import { msg } from '../reasons';

/** `AdminNetworkPolicy x (Admin, priority 5)`. */
export const policyLabel = (p: AdminPolicy): Message =>
  p.priority !== undefined
    ? msg('admin.label', { kind: p.kind, name: p.name, tier: p.tier, priority: p.priority })
    : msg('admin.labelNoPriority', { kind: p.kind, name: p.name, tier: p.tier });

/** `ingress[0] "rule name"`. */
export const ruleText = (dir: Direction, i: number, rule: AdminRule): Message =>
  rule.name ? msg('admin.ruleNamed', { field: dir, index: i, name: rule.name }) : msg('admin.rule', { field: dir, index: i });

const kindAndName = (p: AdminPolicy) => `${p.kind} ${p.name}`;
const action = (a: AdminAction): string => a;

/** `ingress at prod/db: denied by ClusterNetworkPolicy block-legacy (Admin, priority 10) ingress[0] "no-legacy"`. */
export function decidedBy(dir: Direction, at: string, policy: AdminPolicy, i: number, rule: AdminRule): Message {
  return msg('admin.decided', { layer: dir, at, action: action(rule.action), policy: policyLabel(policy), rule: ruleText(dir, i, rule) });
}

/** `passed by AdminNetworkPolicy x (Admin, priority 5) ingress[1] to NetworkPolicy`. */
export function passedBy(policy: AdminPolicy, dir: Direction, i: number, rule: AdminRule, to: 'NetworkPolicy' | 'Baseline'): Message {
  return msg(to === 'NetworkPolicy' ? 'admin.passedToNetworkPolicy' : 'admin.passedToBaseline', { policy: policyLabel(policy), rule: ruleText(dir, i, rule) });
}

/** A layer's sentence without its `<layer> at <at>: ` head, where the catalogue has that form. */
const REST: Record<string, string> = {
  'netpol.outside': 'admin.rest.outside',
  'netpol.unisolated': 'admin.rest.unisolated',
  'netpol.allowed': 'admin.rest.allowed',
  'netpol.denied': 'admin.rest.denied',
  'admin.decided': 'admin.rest.decided',
};

function rest(m: Message): Message {
  const code = REST[m.code];
  // Every sentence a layer at a workload can end with has its headless form; a new one shows whole rather than wrong.
  return code ? { code, params: m.params } : m;
}

/** The layer's own sentence after an admin Pass: `<where>: passed by …; <rest of the layer's sentence>`. */
export function afterPass(dir: Direction, at: string, pass: Message, layer: Message): Message {
  return msg('admin.clauses', { layer: dir, at, clauses: [pass, rest(layer)] });
}

/** No tier decided: `<where>: [passed by …; ]<NetworkPolicy's sentence>[; no Baseline-tier rule matches]; allowed by default`. */
export function noTierDecided(dir: Direction, at: string, np: Message, pass: Message | undefined, baselineCount: number): Message {
  const clauses = [...(pass ? [pass] : []), rest(np), ...(baselineCount > 0 ? [msg('admin.noBaselineRule')] : []), msg('admin.allowedByDefault')];
  return msg('admin.clauses', { layer: dir, at, clauses });
}

export function samePriorityNote(tier: string, applied: AdminPolicy, others: AdminPolicy[]): Message {
  return msg('admin.samePriority', { policy: kindAndName(applied), others: others.map(kindAndName).join(', '), tier, priority: String(applied.priority), name: applied.name });
}

export function undecidablePeerNote(policy: AdminPolicy, dir: Direction, i: number, j: number, field: 'nodes' | 'domainNames', otherId: string): Message {
  return msg(field === 'nodes' ? 'admin.nodesPeer' : 'admin.domainNamesPeer', { policy: kindAndName(policy), rule: `${dir}[${i}]`, peer: j, other: otherId });
}

export function protocolWithoutPortNote(policy: AdminPolicy, dir: Direction, i: number): Message {
  return msg('admin.protocolWithoutPort', { policy: kindAndName(policy), rule: `${dir}[${i}]` });
}

export function unknownPodIpNote(policy: AdminPolicy, dir: Direction, i: number, otherId: string): Message {
  return msg('admin.unknownPodIp', { policy: kindAndName(policy), rule: `${dir}[${i}]`, other: otherId });
}

export const MIXED_VERSIONS_NOTE: Message = msg('admin.mixedVersions');

export function otherDirectionNote(localId: string, dir: Direction): Message {
  return msg('admin.otherDirection', { workload: localId, layer: dir, otherLayer: dir === 'ingress' ? 'egress' : 'ingress' });
}
