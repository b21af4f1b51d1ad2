// The objects policies select: namespaces, pods and their controllers, services.
// Only the fields that matter for traffic are described; the rest stays open so real manifests raise no false markers.
import { intOrString, labelSelector, objectMeta, objectSchema, stringMap, type JsonSchema } from './common';

const containerPort: JsonSchema = {
  type: 'object',
  required: ['containerPort'],
  properties: {
    name: { type: 'string', description: 'A port name that NetworkPolicy and Service targetPort may refer to.' },
    containerPort: { type: 'integer', minimum: 1, maximum: 65535 },
    protocol: { enum: ['TCP', 'UDP', 'SCTP'], default: 'TCP' },
  },
};

const container: JsonSchema = {
  type: 'object',
  required: ['name'],
  properties: {
    name: { type: 'string' },
    image: { type: 'string' },
    ports: { type: 'array', description: 'Ports the container listens on.', items: containerPort },
  },
};

export const podSpec: JsonSchema = {
  type: 'object',
  properties: {
    serviceAccountName: {
      type: 'string',
      description: 'The identity of the pod; Istio principals are cluster.local/ns/<namespace>/sa/<serviceAccountName>.',
    },
    containers: { type: 'array', items: container },
    initContainers: { type: 'array', items: container },
    hostNetwork: { type: 'boolean', description: 'Host-network pods are not isolated by NetworkPolicy in most CNIs.' },
  },
};

const podTemplate: JsonSchema = {
  type: 'object',
  properties: {
    metadata: { ...objectMeta, description: 'Labels here are the pod labels that policies select.' },
    spec: podSpec,
  },
};

const controllerSpec: JsonSchema = {
  type: 'object',
  required: ['selector', 'template'],
  properties: { replicas: { type: 'integer', minimum: 0 }, selector: labelSelector, template: podTemplate },
};

const open = (s: JsonSchema): JsonSchema => ({ ...s, additionalProperties: true });

export const namespace = objectSchema({
  kind: 'Namespace',
  apiVersions: ['v1'],
  description: 'A namespace. Its labels (and kubernetes.io/metadata.name) are what namespaceSelector matches.',
  spec: { type: 'object' },
});

export const pod = open(objectSchema({ kind: 'Pod', apiVersions: ['v1'], description: 'A pod.', spec: podSpec }));

export const controllers: JsonSchema[] = (['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'] as const).map((kind) =>
  open(objectSchema({ kind, apiVersions: ['apps/v1'], description: `A ${kind}: its pod template makes the workload.`, spec: controllerSpec })),
);

export const service = open(
  objectSchema({
    kind: 'Service',
    apiVersions: ['v1'],
    description: 'A Service. NetworkPolicy applies to pod ports (targetPort), not to the service port.',
    spec: {
      type: 'object',
      properties: {
        selector: { ...stringMap, description: 'Pods the service sends traffic to.' },
        ports: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              name: { type: 'string' },
              port: { type: 'integer' },
              targetPort: { ...intOrString, description: 'The pod port; this is the port NetworkPolicy sees.' },
              protocol: { enum: ['TCP', 'UDP', 'SCTP'] },
            },
          },
        },
      },
    },
  }),
);

export const serviceAccount = open(objectSchema({ kind: 'ServiceAccount', apiVersions: ['v1'], description: 'A workload identity.' }));
