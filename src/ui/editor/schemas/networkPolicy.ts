// NetworkPolicy networking.k8s.io/v1: https://kubernetes.io/docs/reference/kubernetes-api/policy-resources/network-policy-v1/
import { intOrString, labelSelector, objectSchema, type JsonSchema } from './common';

const ports: JsonSchema = {
  type: 'array',
  description: 'Ports the rule allows. Empty or absent means all ports; several entries are ORed.',
  items: {
    type: 'object',
    additionalProperties: false,
    properties: {
      protocol: { enum: ['TCP', 'UDP', 'SCTP'], default: 'TCP', description: 'Defaults to TCP.' },
      port: { ...intOrString, description: 'A number, or a named container port of the destination pod.' },
      endPort: { type: 'integer', description: 'With a numeric port, allows the range port..endPort.' },
    },
  },
};

const peer: JsonSchema = {
  type: 'object',
  description:
    'One peer. podSelector and namespaceSelector in the SAME entry are ANDed (pods with these labels in those namespaces); separate entries are ORed. ipBlock must stand alone.',
  additionalProperties: false,
  properties: {
    podSelector: { ...labelSelector, description: "Pods (in the policy namespace, or in namespaceSelector's namespaces when both are given)." },
    namespaceSelector: { ...labelSelector, description: 'Namespaces by their labels; {} means all namespaces.' },
    ipBlock: {
      type: 'object',
      description: 'An IP range (usually outside the cluster: pod IPs are ephemeral).',
      additionalProperties: false,
      required: ['cidr'],
      properties: {
        cidr: { type: 'string', description: 'e.g. 10.0.0.0/8 or 0.0.0.0/0' },
        except: { type: 'array', items: { type: 'string' }, description: 'CIDRs inside cidr that are not allowed.' },
      },
    },
  },
};

const peers = (dir: 'from' | 'to'): JsonSchema => ({
  type: 'array',
  description: `Peers the rule allows traffic ${dir}. Empty or absent means all peers; entries are ORed.`,
  items: peer,
});

export const networkPolicySpec: JsonSchema = {
  type: 'object',
  description: 'Which pods the policy isolates and which traffic it allows to/from them.',
  additionalProperties: false,
  required: ['podSelector'],
  properties: {
    podSelector: {
      ...labelSelector,
      description: 'The pods this policy applies to, in the policy namespace. {} selects every pod in the namespace.',
    },
    policyTypes: {
      type: 'array',
      description:
        'Ingress and/or Egress. A selected pod is isolated for each listed direction: only traffic some policy allows gets through. Default: Ingress, plus Egress when egress rules exist.',
      items: { enum: ['Ingress', 'Egress'] },
    },
    ingress: {
      type: 'array',
      description: 'Rules allowing incoming traffic (ORed). An empty list with Ingress in policyTypes denies all ingress.',
      items: { type: 'object', additionalProperties: false, properties: { from: peers('from'), ports } },
    },
    egress: {
      type: 'array',
      description: 'Rules allowing outgoing traffic (ORed). Remember DNS (kube-dns, port 53 UDP/TCP) when isolating egress.',
      items: { type: 'object', additionalProperties: false, properties: { to: peers('to'), ports } },
    },
  },
};

export const networkPolicy = objectSchema({
  kind: 'NetworkPolicy',
  apiVersions: ['networking.k8s.io/v1'],
  description: 'Kubernetes NetworkPolicy: allow-list rules for pod traffic at L3/L4. Policies are additive.',
  spec: networkPolicySpec,
  requireSpec: true,
});
