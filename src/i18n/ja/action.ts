import type { Resources } from '../en';

const LABEL_SYNTAX = '63 文字以内の英数字、「-」「_」「.」で、先頭と末尾は英数字にしてください';

export const action: Resources['action'] = {
  object: { namespace: 'ネームスペース', workload: 'ワークロード', serviceAccount: 'サービスアカウント', source: '送信元', destination: '宛先' },
  stale: 'YAML にエラーがあります。先に修正してください（キャンバスは最後に有効だった版を表示しています）',
  name: {
    empty: '{{what}}の名前が空です',
    tooLong: '{{what}}の名前 "{{name}}" が 63 文字を超えています',
    invalid: '{{what}}の名前 "{{name}}" は英小文字・数字・「-」のみで、先頭と末尾は英小文字か数字にしてください',
  },
  label: {
    prefix: 'ラベルキー "{{key}}"：「/」の前の接頭辞は DNS サブドメイン（例：example.com）にしてください',
    key: `ラベルキー "{{key}}" は${LABEL_SYNTAX}`,
    text: 'ラベル "{{key}}" には文字列の値が必要です',
    value: `ラベル値 "{{value}}" は${LABEL_SYNTAX}`,
    metadataName: 'kubernetes.io/metadata.name は Kubernetes がネームスペースの名前（{{namespace}}）に設定します',
  },
  port: {
    name: '"{{name}}" はポート名として無効です（15 文字以内の英小文字・数字・単独の「-」で、英字を 1 つ以上含む）',
    protocol: 'プロトコル "{{protocol}}" は TCP、UDP、SCTP のいずれかにしてください',
    rangeStart: 'ポート範囲には開始ポートが必要です',
    rangeName: 'ポート範囲には名前 "{{name}}" ではなく番号が必要です',
    outOfRange: 'ポート {{port}} は範囲外です（1〜65535）',
    endPort: '終了ポート {{end}} は {{port}} から 65535 の間にしてください',
    twice: 'ポート {{port}} が 2 回指定されています',
    nameTwice: 'ポート名 "{{name}}" が 2 回使われています',
  },
  cidr: '"{{cidr}}" は CIDR ではありません（例：0.0.0.0/0、10.0.0.0/8）',
  cluster: {
    unknown: 'クラスターポリシー {{id}} はありません',
    kindName: 'クラスターポリシーの kind と名前は YAML エディターで変更してください',
    priority: '優先度 {{priority}} は範囲外です：0〜1000 を使ってください',
    needsPeer: '{{dir}}[{{index}}] には{{what}}が少なくとも 1 つ必要です',
    banpPass: 'BaselineAdminNetworkPolicy には Pass アクションがありません',
  },
  edge: {
    unknownEnd: '不明な{{what}} {{id}}',
    noLabels: '{{id}} にはラベルがないため、ポリシーで単独に選択できません。先にラベルを付けてください',
    sameLabels: '{{id}} は {{others}} と同じラベルです。先に固有のラベルを付けてください。そうしないとポリシーが両方に適用されます',
    noNamedPort: '{{id}} には "{{name}}" という名前の {{protocol}} ポートがありません',
    sameEnds: '接続には異なる 2 つの端点が必要です',
    twoOutside: 'クラスター外のアドレス同士の通信はクラスターでは制御できません',
    httpNeedsMesh: 'HTTP メソッドとパスは Istio が適用します。先に宛先をメッシュに入れてください',
    httpNeedsTcp: 'HTTP メソッドとパスには TCP ポートが必要です',
    notMethod: '"{{method}}" は HTTP メソッドではありません（GET、POST など）',
    notPath: '"{{path}}" は Istio のパスではありません（完全一致 "/a"、前方一致 "/a/*"、後方一致 "*.png"、または "*"）',
    alreadyReaches:
      '{{from}} はすでに {{cidr}} に到達できる可能性があります。送信を制限するものがありません。描いた通信だけを許可するには {{namespace}} で「デフォルト拒否」をオンにしてください',
    unknown: '接続 {{id}} はありません',
    handWritten: 'この接続は手書きの {{policies}} によるものです。YAML エディターで編集してください',
  },
  namespace: {
    unknown: '不明なネームスペース {{namespace}}',
    exists: 'ネームスペース "{{name}}" はすでに存在します',
    existsRename: 'ネームスペース {{name}} はすでに存在します',
    system: '{{namespace}} はシステムのネームスペースのため、名前を変更できません',
    handWrittenDefaultDeny: '{{namespace}} のデフォルト拒否は手書きの {{policies}} によるものです。YAML エディターで削除してください',
    handWrittenDns: '{{namespace}} の DNS は手書きの {{policies}} で許可されています。YAML エディターで削除してください',
  },
  workload: {
    unknown: '不明なワークロード {{id}}',
    exists: 'ワークロード "{{id}}" はすでに存在します',
    existsRename: 'ワークロード {{id}} はすでに存在します',
    nameTaken: 'ネームスペース {{namespace}} にはすでに {{name}} という名前のワークロードがあります',
    noManifest: '{{id}} のマニフェストが見つかりません',
    matchExpressions: '{{kind}} {{name}} は matchExpressions で Pod を選択しています。YAML エディターで spec.selector を変更してください',
    needsLabel: '{{kind}} が Pod を選択するには少なくとも 1 つのラベルが必要です',
    noContainer: '{{id}} にはポートを設定するコンテナーがありません',
  },
  external: {
    rename: 'クラスター外のアドレスは CIDR そのものです。新しく追加してください',
  },
  autosave: {
    failed: '自動保存に失敗しました（{{name}}）。作業内容はまだ残っていますが、このタブを閉じる前にエクスポートしてください',
    works: '自動保存が再び動作しています',
  },
};
