// What every canvas action shares: its result type, references to documents, and finding nodes in the design.
import type { ActionError, Design, DesignNamespace, DesignWorkload, Labels, Message, NodeId } from '../../model';
import type { DocRef } from '../../yaml/edit';

import { refusal } from '../messages';

/** A new text (and the id of the node the action created or renamed), or a message for the user. */
export type ActionResult = { text: string; id?: NodeId; extraExternals?: string[] } | ActionError;

/** Refuse with a message of src/sync/messages.ts (English for tests and logs, the code for the page). */
export const fail = (message: Message): ActionResult => refusal(message);

export function uniqueName(prefix: string, taken: (n: string) => boolean): string {
  for (let i = 1; ; i++) if (!taken(`${prefix}-${i}`)) return `${prefix}-${i}`;
}

export const namespaceRef = (name: string): DocRef => ({ kind: 'Namespace', namespace: '', name });
export const workloadRef = (w: DesignWorkload): DocRef => ({ kind: w.kind, namespace: w.namespace, name: w.name });

export function namespaceObject(name: string, labels?: Labels): Record<string, unknown> {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name, ...(labels && Object.keys(labels).length > 0 ? { labels: { ...labels } } : {}) } };
}

export const findWorkload = (design: Design, id: NodeId): DesignWorkload | undefined => design.workloads.find((w) => w.id === id);
export const findNamespace = (design: Design, name: string): DesignNamespace | undefined => design.namespaces.find((n) => n.name === name);

export const withWorkload = (design: Design, w: DesignWorkload, next: DesignWorkload): Design => ({ ...design, workloads: design.workloads.map((x) => (x === w ? next : x)) });

/** Namespaces Kubernetes or Istio own: the canvas does not rename them. */
export const SYSTEM_NAMESPACES = new Set(['default', 'kube-system', 'kube-public', 'kube-node-lease', 'istio-system']);
