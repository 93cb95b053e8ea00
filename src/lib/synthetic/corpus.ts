// Word and phrase banks for synthetic plans, taken from (and in the style of) the seed
// content in content/aioi and content/jumin-jichi-refresh. Every entry is a Japanese
// phrase with an English rendering, so that translated pages say the same thing.
// Recombining these gives pages whose words differ from page to page, which is what a
// search index of a real multi-thousand-page plan looks like.

/** [Japanese, English]. */
export type Pair = readonly [string, string];

/** Policy areas (nouns). English is a noun phrase usable after "of". */
export const TOPICS: readonly Pair[] = [
  ["定住人口", "the resident population"],
  ["関係人口", "the relationship population"],
  ["シティプロモーション", "city promotion"],
  ["多文化共生", "multicultural coexistence"],
  ["行財政健全化", "administrative and fiscal soundness"],
  ["財政運営", "fiscal management"],
  ["自主財源", "the city's own revenue"],
  ["公有財産", "public property"],
  ["公共施設", "public facilities"],
  ["行政評価", "administrative evaluation"],
  ["電子自治体", "e-government"],
  ["広域行政", "wide-area administration"],
  ["職員研修", "staff training"],
  ["労務管理", "labour management"],
  ["住民自治", "resident self-government"],
  ["地区ドック", "district check-ups"],
  ["地域福祉", "community welfare"],
  ["中山間地域", "hilly and mountainous areas"],
  ["子育て支援", "child-rearing support"],
  ["学校教育", "school education"],
  ["生涯学習", "lifelong learning"],
  ["文化芸術", "culture and the arts"],
  ["スポーツ活動", "sports activities"],
  ["健康づくり", "health promotion"],
  ["高齢者福祉", "welfare for older people"],
  ["障がい者福祉", "welfare for people with disabilities"],
  ["防災対策", "disaster preparedness"],
  ["消防体制", "the fire service"],
  ["交通安全", "road safety"],
  ["防犯活動", "crime prevention"],
  ["公共交通", "public transport"],
  ["道路整備", "road maintenance"],
  ["上下水道", "water supply and sewerage"],
  ["空き家対策", "vacant houses"],
  ["景観形成", "the townscape"],
  ["環境保全", "environmental conservation"],
  ["脱炭素", "decarbonisation"],
  ["ごみ減量", "waste reduction"],
  ["農林水産業", "agriculture, forestry and fisheries"],
  ["地場産業", "local industries"],
  ["企業立地", "business location"],
  ["観光振興", "tourism"],
  ["商店街", "shopping streets"],
  ["雇用対策", "employment"],
  ["移住定住", "migration and settlement"],
  ["情報発信", "public information"],
  ["国際交流", "international exchange"],
  ["男女共同参画", "gender equality"],
  ["人権教育", "human rights education"],
  ["市民協働", "citizen collaboration"],
  ["デジタル化", "digitalisation"],
  ["窓口サービス", "counter services"],
  ["市税の収納", "collection of city taxes"],
  ["受益者負担", "user charges"],
  ["地域医療", "community medicine"],
  ["母子保健", "maternal and child health"],
  ["港湾機能", "the harbour"],
  ["海岸保全", "coastal protection"],
  ["歴史文化遺産", "historical and cultural heritage"],
  ["図書館サービス", "library services"],
  ["青少年育成", "youth development"],
  ["地域コミュニティ", "local communities"],
  ["地域の担い手", "community leaders"],
  ["住宅政策", "housing"],
  ["一括交付金", "block grants"],
  ["地方債の償還", "repayment of municipal bonds"],
];

/** What is done to a topic (nouns): 〜の充実 / enhancement of …. */
export const ASPECTS: readonly Pair[] = [
  ["充実", "enhancement"],
  ["推進", "promotion"],
  ["向上", "improvement"],
  ["強化", "strengthening"],
  ["拡大", "expansion"],
  ["適正化", "optimisation"],
  ["効率化", "streamlining"],
  ["見直し", "review"],
  ["維持", "maintenance"],
  ["確保", "securing"],
  ["活性化", "revitalisation"],
  ["整備", "development"],
  ["支援", "support"],
  ["啓発", "awareness-raising"],
  ["安定化", "stabilisation"],
  ["周知", "publicity"],
  ["継承", "passing on"],
  ["健全化", "putting on a sound footing"],
];

/** Circumstances (nouns), as in the seeds' 現状と課題. */
export const CONTEXTS: readonly Pair[] = [
  ["人口減少社会", "a shrinking population"],
  ["少子高齢化の進行", "fewer children and an ageing population"],
  ["厳しい財政状況", "a tight financial situation"],
  ["個人の価値観の多様化", "increasingly diverse personal values"],
  ["国の制度改正", "changes to national systems"],
  ["物価変動", "price fluctuations"],
  ["情報収集手段の多様化", "more diverse ways of getting information"],
  ["生活圏の拡大", "wider daily living areas"],
  ["災害の激甚化", "increasingly severe disasters"],
  ["デジタル技術の進展", "advances in digital technology"],
  ["市民ニーズの多様化・複雑化", "more diverse and complex citizens' needs"],
  ["公共施設の老朽化", "ageing public facilities"],
];

