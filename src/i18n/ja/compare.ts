import type { Resources } from '../en';

export const compare: Resources['compare'] = {
  button: '比較',
  title: '比較',
  pick: '基準を選んでください: それ以降に変わった通信だけを表示します。',
  against: '{{label}} からの変更',
  baseline: '基準',
  source: {
    now: '現在のデザイン',
    nowAt: '{{time}} 時点のデザイン',
    files: 'ファイルを読み込む…',
    export: '前回のエクスポート',
    link: '共有リンク',
    linkLabel: '比較する共有リンク',
    useLink: 'リンクを使う',
  },
  unreadable: '{{label}} には YAML のエラーがあるため基準にできません',
  badLink: 'Kube Policy Designer の共有リンクではありません (または壊れています)',
  noExport: 'このブラウザーからはまだエクスポートされていません',
  count_one: '{{count}} 件の変更',
  count_other: '{{count}} 件の変更',
  changes: '変わった接続',
  kind: { allowed: '許可', unisolated: '開放 (分離なし)', httpOnly: 'HTTP のみ', denied: '拒否' },
  edge: {
    opened: '新たに許可 {{from}} から {{to}} {{ports}}',
    closed: '新たに拒否 {{from}} から {{to}} {{ports}}',
    changed: '変更 {{from}} から {{to}} {{ports}}',
  },
  exportMd: 'Markdown でエクスポート',
  stop: '比較をやめる',
};
