// Opening a share link: the fragment is read once, removed from the address bar (a reload must not re-apply an
// old link over newer work), decoded defensively, and loaded as one undo step. The design that was there
// before (the autosave) is kept: one Undo away and in localStorage under PREVIOUS_KEY.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { decodeDesign, payloadOfFragment } from '../../share';
import { useDesignerApi } from '../../store';
import { useExtrasUi } from './ui-state';

export const PREVIOUS_KEY = 'kpd.share.previous.v1';

export function useSharedLinkOnLoad(): void {
  const api = useDesignerApi();
  const { t } = useTranslation();
  useEffect(() => {
    const payload = payloadOfFragment(window.location.hash);
    if (payload === undefined) return;
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    const before = api.getState();
    if (before.text.trim() !== '') {
      try {
        localStorage.setItem(PREVIOUS_KEY, JSON.stringify({ text: before.text, positions: before.positions, savedAt: Date.now() }));
      } catch {
        // Storage full: Undo still holds the previous design.
      }
    }
    const result = decodeDesign(payload);
    const ui = useExtrasUi.getState();
    if (result.ok) {
      void api.getState().openDesign(result.design.text, { positions: result.design.positions });
      const text = t('extras.share.opened');
      api.getState().notify(text);
      if (before.text.trim() !== '') ui.setBanner({ text, tone: 'info' });
    } else {
      api.getState().newDesign();
      const text = t('extras.share.bad', { reason: t(`extras.share.reason.${result.reason}`) });
      // The banner stays until dismissed; a second alert with the same words would only repeat it.
      ui.setBanner({ text, tone: 'error' });
    }
  }, [api, t]);
}
