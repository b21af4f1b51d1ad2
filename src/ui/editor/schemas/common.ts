// Building blocks shared by the Kubernetes and Istio schemas (JSON Schema draft-07, as yaml-language-server reads it).
// Descriptions are what the editor shows on hover, so they say what the field means for traffic.

export type JsonSchema = { [key: string]: unknown };

export const stringMap: JsonSchema = {
  type: 'object',
  additionalProperties: { type: 'string' },
};

export const intOrString: JsonSchema = { type: ['integer', 'string'] };

/** https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/label-selector/ */
export const labelSelector: JsonSchema = {
  type: 'object',
  description: 'Selects objects by labels. An empty selector ({}) selects everything in scope; matchLabels and matchExpressions are ANDed.',
  additionalProperties: false,
  properties: {
    matchLabels: { ...stringMap, description: 'Every key/value pair must be present on the object (AND).' },
    matchExpressions: {
      type: 'array',
      description: 'Set-based requirements, all of which must hold (AND).',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['key', 'operator'],
        properties: {
          key: { type: 'string', description: 'The label key the requirement applies to.' },
          operator: {
            enum: ['In', 'NotIn', 'Exists', 'DoesNotExist'],
            description: 'In/NotIn need a non-empty values list; Exists/DoesNotExist need none.',
          },
          values: { type: 'array', items: { type: 'string' } },
        },
      },
    },
  },
};

/** https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/object-meta/ — open, since real manifests carry many server fields. */
export const objectMeta: JsonSchema = {
  type: 'object',
  description: 'Name, namespace and labels of the object. Policies select pods and namespaces by these labels.',
  properties: {
    name: { type: 'string', description: 'The object name, unique per kind within its namespace.' },
    namespace: { type: 'string', description: 'The namespace the object lives in (policies only apply to pods in their own namespace).' },
    labels: { ...stringMap, description: 'Labels that selectors match on.' },
    annotations: { ...stringMap, description: 'Free-form metadata; not used for selection.' },
    generateName: { type: 'string' },
  },
};

/** Top-level fields every object of a known kind may carry; the kind's schema adds `spec`. */
export function objectSchema(opts: {
  kind: string;
  apiVersions: string[];
  description: string;
  spec?: JsonSchema;
  extra?: Record<string, JsonSchema>;
  requireSpec?: boolean;
}): JsonSchema {
  const properties: Record<string, JsonSchema> = {
    apiVersion: { enum: opts.apiVersions, description: `API group/version of ${opts.kind}.` },
    kind: { const: opts.kind, description: opts.description },
    metadata: objectMeta,
    status: { type: 'object', description: 'Written by the cluster; ignored by the designer.' },
    ...opts.extra,
  };
  if (opts.spec) properties.spec = opts.spec;
  return {
    type: 'object',
    title: `${opts.kind} (${opts.apiVersions.join(', ')})`,
    description: opts.description,
    required: ['apiVersion', 'kind', 'metadata', ...(opts.requireSpec ? ['spec'] : [])],
    additionalProperties: false,
    properties,
  };
}
