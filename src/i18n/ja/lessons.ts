import type { Resources } from '../en';

export const lessons: Resources['lessons'] = {
  zeroTrust: {
    title: 'NetworkPolicy でゼロトラスト',
    intro: 'すべて開いた状態から始め、すべてを拒否し、ショップに必要な経路 (DNS、web → api、api → db) だけを開けます。',
    steps: {
      open: {
        title: 'すべてが開いている',
        goal: 'ショップを読み込みます: 名前空間 shop に web・api・db、kube-system に kube-dns。NetworkPolicy がないので、どのペアも琥珀色です (何も隔離していないから許可されているだけ)。',
        hint: '「やってみせて」で開始時のデザインを読み込み、「Show traffic」をオンにしてください。',
      },
      defaultDeny: {
        title: 'デフォルト拒否',
        goal: 'shop のすべての経路を赤にします: shop のすべての Pod の受信と送信を、DNS も含めて拒否してください。',
        hint: '名前空間 shop の「Default deny」をオンにするか、podSelector {} と policyTypes Ingress・Egress の NetworkPolicy を追加します。',
      },
      dns: {
        title: 'DNS を許可',
        goal: 'shop のすべての Pod が kube-dns の 53/UDP (と 53/TCP) に届くようにします。web → api は拒否のままです。',
        hint: 'shop の「Allow DNS」をオンにするか、名前空間 kube-system・Pod k8s-app=kube-dns・ポート 53 UDP と TCP への egress ルールを追加します。',
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
};
