// Keeps the overlay's analysis in step with the YAML while "Show traffic" is on: debounced, in the worker, the
// newest text wins.
import { useEffect } from 'react';
import { useDesigner } from '../../store';
import { createEngineClient, Superseded } from '../../worker/client';
import { useTraffic } from './state';

/**
 * Text from the editor is already debounced (the typing pause) and the worker drops superseded requests, so no
 * extra wait: a timeout of 0 only lets React paint the canvas change before the worker is asked.
 */
export const ANALYSIS_DEBOUNCE_MS = 0;

export function useTrafficDriver() {
  const text = useDesigner((s) => s.text);
  const stale = useDesigner((s) => s.stale);
  const showTraffic = useDesigner((s) => s.showTraffic);
  useEffect(() => {
    const client = createEngineClient();
    useTraffic.getState().set({ client });
    return () => {
      client.dispose();
      useTraffic.getState().set({ client: undefined });
    };
  }, []);
  useEffect(() => {
    if (!showTraffic || stale) return;
    const timer = setTimeout(() => {
      const { client, set } = useTraffic.getState();
      if (!client) return;
      set({ busy: true });
      const t0 = performance.now();
      client.analyze(text).then(
        (matrix) => set({ matrix, busy: false, seq: useTraffic.getState().seq + 1, ms: Math.round(performance.now() - t0) }),
        (e) => {
          if (!(e instanceof Superseded)) set({ busy: false });
        },
      );
    }, ANALYSIS_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, stale, showTraffic]);
}
