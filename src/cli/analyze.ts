// `kpd analyze`: the grouped matrix as text or JSON. Output is grouped because a line per workload pair is
// unreadable (and slow to print) at thousands of workloads.
import type { AdminPolicy, Diagnostic, VerdictKind } from '../model';
import { clusterPoliciesText, inEvaluationOrder } from './tiers';
import type { Matrix, MatrixConnection, MatrixGroup } from '../engine';

export interface AnalyzeJson {
  summary: { workloads: number; groups: number; pairs: number; connectedPairs: number; warnings: number };
  groups: MatrixGroup[];
  connections: { from: string[]; to: string[]; allowed: string[]; unisolated: string[]; httpOnly: string[]; denied: string[] }[];
  warnings: string[];
  diagnostics: Diagnostic[];
  /** Present when the manifests have admin-tier policies: in evaluation order. */
  clusterPolicies?: { kind: string; name: string; tier: string; priority?: number }[];
}

const bucket = (c: MatrixConnection, kind: VerdictKind) => c.ports.filter((p) => p.kind === kind).map((p) => p.port);
const connected = (c: MatrixConnection) => c.ports.some((p) => p.kind !== 'denied');
/** Ordered workload pairs a group pair stands for (a group with itself: its members to each other). */
const pairCount = (m: Matrix, c: MatrixConnection) => {
  const size = (id: number) => m.groups[id - 1]!.members.length;
  return c.from === c.to ? size(c.from) * (size(c.from) - 1) : size(c.from) * size(c.to);
};

function ordered(m: Matrix): MatrixConnection[] {
  const score = (c: MatrixConnection) => (connected(c) ? 0 : 1);
  return [...m.connections].sort((a, b) => score(a) - score(b) || a.from - b.from || a.to - b.to);
}

export function analyzeJson(m: Matrix, diagnostics: Diagnostic[], clusterPolicies: AdminPolicy[] = []): AnalyzeJson {
  const members = (id: number) => m.groups[id - 1]!.members;
  const conns = ordered(m);
  const workloads = m.groups.reduce((n, g) => n + g.members.length, 0);
  return {
    summary: {
      workloads,
      groups: m.groups.length,
      pairs: workloads * (workloads - 1),
      connectedPairs: conns.filter(connected).reduce((n, c) => n + pairCount(m, c), 0),
      warnings: m.warnings.length,
    },
    groups: m.groups,
    connections: conns.map((c) => ({
      from: members(c.from),
      to: members(c.to),
      allowed: bucket(c, 'allowed'),
      unisolated: bucket(c, 'unisolated'),
      httpOnly: bucket(c, 'http-only'),
      denied: bucket(c, 'denied'),
    })),
    warnings: m.warnings,
    diagnostics,
    ...(clusterPolicies.length > 0
      ? {
          clusterPolicies: inEvaluationOrder(clusterPolicies).map((p) => ({
            kind: p.kind,
            name: p.name,
            tier: p.tier,
            ...(p.priority !== undefined ? { priority: p.priority } : {}),
          })),
        }
      : {}),
  };
}

export function analyzeText(m: Matrix, diagnostics: Diagnostic[], clusterPolicies: AdminPolicy[] = []): string {
  const json = analyzeJson(m, diagnostics);
  const name = (id: number) => {
    const g = m.groups[id - 1]!;
    return g.members.length === 1 ? g.members[0]! : `G${g.id}`;
  };
  const lines: string[] = [...clusterPoliciesText(clusterPolicies)];
  const multi = m.groups.filter((g) => g.members.length > 1);
  if (multi.length > 0) {
    lines.push('Groups (workloads that no policy tells apart):');
    for (const g of multi) {
      const shown = g.members.slice(0, 10).join(', ') + (g.members.length > 10 ? `, … (${g.members.length - 10} more)` : '');
      lines.push(`  G${g.id} (${g.namespace}, ${g.members.length} workloads): ${shown}`);
    }
    lines.push('');
  }
  lines.push('Connections (allowed first):');
  for (const c of ordered(m)) {
    const parts: string[] = [];
    const add = (label: string, kind: VerdictKind) => {
      const ports = bucket(c, kind);
      if (ports.length > 0) parts.push(`${label} ${ports.join(', ')}`);
    };
    add('allowed', 'allowed');
    add('not isolated', 'unisolated');
    add('HTTP only', 'http-only');
    lines.push(`  ${name(c.from)} -> ${name(c.to)}: ${parts.length > 0 ? parts.join('; ') : 'no connections'}`);
  }
  lines.push('');
  lines.push(`Warnings (${m.warnings.length}):`);
  for (const w of m.warnings) lines.push(`  - ${w}`);
  lines.push('');
  const s = json.summary;
  lines.push(
    `Summary: ${s.workloads} workloads in ${s.groups} groups; ${s.pairs} ordered pairs, ${s.connectedPairs} with a connection; ${s.warnings} warnings; ${diagnostics.length} input problems`,
  );
  return lines.join('\n') + '\n';
}
