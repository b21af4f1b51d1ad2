// The engine as one worker (or the in-process fallback, or a test) keeps it between requests: engines of the
// few most recent texts, so the overlay's analysis, an explanation and a test of a connection about the same
// text build it once, and a request about one text never disturbs an answer about another.
import { createEngine, isQueryError, type Engine } from '../engine/engine';
import type { Cluster } from '../model';
import { parseManifests } from '../yaml';
import type { PortExplanation, Request, Response } from './protocol';

/** Texts kept: the one on screen, the one being typed, and one to spare for undo. */
const KEPT = 3;

/** The editor's text as a Cluster. */
export type ClusterReader = (text: string) => Cluster;

const readWithYaml: ClusterReader = (text) => parseManifests([{ file: '', text }]).cluster;

export class EngineSession {
  private readonly engines = new Map<string, Engine>();

  /** `read`: the worker passes the js-yaml fast path (engine.worker.ts); in the page, parseManifests. */
  constructor(private readonly read: ClusterReader = readWithYaml) {}

  handle(req: Request): Response {
    try {
      const t0 = Date.now();
      const engine = this.engineFor(req.text);
      if (req.type === 'analyze') {
        const payload = { connectivity: engine.connectivity().serialize(), warnings: engine.warnings() };
        return { id: req.id, type: 'analyze', text: req.text, payload, ms: Date.now() - t0 };
      }
      if (req.type === 'check') return { id: req.id, type: 'check', text: req.text, verdict: engine.check(req.query) };
      const ports: PortExplanation[] = [];
      for (const p of req.ports) {
        const v = engine.check({ from: req.from, to: req.to, port: p.port, protocol: p.protocol });
        if (!isQueryError(v)) ports.push({ port: `${p.port}/${p.protocol}`, verdict: v });
      }
      return { id: req.id, type: 'explain', text: req.text, ports };
    } catch (e) {
      return { id: req.id, type: 'error', message: (e as Error).message };
    }
  }

  private engineFor(text: string): Engine {
    let engine = this.engines.get(text);
    if (engine) this.engines.delete(text);
    else engine = createEngine(this.read(text));
    this.engines.set(text, engine);
    if (this.engines.size > KEPT) this.engines.delete(this.engines.keys().next().value!);
    return engine;
  }
}
