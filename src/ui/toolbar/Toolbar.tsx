// The toolbar: the registry's actions by group (one definition each, see src/ui/actions), then the extras'
// buttons. Accessible names are a contract (tests and other tools find the buttons by them).
import { useTranslation } from 'react-i18next';
import { useDesigner } from '../../store';
import { ActionButton, useActions, type ToolbarGroup } from '../actions';
import { AddClusterPolicy } from '../cluster/AddClusterPolicy';
import { ExtrasToolbar } from '../extras';
import { CompareButton } from '../compare';
import { ConfirmDialog } from '../layout/ConfirmDialog';

const GROUPS: ToolbarGroup[] = ['add', 'edit'];

function Group({ group }: { group: ToolbarGroup }) {
  const { registry } = useActions();
  return (
    <div className="kpd-toolgroup">
      {registry.toolbar(group).map((a) => (
        <ActionButton key={a.name} name={a.name} />
      ))}
    </div>
  );
}
import { ScaleTools } from '../scale/ScaleTools';

export function Toolbar() {
  const { t } = useTranslation();
  const dialog = useDesigner((s) => s.dialog);
  const openDialog = useDesigner((s) => s.openDialog);
  const newDesign = useDesigner((s) => s.newDesign);
  return (
    <div className="kpd-toolbar" role="toolbar" aria-label={t('shell.toolbar.label')}>
      {GROUPS.map((g) => (
        <Group key={g} group={g} />
      ))}
      <AddClusterPolicy />
      <CompareButton />
      <ScaleTools />
      <ExtrasToolbar />
      <Group group="help" />
      {dialog === 'newDesign' ? (
        <ConfirmDialog
          title={t('shell.newDesign.title')}
          body={t('shell.newDesign.body')}
          confirm={t('shell.newDesign.confirm')}
          cancel={t('shell.newDesign.cancel')}
          onConfirm={() => {
            newDesign();
            openDialog(undefined);
          }}
          onCancel={() => openDialog(undefined)}
        />
      ) : null}
    </div>
  );
}
