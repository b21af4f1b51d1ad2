// Computing Connectivity per destination column with word-parallel bitsets over the sources (issue 9):
// - NetworkPolicy ingress at d: the union of the peer sets of the rules (of policies selecting d) whose ports
//   match the slot, or "open" when no policy isolates d;
// - NetworkPolicy egress towards d: sources whose egress is not isolated, plus the pods selected by each egress rule
//   whose peers contain d and whose ports match (rules transposed to destinations once, in NetpolSets);
// - Istio, for mesh destinations on TCP: one single-query evaluation per class of sources the applicable policies
//   cannot tell apart (IstioClasses), so its answers are those of check() by construction.
// - admin tiers (AdminColumns): each end's Admin-tier allow/deny/pass and Baseline-tier allow/deny sets combine
//   with NetworkPolicy as admin/sets.ts writes it; "explicit" (allowed vs open) and the deciding tier per source
//   follow admin/evaluate.ts decideEnd.
// Kinds follow QUERY-MODEL.md "Verdict kinds" exactly as verdict.ts combine() does.
import type { Protocol } from '../../model';
import { emptySet, fullSet, trim, unionInto, type Bitset } from '../bitset';
import type { TierSets } from '../admin/sets';
import type { EngineInternals } from '../engine';
import { portMatches } from '../netpol/match';
import { combine } from '../verdict';
import { Connectivity, protocolCode, type SerializedConnectivity } from './connectivity';
import { AdminColumns } from './admin-columns';
import { IstioClasses } from './istio-classes';
import type { NetpolSets } from './netpol-sets';
import { slotsOf, type Slot } from './slots';
import type { WorkloadIndex } from './workload-index';

export interface ConnectivityParts {
  connectivity: Connectivity;
  index: WorkloadIndex;
  sets: NetpolSets;
}

export function buildConnectivity(engine: EngineInternals): ConnectivityParts {
  const { index, sets } = engine.netpolSets();
  const { n, eps } = index;
  const all = fullSet(n);
  trim(all, n);
  const W = all.length;
  const hasAdmin = engine.admin.order.admin.length + engine.admin.order.baseline.length > 0;
  const admin = hasAdmin ? new AdminColumns(index, engine.admin.order, engine.netpol.cache) : undefined;
  const slots: Slot[][] = eps.map((_, d) => slotsOf(d, index, sets, hasAdmin ? engine.admin.order : undefined, engine.netpol.cache));
  const slotStart = new Int32Array(n + 1);
  for (let d = 0; d < n; d++) slotStart[d + 1] = slotStart[d]! + slots[d]!.length;
  const total = slotStart[n]!;
  const slotPort = new Int32Array(total);
  const slotProtocol = new Uint8Array(total);
  const planes = new Uint32Array(total * 2 * W);
  // Per slot, two planes over the sources: the Admin tier decided (plane 0) or the Baseline tier did (plane 1).
  const tierPlanes = hasAdmin ? new Uint32Array(total * 2 * W) : undefined;
  const egressOpen = all.slice();
  for (let w = 0; w < W; w++) egressOpen[w]! &= ~sets.egressIsolated[w]!;
  const classes = engine.cluster.authorizationPolicies.length + engine.cluster.peerAuthentications.length > 0 ? new IstioClasses(index, engine.cluster) : undefined;

  const ing = emptySet(n);
  const eg = emptySet(n);
  // Sources whose connection only the default lets in at d (nothing at d decided): the "open" kind.
  const ingOpen = emptySet(n);
  // Istio's answer per source: let through and admitted by an ALLOW, let through without, http-only, denied.
  const iAdmit = emptySet(n);
  const iOpen = emptySet(n);
  const iHttp = emptySet(n);
  const iDeny = emptySet(n);
  for (let d = 0; d < n; d++) {
    const dst = eps[d]!;
    const ingressPolicies = sets.ingressPolicies[d]!;
    const egressRules = sets.egressRulesTo(d);
    const sourceClasses = dst.inMesh ? (classes ? classes.of(d) : [{ members: all, rep: 0 }]) : [];
    for (let j = 0; j < slots[d]!.length; j++) {
      const slot = slots[d]![j]!;
      const t = slotStart[d]! + j;
      slotPort[t] = slot.port === 'any' ? 0 : slot.port;
      slotProtocol[t] = protocolCode(slot.protocol);
      const portOk = (ports: { port?: number | string; endPort?: number; protocol?: Protocol }[] | undefined) =>
        !ports || ports.length === 0 || ports.some((p) => portMatches(p, slot.port, slot.protocol, dst));

      const open = ingressPolicies.length === 0;
      if (open) ing.set(all);
      else {
        ing.fill(0);
        for (const np of ingressPolicies) for (const rule of np.ingress ?? []) if (portOk(rule.ports)) unionInto(ing, sets.ruleSet(rule, np));
      }
      eg.set(egressOpen);
      for (const r of egressRules) {
        if (!portOk(r.rule.ports)) continue;
        if (r.few) for (const s of r.few) eg[s >>> 5]! |= 1 << (s & 31);
        else unionInto(eg, r.sources);
      }

      // Same condition as the engine's evaluatePort: the sidecar decides only TCP to a mesh destination.
      const istio = dst.inMesh && slot.protocol === 'TCP';
      if (istio) {
        iAdmit.fill(0);
        iOpen.fill(0);
        iHttp.fill(0);
        iDeny.fill(0);
        for (const c of sourceClasses) {
          const r = engine.istio().evaluate(eps[c.rep]!, dst, { port: slot.port === 'any' ? 0 : slot.port, protocol: 'TCP' });
          // Without NetworkPolicy layers, `allowed` here means an ALLOW policy admitted it, `unisolated` that none did.
          const kind = combine(r.layers, [], r.httpOnly, r.admitted).kind;
          unionInto(kind === 'allowed' ? iAdmit : kind === 'unisolated' ? iOpen : kind === 'http-only' ? iHttp : iDeny, c.members);
        }
      }
      if (open) ingOpen.set(all);
      else ingOpen.fill(0);
      const p0 = t * 2 * W;
      const p1 = p0 + W;
      if (admin) combineTiers(admin.ingress(d, slot), admin.egress(d, slot), open, egressOpen, ing, eg, ingOpen, tierPlanes!, p0, p1, W);
      for (let w = 0; w < W; w++) {
        const pass = ing[w]! & eg[w]!;
        if (istio) {
          planes[p0 + w] = pass & ((ingOpen[w]! & iOpen[w]!) | iHttp[w]!);
          planes[p1 + w] = ~pass | iDeny[w]! | iHttp[w]!;
        } else {
          planes[p0 + w] = pass & ingOpen[w]!;
          planes[p1 + w] = ~pass;
        }
      }
      trim(planes.subarray(p1, p1 + W), n);
    }
  }
  const data: SerializedConnectivity = { ids: index.ids, slotStart, slotPort, slotProtocol, planes, ...(tierPlanes ? { tierPlanes } : {}) };
  return { connectivity: new Connectivity(data), index, sets };
}

