import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_LINK_LENGTH, shareLink } from '../../share';
import { YAML_NAME } from '../../io';
import { copyText, download } from '../../io/browser';
import { useDesignerApi } from '../../store';
import { Dialog } from './Dialog';
import { useExtrasUi } from './ui-state';

export function ShareDialog() {
  const { t } = useTranslation();
  const api = useDesignerApi();
  const close = useExtrasUi((s) => s.close);
  const [message, setMessage] = useState<{ text: string; tone: 'info' | 'error' }>();
  // The link is made once when the dialog opens: the design as it is now.
  const link = useMemo(() => {
    const { text, positions } = api.getState();
    return shareLink(window.location.href, { text, positions });
  }, [api]);
  const size = (link.length / 1024).toFixed(1);
  const tooLarge = link.length > MAX_LINK_LENGTH;

  const copy = async () => {
    const ok = await copyText(link);
    setMessage(ok ? { text: t('extras.share.copied'), tone: 'info' } : { text: t('extras.share.copyFailed'), tone: 'error' });
  };

  return (
    <Dialog title={t('extras.share.title')} onClose={close}>
      <p>{t('extras.share.intro')}</p>
      {tooLarge ? (
        <>
          <p role="alert">{t('extras.share.tooLarge', { size })}</p>
          <button type="button" onClick={() => download(YAML_NAME, new Blob([api.getState().text], { type: 'application/yaml' }))}>
            {t('extras.share.exportInstead')}
          </button>
        </>
      ) : (
        <>
          <label className="kpd-stack">
            {t('extras.share.link')}
            <input type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
          </label>
          <p className="kpd-help">{t('extras.share.size', { size })}</p>
          <button type="button" onClick={() => void copy()}>
            {t('extras.share.copy')}
          </button>
        </>
      )}
      {message ? (
        <p role={message.tone === 'error' ? 'alert' : 'status'} className={`kpd-message kpd-${message.tone}`}>
          {message.text}
        </p>
      ) : null}
    </Dialog>
  );
}
