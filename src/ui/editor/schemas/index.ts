// One schema for the whole editor buffer. yaml-language-server validates every document of a multi-document
// file on its own, so an `if kind == X then <schema of X>` per kind lets one buffer mix NetworkPolicy, Istio and
// workload objects. Unknown kinds (ConfigMap, CRDs…) only get the top-level shape: no false markers.
import { adminNetworkPolicy, baselineAdminNetworkPolicy, clusterNetworkPolicy } from './admin';
import type { JsonSchema } from './common';
import { authorizationPolicy, peerAuthentication } from './istio';
import { networkPolicy } from './networkPolicy';
import { controllers, namespace, pod, service, serviceAccount } from './workloads';

export type { JsonSchema } from './common';

export const KIND_SCHEMAS: readonly JsonSchema[] = [
  networkPolicy,
  peerAuthentication,
  authorizationPolicy,
  namespace,
  pod,
  ...controllers,
  service,
  serviceAccount,
  adminNetworkPolicy,
  baselineAdminNetworkPolicy,
  clusterNetworkPolicy,
];

function kindOf(s: JsonSchema): string {
  const props = s.properties as Record<string, { const?: string }>;
  return props.kind!.const!;
}

function apiVersionsOf(s: JsonSchema): string[] {
  const props = s.properties as Record<string, { enum?: string[] }>;
  return props.apiVersion!.enum ?? [];
}

export const KNOWN_KINDS: readonly string[] = KIND_SCHEMAS.map(kindOf);

/** The schema monaco-yaml applies to the editor model. */
export const manifestSchema: JsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Kubernetes / Istio manifest',
  type: 'object',
  properties: {
    apiVersion: {
      type: 'string',
      description: 'API group/version of the object.',
      examples: [...new Set(KIND_SCHEMAS.flatMap(apiVersionsOf))],
    },
    kind: { type: 'string', description: 'The object kind.', examples: [...KNOWN_KINDS] },
    metadata: { type: 'object' },
  },
  allOf: KIND_SCHEMAS.map((s) => ({
    if: { properties: { kind: { const: kindOf(s) } }, required: ['kind'] },
    then: s,
  })),
};

/** The model URI the schema is bound to (monaco-yaml matches `fileMatch` against it). */
export const MODEL_URI = 'file:///kpd/design.yaml';
