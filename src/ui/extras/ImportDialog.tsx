import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sayDiagnostic } from '../../i18n/say';
import { formatDiagnostic, type Diagnostic } from '../../model';
import { planImport } from '../../io';
import { readFiles } from '../../io/browser';
import { useDesignerApi } from '../../store';
import { Dialog } from './Dialog';
import { useExtrasUi } from './ui-state';

const ACCEPT = '.yaml,.yml,.json,.zip';

export function ImportDialog() {
  const { t } = useTranslation();
  const api = useDesignerApi();
  const { staged, stage, close } = useExtrasUi();
  const [pasted, setPasted] = useState('');
  const [busy, setBusy] = useState(false);
  const filesRef = useRef<HTMLInputElement>(null);
  const folderRef = useRef<HTMLInputElement>(null);

  const readChosen = async (list: FileList | null) => {
    if (!list) return;
    setBusy(true);
    try {
      stage(planImport(await readFiles(list)));
    } finally {
      setBusy(false);
    }
  };
  // Both numbers are pluralised: "1 document from 1 file", "4 documents from 3 files".
  const counts = (plan: { documents: number; files: number }) => ({
    count: plan.documents,
    files: t('extras.import.fileCount', { count: plan.files }),
  });
  const confirm = async () => {
    if (!staged) return;
    const plan = staged;
    close();
    await api.getState().openDesign(plan.text);
    api.getState().notify(t('extras.import.done', counts(plan)));
  };
  // file:line:col: severity: as the CLI prints it, with the reader's sentence in the page's language.
  const said = (d: Diagnostic) => formatDiagnostic({ ...d, message: sayDiagnostic(t, d) });
  const errors = staged?.diagnostics.filter((d) => d.severity === 'error') ?? [];
  const others = staged?.diagnostics.filter((d) => d.severity !== 'error') ?? [];

  return (
    <Dialog title={t('extras.import.title')} onClose={close} wide>
      <div className="kpd-row">
        <button type="button" onClick={() => filesRef.current?.click()}>
          {t('extras.import.chooseFiles')}
        </button>
        <button type="button" onClick={() => folderRef.current?.click()}>
          {t('extras.import.chooseFolder')}
        </button>
        <input ref={filesRef} type="file" multiple accept={ACCEPT} hidden data-testid="import-files" onChange={(e) => void readChosen(e.currentTarget.files)} />
        <input
          ref={folderRef}
          type="file"
          multiple
          hidden
          data-testid="import-folder"
          {...{ webkitdirectory: '', directory: '' }}
          onChange={(e) => void readChosen(e.currentTarget.files)}
        />
      </div>
      <p className="kpd-help">{t('extras.import.dropHint')}</p>
      <label className="kpd-stack">
        {t('extras.import.paste')}
        <textarea
          value={pasted}
          onChange={(e) => setPasted(e.currentTarget.value)}
          rows={6}
          spellCheck={false}
          placeholder="kubectl get ns,pods,deploy,sa,netpol,peerauthentication,authorizationpolicy -A -o yaml"
        />
      </label>
      <button type="button" disabled={pasted.trim() === ''} onClick={() => stage(planImport([{ file: t('extras.import.pasted'), text: pasted }]))}>
        {t('extras.import.readPasted')}
      </button>
      {busy ? <p role="status">{t('extras.import.reading')}</p> : null}
      {staged ? (
        <section aria-label={t('extras.import.summary', counts(staged))} className="kpd-plan">
          {staged.documents === 0 ? <p role="alert">{t('extras.import.nothing')}</p> : <p>{t('extras.import.summary', counts(staged))}</p>}
          {errors.length ? (
            <>
              <p>{t('extras.import.dropped', { count: staged.dropped })}</p>
              <ul className="kpd-diagnostics" aria-label={t('extras.import.errorsList')}>
                {errors.map((d, i) => (
                  <li key={i}>{said(d)}</li>
                ))}
              </ul>
            </>
          ) : null}
          {others.length ? (
            <>
              <p>{t('extras.import.notes')}</p>
              <ul className="kpd-diagnostics kpd-notes" aria-label={t('extras.import.notesList')}>
                {others.map((d, i) => (
                  <li key={i}>{said(d)}</li>
                ))}
              </ul>
            </>
          ) : null}
          {staged.skipped.length ? <p>{t('extras.import.skipped', { files: staged.skipped.join(', ') })}</p> : null}
          {staged.documents > 0 ? (
            <>
              <p>{t('extras.import.confirm')}</p>
              <button type="button" onClick={() => void confirm()}>
                {t('extras.common.replace')}
              </button>
            </>
          ) : null}
          <button type="button" onClick={close}>
            {t('extras.common.cancel')}
          </button>
        </section>
      ) : null}
    </Dialog>
  );
}
