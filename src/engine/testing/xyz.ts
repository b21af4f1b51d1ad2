// The cluster of the Kubernetes upstream network policy e2e suite (test/e2e/network/netpol): namespaces x, y, z
// with pods a, b, c each, serving 80 and 81 over TCP, UDP and SCTP. Tables compare the engine's reachability with
// an expected grid written by hand, as upstream does.
import { emptyCluster, type Cluster, type NetworkPolicy, type Protocol } from '../../model';
import { createEngine, isQueryError } from '../engine';

export const NAMESPACES = ['x', 'y', 'z'];
export const PODS = ['a', 'b', 'c'];
export const IDS = NAMESPACES.flatMap((ns) => PODS.map((p) => `${ns}/${p}`));

const labels = (o: Record<string, string>) => Object.assign(Object.create(null) as Record<string, string>, o);

export function xyzCluster(policies: NetworkPolicy[]): Cluster {
  const c = emptyCluster();
  for (const ns of NAMESPACES) {
    c.namespaces.push({ name: ns, labels: labels({ ns }), annotations: labels({}) });
    for (const pod of PODS) {
      c.workloads.push({
        kind: 'Pod',
        namespace: ns,
        name: pod,
        labels: labels({ pod }),
        annotations: labels({}),
        serviceAccount: 'default',
        ports: (['TCP', 'UDP', 'SCTP'] as Protocol[]).flatMap((protocol) => [
          { name: `serve-80-${protocol.toLowerCase()}`, containerPort: 80, protocol },
          { name: `serve-81-${protocol.toLowerCase()}`, containerPort: 81, protocol },
        ]),
      });
    }
  }
  c.networkPolicies.push(...policies);
  return c;
}

/**
 * The engine's 9×9 grid: rows = from, columns = to, `.` allowed, `X` denied. Each cell is asked twice, as a
 * single query and through the grouped matrix; a cell where the two disagree shows `!`, so the table diff fails.
 */
export function reachability(policies: NetworkPolicy[], port = 80, protocol: Protocol = 'TCP'): string {
  const engine = createEngine(xyzCluster(policies));
  const matrix = engine.matrix();
  const groupOf = new Map(matrix.groups.flatMap((g) => g.members.map((m) => [m, g.id] as const)));
  const kinds = new Map(matrix.connections.map((c) => [`${c.from}>${c.to}`, c.ports.find((p) => p.port === `${port}/${protocol}`)?.kind]));
  const rows = IDS.map((from) => {
    const cells = IDS.map((to) => {
      const v = engine.check({ from, to, port, protocol });
      if (isQueryError(v)) throw new Error(v.error);
      const listed = kinds.get(`${groupOf.get(from)}>${groupOf.get(to)}`);
      // The matrix lists declared ports only (80 and 81 here).
      if (from !== to && listed !== undefined && listed !== v.kind) return '!';
      return v.allowed ? '.' : 'X';
    });
    return `${from} ${cells.join('')}`;
  });
  return rows.join('\n');
}

/** An expected grid written as rows of 9 cells (whitespace between cells is ignored). */
export function grid(text: string): string {
  const rows = text
    .trim()
    .split('\n')
    .map((r) => r.replace(/\s+/g, ''));
  return rows.map((r, i) => `${IDS[i]} ${r}`).join('\n');
}

export const ALL_OPEN = grid(Array(9).fill('.........').join('\n'));
