// The engine state one worker (or the in-thread fallback) keeps between requests: re-analysing only when the
// text changed.
import { createEngine, type Engine } from '../engine/engine';
import { parseManifests } from '../yaml';
import type { Request, Response } from './protocol';

export class EngineSession {
  private text: string | undefined;
  private engine: Engine = createEngine(parseManifests([]).cluster);

  handle(req: Request): Response {
    try {
      if (req.type === 'analyze') {
        const t0 = Date.now();
        if (req.text !== this.text) {
          this.engine = createEngine(parseManifests([{ file: '', text: req.text }]).cluster);
          this.text = req.text;
        }
        return { id: req.id, type: 'analyze', matrix: this.engine.matrix(), ms: Date.now() - t0 };
      }
      if (req.type === 'check') return { id: req.id, type: 'check', verdict: this.engine.check(req.query) };
      return { id: req.id, type: 'pairsOf', pairs: this.engine.pairsOf(req.workload) };
    } catch (e) {
      return { id: req.id, type: 'error', message: (e as Error).message };
    }
  }
}
