// Toolbar "Add cluster policy": a ClusterNetworkPolicy of the Admin or the Baseline tier.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminTier } from '../../model';
import { useDesignerApi } from '../../store';
import { ToolLabel } from '../toolbar/ToolLabel';

export function AddClusterPolicy() {
  const { t } = useTranslation();
  const api = useDesignerApi();
  const [open, setOpen] = useState(false);
  const first = useRef<HTMLButtonElement>(null);
  // Opening the menu moves focus to its first item, as a menu button does (WAI-ARIA menu button pattern).
  useEffect(() => {
    if (open) first.current?.focus();
  }, [open]);
  const add = (tier: AdminTier) => {
    setOpen(false);
    const id = api.getState().addClusterPolicy?.(tier);
    if (id) api.getState().setSelection({ nodes: [id] });
  };
  return (
    <div className="kpd-menu-wrap">
      <button type="button" aria-haspopup="menu" aria-expanded={open} aria-label={t('cluster.add')} title={t('cluster.add')} onClick={() => setOpen(!open)}>
        <ToolLabel full={t('cluster.add')} short={t('cluster.addShort')} />
      </button>
      {open ? (
        <div className="kpd-menu" role="menu" tabIndex={-1} aria-label={t('cluster.add')} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
          <button type="button" role="menuitem" ref={first} onClick={() => add('Admin')}>
            {t('cluster.addAdmin')}
          </button>
          <button type="button" role="menuitem" onClick={() => add('Baseline')}>
            {t('cluster.addBaseline')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
