// Lint checks for the admin tiers (codes KPD3xx, shape of model/finding.ts). Pure: a Cluster in, findings out; the
// lint runner decides where they are shown.
//   KPD311 warning  a Pass with nothing below it: for a selected pod no NetworkPolicy isolates that direction and no
//                   Baseline-tier rule applies, so the passed traffic is simply allowed by default
//   KPD312 info     an Admin-tier Allow/Accept lets through traffic an application NetworkPolicy denies
//   KPD313 warning  two policies of one tier at the same priority (which applies is implementation-defined)
//   KPD314 warning  v1alpha1 (ANP/BANP) and v1alpha2 (ClusterNetworkPolicy) objects in one design
//   KPD315 info     a cluster policy whose subject selects no workload
//   KPD316 info     nodes / domainNames peers, which the engine cannot evaluate (implementation-defined)
import { adminLabel, admits, type AdminPolicy, type Cluster, type Finding, type Protocol, type Workload } from '../../model';
import { createEngineInternals, type EngineInternals } from '../engine';
import type { Direction } from '../netpol/index-policies';
import { decideEnd } from './evaluate';
import { matchingPeer, subjectSelects, undecidablePeer } from './match';

const DIRS: Direction[] = ['ingress', 'egress'];

function at(p: AdminPolicy, code: string, severity: Finding['severity'], message: string, path?: string, fix?: string): Finding {
  const f: Finding = { code, severity, message, file: p.origin?.file ?? '', line: p.origin?.line ?? 1, object: `${p.kind} ${p.name}` };
  if (p.origin) f.column = p.origin.col;
  if (path) f.path = path;
  if (fix) f.fix = fix;
  return f;
}

const names = (ws: Workload[]) =>
  ws
    .slice(0, 3)
    .map((w) => `${w.namespace}/${w.name}`)
    .join(', ') + (ws.length > 3 ? ` and ${ws.length - 3} more` : '');

export function adminFindings(cluster: Cluster, given?: EngineInternals): Finding[] {
  const policies = cluster.adminPolicies ?? [];
  if (policies.length === 0) return [];
  const engine = given ?? createEngineInternals(cluster);
  const { cache } = engine.admin;
  const workloads = engine.resolver.workloads();
  const selected = new Map(policies.map((p) => [p, workloads.filter((w) => subjectSelects(p.subject, w, cache))]));
  const out: Finding[] = [];

  for (const p of policies) {
    const mine = selected.get(p)!;
    if (mine.length === 0) out.push(at(p, 'KPD315', 'info', `${adminLabel(p)} selects no workload in this design`, 'spec.subject'));
    for (const dir of DIRS) {
      for (const [i, rule] of ((dir === 'ingress' ? p.ingress : p.egress) ?? []).entries()) {
        const path = `spec.${dir}[${i}]`;
        if (p.tier === 'Admin' && rule.action === 'Pass') {
          const open = mine.filter(
            (w) =>
              engine.netpol.selecting(w, dir).length === 0 &&
              !engine.admin.order.baseline.some((b) => (dir === 'ingress' ? b.ingress : b.egress)?.length && selected.get(b)!.includes(w)),
          );
          if (open.length > 0) {
            out.push(
              at(
                p,
                'KPD311',
                'warning',
                `${adminLabel(p)} ${dir}[${i}] passes to NetworkPolicy and the Baseline tier, but nothing below decides for ${names(open)} (no NetworkPolicy isolates ${dir}, no Baseline-tier rule selects it): the passed traffic is allowed by default`,
                path,
                `add a NetworkPolicy or a Baseline-tier rule for these pods, or use Deny/${p.kind === 'ClusterNetworkPolicy' ? 'Accept' : 'Allow'} if that is what you mean`,
              ),
            );
          }
        }
        if (p.tier === 'Admin' && admits(rule.action)) {
          const example = overriddenDeny(engine, p, dir, i, mine);
          if (example) out.push(at(p, 'KPD312', 'info', `${adminLabel(p)} ${dir}[${i}] lets through ${example}, which the application's NetworkPolicy denies`, path));
        }
        rule.peers.forEach((peer, j) => {
          const field = undecidablePeer(peer);
          if (field) {
            out.push(
              at(
                p,
                'KPD316',
                'info',
                `${dir}[${i}] to[${j}] is a ${field} peer: what it matches depends on ${field === 'nodes' ? 'Node objects' : 'DNS at run time'}, so verdicts treat it as matching nothing (implementation-defined)`,
                `${path}.to[${j}]`,
              ),
            );
          }
        });
      }
    }
  }

  // KPD313: one finding per pair at one tier and priority.
  for (const tier of [engine.admin.order.admin, engine.admin.order.baseline]) {
    for (let a = 0; a < tier.length; a++) {
      for (let b = a + 1; b < tier.length; b++) {
        const [p, q] = [tier[a]!, tier[b]!];
        if (p.priority === undefined || p.priority !== q.priority) continue;
        out.push(
          at(
            q,
            'KPD313',
            'warning',
            `${q.kind} ${q.name} and ${p.kind} ${p.name} are both ${p.tier}-tier policies at priority ${p.priority}: where both match a connection, which one applies is implementation-defined`,
            'spec.priority',
            'give each policy its own priority',
          ),
        );
      }
    }
  }

  if (engine.admin.order.mixedVersions) {
    const first = policies.find((p) => p.kind === 'ClusterNetworkPolicy')!;
    out.push(
      at(
        first,
        'KPD314',
        'warning',
        'AdminNetworkPolicy/BaselineAdminNetworkPolicy (v1alpha1) and ClusterNetworkPolicy (v1alpha2) objects in one design: how an implementation orders them against each other is implementation-defined',
        undefined,
        'move the v1alpha1 policies to ClusterNetworkPolicy (tier: Admin for ANP, tier: Baseline for the BANP)',
      ),
    );
  }
  return out;
}

/** `dev/web → prod/db 5432/TCP` where this rule decides an end that NetworkPolicy alone would deny; undefined if none. */
function overriddenDeny(engine: EngineInternals, p: AdminPolicy, dir: Direction, i: number, mine: Workload[]): string | undefined {
  const rule = (dir === 'ingress' ? p.ingress : p.egress)![i]!;
  const all = engine.resolver.workloads();
  for (const w of mine) {
    if (engine.netpol.selecting(w, dir).length === 0) continue;
    const local = engine.resolver.forWorkload(w);
    for (const o of all) {
      if (o === w) continue;
      const other = engine.resolver.forWorkload(o);
      if (matchingPeer(rule, other, engine.admin.cache) === undefined) continue;
      const dst = dir === 'ingress' ? local : other;
      const ports: [number | 'any', Protocol][] = dst.workload!.ports.length > 0 ? dst.workload!.ports.map((cp) => [cp.containerPort, cp.protocol]) : [['any', 'TCP']];
      for (const [port, protocol] of ports) {
        const end = decideEnd(dir, local, other, dst, port, protocol, engine.admin);
        if (end.layer.tier !== 'Admin' || end.layer.policies[0]?.rule !== `${dir}[${i}]` || end.layer.policies[0]?.name !== p.name) continue;
        const np = decideEnd(dir, local, other, dst, port, protocol, { ...engine.admin, order: { admin: [], baseline: [], mixedVersions: false } });
        if (np.layer.decision === 'denied') {
          const [src, dest] = dir === 'ingress' ? [other, local] : [local, other];
          return `${src.id} → ${dest.id} ${port === 'any' ? 'any port' : `${port}/${protocol}`}`;
        }
      }
    }
  }
  return undefined;
}
