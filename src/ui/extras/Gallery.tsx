import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXAMPLES, describeQuery, type Example } from '../../examples';
import { useDesignerApi } from '../../store';
import { Dialog } from './Dialog';
import { hasWork } from './open-design';
import { useExtrasUi } from './ui-state';

export function Gallery() {
  const { t } = useTranslation();
  const api = useDesignerApi();
  const close = useExtrasUi((s) => s.close);
  const [pending, setPending] = useState<Example>();
  const title = (e: Example) => t(`examples.${e.id}.title`);

  const open = async (e: Example) => {
    setPending(undefined);
    close();
    await api.getState().openDesign(e.manifests);
    api.getState().setShowTraffic(true);
    api.getState().notify(t('extras.gallery.opened', { title: title(e) }));
  };
  const ask = (e: Example) => (hasWork(api) ? setPending(e) : void open(e));

  const section = (group: Example['group'], heading: string) => (
    <section aria-label={heading}>
      <h3>{heading}</h3>
      <ul className="kpd-gallery">
        {EXAMPLES.filter((e) => e.group === group).map((e) => (
          <li key={e.id} className="kpd-card" data-example={e.id}>
            <h4>{title(e)}</h4>
            <p>{t(`examples.${e.id}.explanation`)}</p>
            <p className="kpd-try">
              {t('extras.gallery.try', {
                query: describeQuery(e.known[0]),
                verdict: t(e.known[0].allowed ? 'extras.gallery.allowed' : 'extras.gallery.denied'),
              })}
            </p>
            <button type="button" aria-label={t('extras.gallery.openNamed', { title: title(e) })} onClick={() => ask(e)}>
              {t('extras.gallery.open')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );

  return (
    <Dialog title={t('extras.gallery.title')} onClose={close} wide>
      <p>{t('extras.gallery.intro')}</p>
      {pending ? (
        <div role="alertdialog" aria-label={t('extras.gallery.confirmTitle')} className="kpd-confirm">
          <p>{t('extras.gallery.confirmBody', { title: title(pending) })}</p>
          {/* eslint-disable-next-line jsx-a11y/no-autofocus -- an alert dialog moves focus to its default action (WAI-ARIA APG, alertdialog) */}
          <button type="button" onClick={() => void open(pending)} autoFocus>
            {t('extras.common.replace')}
          </button>
          <button type="button" onClick={() => setPending(undefined)}>
            {t('extras.common.cancel')}
          </button>
        </div>
      ) : null}
      {section('example', t('extras.gallery.scenarios'))}
      {section('recipe', t('extras.gallery.recipes'))}
    </Dialog>
  );
}
