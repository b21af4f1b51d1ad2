import type { Resources } from '../en';

export const actions: Resources['actions'] = {
  deleteSelection: '選択したものを削除',
  clearSelection: '選択を解除',
  shortcuts: {
    title: 'キーボードショートカット',
    intro: 'これらのキーは入力欄で入力している間を除き、どこでも使えます。YAML エディターでも、元に戻す・やり直すは同じキーです。',
    action: '操作',
    keys: 'キー',
    or: 'または',
  },
};
