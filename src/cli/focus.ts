// --focus values: a workload `ns/name` or a namespace. Unknown names are bad input (exit 2) with the
// names that do exist, rather than an empty answer that looks like "no connections".
import type { Cluster } from '../model';
import { InputError } from './inputs';

export function checkFocus(cluster: Cluster, values: string[], ids: ReadonlySet<string>): string[] {
  const namespaces = new Set([...cluster.namespaces.map((n) => n.name), ...cluster.workloads.map((w) => w.namespace)]);
  for (const v of values) {
    if (v.includes('/')) {
      if (ids.has(v)) continue;
      const ns = v.slice(0, v.indexOf('/'));
      const known = [...ids]
        .filter((id) => id.startsWith(`${ns}/`))
        .sort()
        .slice(0, 8);
      throw new InputError(
        `--focus ${v}: no workload "${v}" in the manifests` +
          (known.length > 0 ? ` (known in ${ns}: ${known.join(', ')}${known.length === 8 ? ', …' : ''})` : ` (no workloads in namespace ${ns})`),
      );
    }
    if (!namespaces.has(v)) {
      const some = [...namespaces].sort().slice(0, 8);
      throw new InputError(`--focus ${v}: no namespace "${v}" in the manifests (give ns/name for a workload; namespaces: ${some.join(', ')}${namespaces.size > 8 ? ', …' : ''})`);
    }
  }
  return values;
}
