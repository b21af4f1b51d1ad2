// The overlay's traffic state: which text it wants verdicts of, and the analysis it shows. A store made by a
// factory (one per page, one per test) over an engine client; React gets it from a context (traffic-react.ts).
//
// Only an answer about the text still wanted is applied, and every request ends in an answer or an error, so
// the overlay never stays "Analysing…" and never shows the verdicts of a text the user has left. Other askers
// (Explain, Test a connection) put their own questions to the client, about their own text, and cannot disturb
// this one.
import { createStore, type StoreApi } from 'zustand';
import type { DesignerStoreApi } from '../../store';
import type { Analysis, EngineClient } from '../../worker/contract';

export interface TrafficState {
  /** The text whose verdicts the overlay should show (undefined while the overlay is off or the text is broken). */
  wanted?: string;
  /** The analysis shown. */
  analysis?: Analysis;
  /** The engine failed on the wanted text. */
  error?: { text: string; message: string };
  /** Waiting for the analysis of the wanted text. */
  busy: boolean;
  /** From the request of the analysis shown to its answer, in ms (what the status reports: engine and transfer). */
  ms?: number;
  /** Counts applied analyses (the bench and tests wait on it). */
  seq: number;
}

export type TrafficStoreApi = StoreApi<TrafficState> & {
  readonly client: EngineClient;
  /** Ask for the verdicts of `text` (or of nothing). */
  want(text: string | undefined): void;
  /** Start analysing `text` ahead of `want`, which then waits for the same request instead of sending another. */
  prefetch(text: string): void;
};

export function createTrafficStore(client: EngineClient): TrafficStoreApi {
  const store = createStore<TrafficState>()(() => ({ busy: false, seq: 0 }));
  // Requests in flight by text: a text asked for twice (prefetched, then wanted) is analysed once.
  const inFlight = new Map<string, Promise<Analysis & { asked: number }>>();
  const request = (text: string) => {
    let p = inFlight.get(text);
    if (!p) {
      const asked = performance.now();
      p = client
        .analyze(text)
        .then((a) => ({ ...a, asked }))
        .finally(() => inFlight.delete(text));
      inFlight.set(text, p);
    }
    return p;
  };
  const want = (text: string | undefined) => {
    const s = store.getState();
    if (s.wanted === text && (text === undefined || s.busy || s.analysis?.text === text)) return;
    const done = text === undefined || s.analysis?.text === text;
    store.setState({ wanted: text, busy: !done, error: undefined });
    if (done) return;
    request(text).then(
      ({ asked, ...analysis }) =>
        // A task of its own: an analysis that was ready before it was wanted (prefetched while a big text was
        // read) would otherwise render the matrix in the same task as the design, one long freeze instead of two.
        setTimeout(() => {
          if (store.getState().wanted !== text) return;
          // Verdicts of a text with errors are those of the objects that could be read: the last valid ones stay.
          if (analysis.broken) store.setState({ busy: false });
          else store.setState({ analysis, busy: false, seq: store.getState().seq + 1, ms: Math.round(performance.now() - asked) });
        }),
      (e: unknown) => {
        if (store.getState().wanted === text) store.setState({ busy: false, error: { text, message: e instanceof Error ? e.message : String(e) } });
      },
    );
  };
  return Object.assign(store, {
    client,
    want,
    prefetch: (text: string) => void request(text).catch(() => undefined),
  });
}

/** Whether something covers the canvas (the matrix): then the verdicts need not wait for the canvas's design. */
export interface CanvasCover {
  covered(): boolean;
  subscribe(listener: () => void): () => void;
}

const NEVER_COVERED: CanvasCover = { covered: () => false, subscribe: () => () => {} };

/**
 * Keep the overlay on the designer's text while "Show traffic" is on. A committed text is prefetched as soon as
 * the designer announces it, before the page derives its design and renders (on 2 cores both matter); it is
 * wanted once the commit shows that it parsed. A text with errors wants nothing: the canvas shows the last valid
 * design, and the overlay keeps that design's verdicts. While a big text is read off the page the canvas shows
 * the design before it, and so does the overlay drawn on it; when the matrix covers the canvas, only verdicts are
 * shown, so they follow the text at once (an analysis of a text with errors is never applied). Returns the stop.
 */
export function followDesigner(traffic: TrafficStoreApi, designer: DesignerStoreApi, cover: CanvasCover = NEVER_COVERED): () => void {
  const sync = () => {
    const s = designer.getState();
    if (s.deriving && !cover.covered()) return;
    traffic.want(s.showTraffic && !s.stale ? s.text : undefined);
  };
  sync();
  const stopHearing = designer.onTextCommit((text) => {
    if (designer.getState().showTraffic) traffic.prefetch(text);
  });
  const unsubscribe = designer.subscribe((s, prev) => {
    if (s.text !== prev.text || s.showTraffic !== prev.showTraffic || s.stale !== prev.stale || s.deriving !== prev.deriving) sync();
  });
  const stopCover = cover.subscribe(sync);
  return () => {
    stopHearing();
    unsubscribe();
    stopCover();
  };
}
