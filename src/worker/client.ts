// The UI side of the engine worker: each request gets an id and its own promise, settled by the answer with
// that id. Without workers (jsdom, old browsers) the same session runs in the page; tests use it directly.
import { connectivityFromSerialized } from '../engine/connectivity/connectivity';
import type { Request, Response } from './protocol';
import type { EngineClient } from './contract';
import { EngineSession } from './session';

type Body = Request extends infer R ? (R extends Request ? Omit<R, 'id'> : never) : never;
type Send = (req: Body) => Promise<Response>;

/** The engine in a Web Worker where there is one, else in the page. */
export function createEngineClient(): EngineClient {
  let worker: Worker | undefined;
  try {
    worker = typeof Worker !== 'undefined' ? new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' }) : undefined;
  } catch {
    worker = undefined;
  }
  if (!worker) return createSessionClient();
  const w = worker;
  const pending = new Map<number, { resolve(r: Response): void; reject(e: Error): void }>();
  let next = 1;
  w.onmessage = (e: MessageEvent<Response>) => {
    pending.get(e.data.id)?.resolve(e.data);
    pending.delete(e.data.id);
  };
  // A worker that dies must not leave anyone waiting for ever ("Analysing…" that never ends).
  w.onerror = (e) => {
    for (const p of pending.values()) p.reject(new Error(e.message || 'the engine worker failed'));
    pending.clear();
  };
  const send: Send = (req) =>
    new Promise((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      w.postMessage({ ...req, id } as Request);
    });
  return clientOver(send, () => w.terminate());
}

/** The engine in this thread, answering asynchronously like the worker (tests, and pages without workers). */
export function createSessionClient(session = new EngineSession()): EngineClient {
  let next = 1;
  return clientOver(
    (req) => Promise.resolve().then(() => session.handle({ ...req, id: next++ } as Request)),
    () => {},
  );
}

function clientOver(send: Send, dispose: () => void): EngineClient {
  const fail = (r: Response): never => {
    throw new Error(r.type === 'error' ? r.message : `unexpected reply ${r.type}`);
  };
  return {
    async analyze(text) {
      const r = await send({ type: 'analyze', text });
      if (r.type !== 'analyze') return fail(r);
      return { text: r.text, connectivity: connectivityFromSerialized(r.payload.connectivity), warnings: r.payload.warnings, broken: r.broken, ms: r.ms };
    },
    async check(text, query) {
      const r = await send({ type: 'check', text, query });
      return r.type === 'check' ? r.verdict : fail(r);
    },
    async explain(text, pair) {
      const r = await send({ type: 'explain', text, ...pair });
      return r.type === 'explain' ? r.ports : fail(r);
    },
    async derive(text, extraExternals) {
      const r = await send({ type: 'derive', text, extraExternals: [...extraExternals] });
      return r.type === 'derive' ? r.derivation : fail(r);
    },
    async lint(text) {
      const r = await send({ type: 'lint', text });
      return r.type === 'lint' ? r.findings : fail(r);
    },
    dispose,
  };
}
