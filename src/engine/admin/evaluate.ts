// One end of a connection through the tiers (QUERY-MODEL.md "Admin tiers"; the tier order of
// apis/v1alpha2/clusternetworkpolicy_types.go `Tier`): 1. the Admin tier by priority, rules in order, the first
// matching rule decides — Allow/Accept lets this end through without NetworkPolicy or the baseline, Deny refuses,
// Pass skips the rest of the Admin tier; 2. NetworkPolicy, if one isolates the pod for this direction; 3. the
// Baseline tier the same way; 4. allowed. Admin policies isolate nothing: only matching rules count.
import type { AdminPolicy, AdminRule, LayerResult, Message, PolicyRef, Protocol, Workload } from '../../model';
import { admits } from '../../model';
import type { Endpoint } from '../endpoint';
import { evaluateLayer, type NetpolContext } from '../netpol/evaluate';
import type { Direction } from '../netpol/index-policies';
import type { SelectorCache } from '../netpol/match';
import { matchingPeer, matchingPort, subjectSelects, undecidablePeer, EVERY_ADDRESS } from './match';
import { samePriority, type AdminOrder } from './order';
import { said } from '../reasons';
import * as say from './reasons';

export interface AdminContext {
  order: AdminOrder;
  cache: SelectorCache;
  netpol: NetpolContext;
}

export interface EndDecision {
  layer: LayerResult;
  /** Implementation-defined points met on the way (QUERY-MODEL.md), for the verdict's notes. */
  notes: Message[];
}

interface Hit {
  policy: AdminPolicy;
  index: number;
  rule: AdminRule;
}

export const adminRef = (p: AdminPolicy, dir?: Direction, i?: number): PolicyRef => ({
  kind: p.kind,
  namespace: '',
  name: p.name,
  ...(dir !== undefined && i !== undefined ? { rule: `${dir}[${i}]` } : {}),
});

/** The egress end (at the source) or the ingress end (at the destination), through every tier. */
export function decideEnd(dir: Direction, local: Endpoint, other: Endpoint, dst: Endpoint, port: number | 'any', protocol: Protocol, ctx: AdminContext): EndDecision {
  const np = evaluateLayer(dir, local, other, dst, port, protocol, ctx.netpol);
  // Without admin policies NetworkPolicy alone decides, as before the tiers existed: no `tier` on the layer (a
  // "decided by" beside every layer of every cluster would only be noise, and a 20,000-query batch prints it).
  if (local.kind !== 'workload' || !local.workload || ctx.order.admin.length + ctx.order.baseline.length === 0) return { layer: np, notes: [] };
  const at = local.id;
  const notes: Message[] = [];
  const w = local.workload;
  if (ctx.order.mixedVersions && selectsAny(ctx, w)) notes.push(say.MIXED_VERSIONS_NOTE);
  const admin = firstMatch(ctx.order.admin, 'Admin', w, dir, other, dst, port, protocol, ctx, notes);
  if (admin && admin.rule.action !== 'Pass') return { layer: tierDecision(at, dir, 'Admin', admin), notes };
  const npDecides = np.decision !== 'unisolated';
  const pass = admin ? say.passedBy(admin.policy, dir, admin.index, admin.rule, npDecides ? 'NetworkPolicy' : 'Baseline') : undefined;
  const passRefs = admin ? [adminRef(admin.policy, dir, admin.index)] : [];
  if (npDecides) {
    return {
      layer: {
        ...np,
        tier: 'NetworkPolicy',
        ...(pass ? said(say.afterPass(dir, at, pass, np.message)) : {}),
        policies: [...passRefs, ...np.policies],
      },
      notes,
    };
  }
  const baseline = firstMatch(ctx.order.baseline, 'Baseline', w, dir, other, dst, port, protocol, ctx, notes);
  const otherDir: Direction = dir === 'ingress' ? 'egress' : 'ingress';
  if (baseline && ctx.netpol.selecting(w, otherDir).length > 0) notes.push(say.otherDirectionNote(local.id, dir));
  if (baseline) {
    const layer = tierDecision(at, dir, 'Baseline', baseline);
    if (pass) Object.assign(layer, said(say.afterPass(dir, at, pass, layer.message)));
    layer.policies = [...passRefs, ...layer.policies];
    return { layer, notes };
  }
  const baselineCount = ctx.order.baseline.filter((p) => subjectSelects(p.subject, w, ctx.cache)).length;
  if (!pass && baselineCount === 0) return { layer: { ...np, tier: 'default' }, notes };
  return { layer: { ...np, tier: 'default', ...said(say.noTierDecided(dir, at, np.message, pass, baselineCount)), policies: passRefs }, notes };
}

function tierDecision(at: string, dir: Direction, tier: 'Admin' | 'Baseline', hit: Hit): LayerResult {
  return {
    layer: dir,
    decision: admits(hit.rule.action) ? 'allowed' : 'denied',
    tier,
    ...said(say.decidedBy(dir, at, hit.policy, hit.index, hit.rule)),
    policies: [adminRef(hit.policy, dir, hit.index)],
  };
}

function selectsAny(ctx: AdminContext, w: Workload): boolean {
  return [...ctx.order.admin, ...ctx.order.baseline].some((p) => subjectSelects(p.subject, w, ctx.cache));
}

/** The first rule of the tier's policies (in order) that matches, with the notes its search met. */
function firstMatch(
  list: AdminPolicy[],
  tier: string,
  w: Workload,
  dir: Direction,
  other: Endpoint,
  dst: Endpoint,
  port: number | 'any',
  protocol: Protocol,
  ctx: AdminContext,
  notes: Message[],
): Hit | undefined {
  for (const policy of list) {
    if (!subjectSelects(policy.subject, w, ctx.cache)) continue;
    const hit = matchIn(policy, dir, other, dst, port, protocol, ctx, notes);
    if (!hit) continue;
    const ties = samePriority(list, policy).filter((q) => subjectSelects(q.subject, w, ctx.cache) && matchIn(q, dir, other, dst, port, protocol, ctx, []) !== undefined);
    if (ties.length > 0) notes.push(say.samePriorityNote(tier, policy, ties));
    return hit;
  }
  return undefined;
}

function matchIn(
  policy: AdminPolicy,
  dir: Direction,
  other: Endpoint,
  dst: Endpoint,
  port: number | 'any',
  protocol: Protocol,
  ctx: AdminContext,
  notes: Message[],
): Hit | undefined {
  const rules = (dir === 'ingress' ? policy.ingress : policy.egress) ?? [];
  for (const [index, rule] of rules.entries()) {
    const portIndex = matchingPort(rule, port, protocol, dst);
    if (portIndex === undefined) continue;
    const peer = matchingPeer(rule, other, ctx.cache);
    if (peer === undefined) {
      rule.peers.forEach((p, j) => {
        const field = undecidablePeer(p);
        if (field) notes.push(say.undecidablePeerNote(policy, dir, index, j, field, other.id));
        if (p.networks && other.kind === 'workload' && other.ip === undefined && !p.networks.some(EVERY_ADDRESS)) notes.push(say.unknownPodIpNote(policy, dir, index, other.id));
      });
      continue;
    }
    if (portIndex >= 0 && rule.ports![portIndex]!.port === undefined && rule.ports![portIndex]!.namedPort === undefined)
      notes.push(say.protocolWithoutPortNote(policy, dir, index));
    return { policy, index, rule };
  }
  return undefined;
}
