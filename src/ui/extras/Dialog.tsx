// A modal on the native <dialog> element: the browser gives focus trapping, Escape and the dialog role.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function Dialog(props: { title: string; onClose(): void; children: ReactNode; wide?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { t } = useTranslation();
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      className={props.wide ? 'kpd-dialog kpd-dialog-wide' : 'kpd-dialog'}
      onCancel={(e) => {
        e.preventDefault();
        props.onClose();
      }}
    >
      <header className="kpd-dialog-header">
        <h2 id={titleId}>{props.title}</h2>
        <button type="button" onClick={props.onClose} aria-label={t('extras.common.close')}>
          ×
        </button>
      </header>
      {props.children}
    </dialog>
  );
}
