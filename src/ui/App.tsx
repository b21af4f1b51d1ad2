// The one page: toolbar, inspector/problems on the left, canvas in the middle, YAML editor on the right.
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ReactFlowProvider } from '@xyflow/react';
import { useDesigner, useDesignerApi } from '../store';
import { ActionsProvider, createActionRegistry, DESIGNER_ACTIONS, useActionShortcuts, type AnyAction } from './actions';
import { Toolbar } from './toolbar/Toolbar';
import { Canvas } from './canvas/Canvas';
import { ClusterPolicyBand } from './cluster/ClusterPolicyBand';
import { Inspector } from './inspector/Inspector';
import { Problems } from './inspector/Problems';
import { Splitter, usePanelWidth } from './layout/Splitter';
import { ExtrasPanels, LessonsPanel, useExtrasUi } from './extras';
import { OverlayPanels } from './overlay';
import { ShortcutsDialog } from './toolbar/ShortcutsDialog';
import { ComparePanel } from './compare';
import { Notice } from './layout/Notice';
import { MatrixPanel } from './matrix/MatrixPanel';
import { useScaleView } from './scale/view';

const YamlEditorPanel = lazy(() => import('./editor'));

/** The page's actions over its stores; `actions` adds to (or replaces) the designer's own (tests, embeddings). */
export function App({ actions = DESIGNER_ACTIONS }: { actions?: readonly AnyAction[] }) {
  const designer = useDesignerApi();
  const ctx = useMemo(() => ({ designer }), [designer]);
  const registry = useMemo(() => createActionRegistry(actions), [actions]);
  return (
    <ActionsProvider registry={registry} ctx={ctx}>
      <Shell />
    </ActionsProvider>
  );
}

function Shell() {
  const { t } = useTranslation();
  const stale = useDesigner((s) => s.stale);
  const deriving = useDesigner((s) => s.deriving);
  const dialog = useDesigner((s) => s.dialog);
  const matrixOpen = useScaleView((s) => s.matrixOpen);
  const present = useScaleView((s) => s.present);
  const lessonsOpen = useExtrasUi((s) => s.lessonsOpen);
  const left = usePanelWidth('kpd.panel.left', 300);
  const right = usePanelWidth('kpd.panel.right', 420);
  useActionShortcuts();
  return (
    <ReactFlowProvider>
      <div className={`kpd-app${present ? ' kpd-present' : ''}`}>
        <header className="kpd-header">
          <h1 className="kpd-title">
            <span className="kpd-tool-full" aria-hidden="true">
              Kube Policy Designer
            </span>
            <abbr className="kpd-tool-short" title="Kube Policy Designer" aria-hidden="true">
              KPD
            </abbr>
            <span className="kpd-title-name">Kube Policy Designer</span>
          </h1>
          <Toolbar />
        </header>
        {stale ? (
          <div className="kpd-stale" role="status">
            {t('shell.stale')}
          </div>
        ) : deriving ? (
          <div className="kpd-stale kpd-deriving" role="status">
            {t('shell.deriving')}
          </div>
        ) : null}
        <Notice />
        <main className="kpd-main" style={{ gridTemplateColumns: `${left.width}px 6px 1fr 6px ${right.width}px${lessonsOpen ? ' 340px' : ''}` }}>
          <aside className="kpd-side" aria-label={t('shell.panels.inspector')}>
            <Inspector />
            {/* Problems above the overlay's panels: with broken YAML they are what the user needs first. */}
            <ComparePanel />
            <Problems />
            <OverlayPanels />
          </aside>
          <Splitter label={t('shell.panels.resize', { panel: t('shell.panels.inspector') })} panel={left} direction={1} />
          <section className="kpd-canvas" aria-label={t('shell.canvas.label')}>
            <ClusterPolicyBand />
            <Canvas />
            {matrixOpen ? <MatrixPanel /> : null}
          </section>
          <Splitter label={t('shell.panels.resize', { panel: t('editor.label') })} panel={right} direction={-1} />
          <section className="kpd-editor">
            <Suspense fallback={<div className="kpd-editor-loading">{t('editor.loading')}</div>}>
              <YamlEditorPanel />
            </Suspense>
          </section>
          {/* Docked beside the editor, so a learner watches the YAML change while following the steps. */}
          {lessonsOpen ? <LessonsPanel /> : null}
        </main>
        <ExtrasPanels />
        {dialog === 'shortcuts' ? <ShortcutsDialog /> : null}
      </div>
    </ReactFlowProvider>
  );
}
