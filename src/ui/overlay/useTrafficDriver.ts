// Keeps the overlay's analysis in step with the YAML while "Show traffic" is on: in the worker, the newest text
// wins. The request goes out from a store subscription, i.e. as soon as the text is committed and before React
// renders the canvas change, so the worker computes while the page thread renders (both matter on 2 cores).
import { useEffect } from 'react';
import { useDesignerApi } from '../../store';
import type { DesignerStore } from '../../store/contract';
import { createEngineClient, Superseded } from '../../worker/client';
import { useTraffic } from './state';

function analyse(text: string) {
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
}

const wanted = (s: DesignerStore) => s.showTraffic && !s.stale;

export function useTrafficDriver() {
  const api = useDesignerApi();
  useEffect(() => {
    const client = createEngineClient();
    useTraffic.getState().set({ client });
    const start = api.getState();
    if (wanted(start)) analyse(start.text);
    const unsubscribe = api.subscribe((s, prev) => {
      if (wanted(s) && (s.text !== prev.text || !wanted(prev))) analyse(s.text);
    });
    return () => {
      unsubscribe();
      client.dispose();
      useTraffic.getState().set({ client: undefined });
    };
  }, [api]);
}
