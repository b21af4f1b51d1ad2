import { useTranslation } from 'react-i18next';
import type { DesignExternal } from '../../model';
import { useDesigner } from '../../store';
import { AllowTrafficForm } from './AllowTrafficForm';

export function ExternalInspector({ ext }: { ext: DesignExternal }) {
  const { t } = useTranslation();
  const remove = useDesigner((s) => s.removeNodes);
  return (
    <div className="kpd-inspector">
      <p className="kpd-kind">{t('inspector.external')}</p>
      <p>
        {t('inspector.cidr')}: <code>{ext.cidr}</code>
        {ext.except.length > 0 ? <> · {t('inspector.except', { list: ext.except.join(', ') })}</> : null}
      </p>
      <AllowTrafficForm from={ext.id} />
      <button type="button" className="kpd-danger" onClick={() => remove([ext.id])}>
        {t('inspector.delete')}
      </button>
    </div>
  );
}
