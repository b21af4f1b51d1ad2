// Every English sentence the admin tiers produce, in one place so that i18n codes can replace them later.
// Style of the NetworkPolicy layers: `<dir> at <ns/name>: <decision> by <Kind> <name> (<tier>, priority <n>) <dir>[i] "<rule name>"`.
import { adminLabel, type AdminAction, type AdminPolicy, type AdminRule } from '../../model';
import type { Message } from '../../model';
import type { Direction } from '../netpol/index-policies';
import { msg } from '../reasons';

/** An admin-tier sentence as a message (one code carrying the English until the sentences get codes of their own). */
export const sentence = (text: string): Message => msg('admin.sentence', { text });

export const ruleText = (dir: Direction, i: number, rule: AdminRule): string => `${dir}[${i}]${rule.name ? ` "${rule.name}"` : ''}`;

const verb = (a: AdminAction): string => (a === 'Deny' ? 'denied' : a === 'Pass' ? 'passed' : a === 'Accept' ? 'accepted' : 'allowed');

/** `ingress at prod/db: denied by ClusterNetworkPolicy block-legacy (Admin, priority 10) ingress[0] "no-legacy"`. */
export function decidedBy(where: string, policy: AdminPolicy, dir: Direction, i: number, rule: AdminRule): string {
  return `${where}: ${verb(rule.action)} by ${adminLabel(policy)} ${ruleText(dir, i, rule)}`;
}

/** `passed by AdminNetworkPolicy x (Admin, priority 5) ingress[1] to NetworkPolicy`. */
export function passedBy(policy: AdminPolicy, dir: Direction, i: number, rule: AdminRule, to: 'NetworkPolicy' | 'the Baseline tier'): string {
  return `passed by ${adminLabel(policy)} ${ruleText(dir, i, rule)} to ${to}`;
}

/** The NetworkPolicy layer's own sentence after an admin Pass: `<where>: passed by …; <rest of the NP sentence>`. */
export function afterPass(where: string, pass: string, npReason: string): string {
  const rest = npReason.startsWith(`${where}: `) ? npReason.slice(where.length + 2) : npReason;
  return `${where}: ${pass}; ${rest}`;
}

export function noTierDecided(where: string, npReason: string, pass: string | undefined, baselineCount: number): string {
  const rest = npReason.startsWith(`${where}: `) ? npReason.slice(where.length + 2) : npReason;
  const baseline = baselineCount > 0 ? '; no Baseline-tier rule matches' : '';
  return `${where}: ${pass ? `${pass}; ` : ''}${rest}${baseline}; allowed by default`;
}

export function samePriorityNote(tier: string, applied: AdminPolicy, others: AdminPolicy[]): string {
  const names = others.map((o) => `${o.kind} ${o.name}`).join(', ');
  return (
    `${applied.kind} ${applied.name} and ${names} are ${tier}-tier policies at priority ${applied.priority} that both match this connection: ` +
    `which one applies is implementation-defined (network-policy-api: "the implementation can apply any of the matching policies"); this engine applied ${applied.name} (ordered by kind and name)`
  );
}

export function undecidablePeerNote(policy: AdminPolicy, dir: Direction, i: number, j: number, field: 'nodes' | 'domainNames', otherId: string): string {
  const what = field === 'nodes' ? 'a nodes peer (node IPs; Nodes are not modelled)' : 'a domainNames peer (resolved by DNS at run time)';
  return `${policy.kind} ${policy.name} ${dir}[${i}] to[${j}] is ${what}: whether it matches ${otherId} is implementation-defined; this engine treats it as not matching`;
}

export function protocolWithoutPortNote(policy: AdminPolicy, dir: Direction, i: number): string {
  return `${policy.kind} ${policy.name} ${dir}[${i}] names a protocol without a port (the CRD rejects it): how an implementation reads it is implementation-defined; this engine matches every port of that protocol`;
}

export function unknownPodIpNote(policy: AdminPolicy, dir: Direction, i: number, otherId: string): string {
  return `${policy.kind} ${policy.name} ${dir}[${i}] networks match pod IPs too; ${otherId} has no status.podIP in the manifests, so this engine counts it only inside 0.0.0.0/0 or ::/0`;
}

export const MIXED_VERSIONS_NOTE =
  'AdminNetworkPolicy/BaselineAdminNetworkPolicy (v1alpha1) and ClusterNetworkPolicy (v1alpha2) objects are in one design: how an implementation orders them against each other is implementation-defined; this engine orders ANPs with Admin-tier ClusterNetworkPolicies by priority and evaluates the BANP after the Baseline-tier ClusterNetworkPolicies';

export function otherDirectionNote(localId: string, dir: Direction): string {
  const other = dir === 'ingress' ? 'egress' : 'ingress';
  return `${localId} is isolated by NetworkPolicy for ${other} only: whether ${dir} then reaches the Baseline tier is implementation-defined (upstream: "Further evaluation only happens for Pods not selected by a v1.NetworkPolicy"); this engine goes on to the Baseline tier for ${dir}`;
}
