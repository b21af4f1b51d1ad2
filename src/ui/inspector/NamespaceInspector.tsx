import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DesignNamespace, MtlsMode } from '../../model';
import { sayRefusal } from '../../i18n/say';
import { useDesigner } from '../../store';
import { AllowTrafficForm } from './AllowTrafficForm';
import { LabelsEditor, RenameField } from './fields';

export function NamespaceInspector({ ns }: { ns: DesignNamespace }) {
  const { t } = useTranslation();
  const id = useId();
  const s = useDesigner((x) => x);
  return (
    <div className="kpd-inspector">
      <p className="kpd-kind">{t('inspector.namespace')}</p>
      <RenameField value={ns.name} onRename={(v) => sayRefusal(t, s.renameNode(ns.id, v))} />
      <div className="kpd-switches" role="group" aria-label={ns.name}>
        <label className="kpd-switch">
          <input type="checkbox" checked={ns.defaultDeny} onChange={(e) => s.setNamespaceSwitch(ns.name, { defaultDeny: e.target.checked })} />
          <span>{t('inspector.defaultDeny')}</span>
          <small>{t('inspector.defaultDenyHelp')}</small>
        </label>
        <label className="kpd-switch">
          <input type="checkbox" checked={ns.allowDns} onChange={(e) => s.setNamespaceSwitch(ns.name, { allowDns: e.target.checked })} />
          <span>{t('inspector.allowDns')}</span>
          <small>{t('inspector.allowDnsHelp')}</small>
        </label>
        <div className="kpd-row">
          <label htmlFor={`${id}-mtls`}>{t('inspector.istioMtls')}</label>
          <select id={`${id}-mtls`} value={ns.mtls === 'UNSET' ? 'off' : ns.mtls} onChange={(e) => s.setNamespaceSwitch(ns.name, { mtls: e.target.value as MtlsMode | 'off' })}>
            <option value="STRICT">STRICT</option>
            <option value="PERMISSIVE">PERMISSIVE</option>
            <option value="DISABLE">DISABLE</option>
            <option value="off">{t('inspector.mtlsOff')}</option>
          </select>
        </div>
      </div>
      <LabelsEditor key={JSON.stringify(ns.labels)} labels={ns.labels} hidden={['kubernetes.io/metadata.name']} onSave={(l) => sayRefusal(t, s.setLabels(ns.id, l))} />
      <AllowTrafficForm from={ns.id} />
      <button type="button" className="kpd-danger" onClick={() => s.removeNodes([ns.id])}>
        {t('inspector.delete')}
      </button>
    </div>
  );
}
