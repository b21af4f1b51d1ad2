// "Allow traffic to…" and "Remove connection": drawn edges, turned into managed policies by regenerate().
import type { AllowEdge, Design, DesignWorkload, EdgePort } from '../../model';
import type { AllowTrafficInput } from '../../store/contract';
import { parseNodeId, type NodeRef } from '../ids';
import { sourceEgressIsolated } from '../managed';
import { regenerate } from '../regenerate';
import { alsoSelected, hasLabels } from '../selectors';
import { checkCidr, checkEdgePorts } from '../validate';
import { fail, findWorkload, type ActionResult } from './common';

export const edgeId = (from: string, to: string) => `edge:${from}->${to}`;

// Istio `methods` are HTTP method names; `paths` are exact, prefix (`/api/*`), suffix (`*.png`) or `*`.
const METHOD = /^[A-Z]+$/;
const PATH = /^(\*|\/[^\s*]*\*?|\*[^\s*]+)$/;

function checkEnd(design: Design, id: string, ref: NodeRef | undefined, what: string): string | undefined {
  if (!ref) return `unknown ${what} ${id}`;
  if (ref.kind === 'external') return checkCidr(ref.cidr);
  if (ref.kind === 'namespace') return design.namespaces.some((n) => n.name === ref.namespace) ? undefined : `unknown namespace ${ref.namespace}`;
  const w = findWorkload(design, id);
  if (!w) return `unknown workload ${id}`;
  // A selector for a workload without labels would be `podSelector: {}`: every pod of the namespace.
  if (!hasLabels(w)) return `${id} has no labels, so no policy can select it alone: give it a label first`;
  const shared = alsoSelected(w, design);
  if (shared.length > 0) return `${id} has the same labels as ${shared.map((o) => o.name).join(', ')}: give it a label of its own first, or the policy would cover both`;
  return undefined;
}

function checkNamedPorts(ports: EdgePort[], to: DesignWorkload | undefined): string | undefined {
  for (const p of ports) {
    // A named port the destination does not declare matches nothing (NetworkPolicyPort.port docs).
    if (typeof p.port === 'string' && to && !to.ports.some((c) => c.name === p.port && c.protocol === p.protocol)) return `${to.id} has no ${p.protocol} port named "${p.port}"`;
  }
  return undefined;
}

export function allowTraffic(text: string, design: Design, input: AllowTrafficInput): ActionResult {
  const from = parseNodeId(input.from);
  const to = parseNodeId(input.to);
  const bad = checkEnd(design, input.from, from, 'source') ?? checkEnd(design, input.to, to, 'destination') ?? checkEdgePorts(input.ports);
  if (bad) return fail(bad);
  if (input.from === input.to) return fail('a connection needs two different ends');
  if (from!.kind === 'external' && to!.kind === 'external') return fail('traffic between two outside addresses is not governed by the cluster');
  const toW = findWorkload(design, input.to);
  const fromW = findWorkload(design, input.from);
  const named = checkNamedPorts(input.ports, toW);
  if (named) return fail(named);
  const methods = input.methods?.map((m) => m.trim().toUpperCase()).filter(Boolean) ?? [];
  const paths = input.paths?.map((p) => p.trim()).filter(Boolean) ?? [];
  if (methods.length + paths.length > 0) {
    const mesh = toW ? toW.mesh : to!.kind === 'namespace' && !!design.namespaces.find((n) => n.name === to!.namespace)?.injection;
    if (!mesh) return fail('HTTP methods and paths are enforced by Istio: put the destination in the mesh first');
    if (input.ports.length > 0 && input.ports.every((p) => p.protocol !== 'TCP')) return fail('HTTP methods and paths need a TCP port');
    const m = methods.find((x) => !METHOD.test(x));
    if (m) return fail(`"${m}" is not an HTTP method (GET, POST, …)`);
    const p = paths.find((x) => !PATH.test(x));
    if (p) return fail(`"${p}" is not an Istio path (exact "/a", prefix "/a/*", suffix "*.png" or "*")`);
  }
  if (to!.kind === 'external') {
    const namespaces = new Map(design.namespaces.map((n) => [n.name, n]));
    // Without egress isolation the traffic is already allowed, and a policy that isolated the source for this one
    // edge would silently cut all its other outbound traffic.
    if (!sourceEgressIsolated(from!, fromW, namespaces)) {
      const where = from!.kind === 'external' ? '' : from!.namespace;
      return fail(`${input.from} may already reach ${to!.cidr}: nothing restricts its outbound traffic. Turn on "Default deny" in ${where} to allow only what you draw`);
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
  if (!edge) return fail(`no connection ${edgeIdToRemove}`);
  if (edge.handWritten)
    return fail(`this connection comes from hand-written ${edge.policies.map((p) => `${p.kind} ${p.namespace}/${p.name}`).join(', ')}: edit it in the YAML editor`);
  return { text: regenerate(text, { ...design, edges: design.edges.filter((e) => e.id !== edgeIdToRemove) }) };
}
