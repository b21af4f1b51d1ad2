// Istio security policies: https://istio.io/latest/docs/reference/config/security/
import { objectSchema, stringMap, type JsonSchema } from './common';

const API_VERSIONS = ['security.istio.io/v1', 'security.istio.io/v1beta1'];
const strings: JsonSchema = { type: 'array', items: { type: 'string' } };

const workloadSelector: JsonSchema = {
  type: 'object',
  description: 'Workloads this policy applies to, in the policy namespace. Absent: every workload in the namespace (or the mesh, in the root namespace).',
  additionalProperties: false,
  properties: { matchLabels: { ...stringMap, description: 'Labels the workload must carry.' } },
};

const mtlsMode: JsonSchema = {
  enum: ['UNSET', 'DISABLE', 'PERMISSIVE', 'STRICT'],
  description: 'STRICT: only mutual TLS is accepted. PERMISSIVE: plain text and mTLS. DISABLE: no mTLS. UNSET: inherit from the parent.',
};

export const peerAuthentication = objectSchema({
  kind: 'PeerAuthentication',
  apiVersions: API_VERSIONS,
  description: 'Istio PeerAuthentication: which mutual TLS mode the sidecars of the selected workloads accept.',
  spec: {
    type: 'object',
    additionalProperties: false,
    properties: {
      selector: workloadSelector,
      mtls: { type: 'object', additionalProperties: false, properties: { mode: mtlsMode } },
      portLevelMtls: {
        type: 'object',
        description: 'Per-port mTLS mode, keyed by the workload port number.',
        additionalProperties: { type: 'object', additionalProperties: false, properties: { mode: mtlsMode } },
      },
    },
  },
});

const source: JsonSchema = {
  type: 'object',
  description: 'Fields are ANDed; values within one field are ORed.',
  additionalProperties: false,
  properties: {
    principals: { ...strings, description: 'Peer identities from mTLS, e.g. cluster.local/ns/shop/sa/web. Needs mTLS.' },
    notPrincipals: strings,
    requestPrincipals: { ...strings, description: 'Request identities from a JWT (iss/sub).' },
    notRequestPrincipals: strings,
    namespaces: { ...strings, description: 'Namespaces of the peer identity. Needs mTLS.' },
    notNamespaces: strings,
    ipBlocks: { ...strings, description: 'Source IPs or CIDRs of the connection.' },
    notIpBlocks: strings,
    remoteIpBlocks: { ...strings, description: 'Original client IPs (X-Forwarded-For or proxy protocol).' },
    notRemoteIpBlocks: strings,
  },
};

const operation: JsonSchema = {
  type: 'object',
  description: 'Fields are ANDed; values within one field are ORed. methods/paths/hosts only work for HTTP traffic.',
  additionalProperties: false,
  properties: {
    hosts: strings,
    notHosts: strings,
    ports: { ...strings, description: 'Destination ports, as strings, e.g. ["8080"].' },
    notPorts: strings,
    methods: { ...strings, description: 'HTTP methods, e.g. ["GET", "POST"].' },
    notMethods: strings,
    paths: { ...strings, description: 'HTTP paths; exact, prefix (/api/*), suffix (*.js) or "*".' },
    notPaths: strings,
  },
};

const rule: JsonSchema = {
  type: 'object',
  description: 'A rule matches when from AND to AND when all match. Absent fields match anything.',
  additionalProperties: false,
  properties: {
    from: { type: 'array', description: 'Sources (ORed).', items: { type: 'object', additionalProperties: false, properties: { source } } },
    to: { type: 'array', description: 'Operations (ORed).', items: { type: 'object', additionalProperties: false, properties: { operation } } },
    when: {
      type: 'array',
      description: 'Extra conditions (ANDed), e.g. key: request.headers[x-token].',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['key'],
        properties: { key: { type: 'string' }, values: strings, notValues: strings },
      },
    },
  },
};

const targetRef: JsonSchema = {
  type: 'object',
  properties: { group: { type: 'string' }, kind: { type: 'string' }, name: { type: 'string' }, namespace: { type: 'string' } },
};

export const authorizationPolicy = objectSchema({
  kind: 'AuthorizationPolicy',
  apiVersions: API_VERSIONS,
  description:
    'Istio AuthorizationPolicy. Order: CUSTOM, then DENY (any match denies), then ALLOW (if any ALLOW policy selects the workload, a request must match one). An ALLOW policy with no rules denies everything.',
  spec: {
    type: 'object',
    additionalProperties: false,
    properties: {
      selector: workloadSelector,
      targetRef,
      targetRefs: { type: 'array', items: targetRef },
      action: { enum: ['ALLOW', 'DENY', 'AUDIT', 'CUSTOM'], default: 'ALLOW', description: 'Defaults to ALLOW.' },
      provider: { type: 'object', properties: { name: { type: 'string' } }, description: 'The extension provider for action CUSTOM.' },
      rules: { type: 'array', description: 'Rules (ORed). Empty with ALLOW: deny all; {} (one empty rule): allow all.', items: rule },
    },
  },
});
