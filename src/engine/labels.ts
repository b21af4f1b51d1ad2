// Kubernetes label selectors: matchLabels AND matchExpressions; `{}` selects everything.
// https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors
import type { LabelSelector, Labels } from '../model';

const has = (labels: Labels, key: string) => Object.prototype.hasOwnProperty.call(labels, key);

export function matchesSelector(sel: LabelSelector, labels: Labels): boolean {
  if (sel.matchLabels) {
    for (const key of Object.keys(sel.matchLabels)) {
      if (!has(labels, key) || labels[key] !== sel.matchLabels[key]) return false;
    }
  }
  for (const req of sel.matchExpressions ?? []) {
    const present = has(labels, req.key);
    const values = req.values ?? [];
    switch (req.operator) {
      case 'In':
        if (!present || !values.includes(labels[req.key]!)) return false;
        break;
      case 'NotIn':
        // NotIn also selects objects that do not have the key at all.
        if (present && values.includes(labels[req.key]!)) return false;
        break;
      case 'Exists':
        if (!present) return false;
        break;
      case 'DoesNotExist':
        if (present) return false;
        break;
    }
  }
  return true;
}

/** Istio's WorkloadSelector: matchLabels only; an empty map selects every workload. */
export function matchesLabels(want: Labels, labels: Labels): boolean {
  for (const key of Object.keys(want)) if (!has(labels, key) || labels[key] !== want[key]) return false;
  return true;
}

export function isEmptySelector(sel: LabelSelector): boolean {
  return Object.keys(sel.matchLabels ?? {}).length === 0 && (sel.matchExpressions ?? []).length === 0;
}

/** A canonical text for a selector, so that equal selectors share one cached match result. */
export function selectorKey(sel: LabelSelector): string {
  const ml = sel.matchLabels
    ? Object.keys(sel.matchLabels)
        .sort()
        .map((k) => [k, sel.matchLabels![k]])
    : [];
  const me = (sel.matchExpressions ?? []).map((e) => [e.key, e.operator, [...(e.values ?? [])].sort()]).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return JSON.stringify([ml, me]);
}
