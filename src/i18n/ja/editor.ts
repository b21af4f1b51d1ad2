import type { Resources } from '../en';

export const editor: Resources['editor'] = {
  label: 'YAML エディター',
  textLabel: 'YAML テキスト',
  loading: 'エディターを読み込み中…',
  cursor: '{{line}} 行、{{col}} 列',
  noProblems: '問題はありません',
  errors_one: 'エラー {{count}} 件',
  errors_other: 'エラー {{count}} 件',
  warnings_one: '警告 {{count}} 件',
  warnings_other: '警告 {{count}} 件',
};
