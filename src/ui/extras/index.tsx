// The extras in the shell: toolbar buttons (Import, Export, Examples, Lessons, Share, language) and their panels.
import { useTranslation } from 'react-i18next';
import { useExtrasUi } from './ui-state';
import { LanguageSwitch } from './LanguageSwitch';
import { Gallery } from './Gallery';
import { ImportDialog } from './ImportDialog';
import { ExportDialog } from './ExportDialog';
import { ShareDialog } from './ShareDialog';
import { DropZone } from './DropZone';
import { useSharedLinkOnLoad } from './useSharedLinkOnLoad';
import './extras.css';

export { LessonsPanel } from './LessonsPanel';
export { useExtrasUi } from './ui-state';

/** The extras' toolbar buttons ("Import", "Export", "Examples", "Lessons", "Share", language switch). */
export function ExtrasToolbar() {
  const { t } = useTranslation();
  const { open, toggleLessons, lessonsOpen } = useExtrasUi();
  return (
    <div className="kpd-extras-toolbar" role="group" aria-label={t('extras.toolbar.label')}>
      <button type="button" onClick={() => open('import')}>
        {t('extras.toolbar.import')}
      </button>
      <button type="button" onClick={() => open('export')}>
        {t('extras.toolbar.export')}
      </button>
      <button type="button" onClick={() => open('examples')}>
        {t('extras.toolbar.examples')}
      </button>
      <button type="button" aria-pressed={lessonsOpen} onClick={toggleLessons}>
        {t('extras.toolbar.lessons')}
      </button>
      <button type="button" onClick={() => open('share')}>
        {t('extras.toolbar.share')}
      </button>
      <LanguageSwitch />
    </div>
  );
}

/** The extras' dialogs (gallery, import/export/share dialogs, drop zone); the lessons panel docks in the main grid (App). */
export function ExtrasPanels() {
  useSharedLinkOnLoad();
  const { dialog, banner, setBanner } = useExtrasUi();
  const { t } = useTranslation();
  return (
    <>
      {banner ? (
        <div role={banner.tone === 'error' ? 'alert' : 'status'} className={`kpd-banner kpd-${banner.tone}`}>
          <span>{banner.text}</span>
          <button type="button" onClick={() => setBanner(undefined)} aria-label={t('extras.common.close')}>
            ×
          </button>
        </div>
      ) : null}
      {dialog === 'examples' ? <Gallery /> : null}
      {dialog === 'import' ? <ImportDialog /> : null}
      {dialog === 'export' ? <ExportDialog /> : null}
      {dialog === 'share' ? <ShareDialog /> : null}
      <DropZone />
    </>
  );
}
