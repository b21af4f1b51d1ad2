// Where a workload's pod template lives in its manifest (labels, service account, containers), and the manifest
// of a workload drawn on the canvas.
import type { WorkloadKind } from '../model';

export function templatePath(kind: WorkloadKind): string[] {
  if (kind === 'Pod') return [];
  if (kind === 'CronJob') return ['spec', 'jobTemplate', 'spec', 'template'];
  return ['spec', 'template'];
}

/** Controllers whose `spec.selector` must match their template's labels (Jobs generate theirs). */
export function selectorPath(kind: WorkloadKind): string[] | undefined {
  return kind === 'Deployment' || kind === 'StatefulSet' || kind === 'DaemonSet' || kind === 'ReplicaSet' ? ['spec', 'selector'] : undefined;
}

/** An unprivileged nginx listens on 8080, so the drawn port is the one the container really serves. */
export const PLACEHOLDER_IMAGE = 'nginxinc/nginx-unprivileged:stable';

export function newDeployment(namespace: string, name: string): Record<string, unknown> {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace },
    spec: {
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: { containers: [{ name, image: PLACEHOLDER_IMAGE, ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }] }] },
      },
    },
  };
}
