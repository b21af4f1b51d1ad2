// "Keyboard shortcuts" (`?`): every key binding of the registry, with the action's label, so the list can never
// disagree with what the keys do.
import { useTranslation } from 'react-i18next';
import { useDesigner } from '../../store';
import { keyLabel, useActions } from '../actions';
import { Dialog } from '../extras/Dialog';
import './shortcuts.css';

const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

export function ShortcutsDialog() {
  const { t } = useTranslation();
  const { registry } = useActions();
  const close = () => openDialog(undefined);
  const openDialog = useDesigner((s) => s.openDialog);
  const mac = isMac();
  const bound = registry.all.filter((a) => a.keys && a.keys.length > 0);
  return (
    <Dialog title={t('actions.shortcuts.title')} onClose={close}>
      <p className="kpd-help">{t('actions.shortcuts.intro')}</p>
      <table className="kpd-shortcuts">
        <thead>
          <tr>
            <th scope="col">{t('actions.shortcuts.action')}</th>
            <th scope="col">{t('actions.shortcuts.keys')}</th>
          </tr>
        </thead>
        <tbody>
          {bound.map((a) => (
            <tr key={a.name} data-action={a.name}>
              <th scope="row">{t(a.label)}</th>
              <td>
                {a.keys!.map((k, i) => (
                  <span key={i}>
                    {i > 0 ? <span className="kpd-shortcut-or"> {t('actions.shortcuts.or')} </span> : null}
                    <kbd>{keyLabel(k, mac)}</kbd>
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
