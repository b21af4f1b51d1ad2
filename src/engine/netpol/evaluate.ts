// One NetworkPolicy layer (egress at the source or ingress at the destination) for one connection.
// A pod is isolated for a direction iff some policy of its namespace selects it with that policy type; then the
// connection must be allowed by at least one rule of one of those policies (rules are a union).
import type { LayerResult, NetworkPolicy, NetworkPolicyPeer, PolicyRef, Protocol, Workload } from '../../model';
import type { Endpoint } from '../endpoint';
import type { Direction, IndexedPolicy } from './index-policies';
import { msg, said } from '../reasons';
import { peerMatches, portMatches, type SelectorCache } from './match';

export interface NetpolContext {
  /** Policies of a namespace selecting this workload, per direction (memoised by the engine). */
  selecting(w: Workload, dir: Direction): IndexedPolicy[];
  cache: SelectorCache;
}

const ref = (p: NetworkPolicy, rule?: string): PolicyRef => ({ kind: 'NetworkPolicy', namespace: p.namespace, name: p.name, ...(rule ? { rule } : {}) });

// Message parameters are written out (`layer: dir, at`) rather than spread from a shared object: V8 builds
// `{ ...where, x }` several times slower than a plain literal, and every reason of every query goes through here.
export function evaluateLayer(dir: Direction, local: Endpoint, other: Endpoint, dst: Endpoint, port: number | 'any', protocol: Protocol, ctx: NetpolContext): LayerResult {
  const layer = dir;
  const at = local.id;
  if (local.kind !== 'workload' || !local.workload) {
    return { layer, decision: 'skipped', ...said(msg('netpol.outside', { layer: dir, at })), policies: [] };
  }
  const isolating = ctx.selecting(local.workload, dir);
  if (isolating.length === 0) {
    const type = dir === 'ingress' ? 'Ingress' : 'Egress';
    return { layer, decision: 'unisolated', ...said(msg('netpol.unisolated', { layer: dir, at, type })), policies: [] };
  }
  const what = port === 'any' ? msg('netpol.anyPort', { protocol }) : `${port}/${protocol}`;
  for (const { policy } of isolating) {
    const hit = admittingRule(dir, policy, other, dst, port, protocol, ctx.cache);
    if (!hit) continue;
    const { index: i, peerIndex, portIndex } = hit;
    const peerKey = dir === 'ingress' ? 'from' : 'to';
    const rulePath = `${dir}[${i}]${peerIndex >= 0 ? ` ${peerKey}[${peerIndex}]` : ''}${portIndex >= 0 ? ` ports[${portIndex}]` : ''}`;
    const peer = peerIndex >= 0 ? `${peerKey}[${peerIndex}]` : msg('netpol.anyPeer', { side: dir === 'ingress' ? 'source' : 'destination' });
    const portPart = portIndex >= 0 ? msg('netpol.port', { port: what }) : msg('netpol.allPorts');
    return {
      layer,
      decision: 'allowed',
      ...said(msg('netpol.allowed', { layer: dir, at, policy: `${policy.namespace}/${policy.name}`, rule: `${dir}[${i}]`, peer, port: portPart })),
      policies: [ref(policy, rulePath.replace(/ /g, '.'))],
    };
  }
  const names = isolating.map(({ policy }) => `${policy.namespace}/${policy.name}`).join(', ');
  return {
    layer,
    decision: 'denied',
    ...said(msg('netpol.denied', { layer: dir, at, policies: names, other: other.id, port: what })),
    policies: isolating.map(({ policy }) => ref(policy)),
  };
}

/**
 * The first rule of one policy (in `dir`) that admits the connection, with the peer and port that matched (-1 =
 * the rule has none, so all match); undefined when no rule does. Decided by the policy, the other side and the
 * destination's ports alone: callers asking one policy about many pods can ask once.
 */
export function admittingRule(
  dir: Direction,
  policy: NetworkPolicy,
  other: Endpoint,
  dst: Endpoint,
  port: number | 'any',
  protocol: Protocol,
  cache: SelectorCache,
): { index: number; peerIndex: number; portIndex: number } | undefined {
  const rules = (dir === 'ingress' ? policy.ingress : policy.egress) ?? [];
  for (const [index, rule] of rules.entries()) {
    const peerIndex = matchingPeer(rule.peers, policy, other, cache);
    if (peerIndex === undefined) continue;
    const ports = rule.ports ?? [];
    const portIndex = ports.length === 0 ? -1 : ports.findIndex((p) => portMatches(p, port, protocol, dst));
    if (ports.length > 0 && portIndex < 0) continue;
    return { index, peerIndex, portIndex };
  }
  return undefined;
}

/** -1 = the rule has no peers (all peers); index of the first matching peer; undefined = none matches. */
function matchingPeer(peers: NetworkPolicyPeer[] | undefined, policy: NetworkPolicy, other: Endpoint, cache: SelectorCache): number | undefined {
  if (!peers || peers.length === 0) return -1;
  const i = peers.findIndex((p) => peerMatches(p, policy, other, cache));
  return i >= 0 ? i : undefined;
}
