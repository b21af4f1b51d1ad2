import type { Resources } from '../en';

export const examples: Resources['examples'] = {
  'three-pods': {
    title: '3 つの Pod: A は B からだけ受け付ける',
    explanation:
      'Pod a、b、c は同じネームスペース demo にあります。1 つの NetworkPolicy が a を選択し、受信 (ingress) の相手として b だけを列挙するので、a は受信について隔離されます。b は入れ、c は遮断されます。b と c を選択するポリシーはないので、誰からでも到達できるまま (表示は琥珀色) です。ポリシーが隔離するのは選択した Pod だけです。',
  },
  'database-tier': {
    title: 'データベース層: role=db は role=backend からの 5432 だけ受け付ける',
    explanation:
      'このポリシーは role=db ラベルのすべての Pod を選択し、同じネームスペースの role=backend ラベルの Pod からの TCP 5432 だけを許可します。フロントエンドは拒否され、バックエンドでも他のポートやプロトコルは拒否されます。namespaceSelector のない podSelector は、ポリシー自身のネームスペースの Pod を意味します。',
  },
  'namespace-isolation': {
    title: 'ネームスペースの隔離: production は production とだけ通信する',
    explanation:
      '空の podSelector は production のすべての Pod を選択し、受信の相手は自動ラベル kubernetes.io/metadata.name: production に対する namespaceSelector だけです。production の Pod 同士はどのポートでも通信でき、staging からは拒否されます。送信 (egress) は開いたままなので、production から外へは呼び出せます。',
  },
  shop: {
    title: '複数のネームスペースにまたがるショップ: デフォルト拒否と DNS',
    explanation:
      'frontend、auth、database はそれぞれ受信と送信をデフォルトで拒否し、kube-dns への DNS だけを許可します。auth-service は frontend ネームスペースからの HTTPS (443) だけを受け付け、呼び出せるのは database ネームスペースの 5432 だけです。両方向が隔離されているので、どの経路にも送信元の egress ルールと宛先の ingress ルールが必要です。両方あるところだけが緑になります。',
  },
  'istio-payments': {
    title: 'Istio: STRICT mTLS と、呼び出し元を 1 つに絞った決済サービス',
    explanation:
      'istio-system の PeerAuthentication がメッシュ全体の mTLS を STRICT にするので、legacy の batch (サイドカーなし) は拒否されます。payment-service には ALLOW の AuthorizationPolicy があり、ID cluster.local/ns/order/sa/order-service からの POST /api/payments だけが許可されます。他のサービスアカウント、メソッド、パスは拒否されます。メソッドとパスのない単純な TCP の問い合わせは「HTTP のみ」と表示されます。',
  },
  'platform-guardrails': {
    title: 'プラットフォームのガードレール：チームの NetworkPolicy を囲む Admin 層と Baseline 層',
    explanation:
      '3 つの ClusterNetworkPolicy がチームの枠を決めます。Admin 層では protect-payments（優先度 10）が shop/api から payments への通信を受け入れ、それ以外はどの NetworkPolicy よりも先に拒否します。delegate-to-teams（優先度 20）は shop への通信を shop チーム自身の NetworkPolicy に委ね（Pass）、そこでは web から api の 8080 だけが許可されます。Baseline 層の default-deny は、NetworkPolicy が決めない通信を拒否します：NetworkPolicy で分離されていない shop/web と tools です。通信の両端はそれぞれ独立に決まり、「なぜ？」はどの層が決めたかを示します。',
  },
  'mixed-layers': {
    title: 'レイヤーの判定が食い違う: NetworkPolicy と Istio',
    explanation:
      '接続はすべてのレイヤーを通過しなければなりません。api では NetworkPolicy が client を許可しますが、AuthorizationPolicy は admin の ID だけを許可するので、client は Istio に拒否されます。reports ではその逆で、Istio は client を許可しますが NetworkPolicy は admin だけを許可するため、client は Istio に届く前に拒否されます。各ペアの説明を開くと、レイヤーごとの判定が見られます。',
  },
  'deny-all': {
    title: 'レシピ: すべて拒否',
    explanation:
      'podSelector {} と policyTypes Ingress・Egress をルールなしで指定すると、ネームスペースのすべての Pod が両方向で隔離されます。何も入れず、DNS も含めて何も出られません。ここから始めて、必要なものだけを開けましょう。',
  },
  'allow-same-namespace': {
    title: 'レシピ: ネームスペース内はすべて許可',
    explanation:
      'team-a のすべての Pod が選択され、受信の相手 podSelector {} (namespaceSelector なし) は team-a 自身のすべての Pod を意味します。team-a の Pod 同士はどのポートでも通信でき、他のネームスペースの Pod は拒否されます。',
  },
  'deny-egress-except-dns': {
    title: 'レシピ: DNS 以外の送信をすべて拒否',
    explanation:
      'sandbox のすべての Pod の送信が隔離され、唯一のルールは kube-system の kube-dns への 53/UDP と 53/TCP を許可します (大きな応答では DNS は TCP を使います)。クラスター外のリゾルバーも含め、それ以外はすべて拒否されます。',
  },
  'internet-to-web': {
    title: 'レシピ: インターネットからは Web 層だけ',
    explanation:
      'default-deny-ingress ポリシーが site のすべての Pod を隔離し、もう 1 つのポリシーがあらゆるアドレス (ipBlock 0.0.0.0/0) から tier=web ラベルの Pod の 8080 への到達を許可します。api 層には外から到達できません。ipBlock が Pod のアドレスにも一致するかはネットワークプラグイン次第なので、Pod 間の通信は前提にしていません。',
  },
  'monitoring-scrape': {
    title: 'レシピ: 監視用ネームスペースがすべてのネームスペースのメトリクスポートを収集',
    explanation:
      'アプリケーションの各ネームスペースに同じ小さなポリシーを置きます。monitoring ネームスペースからの TCP 9090 だけの受信です。Prometheus はメトリクスを収集できますが、アプリケーションのポートには届かず、アプリケーションのネームスペース同士も通信できません。',
  },
};
