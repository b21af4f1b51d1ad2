import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DesignWorkload } from '../../model';
import { sayRefusal } from '../../i18n/say';
import { useDesigner } from '../../store';
import { AllowTrafficForm } from './AllowTrafficForm';
import { LabelsEditor, PortsEditor, RenameField } from './fields';

export function WorkloadInspector({ w }: { w: DesignWorkload }) {
  const { t } = useTranslation();
  const id = useId();
  const s = useDesigner((x) => x);
  const [sa, setSa] = useState(w.serviceAccount);
  const [saErr, setSaErr] = useState<string>();
  return (
    <div className="kpd-inspector">
      <p className="kpd-kind">
        {t('inspector.workload')} · {w.kind} · {w.namespace}
      </p>
      <RenameField value={w.name} onRename={(v) => sayRefusal(t, s.renameNode(w.id, v))} />
      <form
        className="kpd-row"
        onSubmit={(e) => {
          e.preventDefault();
          setSaErr(sayRefusal(t, s.setServiceAccount(w.id, sa.trim())));
        }}
      >
        <label htmlFor={`${id}-sa`}>{t('inspector.serviceAccount')}</label>
        <input id={`${id}-sa`} value={sa} onChange={(e) => setSa(e.target.value)} />
        <button type="submit">{t('inspector.save')}</button>
        {saErr ? (
          <p className="kpd-error" role="alert">
            {saErr}
          </p>
        ) : null}
      </form>
      <label className="kpd-switch">
        <input type="checkbox" checked={w.mesh} onChange={(e) => s.setMesh(w.id, e.target.checked)} />
        <span>{t('inspector.mesh')}</span>
      </label>
      <LabelsEditor labels={w.labels} onSave={(l) => sayRefusal(t, s.setLabels(w.id, l))} />
      <PortsEditor ports={w.ports} onSave={(p) => sayRefusal(t, s.setPorts(w.id, p))} />
      <AllowTrafficForm from={w.id} />
      <button type="button" className="kpd-danger" onClick={() => s.removeNodes([w.id])}>
        {t('inspector.delete')}
      </button>
    </div>
  );
}
