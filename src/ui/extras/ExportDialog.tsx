import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportZip, YAML_NAME, ZIP_NAME } from '../../io';
import { copyText, download } from '../../io/browser';
import { diagramElement, diagramImage } from '../../io/image';
import { useDesigner, useDesignerApi } from '../../store';
import { Dialog } from './Dialog';
import { LAST_EXPORT_KEY } from '../compare/state';
import { useExtrasUi } from './ui-state';

export function ExportDialog() {
  const { t } = useTranslation();
  const api = useDesignerApi();
  const close = useExtrasUi((s) => s.close);
  const stale = useDesigner((s) => s.stale);
  const [message, setMessage] = useState<{ text: string; tone: 'info' | 'error' }>();
  const [manualCopy, setManualCopy] = useState<string>();
  const text = () => api.getState().text;
  /** The exported YAML is remembered as a Compare baseline ("the last export"). */
  const exported = () => {
    const t = text();
    try {
      localStorage.setItem(LAST_EXPORT_KEY, t);
    } catch {
      // Storage full or blocked: Compare then says there is no export.
    }
    return t;
  };

  const copy = async () => {
    if (await copyText(text())) setMessage({ text: t('extras.export.copied'), tone: 'info' });
    else {
      setManualCopy(text());
      setMessage({ text: t('extras.export.copyFailed'), tone: 'error' });
    }
  };
  const image = async (format: 'png' | 'svg') => {
    const el = diagramElement();
    if (!el) return setMessage({ text: t('extras.export.noCanvas'), tone: 'error' });
    try {
      download(`kube-policy-designer.${format}`, await diagramImage(el, format));
    } catch (e) {
      setMessage({ text: t('extras.export.imageFailed', { error: e instanceof Error ? e.message : String(e) }), tone: 'error' });
    }
  };

  return (
    <Dialog title={t('extras.export.title')} onClose={close}>
      <ul className="kpd-actions">
        <li>
          <button type="button" onClick={() => download(YAML_NAME, new Blob([exported()], { type: 'application/yaml' }))}>
            {t('extras.export.yaml')}
          </button>
          <span className="kpd-help">{t('extras.export.yamlHelp')}</span>
        </li>
        <li>
          <button type="button" onClick={() => download(ZIP_NAME, new Blob([exportZip(exported()) as BlobPart], { type: 'application/zip' }))}>
            {t('extras.export.zip')}
          </button>
          <span className="kpd-help">{t('extras.export.zipHelp')}</span>
          {stale ? <p className="kpd-warning">{t('extras.export.hasErrors')}</p> : null}
        </li>
        <li>
          <button type="button" onClick={() => void copy()}>
            {t('extras.export.clipboard')}
          </button>
        </li>
        <li>
          <button type="button" onClick={() => void image('png')}>
            {t('extras.export.png')}
          </button>
          <button type="button" onClick={() => void image('svg')}>
            {t('extras.export.svg')}
          </button>
          <span className="kpd-help">{t('extras.export.imageHelp')}</span>
        </li>
      </ul>
      {message ? (
        <p role={message.tone === 'error' ? 'alert' : 'status'} className={`kpd-message kpd-${message.tone}`}>
          {message.text}
        </p>
      ) : null}
      {manualCopy !== undefined ? <textarea readOnly value={manualCopy} rows={8} aria-label="YAML" onFocus={(e) => e.currentTarget.select()} /> : null}
    </Dialog>
  );
}
