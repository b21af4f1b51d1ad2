// Test helper: the per-workload Connectivity that a hand-written grouped matrix describes (every member of a
// group answers as the group), so view tests can keep writing small matrices by group.
import type { Matrix } from '../../engine/matrix';
import { Connectivity, KINDS, protocolCode } from '../../engine/connectivity/connectivity';
import type { Protocol } from '../../model';

export function connectivityOfGroups(m: Matrix): Connectivity {
  const groupOf = new Map<string, number>();
  for (const g of m.groups) for (const w of g.members) groupOf.set(w, g.id);
  const ids = [...groupOf.keys()].sort();
  const n = ids.length;
  const words = Math.max(1, Math.ceil(n / 32));
  const conn = new Map(m.connections.map((c) => [`${c.from}>${c.to}`, c.ports]));
  // A destination's slots: every port named on a connection into its group, in order of appearance.
  const labels = ids.map((d) => {
    const out: string[] = [];
    for (const c of m.connections) if (c.to === groupOf.get(d)) for (const p of c.ports) if (!out.includes(p.port)) out.push(p.port);
    return out;
  });
  const slotStart = new Int32Array(n + 1);
  labels.forEach((l, d) => (slotStart[d + 1] = slotStart[d]! + l.length));
  const total = slotStart[n]!;
  const slotPort = new Int32Array(total);
  const slotProtocol = new Uint8Array(total);
  const planes = new Uint32Array(total * 2 * words);
  labels.forEach((l, d) =>
    l.forEach((label, j) => {
      const t = slotStart[d]! + j;
      const [port, protocol] = label === 'any' ? ['0', 'TCP'] : label.split('/');
      slotPort[t] = Number(port);
      slotProtocol[t] = protocolCode(protocol as Protocol);
      ids.forEach((s, si) => {
        const ports = conn.get(`${groupOf.get(s)}>${groupOf.get(ids[d]!)}`);
        const code = KINDS.indexOf(ports?.find((p) => p.port === label)?.kind ?? 'denied');
        const base = t * 2 * words + (si >>> 5);
        if (code & 1) planes[base] |= 1 << (si & 31);
        if (code & 2) planes[base + words] |= 1 << (si & 31);
      });
    }),
  );
  return new Connectivity({ ids, slotStart, slotPort, slotProtocol, planes });
}
