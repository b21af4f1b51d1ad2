import { useTranslation } from 'react-i18next';
import type { AllowEdge } from '../../model';
import { useDesigner } from '../../store';
import { edgeLabel } from '../canvas/model';
import { PolicyLinks } from './PolicyLinks';

export function EdgeInspector({ edge }: { edge: AllowEdge }) {
  const { t } = useTranslation();
  const removeEdge = useDesigner((s) => s.removeEdge);
  const setSelection = useDesigner((s) => s.setSelection);
  return (
    <div className="kpd-inspector">
      <p className="kpd-kind">{t('inspector.edge.title')}</p>
      <p>
        <strong>{edge.from}</strong> → <strong>{edge.to}</strong>
      </p>
      <p className="kpd-muted">{edgeLabel(edge, t('shell.canvas.allPorts'))}</p>
      <PolicyLinks policies={edge.policies} />
      {edge.handWritten ? (
        <p className="kpd-muted">{t('inspector.edge.handWritten')}</p>
      ) : (
        <button
          type="button"
          className="kpd-danger"
          onClick={() => {
            removeEdge(edge.id);
            setSelection({ nodes: [] });
          }}
        >
          {t('inspector.edge.remove')}
        </button>
      )}
    </div>
  );
}
