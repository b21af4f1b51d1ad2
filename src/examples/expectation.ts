// A verdict the documentation makes certain, written by a person from the Kubernetes/Istio rules (never computed
// by the product). Examples list them so a test can hold the engine to them; lessons use them as step goals.
import type { LayerDecision, LayerName, Protocol, VerdictKind } from '../model';
import type { Engine } from '../engine/engine';
import { isQueryError } from '../engine/engine';

export interface KnownVerdict {
  from: string;
  to: string;
  port: number;
  protocol?: Protocol;
  method?: string;
  path?: string;
  allowed: boolean;
  /** The overlay colour, when the rules make it certain. */
  kind?: VerdictKind;
  /** Per-layer decisions that make the point of the example (e.g. NetworkPolicy allows, Istio denies). */
  layers?: Partial<Record<LayerName, LayerDecision>>;
}

export interface VerdictMismatch {
  expected: KnownVerdict;
  /** What the engine said, in one line. */
  actual: string;
}

/** Compare one expectation with the engine; undefined when the engine agrees. */
export function mismatch(engine: Engine, expected: KnownVerdict): VerdictMismatch | undefined {
  const { from, to, port, protocol, method, path } = expected;
  const v = engine.check({ from, to, port, protocol, method, path });
  if (isQueryError(v)) return { expected, actual: `query error on ${v.argument}: ${v.error}` };
  const layerOf = (name: LayerName) => v.layers.find((l) => l.layer === name)?.decision;
  const layersOk = Object.entries(expected.layers ?? {}).every(([name, d]) => layerOf(name as LayerName) === d);
  if (v.allowed === expected.allowed && (expected.kind === undefined || v.kind === expected.kind) && layersOk) return undefined;
  const layers = v.layers.map((l) => `${l.layer}=${l.decision}`).join(' ');
  return { expected, actual: `allowed=${v.allowed} kind=${v.kind} ${layers}` };
}

/** `shop/web → shop/api 8080/TCP GET /x` for messages and test names. */
export function describeQuery(k: KnownVerdict): string {
  const http = k.method ? ` ${k.method} ${k.path ?? '/'}` : '';
  return `${k.from} → ${k.to} ${k.port}/${k.protocol ?? 'TCP'}${http}`;
}
