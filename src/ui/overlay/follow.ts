// Which texts the overlay's worker should analyse, and whether an answer still fits the store. Free of React so
// it is tested directly against a real store.
import type { DesignerStoreApi } from '../../store';
import type { DesignerStore } from '../../store/contract';

const wanted = (s: DesignerStore) => s.showTraffic && !s.stale;

/** An analysis of `text` may be shown: it is still the store's text, it parsed, and the overlay is on. */
export const answerFits = (s: DesignerStore, text: string) => s.text === text && wanted(s);

/**
 * Calls `send` with every text to analyse while "Show traffic" is on. A committed text goes out as soon as the
 * store announces it, before the page derives the design and renders the canvas, so the worker computes
 * meanwhile (on 2 cores both matter); it may turn out to have errors, which `answerFits` then refuses. Texts that
 * change without a commit (undo, redo) and the toggle itself go out from a subscription. Returns the stop.
 */
export function followTexts(api: DesignerStoreApi, send: (text: string) => void): () => void {
  let announced: string | undefined;
  if (wanted(api.getState())) send(api.getState().text);
  const stopHearing = api.onTextCommit((text) => {
    // `stale` still describes the previous text: after a text with errors, the subscription decides.
    if (!wanted(api.getState())) return;
    announced = text;
    send(text);
  });
  const unsubscribe = api.subscribe((s, prev) => {
    if (s.text !== prev.text) {
      const sent = s.text === announced;
      announced = undefined;
      if (wanted(s) && !sent) send(s.text);
    } else if (wanted(s) && !wanted(prev)) send(s.text);
  });
  return () => {
    stopHearing();
    unsubscribe();
  };
}