/**
 * Both ends through the admin tiers, in place (admin/sets.ts):
 *   admits = A.allow ∪ (¬A.deny ∩ (NP isolates ? NP.admits : ¬B.deny)), explicit = A.allow ∪ (NP isolates ? NP : B.allow).
 * `ing` / `eg` come in as NetworkPolicy's sets and leave as the ends' answers; `ingOpen` leaves as the sources that
 * d's end lets in only by default. The tier planes get the tier behind each source's answer as admin/sets.ts
 * `endDecision` and the matrix's `adminTier` pick it: the end that denied, else the ingress end's tier, else egress's.
 */
function combineTiers(
  tin: TierSets | undefined,
  tout: TierSets | undefined,
  ingressOpen: boolean,
  egressOpen: Bitset,
  ing: Bitset,
  eg: Bitset,
  ingOpen: Bitset,
  tierPlanes: Uint32Array,
  p0: number,
  p1: number,
  W: number,
): void {
  for (let w = 0; w < W; w++) {
    const inAllow = tin ? tin.admin.allow[w]! : 0;
    const inDeny = tin ? tin.admin.deny[w]! : 0;
    const inBAllow = tin ? tin.baseline.allow[w]! : 0;
    const inBDeny = tin ? tin.baseline.deny[w]! : 0;
    const inBase = ingressOpen ? ~inBDeny : ing[w]!;
    const inAdmit = inAllow | (~inDeny & inBase);
    const inExplicit = inAllow | (ingressOpen ? inBAllow : ing[w]!);
    const inAdminDec = inAllow | inDeny;
    const inBaseDec = ingressOpen ? (inBAllow | inBDeny) & ~inAdminDec : 0;

    const npOpen = egressOpen[w]!;
    const egAllow = tout ? tout.admin.allow[w]! : 0;
    const egDeny = tout ? tout.admin.deny[w]! : 0;
    const egBAllow = tout ? tout.baseline.allow[w]! : 0;
    const egBDeny = tout ? tout.baseline.deny[w]! : 0;
    const egAdmit = egAllow | (~egDeny & ((eg[w]! & ~npOpen) | (npOpen & ~egBDeny)));
    const egAdminDec = egAllow | egDeny;
    const egBaseDec = npOpen & (egBAllow | egBDeny) & ~egAdminDec;

    ing[w] = inAdmit;
    eg[w] = egAdmit;
    ingOpen[w] = inAdmit & ~inExplicit;
    const inDenied = ~inAdmit;
    const egDenied = inAdmit & ~egAdmit;
    const bothPass = inAdmit & egAdmit;
    const inTier = inAdminDec | inBaseDec;
    tierPlanes[p0 + w] = (inDenied & inAdminDec) | (egDenied & egAdminDec) | (bothPass & (inAdminDec | (~inTier & egAdminDec)));
    tierPlanes[p1 + w] = (inDenied & inBaseDec) | (egDenied & egBaseDec) | (bothPass & (inBaseDec | (~inTier & egBaseDec)));
  }
}
