import type { Resources } from '../en';

export const matrix: Resources['matrix'] = {
  button: 'マトリクス',
  title: '通信マトリクス',
  label: '通信マトリクス',
  from: '送信元のネームスペース',
  to: '宛先のネームスペース',
  allNamespaces: 'すべてのネームスペース',
  collapse: '{{name}} を折りたたむ',
  expand: '{{name}} を展開',
  collapseAll: 'すべて折りたたむ',
  expandAll: 'すべて展開',
  exportCsv: 'CSV を書き出す',
  size: 'ワークロード {{count}} 件：行が送信元、列が宛先',
  hint: '矢印キーでセルを移動し、Enter またはクリックで「理由」にその組の説明を表示します。凡例のチェックボックスで種類を絞り込めます。',
  kinds: { allowed: '許可', unisolated: '開放', 'http-only': 'HTTP のみ', denied: '拒否' },
  count: '{{kind}} {{count}}',
  pairs_one: '{{count}} 組',
  pairs_other: '{{count}} 組',
  self: '同じワークロード',
  filtered: '凡例で非表示',
};
