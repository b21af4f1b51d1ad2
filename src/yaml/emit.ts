// Deterministic, `kubectl apply`-ready multi-document YAML of the Cluster model.
import { stringify } from 'yaml';
import type { Cluster, UnmodelledObject } from '../model';
import { adminPolicyObject, byTierAndPriority } from './emit-admin';
import { authorizationPolicyObject, namespaceObject, networkPolicyObject, peerAuthenticationObject, serviceAccountObject, serviceObject, workloadObject } from './emit-objects';

export interface EmitOptions {
  /** Keep unmodelled documents (verbatim) at the end. Default true. */
  includeUnmodelled?: boolean;
}

type Named = { namespace?: string; name: string };
const byRef = (a: Named, b: Named): number => (a.namespace ?? '').localeCompare(b.namespace ?? '') || a.name.localeCompare(b.name);

function print(object: unknown): string {
  // lineWidth 0: never fold long strings (principals, paths) across lines.
  return stringify(object, { lineWidth: 0, aliasDuplicateObjects: false });
}

function plainOf(kind: string, object: unknown): unknown {
  switch (kind) {
    case 'Namespace':
      return namespaceObject(object as never);
    case 'ServiceAccount':
      return serviceAccountObject(object as never);
    case 'Service':
      return serviceObject(object as never);
    case 'NetworkPolicy':
      return networkPolicyObject(object as never);
    case 'PeerAuthentication':
      return peerAuthenticationObject(object as never);
    case 'AuthorizationPolicy':
      return authorizationPolicyObject(object as never);
    case 'AdminNetworkPolicy':
    case 'BaselineAdminNetworkPolicy':
    case 'ClusterNetworkPolicy':
      return adminPolicyObject(object as never);
    case 'Pod':
    case 'Deployment':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'ReplicaSet':
    case 'Job':
    case 'CronJob':
      return workloadObject(object as never);
    default:
      return object;
  }
}

function verbatim(u: UnmodelledObject): string {
  // The kept text may start with its own `---` marker; the join below already separates documents.
  const text = u.text.replace(/^---[ \t]*\r?\n/, '');
  return text.endsWith('\n') ? text : text + '\n';
}

/** Deterministic, `kubectl apply`-ready multi-document YAML of a whole cluster. */
export function emitCluster(cluster: Cluster, opts?: EmitOptions): string {
  const docs: string[] = [];
  for (const ns of [...cluster.namespaces].sort((a, b) => a.name.localeCompare(b.name))) docs.push(print(namespaceObject(ns)));
  for (const sa of [...cluster.serviceAccounts].sort(byRef)) docs.push(print(serviceAccountObject(sa)));
  for (const w of [...cluster.workloads].sort(byRef)) docs.push(print(workloadObject(w)));
  for (const s of [...cluster.services].sort(byRef)) docs.push(print(serviceObject(s)));
  for (const np of [...cluster.networkPolicies].sort(byRef)) docs.push(print(networkPolicyObject(np)));
  for (const pa of [...cluster.peerAuthentications].sort(byRef)) docs.push(print(peerAuthenticationObject(pa)));
  for (const ap of [...cluster.authorizationPolicies].sort(byRef)) docs.push(print(authorizationPolicyObject(ap)));
  for (const a of [...(cluster.adminPolicies ?? [])].sort(byTierAndPriority)) docs.push(print(adminPolicyObject(a)));
  if (opts?.includeUnmodelled ?? true) for (const u of cluster.unmodelled) docs.push(verbatim(u));
  return docs.join('---\n');
}

/** One YAML document per object, in the given order (unmodelled objects verbatim). */
export function emitObjects(objects: { kind: string; object: unknown }[] | UnmodelledObject[], _opts?: EmitOptions): string[] {
  return (objects as ({ kind: string; object: unknown } | UnmodelledObject)[]).map((o) =>
    'text' in o && typeof o.text === 'string' ? verbatim(o) : print(plainOf((o as { kind: string }).kind, (o as { object: unknown }).object)),
  );
}
