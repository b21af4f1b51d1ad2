// Graphviz dot: namespaces are `cluster_<ns>` subgraphs (as np-guard's netpol-analyzer draws them), edges
// coloured by verdict kind and labelled with their ports. A block whose pairs outnumber its members goes
// through a small point node (sources → point → destinations), so an m × n block costs m + n edges, not m·n.
// Denied-only blocks are not drawn (on a zero-trust cluster they would join almost every pair); a comment
// at the end counts them. Nodes are placed in their clusters at the end: Graphviz puts a node in the cluster
// that lists it wherever it first appeared, and this way only workloads that have an edge are drawn.
import { connected, type BlockRow } from '../block-rows';
import { type AnalyzeFormat } from './format';

const q = (s: string) => `"${s.replace(/["\\]/g, '\\$&')}"`;

/** Colours of the overlay (QUERY-MODEL.md "Verdict kinds"). */
const KINDS = [
  { field: 'allowed', attrs: 'color="#2e7d32"' },
  { field: 'unisolated', attrs: 'color="#f59e0b"' },
  { field: 'httpOnly', attrs: 'color="#7c3aed", style=dotted' },
] as const;

export function dotFormat(): AnalyzeFormat {
  const seen = new Set<string>();
  let hubs = 0;
  const kindEdges = (from: string, to: string, r: BlockRow) =>
    KINDS.filter((k) => r[k.field].length > 0)
      .map((k) => `  ${from} -> ${to} [label=${q(r[k.field].join(', '))}, ${k.attrs}];\n`)
      .join('');
  return {
    head: (ctx) =>
      `digraph kpd {\n  // kpd analyze${ctx.focus.length > 0 ? ` --focus ${ctx.focus.join(' --focus ')}` : ''}\n  rankdir=LR;\n  node [shape=box, fontsize=10];\n  edge [fontsize=9];\n`,
    block(r, pairs) {
      if (!connected(r)) return '';
      for (const id of r.from) seen.add(id);
      for (const id of r.to) seen.add(id);
      if (pairs <= r.from.length + r.to.length) {
        let out = '';
        for (const s of r.from) for (const t of r.to) if (s !== t) out += kindEdges(q(s), q(t), r);
        return out;
      }
      const hub = `block${++hubs}`;
      return (
        `  ${hub} [shape=point, label=""];\n` +
        r.from.map((s) => `  ${q(s)} -> ${hub} [arrowhead=none, color=gray];\n`).join('') +
        r.to.map((t) => kindEdges(hub, q(t), r)).join('')
      );
    },
    tail(_ctx, { summary, warnings }) {
      const byNs = new Map<string, string[]>();
      for (const id of seen) {
        const ns = id.slice(0, id.indexOf('/'));
        let list = byNs.get(ns);
        if (!list) byNs.set(ns, (list = []));
        list.push(id);
      }
      let out = '';
      for (const [ns, ids] of [...byNs].sort(([a], [b]) => a.localeCompare(b))) {
        out += `  subgraph ${q(`cluster_${ns}`)} {\n    label=${q(ns)};\n`;
        for (const id of ids.sort()) out += `    ${q(id)} [label=${q(id.slice(ns.length + 1))}];\n`;
        out += '  }\n';
      }
      out += `  // denied on every port, not drawn: ${summary.deniedPairs} ordered pairs in ${summary.deniedBlocks} blocks\n`;
      for (const w of warnings) out += `  // warning: ${w.replace(/\n/g, ' ')}\n`;
      return out + '}\n';
    },
  };
}
