// "Allow traffic to…" and "Remove connection": drawn edges, turned into managed policies by regenerate().
import type { AllowEdge, Design, DesignWorkload, EdgePort, Message } from '../../model';
import type { AllowTrafficInput } from '../../store/contract';
import { parseNodeId, type NodeRef } from '../ids';
import { sourceEgressIsolated } from '../managed';
import { regenerate } from '../regenerate';
import { alsoSelected, hasLabels } from '../selectors';
import { actionMessage as m, object } from '../messages';
import { checkCidr, checkEdgePorts } from '../validate';
import { fail, findWorkload, type ActionResult } from './common';

export const edgeId = (from: string, to: string) => `edge:${from}->${to}`;

// Istio `methods` are HTTP method names; `paths` are exact, prefix (`/api/*`), suffix (`*.png`) or `*`.
const METHOD = /^[A-Z]+$/;
const PATH = /^(\*|\/[^\s*]*\*?|\*[^\s*]+)$/;

function checkEnd(design: Design, id: string, ref: NodeRef | undefined, what: 'source' | 'destination'): Message | undefined {
  if (!ref) return m('edge.unknownEnd', { what: object(what), id });
  if (ref.kind === 'external') return checkCidr(ref.cidr);
  if (ref.kind === 'namespace') return design.namespaces.some((n) => n.name === ref.namespace) ? undefined : m('namespace.unknown', { namespace: ref.namespace });
  const w = findWorkload(design, id);
  if (!w) return m('workload.unknown', { id });
  // A selector for a workload without labels would be `podSelector: {}`: every pod of the namespace.
  if (!hasLabels(w)) return m('edge.noLabels', { id });
  const shared = alsoSelected(w, design);
  if (shared.length > 0) return m('edge.sameLabels', { id, others: shared.map((o) => o.name).join(', ') });
  return undefined;
}

function checkNamedPorts(ports: EdgePort[], to: DesignWorkload | undefined): Message | undefined {
  for (const p of ports) {
    // A named port the destination does not declare matches nothing (NetworkPolicyPort.port docs).
    if (typeof p.port === 'string' && to && !to.ports.some((c) => c.name === p.port && c.protocol === p.protocol))
      return m('edge.noNamedPort', { id: to.id, protocol: p.protocol, name: p.port });
  }
  return undefined;
}

export function allowTraffic(text: string, design: Design, input: AllowTrafficInput): ActionResult {
  const from = parseNodeId(input.from);
  const to = parseNodeId(input.to);
  const bad = checkEnd(design, input.from, from, 'source') ?? checkEnd(design, input.to, to, 'destination') ?? checkEdgePorts(input.ports);
  if (bad) return fail(bad);
  if (input.from === input.to) return fail(m('edge.sameEnds'));
  if (from!.kind === 'external' && to!.kind === 'external') return fail(m('edge.twoOutside'));
  const toW = findWorkload(design, input.to);
  const fromW = findWorkload(design, input.from);
  const named = checkNamedPorts(input.ports, toW);
  if (named) return fail(named);
  const methods = input.methods?.map((m) => m.trim().toUpperCase()).filter(Boolean) ?? [];
  const paths = input.paths?.map((p) => p.trim()).filter(Boolean) ?? [];
  if (methods.length + paths.length > 0) {
    const mesh = toW ? toW.mesh : to!.kind === 'namespace' && !!design.namespaces.find((n) => n.name === to!.namespace)?.injection;
    if (!mesh) return fail(m('edge.httpNeedsMesh'));
    if (input.ports.length > 0 && input.ports.every((p) => p.protocol !== 'TCP')) return fail(m('edge.httpNeedsTcp'));
    const method = methods.find((x) => !METHOD.test(x));
    if (method) return fail(m('edge.notMethod', { method }));
    const path = paths.find((x) => !PATH.test(x));
    if (path) return fail(m('edge.notPath', { path }));
  }
  if (to!.kind === 'external') {
    const namespaces = new Map(design.namespaces.map((n) => [n.name, n]));
    // Without egress isolation the traffic is already allowed, and a policy that isolated the source for this one
    // edge would silently cut all its other outbound traffic.
    if (!sourceEgressIsolated(from!, fromW, namespaces)) {
      const where = from!.kind === 'external' ? '' : from!.namespace;
      return fail(m('edge.alreadyReaches', { from: input.from, cidr: to!.cidr, namespace: where }));
    }
  }
  const id = edgeId(input.from, input.to);
  const edge: AllowEdge = { id, from: input.from, to: input.to, ports: input.ports.map((p) => ({ ...p })), handWritten: false, policies: [] };
  if (methods.length > 0) edge.methods = methods;
  if (paths.length > 0) edge.paths = paths;
  const edges = [...design.edges.filter((e) => e.id !== id), edge];
  return { text: regenerate(text, { ...design, edges }) };
}

export function removeEdge(text: string, design: Design, edgeIdToRemove: string): ActionResult {
  const edge = design.edges.find((e) => e.id === edgeIdToRemove);
  if (!edge) return fail(m('edge.unknown', { id: edgeIdToRemove }));
  if (edge.handWritten) return fail(m('edge.handWritten', { policies: edge.policies.map((p) => `${p.kind} ${p.namespace}/${p.name}`).join(', ') }));
  return { text: regenerate(text, { ...design, edges: design.edges.filter((e) => e.id !== edgeIdToRemove) }) };
}
