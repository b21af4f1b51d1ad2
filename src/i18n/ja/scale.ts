import type { Resources } from '../en';

export const scale: Resources['scale'] = {
  collapse: 'ネームスペースを折りたたむ',
  present: 'プレゼン',
  find: {
    label: 'ワークロードを検索',
    placeholder: '検索… Ctrl+K',
    none: '見つかりません',
    kinds: { namespace: 'ネームスペース', workload: 'ワークロード', policy: 'ポリシー', external: 'クラスター外のアドレス' },
  },
  legend: {
    allowed: '許可',
    unisolated: '開放',
    'http-only': 'HTTP のみ',
    denied: '拒否',
  },
  collapsed: {
    workloads_one: 'ワークロード {{count}} 件',
    workloads_other: 'ワークロード {{count}} 件',
    expandHint: 'ダブルクリックで展開',
    edge: '{{from}} から {{to}}：{{counts}}',
  },
  short: {
    addNamespace: '+ ネームスペース',
    addWorkload: '+ ワークロード',
    addExternal: '+ 外部',
    autoLayout: 'レイアウト',
    showTraffic: '通信',
    newDesign: '新規',
    collapse: '折りたたむ',
  },
  more: 'その他のツール',
};
