// Which labels identify a workload's pods in the policies the designer writes.
// Decision: the `app` label alone when the workload has one and no other workload of its namespace carries the
// same `app` value (readable, and what most manifests select on); otherwise every label of the pod template, so the
// selector never takes in a neighbour by accident. A workload without labels cannot be selected without selecting
// the whole namespace (`podSelector: {}`), so edges to or from it are refused until it has a label.
import type { Design, DesignWorkload, Labels } from '../model';

const matches = (want: Labels, labels: Labels) => Object.keys(want).every((k) => Object.prototype.hasOwnProperty.call(labels, k) && labels[k] === want[k]);

function plainLabels(from: Labels): Labels {
  const out = Object.create(null) as Labels;
  for (const k of Object.keys(from)) out[k] = from[k]!;
  return out;
}

export function selectorLabels(w: DesignWorkload, design: Pick<Design, 'workloads'>): Labels {
  const app = w.labels.app;
  if (app !== undefined && Object.prototype.hasOwnProperty.call(w.labels, 'app')) {
    const byApp = plainLabels({ app });
    const shared = design.workloads.some((o) => o !== w && o.id !== w.id && o.namespace === w.namespace && matches(byApp, o.labels));
    if (!shared) return byApp;
  }
  return plainLabels(w.labels);
}

/** Other workloads of the namespace that the selector would also take in (the identity is not unique). */
export function alsoSelected(w: DesignWorkload, design: Pick<Design, 'workloads'>): DesignWorkload[] {
  const sel = selectorLabels(w, design);
  return design.workloads.filter((o) => o.id !== w.id && o.namespace === w.namespace && matches(sel, o.labels));
}

export const hasLabels = (w: DesignWorkload) => Object.keys(w.labels).length > 0;
