// A small modal confirmation (role alertdialog) that traps nothing fancy: focus starts on Cancel, Escape cancels.
import { useEffect, useId, useRef } from 'react';

export function ConfirmDialog(props: { title: string; body: string; confirm: string; cancel: string; onConfirm(): void; onCancel(): void }) {
  const id = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions -- Escape anywhere inside the modal closes it (keys bubble here from its buttons)
    <div className="kpd-modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), props.onCancel())}>
      <div className="kpd-modal" role="alertdialog" aria-modal="true" aria-labelledby={`${id}-t`} aria-describedby={`${id}-b`}>
        <h2 id={`${id}-t`}>{props.title}</h2>
        <p id={`${id}-b`}>{props.body}</p>
        <div className="kpd-modal-actions">
          <button type="button" ref={cancelRef} onClick={props.onCancel}>
            {props.cancel}
          </button>
          <button type="button" className="kpd-danger" onClick={props.onConfirm}>
            {props.confirm}
          </button>
        </div>
      </div>
    </div>
  );
}
