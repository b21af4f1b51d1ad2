// Files or a folder dropped anywhere on the page are read and staged in the import dialog (never loaded
// without the user's confirmation there).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planImport } from '../../io';
import { filesOfDrop, readFiles } from '../../io/browser';
import { useExtrasUi } from './ui-state';

const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');

export function DropZone() {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setOver(true);
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const overHandler = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const drop = async (e: DragEvent) => {
      if (!hasFiles(e) || !e.dataTransfer) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      const plan = planImport(await readFiles(await filesOfDrop(e.dataTransfer)));
      const ui = useExtrasUi.getState();
      ui.open('import');
      ui.stage(plan);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', overHandler);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', overHandler);
      window.removeEventListener('drop', drop);
    };
  }, []);
  return over ? (
    <div className="kpd-drop-overlay" aria-hidden="true">
      {t('extras.import.dropOverlay')}
    </div>
  ) : null;
}
