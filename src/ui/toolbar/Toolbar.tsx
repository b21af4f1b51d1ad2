// The toolbar. Accessible names are a contract (tests and other tools find the buttons by them).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCanRedo, useCanUndo, useDesigner } from '../../store';
import { ExtrasToolbar } from '../extras';
import { ConfirmDialog } from '../layout/ConfirmDialog';
import { useAddActions } from './useAddActions';
import { ScaleTools } from '../scale/ScaleTools';
import { canvasAspect } from '../layout/canvasAspect';

export function Toolbar() {
  const { t } = useTranslation();
  const undo = useDesigner((s) => s.undo);
  const redo = useDesigner((s) => s.redo);
  const autoLayout = useDesigner((s) => s.autoLayout);
  const showTraffic = useDesigner((s) => s.showTraffic);
  const setShowTraffic = useDesigner((s) => s.setShowTraffic);
  const newDesign = useDesigner((s) => s.newDesign);
  const canUndo = useCanUndo();
  const canRedo = useCanRedo();
  const add = useAddActions();
  const [confirmNew, setConfirmNew] = useState(false);
  return (
    <div className="kpd-toolbar" role="toolbar" aria-label={t('shell.toolbar.label')}>
      <div className="kpd-toolgroup">
        <button type="button" onClick={() => add.namespace()}>
          {t('shell.toolbar.addNamespace')}
        </button>
        <button type="button" onClick={() => add.workload()}>
          {t('shell.toolbar.addWorkload')}
        </button>
        <button type="button" onClick={() => add.external()}>
          {t('shell.toolbar.addExternal')}
        </button>
      </div>
      <div className="kpd-toolgroup">
        <button type="button" onClick={undo} disabled={!canUndo}>
          {t('shell.toolbar.undo')}
        </button>
        <button type="button" onClick={redo} disabled={!canRedo}>
          {t('shell.toolbar.redo')}
        </button>
        <button type="button" onClick={() => void autoLayout(canvasAspect())}>
          {t('shell.toolbar.autoLayout')}
        </button>
        <button type="button" aria-pressed={showTraffic} className={showTraffic ? 'kpd-on' : undefined} onClick={() => setShowTraffic(!showTraffic)}>
          {t('shell.toolbar.showTraffic')}
        </button>
        <button type="button" onClick={() => setConfirmNew(true)}>
          {t('shell.toolbar.newDesign')}
        </button>
      </div>
      <ScaleTools />
      <ExtrasToolbar />
      {confirmNew ? (
        <ConfirmDialog
          title={t('shell.newDesign.title')}
          body={t('shell.newDesign.body')}
          confirm={t('shell.newDesign.confirm')}
          cancel={t('shell.newDesign.cancel')}
          onConfirm={() => {
            newDesign();
            setConfirmNew(false);
          }}
          onCancel={() => setConfirmNew(false)}
        />
      ) : null}
    </div>
  );
}
