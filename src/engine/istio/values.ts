// String matching as Istio's AuthorizationPolicy defines it: exact, prefix `abc*`, suffix `*abc`, or `*`
// (any non-empty value). https://istio.io/latest/docs/reference/config/security/authorization-policy/
export function matchesValue(pattern: string, value: string | undefined): boolean {
  if (value === undefined || value === '') return false;
  if (pattern === '*') return true;
  if (pattern.endsWith('*')) return value.startsWith(pattern.slice(0, -1));
  if (pattern.startsWith('*')) return value.endsWith(pattern.slice(1));
  return pattern === value;
}

export const anyMatches = (patterns: string[], value: string | undefined) => patterns.some((p) => matchesValue(p, value));

/** Methods compare exactly (HTTP methods are case-sensitive in Envoy's RBAC). */
export const methodMatches = (patterns: string[], method: string) => patterns.some((p) => p === '*' || p === method);

/** Hosts compare case-insensitively. */
export const hostMatches = (patterns: string[], host: string) => patterns.some((p) => matchesValue(p.toLowerCase(), host.toLowerCase()));
