// Pods and the controllers with a pod template: what a pod looks like comes from the template, never from the
// controller's own metadata (QUERY-MODEL.md "Endpoints").
import type { ContainerPort, Protocol, Workload, WorkloadKind } from '../../model';
import type { Field } from './field';

export const WORKLOAD_KINDS: readonly WorkloadKind[] = ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob'];
export const PROTOCOLS: readonly Protocol[] = ['TCP', 'UDP', 'SCTP'];

function templateOf(kind: WorkloadKind, root: Field): Field | undefined {
  if (kind === 'Pod') return root;
  const spec = root.get('spec');
  const tpl = kind === 'CronJob' ? spec.get('jobTemplate').get('spec').get('template') : spec.get('template');
  if (!tpl.present) {
    const where = kind === 'CronJob' ? 'spec.jobTemplate.spec.template' : 'spec.template';
    return root.get('spec').error('workload.template', { kind, template: where });
  }
  return tpl;
}

export function readWorkload(kind: WorkloadKind, root: Field, name: string, namespace: string): Workload | undefined {
  const tpl = templateOf(kind, root);
  if (!tpl) return undefined;
  const meta = tpl.get('metadata');
  meta.map('{labels: {app: web}}');
  const spec = tpl.get('spec');
  if (spec.present && !spec.map('{containers: [{name: web, image: nginx}]}')) return undefined;
  const w: Workload = {
    kind,
    namespace,
    name,
    labels: meta.get('labels').labels(),
    annotations: meta.get('annotations').labels(),
    serviceAccount: spec.get('serviceAccountName').string() ?? spec.get('serviceAccount').string() ?? 'default',
    ports: [],
  };
  for (const key of ['containers', 'initContainers'] as const) {
    for (const c of spec.get(key).list('[{name: web, image: nginx}]') ?? []) {
      if (!c.map('{name: web, image: nginx}')) continue;
      for (const p of c.get('ports').list('[{containerPort: 80}]') ?? []) {
        const port = readPort(p);
        if (port) w.ports.push(port);
      }
    }
  }
  if (spec.get('hostNetwork').value === true) w.hostNetwork = true;
  if (kind === 'Pod') {
    const ip = root.get('status').get('podIP').string();
    if (ip) w.podIP = ip;
  }
  return w;
}

function readPort(p: Field): ContainerPort | undefined {
  if (!p.map('{containerPort: 80, protocol: TCP}')) return undefined;
  const containerPort = p.get('containerPort').int(1, 65535, 'containerPort');
  if (containerPort === undefined) return p.get('containerPort').present ? undefined : p.error('workload.containerPort', { example: 'containerPort: 80' });
  const protocol = p.get('protocol').oneOf(PROTOCOLS, 'TCP');
  if (!protocol) return undefined;
  const name = p.get('name').string('http');
  return name === undefined ? { containerPort, protocol } : { name, containerPort, protocol };
}
