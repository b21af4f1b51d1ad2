// Network Policy API admin kinds, field for field from kubernetes-sigs/network-policy-api apis/v1alpha1
// (AdminNetworkPolicy, BaselineAdminNetworkPolicy, shared_types.go) and apis/v1alpha2 (ClusterNetworkPolicy):
// completion and markers in the editor. The reader (src/yaml/reader/admin.ts) checks the CEL rules with paths.
import { labelSelector, objectSchema, type JsonSchema } from './common';

const one = (props: Record<string, JsonSchema>, description: string): JsonSchema => ({
  type: 'object',
  description,
  additionalProperties: false,
  minProperties: 1,
  maxProperties: 1,
  properties: props,
});

const namespacedPod = (v2: boolean): JsonSchema => ({
  type: 'object',
  description: 'Pods matching podSelector in namespaces matching namespaceSelector ({} = all).',
  additionalProperties: false,
  required: v2 ? ['podSelector'] : ['namespaceSelector', 'podSelector'],
  properties: { namespaceSelector: labelSelector, podSelector: labelSelector },
});

const subject = (v2: boolean) =>
  one(
    { namespaces: { ...labelSelector, description: 'Every pod of the matching namespaces.' }, pods: namespacedPod(v2) },
    'The pods the policy applies to: exactly one of namespaces, pods.',
  );

const cidrs: JsonSchema = {
  type: 'array',
  minItems: 1,
  maxItems: 25,
  items: { type: 'string', maxLength: 43 },
  description: 'CIDRs; unlike NetworkPolicy ipBlock they match pod IPs too.',
};

const peer = (v2: boolean, egress: boolean, domains: boolean): JsonSchema =>
  one(
    {
      namespaces: labelSelector,
      pods: namespacedPod(v2),
      ...(egress
        ? {
            networks: cidrs,
            nodes: { ...labelSelector, description: 'Node IPs of the matching nodes (implementation-defined in the designer).' },
            ...(domains ? { domainNames: { type: 'array', minItems: 1, maxItems: 25, items: { type: 'string' }, description: 'Only for Allow/Accept rules.' } } : {}),
          }
        : {}),
    },
    'One peer: exactly one field.',
  );

const protocol = (p: string): JsonSchema => ({ type: 'integer', minimum: 1, maximum: 65535, description: `${p} port` });
const v1Ports: JsonSchema = {
  type: 'array',
  minItems: 1,
  maxItems: 100,
  description: 'Absent = every port.',
  items: one(
    {
      portNumber: {
        type: 'object',
        additionalProperties: false,
        required: ['port'],
        properties: { protocol: { enum: ['TCP', 'UDP', 'SCTP'], default: 'TCP' }, port: protocol('destination') },
      },
      namedPort: { type: 'string', description: 'A named container port of the destination pod.' },
      portRange: {
        type: 'object',
        additionalProperties: false,
        required: ['start', 'end'],
        properties: { protocol: { enum: ['TCP', 'UDP', 'SCTP'], default: 'TCP' }, start: protocol('first'), end: protocol('last') },
      },
    },
    'Exactly one of portNumber, namedPort, portRange.',
  ),
};
const destinationPort: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    destinationPort: one(
      {
        number: protocol('destination'),
        range: { type: 'object', additionalProperties: false, required: ['start', 'end'], properties: { start: protocol('first'), end: protocol('last') } },
      },
      'Exactly one of number, range (start < end).',
    ),
  },
};
const v2Protocols: JsonSchema = {
  type: 'array',
  minItems: 1,
  maxItems: 25,
  description: 'Absent = every port.',
  items: one(
    { tcp: destinationPort, udp: destinationPort, sctp: destinationPort, destinationNamedPort: { type: 'string' } },
    'Exactly one of tcp, udp, sctp, destinationNamedPort.',
  ),
};

function rules(kind: 'ANP' | 'BANP' | 'CNP', dir: 'ingress' | 'egress'): JsonSchema {
  const v2 = kind === 'CNP';
  const peersKey = dir === 'ingress' ? 'from' : 'to';
  const actions = kind === 'CNP' ? ['Accept', 'Deny', 'Pass'] : kind === 'ANP' ? ['Allow', 'Deny', 'Pass'] : ['Allow', 'Deny'];
  return {
    type: 'array',
    maxItems: v2 ? 25 : 100,
    description: 'Rules in order: the first matching rule decides this end.',
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['action', peersKey],
      properties: {
        name: { type: 'string', maxLength: 100 },
        action: { enum: actions, description: 'Pass skips the rest of the Admin tier (NetworkPolicy, then the Baseline tier decide).' },
        [peersKey]: { type: 'array', minItems: 1, maxItems: v2 ? 25 : 100, items: peer(v2, dir === 'egress', kind !== 'BANP') },
        [v2 ? 'protocols' : 'ports']: v2 ? v2Protocols : v1Ports,
      },
    },
  };
}

const priority: JsonSchema = { type: 'integer', minimum: 0, maximum: 1000, description: 'Lower values are evaluated first within the tier.' };

export const adminNetworkPolicy = objectSchema({
  kind: 'AdminNetworkPolicy',
  apiVersions: ['policy.networking.k8s.io/v1alpha1'],
  description: 'Cluster-scoped, Admin tier: evaluated before NetworkPolicy, by priority.',
  requireSpec: true,
  spec: {
    type: 'object',
    additionalProperties: false,
    required: ['priority', 'subject'],
    properties: { priority, subject: subject(false), ingress: rules('ANP', 'ingress'), egress: rules('ANP', 'egress') },
  },
});

export const baselineAdminNetworkPolicy = objectSchema({
  kind: 'BaselineAdminNetworkPolicy',
  apiVersions: ['policy.networking.k8s.io/v1alpha1'],
  description: 'Cluster-scoped singleton named default, Baseline tier: decides only where no NetworkPolicy isolates the pod.',
  requireSpec: true,
  spec: {
    type: 'object',
    additionalProperties: false,
    required: ['subject'],
    properties: { subject: subject(false), ingress: rules('BANP', 'ingress'), egress: rules('BANP', 'egress') },
  },
});

export const clusterNetworkPolicy = objectSchema({
  kind: 'ClusterNetworkPolicy',
  apiVersions: ['policy.networking.k8s.io/v1alpha2'],
  description: 'Cluster-scoped policy of the Admin tier (before NetworkPolicy) or the Baseline tier (after it).',
  requireSpec: true,
  spec: {
    type: 'object',
    additionalProperties: false,
    required: ['tier', 'priority', 'subject'],
    properties: { tier: { enum: ['Admin', 'Baseline'] }, priority, subject: subject(true), ingress: rules('CNP', 'ingress'), egress: rules('CNP', 'egress') },
  },
});
