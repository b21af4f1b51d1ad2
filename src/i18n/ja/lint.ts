// ページ上の lint 所見。コードは CLI と同じ (src/lint/codes.ts)、文面はその日本語訳。
import type { Resources } from '../en';

export const lint: Resources['lint'] = {
  codes: {
    KPD101: { message: '{{object}} はネームスペース {{namespace}} のどのワークロードも選択していません{{hint}}' },
    KPD102: {
      message: '{{object}} の {{path}} はマニフェスト内のどのワークロードにも一致しません{{hint}}',
      fix: 'このピアのラベルを、一致させたいネームスペースと Pod のラベルと照らし合わせてください',
    },
    KPD103: {
      message: '{{object}} の {{path}}: このルールの宛先 Pod はどれも "{{port}}" ({{protocol}}) という名前のコンテナーポートを宣言していないため、何にも一致しません',
      fix: '宛先 Pod のコンテナーポートに "{{port}}" という名前を付けるか、ポート番号を使ってください',
    },
    KPD104: {
      message:
        '{{workloads}} のエグレスは {{object}} で分離されていますが、DNS ({{missing}}、宛先 kube-system/kube-dns) を許可する NetworkPolicy がありません: 名前解決ができません',
      fix: 'DNS エグレスを追加: ネームスペース kube-system の k8s-app=kube-dns Pod への UDP と TCP の 53 番を許可します',
    },
    KPD105: {
      message:
        '{{object}} は拒否のような名前ですが、NetworkPolicy は許可しかできません: 選択する Pod はすべて別のポリシーですでに分離されているので、許可を足すだけです: {{admits}} を受け入れます',
      fix: '許可する内容に合わせて名前を変えるか、拒否したかった通信を受け入れているルールを削除してください',
    },
    KPD106: {
      message: '{{object}} の {{path}} は冗長です: {{other}} がこのルールの許可する通信をすべて許可しています',
      fix: '重複ルール {{path}} を削除',
    },
    KPD107: {
      message:
        'ネームスペース {{namespace}} には {{count}} 個のワークロードがあり NetworkPolicy がありませんが、ネームスペース {{others}} には NetworkPolicy があります: この Pod はどの通信も送受信できます',
      fix: 'ネームスペース {{namespace}} にデフォルト拒否の NetworkPolicy を追加し、必要な通信だけを許可してください',
    },
    KPD108: {
      message:
        '{{object}} の {{path}}: ipBlock {{cidr}} は {{workloads}} の Pod IP を含みます。ipBlock が Pod の通信に一致するかは実装依存で、kpd はクラスター外のアドレスにのみ適用します',
    },
    KPD109: { message: '{{object}} は hostNetwork を使っています: ホストネットワークの Pod を NetworkPolicy がどう扱うかは実装依存です' },
    KPD201: {
      message: '{{object}} は {{workloads}} に適用されますが、どれにも Istio サイドカーがありません: 強制されません',
      fix: 'ネームスペースに istio-injection=enabled ラベルを付ける (または Pod に sidecar.istio.io/inject: "true")、または NetworkPolicy で強制してください',
    },
    KPD202: { message: '{{object}} はどのワークロードも選択していません ({{selector}}){{hint}}' },
    KPD203: {
      message:
        '{{object}} の {{path}} は {{fields}} を必要としますが、{{workload}} のポート {{port}} の名前は "{{portName}}" で、Istio は TCP として扱います: このルールはそこでは決して一致しません',
      fix: 'このルールから HTTP のフィールドを外すか、Istio が HTTP と読むようにポート名を http-… にしてください',
    },
    KPD204: {
      message:
        '{{object}} の {{path}} は {{fields}} を指定していますが、{{workload}} のポート {{port}} の名前は "{{portName}}" で、Istio は TCP として扱います: TCP では DENY ルールは HTTP のフィールドを無視し、すべての接続を拒否します',
      fix: 'Istio が HTTP と読むようにポート名を http-… にするか、ports や送信元でルールを絞ってください',
    },
    KPD205: {
      message: '{{object}} には istio.io/dry-run: "true" が付いています: Istio は判定をログに残すだけで、何も強制しません',
      fix: 'ログを確認できたら istio.io/dry-run アノテーションを外してください',
    },
    KPD206: {
      message: '{{object}} は {{field}} を使っています: ゲートウェイとウェイポイントに付くもので、サイドカーのワークロードには適用されず、何も決めません',
      fix: 'サイドカーのワークロードに適用するには spec.selector を使ってください',
    },
    KPD207: { message: '{{object}} は CUSTOM ({{provider}}) です: 外部認可サーバーの判定は評価されません' },
    KPD301: {
      message: '{{object}} は {{target}} を STRICT にしていますが、{{callers}} (サイドカーなし) は NetworkPolicy で {{ports}} を許可されています: その平文の接続は拒否されます',
      fix: '呼び出し元をメッシュに入れるか、使うポートに PERMISSIVE (portLevelMtls) を設定してください',
    },
    KPD311: { message: '{{text}}' },
    KPD312: { message: '{{text}}' },
    KPD313: { message: '{{text}}' },
    KPD314: { message: '{{text}}' },
    KPD315: { message: '{{text}}' },
    KPD316: { message: '{{text}}' },
    KPD900: { message: '{{text}}' },
    KPD901: { message: '{{kind}} ({{apiVersion}}) は Kubernetes の種類ではありません{{hint}}: kind と apiVersion を確認してください' },
    KPD902: { message: '{{object}} ({{apiVersion}}) は保持されますが評価されません: 判定はこれを無視しますが、実際の通信を変える可能性があります' },
    KPD903: { message: '{{object}} ({{apiVersion}}) は保持されますが評価されません' },
  },
  hints: {
    namespaceName: '。ネームスペースには `{{key}}` ラベルがありません。`kubernetes.io/metadata.name` を使ってください (Kubernetes 1.22 以降すべてのネームスペースに付きます)',
    nearLabel: '。`{{key}}` ラベルを持つ {{what}} はありませんが、{{holder}} に `{{near}}: {{value}}` があります',
    wrongGroup: ' (この API グループには存在しません。apiVersion {{expected}} を使ってください)',
    nearValue: '。`{{key}}: {{value}}` を持つ {{what}} はありません (見つかった値: {{seen}})',
  },
  fixes: {
    'add-dns-egress': 'DNS エグレスを追加',
    'use-metadata-name': 'kubernetes.io/metadata.name を使う',
    'remove-rule': '重複ルールを削除',
  },
  severity: { error: 'エラー', warning: '警告', info: '情報' },
  yaml: 'YAML の読み取り',
  suggestion: '修正: {{fix}}',
  goTo: '{{line}} 行目へ移動',
};
