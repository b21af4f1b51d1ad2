// The canvas's accessible names in the page's language; a new object only when `t` changes (the language), so the
// node and edge lists are rebuilt then and not on every render.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CanvasNames } from './model';

export function useCanvasNames(): CanvasNames {
  const { t } = useTranslation();
  return useMemo<CanvasNames>(() => {
    // i18next takes ~0.1 ms a call: a 1,000-workload design would spend 100 ms a render naming cards it named
    // before. Names are remembered per language (this object), so only new items are named.
    const workloads = remembered((id) => t('shell.canvas.names.workload', { id }));
    const connections = remembered((key) => {
      const [from, to, label, hand] = key.split('\u0000');
      return t(hand ? 'shell.canvas.names.connectionHand' : 'shell.canvas.names.connection', { from, to, label });
    });
    return {
      namespace: (name) => t('shell.canvas.names.namespace', { name }),
      workload: workloads,
      external: (cidr) => t('shell.canvas.names.external', { cidr }),
      connection: (from, to, label, hand) => connections(`${from}\u0000${to}\u0000${label}\u0000${hand ? 'hand' : ''}`),
      allPorts: t('shell.canvas.allPorts'),
    };
  }, [t]);
}

/** `name` with its answers kept; a design's worth of them (it is bounded by what was ever on the canvas). */
function remembered(name: (key: string) => string): (key: string) => string {
  const known = new Map<string, string>();
  return (key) => {
    let v = known.get(key);
    if (v === undefined) known.set(key, (v = name(key)));
    return v;
  };
}