export const NEEDS: readonly Pair[] = [
  ["需要", "demand"],
  ["関係経費", "related costs"],
  ["課題", "issues"],
  ["ニーズ", "needs"],
  ["負担", "burdens"],
  ["相談", "requests for advice"],
];

export const ISSUES: readonly Pair[] = [
  ["今後も課題が残っています", "issues remain"],
  ["対応が十分ではありません", "the response is not yet sufficient"],
  ["担い手の不足が見込まれます", "a shortage of people to carry it is expected"],
  ["経費の増加が見込まれます", "costs are expected to rise"],
  ["市民の認知度が低い状況です", "awareness among citizens is low"],
  ["地域による差が大きくなっています", "the gap between areas is widening"],
];

/** Means (nouns): 〜により / through …. */
export const METHODS: readonly Pair[] = [
  ["関係団体との連携", "cooperation with related organisations"],
  ["市民との協働", "collaboration with citizens"],
  ["デジタル技術の活用", "the use of digital technology"],
  ["ワーキンググループでの検討", "study in working groups"],
  ["近隣市町との連携", "cooperation with neighbouring towns"],
  ["選択と集中", "selection and concentration"],
  ["情報システムの整備", "better information systems"],
  ["住民自治協議会との協働", "work with the residents' self-government councils"],
  ["民間事業者との連携", "partnership with private businesses"],
  ["計画的な維持管理", "planned maintenance"],
  ["戦略的な情報発信", "strategic communication"],
  ["専門人材の確保", "securing specialist staff"],
  ["行政評価", "administrative evaluation"],
  ["地区ドックの結果の活用", "using the results of district check-ups"],
];

/** Aims (nouns): 〜を目指します / aim for …. */
export const AIMS: readonly Pair[] = [
  ["「選ばれるまち」", "a city that people choose"],
  ["持続可能なまちづくり", "sustainable community development"],
  ["誰もが安心して暮らせるまち", "a city where everyone can live with peace of mind"],
  ["市民の幸せの増進", "greater well-being for citizens"],
  ["活力ある地域社会", "a vibrant local society"],
  ["住みよさの実感の向上", "residents who feel the city is a good place to live"],
  ["健全な行政運営", "sound administration"],
  ["楽しい住民自治", "enjoyable resident self-government"],
  ["中長期的に堅実な財政運営", "steady fiscal management over the medium and long term"],
  ["誇りある地域", "communities people are proud of"],
];

export const ACTIVITIES: readonly Pair[] = [
  ["相談会", "advice sessions"],
  ["講座", "courses"],
  ["実態調査", "surveys"],
  ["モデル事業", "model projects"],
  ["出前講座", "outreach lectures"],
  ["ワークショップ", "workshops"],
  ["意見交換会", "discussion meetings"],
  ["説明会", "briefings"],
];

/** 主な事業 name endings: 〜事業. */
export const PROJECT_KINDS: readonly Pair[] = [
  ["推進", "promotion"],
  ["支援", "support"],
  ["管理運営", "management"],
  ["補助金交付", "subsidy"],
  ["整備", "development"],
  ["啓発", "awareness"],
  ["基金", "fund"],
  ["調査", "survey"],
  ["運営", "operation"],
];

/** Kanji (with a reading) that place names are made of: 2 of them make a 地区 name. */
export const PLACE_PARTS: readonly Pair[] = [
  ["若", "waka"],
  ["矢", "ya"],
  ["野", "no"],
  ["相", "ai"],
  ["生", "o"],
  ["那", "na"],
  ["波", "ha"],
  ["双", "futa"],
  ["葉", "ba"],
  ["緑", "midori"],
  ["丘", "oka"],
  ["川", "kawa"],
  ["原", "hara"],
  ["山", "yama"],
  ["田", "ta"],
  ["中", "naka"],
  ["北", "kita"],
  ["南", "minami"],
  ["東", "higashi"],
  ["西", "nishi"],
  ["青", "ao"],
  ["松", "matsu"],
  ["竹", "take"],
  ["梅", "ume"],
  ["桜", "sakura"],
  ["池", "ike"],
  ["浜", "hama"],
  ["港", "minato"],
  ["旭", "asahi"],
  ["千", "chi"],
  ["鶴", "tsuru"],
  ["亀", "kame"],
  ["水", "mizu"],
  ["石", "ishi"],
  ["森", "mori"],
  ["林", "hayashi"],
  ["岡", "oka"],
  ["城", "shiro"],
  ["本", "moto"],
  ["新", "shin"],
];

export const PREFECTURES: readonly Pair[] = [
  ["兵庫県", "Hyogo"],
  ["岡山県", "Okayama"],
  ["広島県", "Hiroshima"],
  ["鳥取県", "Tottori"],
  ["京都府", "Kyoto"],
  ["滋賀県", "Shiga"],
  ["三重県", "Mie"],
  ["香川県", "Kagawa"],
];

export const SURVEYS: readonly Pair[] = [
  ["市民意識調査", "citizens' attitude survey"],
  ["事業実績", "programme records"],
  ["担当課調べ", "figures from the department in charge"],
];
