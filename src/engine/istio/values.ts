// How AuthorizationPolicy values are compared with request attributes.
// https://istio.io/latest/docs/reference/config/security/authorization-policy/#Rule : "Any string field in the rule
// supports Exact, Prefix, Suffix and Presence match: `abc` exact, `abc*` prefix, `*abc` suffix, `*` any non-empty value."
// Exceptions (https://istio.io/latest/docs/concepts/security/#value-matching): ipBlocks and ports are exact only.

/** Exact / prefix / suffix / presence match. An absent or empty value matches nothing, not even `*`. */
export function matchesValue(pattern: string, value: string | undefined): boolean {
  if (value === undefined || value === '') return false;
  if (pattern === '*') return true;
  if (pattern.startsWith('*')) return value.endsWith(pattern.slice(1));
  if (pattern.endsWith('*')) return value.startsWith(pattern.slice(0, -1));
  return pattern === value;
}

export const anyMatches = (patterns: readonly string[], value: string | undefined): boolean => patterns.some((p) => matchesValue(p, value));

/**
 * `namespaces` / `source.namespace`: istiod turns each value into the regex `.*\/ns/<value, * → .*>/.*` over the
 * peer's SPIFFE identity (pilot/pkg/security/authz/model/generator.go, srcNamespaceGenerator), so `*` may stand
 * anywhere in the value. We glob the namespace itself (linear time: user text never becomes a RegExp).
 */
export function namespaceMatches(pattern: string, namespace: string | undefined): boolean {
  if (namespace === undefined || namespace === '') return false;
  return glob(pattern, namespace);
}

/** `*` matches any run of characters (including none); everything else is literal. Greedy two-pointer walk. */
export function glob(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let mark = 0;
  while (t < text.length) {
    if (p < pattern.length && pattern[p] !== '*' && pattern[p] === text[t]) {
      p++;
      t++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      mark = t;
    } else if (star >= 0) {
      p = star + 1;
      t = ++mark;
    } else return false;
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}

/**
 * `paths`: exact, prefix, suffix or presence like every string field, except that a value containing `{*}` or `{**}`
 * is an Envoy URI template (Istio 1.22+): `{*}` is exactly one path segment, `{**}` one or more segments, or zero or
 * more when it ends the template. Envoy compares the path without its query string or fragment.
 * https://istio.io/latest/docs/reference/config/security/authorization-policy/#Operation
 */
export function pathMatches(pattern: string, rawPath: string): boolean {
  const path = stripQuery(rawPath);
  if (pattern.includes('{*}') || pattern.includes('{**}')) return templateMatches(pattern, path);
  return matchesValue(pattern, path);
}

export function stripQuery(path: string): string {
  const q = path.search(/[?#]/);
  return q < 0 ? path : path.slice(0, q);
}

function templateMatches(template: string, path: string): boolean {
  const parts = template.split(/(\{\*\*\}|\{\*\})/);
  return walk(parts, 0, path, 0);
}

/** Match template parts from index i against path from position pos (segments never contain `/`). */
function walk(parts: string[], i: number, path: string, pos: number): boolean {
  if (i === parts.length) return pos === path.length;
  const part = parts[i]!;
  if (part === '{*}') {
    let end = pos;
    while (end < path.length && path[end] !== '/') end++;
    // One segment: at least one character, and the next literal decides where it ends.
    for (let stop = end; stop > pos; stop--) if (walk(parts, i + 1, path, stop)) return true;
    return false;
  }
  if (part === '{**}') {
    const last = parts.slice(i + 1).every((p) => p === '');
    if (last) return true; // zero or more trailing segments (the template starts with a `/` before it)
    for (let stop = path.length; stop > pos; stop--) if (walk(parts, i + 1, path, stop)) return true;
    return false;
  }
  return path.startsWith(part, pos) && walk(parts, i + 1, path, pos + part.length);
}
