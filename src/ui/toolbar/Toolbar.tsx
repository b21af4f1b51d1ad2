// The toolbar. Accessible names are a contract (tests and other tools find the buttons by them).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCanRedo, useCanUndo, useDesigner } from '../../store';
import { ExtrasToolbar } from '../extras';
import { ConfirmDialog } from '../layout/ConfirmDialog';
import { useAddActions } from './useAddActions';
import { ScaleTools } from '../scale/ScaleTools';
import { canvasAspect } from '../layout/canvasAspect';
import { ToolLabel } from './ToolLabel';

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
        <button type="button" aria-label={t('shell.toolbar.addNamespace')} title={t('shell.toolbar.addNamespace')} onClick={() => add.namespace()}>
          <ToolLabel full={t('shell.toolbar.addNamespace')} short={t('scale.short.addNamespace')} />
        </button>
        <button type="button" aria-label={t('shell.toolbar.addWorkload')} title={t('shell.toolbar.addWorkload')} onClick={() => add.workload()}>
          <ToolLabel full={t('shell.toolbar.addWorkload')} short={t('scale.short.addWorkload')} />
        </button>
        <button type="button" aria-label={t('shell.toolbar.addExternal')} title={t('shell.toolbar.addExternal')} onClick={() => add.external()}>
          <ToolLabel full={t('shell.toolbar.addExternal')} short={t('scale.short.addExternal')} />
        </button>
      </div>
      <div className="kpd-toolgroup">
        <button type="button" aria-label={t('shell.toolbar.undo')} title={t('shell.toolbar.undo')} onClick={undo} disabled={!canUndo}>
          <ToolLabel full={t('shell.toolbar.undo')} short="↶" />
        </button>
        <button type="button" aria-label={t('shell.toolbar.redo')} title={t('shell.toolbar.redo')} onClick={redo} disabled={!canRedo}>
          <ToolLabel full={t('shell.toolbar.redo')} short="↷" />
        </button>
        <button type="button" aria-label={t('shell.toolbar.autoLayout')} title={t('shell.toolbar.autoLayout')} onClick={() => void autoLayout(canvasAspect())}>
          <ToolLabel full={t('shell.toolbar.autoLayout')} short={t('scale.short.autoLayout')} />
        </button>
        <button
          type="button"
          aria-pressed={showTraffic}
          className={showTraffic ? 'kpd-on' : undefined}
          aria-label={t('shell.toolbar.showTraffic')}
          title={t('shell.toolbar.showTraffic')}
          onClick={() => setShowTraffic(!showTraffic)}
        >
          <ToolLabel full={t('shell.toolbar.showTraffic')} short={t('scale.short.showTraffic')} />
        </button>
        <button type="button" aria-label={t('shell.toolbar.newDesign')} title={t('shell.toolbar.newDesign')} onClick={() => setConfirmNew(true)}>
          <ToolLabel full={t('shell.toolbar.newDesign')} short={t('scale.short.newDesign')} />
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
