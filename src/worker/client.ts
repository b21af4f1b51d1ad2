// The UI side of the engine worker. Falls back to running in the page when workers are unavailable (tests).
import type { EngineClient } from './contract';
import type { Request, Response } from './protocol';
import { EngineSession } from './session';

type Pending = { resolve(r: Response): void };
type Body = Request extends infer R ? (R extends Request ? Omit<R, 'id'> : never) : never;

export function createEngineClient(): EngineClient {
  let worker: Worker | undefined;
  try {
    worker = typeof Worker !== 'undefined' ? new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' }) : undefined;
  } catch {
    worker = undefined;
  }
  const session = worker ? undefined : new EngineSession();
  const pending = new Map<number, Pending>();
  let next = 1;
  let latestAnalyze = 0;
  if (worker) worker.onmessage = (e: MessageEvent<Response>) => pending.get(e.data.id)?.resolve(e.data);
  const send = (req: Body): Promise<Response> => {
    const id = next++;
    const full = { ...req, id } as Request;
    if (session) return Promise.resolve(session.handle(full));
    return new Promise((resolve) => {
      pending.set(id, { resolve: (r) => (pending.delete(id), resolve(r)) });
      worker!.postMessage(full);
    });
  };
  const fail = (r: Response): never => {
    throw new Error(r.type === 'error' ? r.message : `unexpected reply ${r.type}`);
  };
  return {
    async analyze(text) {
      const mine = (latestAnalyze = next);
      const r = await send({ type: 'analyze', text });
      if (r.type !== 'analyze') return fail(r);
      if (mine !== latestAnalyze) throw new Superseded();
      return r.matrix;
    },
    async check(query) {
      const r = await send({ type: 'check', query });
      return r.type === 'check' ? r.verdict : fail(r);
    },
    async pairsOf(workload) {
      const r = await send({ type: 'pairsOf', workload });
      return r.type === 'pairsOf' ? r.pairs : fail(r);
    },
    dispose() {
      worker?.terminate();
    },
  };
}

/** A newer analyze was sent before this one finished: its result is dropped. */
export class Superseded extends Error {}
