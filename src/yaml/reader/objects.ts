// One Kubernetes object (a document, or an item of a List) → its place in the Cluster.
import type { Cluster, ObjectRef, WorkloadKind } from '../../model';
import type { AdminKind } from '../../model';
import { ADMIN_KINDS, readAdminPolicy } from './admin';
import { Field } from './field';
import { readAuthorizationPolicy, readPeerAuthentication } from './istio';
import { readNetworkPolicy } from './networkpolicy';
import { PROTOCOLS, WORKLOAD_KINDS, readWorkload } from './workload';
import type { ServicePort } from '../../model';
import { said, type Said } from '../messages';

export type Placement = { modelled: boolean; ref?: ObjectRef; add?: (c: Cluster) => void; note?: Said };

const NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;

/** Reads `root` (already known to be a mapping); problems land in root.problems. */
export function readObject(root: Field): Placement {
  const kind = root.get('kind').string('Deployment');
  const apiVersion = root.get('apiVersion').string('v1');
  if (kind === undefined || apiVersion === undefined) {
    if (!root.get('kind').present) root.error('document.kindMissing', { example: 'kind: NetworkPolicy' });
    if (!root.get('apiVersion').present) root.error('document.apiVersionMissing', { example: 'apiVersion: networking.k8s.io/v1' });
    return { modelled: false };
  }
  const meta = root.get('metadata');
  meta.map('{name: web, namespace: prod}');
  const name = meta.get('name').string('web') ?? meta.get('generateName').string();
  const isAdmin = (ADMIN_KINDS as readonly string[]).includes(kind);
  const clusterScoped = kind === 'Namespace' || isAdmin;
  const namespace = clusterScoped ? '' : (meta.get('namespace').string('prod') ?? 'default');
  const ref: ObjectRef = { kind, namespace, name: name ?? '' };
  const group = apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
  const modelledKind = isModelled(kind, group);
  if (!modelledKind) return { modelled: false, ref, note: said('document.notModelled', { kind, apiVersion }) };
  if (kind !== 'ServiceAccount') root.known(['apiVersion', 'kind', 'metadata', 'spec', 'status']);
  if (name === undefined) {
    if (!meta.get('name').present) meta.error('object.nameRequired', { example: 'metadata: {name: web}' });
    return { modelled: false, ref };
  }
  if (!NAME.test(name)) meta.get('name').warn('object.badName', { name });

  const labels = () => meta.get('labels').labels();
  const annotations = () => meta.get('annotations').labels();
  if (kind === 'Namespace') {
    const ns = { name, labels: labels(), annotations: annotations() };
    return { modelled: true, ref, add: (c) => c.namespaces.push(ns) };
  }
  if (kind === 'ServiceAccount') return { modelled: true, ref, add: (c) => c.serviceAccounts.push({ namespace, name }) };
  if (kind === 'Service') {
    const svc = readService(root, name, namespace);
    return { modelled: true, ref, add: (c) => c.services.push(svc) };
  }
  if ((WORKLOAD_KINDS as readonly string[]).includes(kind)) {
    const w = readWorkload(kind as WorkloadKind, root, name, namespace);
    return { modelled: true, ref, add: w && ((c) => c.workloads.push(w)) };
  }
  if (kind === 'NetworkPolicy') {
    const np = readNetworkPolicy(root, name, namespace);
    return { modelled: true, ref, add: np && ((c) => c.networkPolicies.push(np)) };
  }
  if (isAdmin) {
    const ap = readAdminPolicy(kind as AdminKind, root, name, apiVersion, meta.get('namespace').present);
    return { modelled: true, ref, add: ap && ((c) => c.adminPolicies.push(ap)) };
  }
  if (kind === 'PeerAuthentication') {
    const pa = readPeerAuthentication(root, name, namespace, apiVersion);
    return { modelled: true, ref, add: pa && ((c) => c.peerAuthentications.push(pa)) };
  }
  const ap = readAuthorizationPolicy(root, name, namespace, apiVersion);
  return { modelled: true, ref, add: ap && ((c) => c.authorizationPolicies.push(ap)) };
}

function isModelled(kind: string, group: string): boolean {
  if (kind === 'Namespace' || kind === 'ServiceAccount' || kind === 'Service' || kind === 'Pod') return group === '';
  if (kind === 'NetworkPolicy') return group === 'networking.k8s.io';
  if ((ADMIN_KINDS as readonly string[]).includes(kind)) return group === 'policy.networking.k8s.io';
  if (kind === 'PeerAuthentication' || kind === 'AuthorizationPolicy') return group === 'security.istio.io';
  if (kind === 'Job' || kind === 'CronJob') return group === 'batch';
  if ((WORKLOAD_KINDS as readonly string[]).includes(kind)) return group === 'apps' || group === 'extensions';
  return false;
}

function readService(root: Field, name: string, namespace: string) {
  const spec = root.get('spec');
  const ports: ServicePort[] = [];
  for (const p of spec.get('ports').list('[{port: 80, targetPort: 8080}]') ?? []) {
    if (!p.map('{port: 80}')) continue;
    const port = p.get('port').int(1, 65535, 'port');
    if (port === undefined) continue;
    const sp: ServicePort = { port, protocol: p.get('protocol').oneOf(PROTOCOLS, 'TCP') ?? 'TCP' };
    const pn = p.get('name').string();
    if (pn) sp.name = pn;
    const tp = p.get('targetPort').value;
    if (typeof tp === 'number' || typeof tp === 'string') sp.targetPort = tp;
    ports.push(sp);
  }
  return { namespace, name, selector: spec.get('selector').labels(), ports };
}
