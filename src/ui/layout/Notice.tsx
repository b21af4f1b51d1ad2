// Short-lived messages from actions (errors such as an invalid name, "restored" notes).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { say } from '../../i18n/say';
import { useDesigner } from '../../store';

export function Notice() {
  const { t } = useTranslation();
  const notice = useDesigner((s) => s.notice);
  // The notice with this seq was dismissed or timed out; a new notice (a new seq) shows again.
  const [hidden, setHidden] = useState<number | undefined>();
  useEffect(() => {
    if (!notice) return;
    const t = setTimeout(() => setHidden(notice.seq), notice.tone === 'error' ? 8000 : 4000);
    return () => clearTimeout(t);
  }, [notice]);
  if (!notice || hidden === notice.seq) return null;
  return (
    <div className={`kpd-notice kpd-notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
      {notice.message ? say(t, notice.message, 'action') : notice.text}
      <button type="button" aria-label={t('shell.dismiss')} onClick={() => setHidden(notice.seq)}>
        ×
      </button>
    </div>
  );
}
