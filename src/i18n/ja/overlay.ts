import type { Resources } from '../en';

export const overlay: Resources['overlay'] = {
  legend: '凡例',
  kinds: {
    allowed: 'ポリシーで許可',
    unisolated: '何も隔離していないため許可（要注意）',
    'http-only': '条件に合う HTTP リクエストのみ許可',
    denied: '拒否',
  },
  headline: { allowed: '許可', unisolated: '開放', 'http-only': 'HTTP のみ', denied: '拒否' },
  headlineHint: {
    unisolated: '宛先で判定するものがないため通過しています',
    'http-only': '通常の接続としては拒否、条件に合う HTTP リクエストは許可',
  },
  trafficName: '通信 {{from}} → {{to}}：{{kind}}',
  kindNames: { allowed: '許可', unisolated: '開放', 'http-only': 'HTTP のみ', denied: '拒否' },
  analysing: '解析中…',
  updated: '通信を更新しました（{{ms}} ms）',
  selectHint: 'ワークロードを選択すると、その送受信の通信を表示します（{{count}} 個のワークロード: 全ペアは読めません）。',
  explain: {
    title: '理由',
    pair: '{{from}} から {{to}}',
    port: 'ポート {{port}}',
    layers: { egress: '送信元での Egress', ingress: '宛先での Ingress', mtls: 'mTLS（PeerAuthentication）', authz: '認可（AuthorizationPolicy）' },
    decisions: { allowed: '許可', unisolated: '隔離なし', denied: '拒否', skipped: '対象外', unknown: '未評価' },
    notes: '補足',
    close: '説明を閉じる',
    noEndpoint: '説明はワークロードと外部アドレスの間で表示できます。',
  },
  test: {
    title: '接続をテスト',
    from: '送信元（ns/名前 または IP）',
    to: '宛先（ns/名前 または IP）',
    port: 'ポート',
    protocol: 'プロトコル',
    method: 'HTTP メソッド（任意）',
    path: 'HTTP パス（任意）',
    run: 'テスト',
    argument: { from: '送信元', to: '宛先', port: 'ポート', protocol: 'プロトコル', method: 'メソッド', path: 'パス' },
  },
};
