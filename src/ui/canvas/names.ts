// The canvas's accessible names in the page's language; a new object only when `t` changes (the language), so the
// node and edge lists are rebuilt then and not on every render.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CanvasNames } from './model';

export function useCanvasNames(): CanvasNames {
  const { t } = useTranslation();
  return useMemo<CanvasNames>(
    () => ({
      namespace: (name) => t('shell.canvas.names.namespace', { name }),
      workload: (id) => t('shell.canvas.names.workload', { id }),
      external: (cidr) => t('shell.canvas.names.external', { cidr }),
      connection: (from, to, label, hand) => t(hand ? 'shell.canvas.names.connectionHand' : 'shell.canvas.names.connection', { from, to, label }),
      allPorts: t('shell.canvas.allPorts'),
    }),
    [t],
  );
}
