import type { Resources } from '../en';

export const lessons: Resources['lessons'] = {
  zeroTrust: {
    title: 'NetworkPolicy でゼロトラスト',
    intro: 'すべて開いた状態から始め、すべてを拒否し、ショップに必要な経路 (DNS、web → api、api → db) だけを開けます。',
    steps: {
      open: {
        title: 'すべてが開いている',
        goal: 'ショップを読み込みます: ネームスペース shop に web・api・db、kube-system に kube-dns。NetworkPolicy がないので、どのペアも琥珀色です (何も隔離していないから許可されているだけ)。',
        hint: '「やってみせて」で開始時のデザインを読み込み、「Show traffic」をオンにしてください。',
      },
      defaultDeny: {
        title: 'デフォルト拒否',
        goal: 'shop のすべての経路を赤にします: shop のすべての Pod の受信と送信を、DNS も含めて拒否してください。',
        hint: 'ネームスペース shop の「Default deny」をオンにするか、podSelector {} と policyTypes Ingress・Egress の NetworkPolicy を追加します。',
      },
      dns: {
        title: 'DNS を許可',
        goal: 'shop のすべての Pod が kube-dns の 53/UDP (と 53/TCP) に届くようにします。web → api は拒否のままです。',
        hint: 'shop の「Allow DNS」をオンにするか、ネームスペース kube-system・Pod k8s-app=kube-dns・ポート 53 UDP と TCP への egress ルールを追加します。',
      },
      webToApi: {
        title: 'web → api の 8080',
        goal: 'api に届くのは web からの 8080 だけにします: web → api 8080 は緑、db → api と他のポートは赤です。',
        hint: 'web から api へポート 8080/TCP の矢印を描きます。デフォルト拒否の下では、web の egress ルールと api の ingress ルールの両方が必要です。',
      },
      apiToDb: {
        title: 'api → db の 5432',
        goal: 'api から db の 5432 へ届くようにし、他からは db に届かないようにします。web → db は赤のままです。',
        hint: 'api から db へポート 5432/TCP の矢印を描きます。',
      },
    },
  },
  adminTiers: {
    title: 'クラスターのガードレール：管理者向けの層',
    intro: 'チームの NetworkPolicy の上と下に ClusterNetworkPolicy を置き、通信の両端をどの層が決めるかを確かめます。',
    steps: {
      open: {
        title: 'すべてを受け入れるチーム',
        goal: 'デザインを読み込みます：prod/db、dev/web、legacy/old。prod チームの NetworkPolicy はすべてのネームスペースを受け入れるので、legacy/old は db の 5432 に届きます。',
        hint: '「やってみせて」で開始時のデザインを読み込みます。',
      },
      adminDeny: {
        title: 'Admin 層の Deny',
        goal: 'prod の NetworkPolicy が何と言おうと legacy を締め出します：legacy/old → prod/db 5432 は拒否、dev/web → prod/db は許可のままです。',
        hint: '「クラスターポリシーを追加」→ Admin 層。対象はネームスペース env=prod、受信ルールでネームスペース team=legacy からを Deny。',
      },
      baseline: {
        title: 'Baseline 層の既定拒否',
        goal: 'NetworkPolicy が決めない通信を拒否します：dev/web → legacy/old 8080 は Baseline 層で拒否されますが、dev/web → prod/db は許可のままです。prod の NetworkPolicy が db を分離しているので、Baseline 層は参照されません。',
        hint: '「クラスターポリシーを追加」→ Baseline 層。対象はすべてのネームスペース、受信ルールですべてのネームスペースからを Deny。',
      },
      priority: {
        title: '優先度の小さいほうが先',
        goal: '移行期間を設けます：優先度 5 の Admin 層 Accept が、優先度 10 の Deny より先に legacy/old から prod/db への通信を受け入れます。',
        hint: '優先度 5 の 2 つ目の Admin 層 ClusterNetworkPolicy：対象は env=prod、ネームスペース team=legacy の Pod app=old からを Accept。',
      },
    },
  },
  istioOnTop: {
    title: 'NetworkPolicy の上に Istio',
    intro: 'STRICT mTLS をオンにし、api を 1 つの ID と 1 種類のリクエストに絞り、NetworkPolicy と Istio の両方の許可が必要なことを確かめます。',
    steps: {
      open: {
        title: 'レガシーなクライアントがいるメッシュ',
        goal: 'デザインを読み込みます: shop に web・worker・api (サイドカー注入あり)、legacy にサイドカーのない batch。メッシュはデフォルト (PERMISSIVE) で平文も受け付けるので、batch はまだ api に届きます。',
        hint: '「やってみせて」で開始時のデザインを読み込みます。',
      },
      strict: {
        title: 'mTLS を STRICT に',
        goal: '平文を拒否します: batch → api 8080 は mTLS で拒否され、web → api 8080 は許可のままです。',
        hint: 'istio-system に mtls.mode STRICT の PeerAuthentication (名前 default) を追加します (または「Istio mTLS」を STRICT に)。',
      },
      authz: {
        title: '1 つの ID、1 種類のリクエスト',
        goal: 'api が受け付けるのをサービスアカウント web からの GET /api/orders だけにします: web の GET は許可、web の POST と worker の GET は拒否です。',
        hint: 'app=api を選択する ALLOW の AuthorizationPolicy: from principals cluster.local/ns/shop/sa/web、to methods GET・paths /api/orders。',
      },
      netpolToo: {
        title: 'NetworkPolicy の許可も必要',
        goal: 'api には worker からの 8080 だけを許可する NetworkPolicy を追加します。すると web の GET /api/orders は Istio が許可しても NetworkPolicy に拒否され、worker は NetworkPolicy が許可しても Istio に拒否されます。',
        hint: 'app=api を選択し、podSelector app=worker からの TCP 8080 の ingress ルールを 1 つ持つ NetworkPolicy です。',
      },
      bothAllow: {
        title: '両方のレイヤーが一致',
        goal: 'NetworkPolicy でも web を許可します: web の GET /api/orders は両方のレイヤーで許可され、worker は引き続き Istio に拒否されます。',
        hint: 'api の NetworkPolicy の ingress ルールに 2 つ目の相手 podSelector app=web を追加します。',
      },
    },
  },

  dnsEgress: {
    title: 'エグレスを絞ったあとの DNS',
    intro: 'Pod のエグレスを分離すると DNS も止まります: lint は KPD104 を報告します。kube-dns への UDP と TCP の 53 番を許可しましょう。',
    steps: {
      cut: {
        title: 'web は api に届くが DNS には届かない',
        goal: 'デザインを読み込みます: エグレスポリシーは web から api の 8080 番だけを許可するので、web → kube-dns 53/UDP は拒否され、lint は KPD104 を報告します。',
        hint: '「やってみせて」を押し、「問題」パネルの KPD104 を読んでください。',
      },
      fixed: {
        title: 'DNS を許可する',
        goal: 'web → api の許可はそのままに、web から kube-system/kube-dns の 53/UDP と 53/TCP に届くようにします: KPD104 が消えます。',
        hint: '「問題」パネルの「DNS エグレスを追加」を押すか、ネームスペース kube-system・ Pod k8s-app=kube-dns・ポート 53 UDP と TCP へのエグレスルールを追加してください。',
      },
    },
  },
  namespaceLabels: {
    title: 'ラベルでネームスペースを選ぶ',
    intro: 'ネームスペースに付くのは name ではなく kubernetes.io/metadata.name です: `name` で選ぶ namespaceSelector は何にも一致しません (KPD102)。',
    steps: {
      nameLabel: {
        title: '何にも一致しないセレクター',
        goal: 'デザインを読み込みます: api は name=legacy ラベルのネームスペースを受け入れますが、そのラベルを持つネームスペースはないため legacy/batch → shop/api は拒否され、lint は KPD102 を報告します。',
        hint: '「やってみせて」を押してください。「問題」パネルが足りないラベルを説明します。',
      },
      metadataName: {
        title: 'kubernetes.io/metadata.name を使う',
        goal: 'すべてのネームスペースにあるラベルで legacy/batch を shop/api に受け入れます: イングレスが許可し、KPD102 が消えます。',
        hint: '「問題」パネルの「kubernetes.io/metadata.name を使う」を押すか、キー `name` を `kubernetes.io/metadata.name` に変えてください。',
      },
    },
  },
  denyNames: {
    title: '許可してしまう「拒否」',
    intro: 'NetworkPolicy は許可しかできません。すでに分離された Pod に付けた disable-connection-a-c は c を受け入れます (KPD105)。',
    steps: {
      misnamed: {
        title: 'disable-connection-a-c が c を受け入れる',
        goal: 'デザインを読み込みます: a は b を受け入れ、disable-connection-a-c は c を送信元として a を選択するので c → a は許可され、lint は KPD105 を報告します。',
        hint: '「やってみせて」を押し、「通信を表示」をオンにして c → a を見てください。',
      },
      removed: {
        title: '許可しないことで拒否する',
        goal: 'b → a は許可のまま、c → a を拒否にします: KPD105 が消えます。',
        hint: 'ポリシー disable-connection-a-c を削除してください: a は a-from-b で分離されているので、許可されないものは拒否されます。',
      },
    },
  },
  defaultDenyPerNamespace: {
    title: 'すべてのネームスペースにデフォルト拒否を',
    intro: 'NetworkPolicy が一つもないネームスペースは、ほかが閉じていても開いたままです (KPD107)。',
    steps: {
      oneTeam: {
        title: 'team-b が忘れた',
        goal: 'デザインを読み込みます: team-a にはデフォルト拒否があり team-b にはないので、team-a → team-b は開いたまま (黄) で、lint は KPD107 を報告します。',
        hint: '「やってみせて」を押し、「通信を表示」をオンにしてください。',
      },
      everyTeam: {
        title: 'すべてのネームスペースを分離',
        goal: 'team-b でもイングレスをデフォルトで拒否します: team-a → team-b は拒否され、KPD107 が消えます。',
        hint: 'team-b の「デフォルト拒否」をオンにするか、podSelector {} と policyTypes Ingress の NetworkPolicy を追加してください。',
      },
    },
  },
  strictOutsideMesh: {
    title: 'STRICT mTLS とメッシュ外の呼び出し元',
    intro: 'サイドカーのない呼び出し元は平文しか話せません: NetworkPolicy が許可していても STRICT は拒否します (KPD301)。',
    steps: {
      rejected: {
        title: '許可されたのに拒否される',
        goal: 'デザインを読み込みます: NetworkPolicy は legacy/batch を pay/api に受け入れますが、STRICT mTLS がその平文を拒否し、lint は KPD301 を報告します。',
        hint: '「やってみせて」を押し、legacy/batch → pay/api 8080 の説明を見てください。',
      },
      permissivePort: {
        title: '呼び出し元のポートだけ PERMISSIVE に',
        goal: 'legacy/batch が pay/api の 8080 番に届くようにし、ほかは STRICT のままにします: KPD301 が消えます。',
        hint: 'PeerAuthentication に portLevelMtls 8080: PERMISSIVE を加え、NetworkPolicy のルールをポート 8080 に絞るか、batch をメッシュに入れてください。',
      },
    },
  },
  httpFieldsOnTcp: {
    title: 'TCP ポートに HTTP のフィールド',
    intro: 'Istio が TCP と読むポートにはメソッドがありません: methods を持つ DENY ルールはすべての接続を拒否します (KPD204)。',
    steps: {
      deniesAll: {
        title: 'DENY DELETE がデータベースのポートを塞ぐ',
        goal: 'デザインを読み込みます: api の DENY methods DELETE は web → api 5432 (TCP と読まれるポート tcp-db) も拒否し、lint は KPD204 を報告します。',
        hint: '「やってみせて」を押し、pay/web → pay/api 5432 の説明を見てください。',
      },
      httpPortOnly: {
        title: 'ルールを HTTP のポートに絞る',
        goal: '8080 番の DELETE は拒否のまま、web が api の 5432 番に届くようにします: KPD204 が消えます。',
        hint: 'ルールの operation に ports: ["8080"] を追加してください。',
      },
    },
  },
};
