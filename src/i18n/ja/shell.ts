import type { Resources } from '../en';

export const shell: Resources['shell'] = {
  toolbar: {
    label: 'デザイナーのツール',
    addNamespace: 'ネームスペースを追加',
    addWorkload: 'ワークロードを追加',
    addExternal: '外部を追加',
    undo: '元に戻す',
    redo: 'やり直す',
    autoLayout: '自動レイアウト',
    showTraffic: '通信を表示',
    newDesign: '新しいデザイン',
  },
  newDesign: {
    title: '現在のデザインを破棄しますか？',
    body: 'キャンバスとエディターの内容はすべて空のデザインに置き換わります。あとで元に戻すこともできます。',
    confirm: '破棄して新規作成',
    cancel: 'キャンセル',
  },
  stale: 'YAML にエラーがあります。キャンバスは最後に有効だった版を表示しています',
  canvas: {
    label: 'キャンバス',
    empty: '「ネームスペースを追加」から始めるか、例を開くか、エディターに YAML を貼り付けてください。キャンバスをダブルクリックするとネームスペースを追加できます。',
    handWritten: '手書き',
    allPorts: '全ポート',
    defaultDeny: 'デフォルト拒否',
    mtls: 'mTLS {{mode}}',
    sidecar: 'サイドカー',
    noSidecar: 'サイドカーなし',
    internet: 'インターネット',
    except: '除外 {{list}}',
    sa: 'SA: {{sa}}',
    noPorts: 'ポート宣言なし',
  },
  connect: {
    title: '{{from}} → {{to}} を許可',
    ports: 'ポート（例: 8080/TCP, 53/UDP。空欄 = 全ポート）',
    allow: '許可',
    cancel: 'キャンセル',
    badPort: '「{{value}}」はポートではありません。8080、8080/TCP、http のように書いてください',
  },
  panels: {
    inspector: 'インスペクター',
    problems: '問題',
    noProblems: 'YAML に問題はありません。',
    resize: '{{panel}} の幅を変更',
  },
};
