// Keeps the overlay's analysis in step with the YAML while "Show traffic" is on (follow.ts says which texts): in
// the worker, the newest text wins.
import { useEffect } from 'react';
import { useDesignerApi, type DesignerStoreApi } from '../../store';
import { createEngineClient, Superseded } from '../../worker/client';
import { answerFits, followTexts } from './follow';
import { useTraffic } from './state';

function analyse(api: DesignerStoreApi, text: string) {
  const { client, set } = useTraffic.getState();
  if (!client) return;
  set({ busy: true });
  const t0 = performance.now();
  client.analyze(text).then(
    (matrix) => {
      if (!answerFits(api.getState(), text)) return set({ busy: false });
      set({ matrix, busy: false, seq: useTraffic.getState().seq + 1, ms: Math.round(performance.now() - t0) });
    },
    (e) => {
      if (!(e instanceof Superseded)) set({ busy: false });
    },
  );
}

export function useTrafficDriver() {
  const api = useDesignerApi();
  useEffect(() => {
    const client = createEngineClient();
    useTraffic.getState().set({ client });
    const stop = followTexts(api, (text) => analyse(api, text));
    return () => {
      stop();
      client.dispose();
      useTraffic.getState().set({ client: undefined });
    };
  }, [api]);
}
