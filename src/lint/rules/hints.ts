// Why a selector matches nothing, when a near label explains it. The common mistake: selecting namespaces by a
// `name` label that nobody sets. Kubernetes sets `kubernetes.io/metadata.name` on every namespace (since 1.22,
// https://kubernetes.io/docs/reference/labels-annotations-taints/#kubernetes-io-metadata-name); `name` is only there
// if someone added it.
import type { Labels, LabelSelector } from '../../model';
import type { FieldPath } from '../../yaml/locate';
import type { ReportOptions } from '../context';
import { listOf } from '../context';

export interface Labelled {
  name: string;
  labels: Labels;
}

/** A hint (and, for the namespace-name case, a certain fix) for a selector at `path` that matches none of `candidates`. */
export function selectorHint(sel: LabelSelector | undefined, what: 'namespace' | 'pod', candidates: readonly Labelled[], path: FieldPath): Pick<ReportOptions, 'hint' | 'action'> {
  const want = sel?.matchLabels ?? {};
  for (const key of Object.keys(want)) {
    const value = want[key]!;
    const holders = candidates.filter((c) => Object.hasOwn(c.labels, key));
    if (holders.length === 0) {
      if (what === 'namespace' && key !== 'kubernetes.io/metadata.name' && (key === 'name' || candidates.some((c) => c.name === value))) {
        const certain = candidates.some((c) => c.name === value);
        return {
          hint: { id: 'namespaceName', params: { key } },
          ...(certain ? { action: { kind: 'use-metadata-name' as const, path: [...path, 'matchLabels', key], key } } : {}),
        };
      }
      const near = candidates.find((c) => Object.keys(c.labels).some((k) => c.labels[k] === value));
      if (near) {
        const nearKey = Object.keys(near.labels).find((k) => near.labels[k] === value)!;
        return { hint: { id: 'nearLabel', params: { what, key, holder: near.name, near: nearKey, value } } };
      }
      continue;
    }
    if (!holders.some((c) => c.labels[key] === value)) {
      const seen = [...new Set(holders.map((c) => c.labels[key]!))].sort();
      return { hint: { id: 'nearValue', params: { what, key, value, seen: listOf(seen) } } };
    }
  }
  return {};
}
