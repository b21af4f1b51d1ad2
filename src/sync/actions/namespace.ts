// "Add namespace" and the namespace switches: Default deny, Allow DNS, Istio mTLS, sidecar injection.
import type { Design, DesignNamespace, MtlsMode } from '../../model';
import { editObject, ensureObject, unsetIn, upsertObject } from '../../yaml/edit';
import { actionMessage as m } from '../messages';
import { checkName } from '../validate';
import { namespaceId } from '../ids';
import { regenerate } from '../regenerate';
import { fail, findNamespace, namespaceObject, namespaceRef, uniqueName, type ActionResult } from './common';

export function addNamespace(text: string, design: Design, name?: string): ActionResult {
  const n = name ?? uniqueName('namespace', (x) => design.namespaces.some((ns) => ns.name === x));
  const bad = checkName(n, 'namespace');
  if (bad) return fail(bad);
  if (findNamespace(design, n)) return fail(m('namespace.exists', { name: n }));
  return { text: ensureObject(text, namespaceRef(n), namespaceObject(n)), id: namespaceId(n) };
}

export interface NamespaceSwitches {
  defaultDeny?: boolean;
  allowDns?: boolean;
  mtls?: MtlsMode | 'off';
  /** Label the namespace `istio-injection: enabled` (sidecars for every pod that does not opt out). */
  injection?: boolean;
}

const names = (refs: { name: string }[]) => refs.map((r) => r.name).join(', ');

/** Set a namespace label in place, creating the Namespace document when only other objects named it. */
function setNamespaceLabels(text: string, ns: string, edit: (labels: Record<string, string | undefined>) => void): string {
  const labels: Record<string, string | undefined> = {};
  edit(labels);
  const out = editObject(text, namespaceRef(ns), (d) => {
    for (const [k, v] of Object.entries(labels)) {
      if (v === undefined) unsetIn(d, ['metadata', 'labels', k]);
      else d.setIn(['metadata', 'labels', k], v);
    }
  });
  if (out !== undefined) return out;
  const set = Object.fromEntries(Object.entries(labels).filter((e): e is [string, string] => e[1] !== undefined));
  return Object.keys(set).length > 0 ? upsertObject(text, namespaceRef(ns), namespaceObject(ns, set)) : text;
}

export function setNamespaceSwitch(text: string, design: Design, ns: string, sw: NamespaceSwitches): ActionResult {
  const current = findNamespace(design, ns);
  if (!current) return fail(m('namespace.unknown', { namespace: ns }));
  const held = current.handWritten;
  // The canvas never deletes hand-written policies: it says which ones to edit instead.
  if (sw.defaultDeny === false && held?.defaultDeny.length) return fail(m('namespace.handWrittenDefaultDeny', { namespace: ns, policies: names(held.defaultDeny) }));
  if (sw.allowDns === false && held?.allowDns.length) return fail(m('namespace.handWrittenDns', { namespace: ns, policies: names(held.allowDns) }));
  let out = text;
  const next: DesignNamespace = { ...current };
  if (sw.defaultDeny !== undefined) next.defaultDeny = sw.defaultDeny;
  if (sw.allowDns !== undefined) next.allowDns = sw.allowDns;
  if (sw.mtls !== undefined) {
    const pa = held?.mtls[0];
    if (pa) {
      // A hand-written namespace-wide PeerAuthentication: change its mode in place; UNSET inherits, which is "off".
      const mode = sw.mtls === 'off' ? 'UNSET' : sw.mtls;
      out = editObject(out, { kind: 'PeerAuthentication', namespace: pa.namespace, name: pa.name }, (d) => d.setIn(['spec', 'mtls', 'mode'], mode)) ?? out;
    } else next.mtls = sw.mtls;
    // PeerAuthentication only acts on pods with a sidecar: switching mTLS on also labels the namespace for injection.
    if (sw.mtls !== 'off' && !current.injection && sw.injection !== false) sw = { ...sw, injection: true };
  }
  if (sw.injection !== undefined && sw.injection !== current.injection) {
    const on = sw.injection;
    out = setNamespaceLabels(out, ns, (l) => {
      l['istio-injection'] = on ? 'enabled' : undefined;
      if (!on) l['istio.io/rev'] = undefined;
    });
    next.injection = on;
  }
  const workloads = design.workloads.map((w) => (w.namespace === ns && w.labels['sidecar.istio.io/inject'] === undefined ? { ...w, mesh: next.injection } : w));
  return { text: regenerate(out, { ...design, workloads, namespaces: design.namespaces.map((n) => (n === current ? next : n)) }) };
}
