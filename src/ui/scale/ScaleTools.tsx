// Toolbar buttons for big designs and teaching: "Matrix", "Collapse namespaces", "Present". Each is a small
// definition (label, pressed state, perform) so it moves into the action registry as it is.
import { useTranslation } from 'react-i18next';
import { useStore } from '@xyflow/react';
import { useDesigner, useDesignerApi } from '../../store';
import { MatrixButton } from '../matrix/MatrixPanel';
import { FindBox } from './FindBox';
import { ToolLabel } from '../toolbar/ToolLabel';
import { collapsedNow, isFarOut, useScaleView } from './view';

export function CollapseButton() {
  const { t } = useTranslation();
  const api = useDesignerApi();
  const workloads = useDesigner((s) => s.design.workloads.length);
  const farOut = useStore(isFarOut);
  const collapse = useScaleView((s) => s.collapse);
  const set = useScaleView((s) => s.set);
  const on = collapsedNow(collapse, workloads, farOut);
  return (
    <button
      type="button"
      aria-pressed={on}
      className={on ? 'kpd-on' : undefined}
      aria-label={t('scale.collapse')}
      title={t('scale.collapse')}
      onClick={() => {
        // Counts on the collapsed edges come from the analysis: collapsing turns the overlay on.
        if (!on) api.getState().setShowTraffic(true);
        set({ collapse: !on, expanded: new Set() });
      }}
    >
      <ToolLabel full={t('scale.collapse')} short={t('scale.short.collapse')} />
    </button>
  );
}

export function PresentButton() {
  const { t } = useTranslation();
  const present = useScaleView((s) => s.present);
  const set = useScaleView((s) => s.set);
  return (
    <button type="button" aria-pressed={present} className={present ? 'kpd-on' : undefined} onClick={() => set({ present: !present })}>
      {t('scale.present')}
    </button>
  );
}

export function ScaleTools() {
  const api = useDesignerApi();
  return (
    <div className="kpd-toolgroup">
      <MatrixButton onShow={() => api.getState().setShowTraffic(true)} />
      <CollapseButton />
      <PresentButton />
      <FindBox />
    </div>
  );
}
