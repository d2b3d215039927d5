/**
 * Believable work units, titles and expertise for fictional deputies, by professional-group field.
 * In `unit`, {c} is the deputy's county or township, {x} a fictional trade name and {v} a village.
 * `station` names a 襄城县 specialty station the deputy also serves at.
 */
export type TProfile = { unit: string; title: string; expertise: string[]; station?: string };

export const TRADE_NAMES = ["恒泰", "宛丰", "鑫源", "华康", "润达", "新宛", "丰晟", "博远", "瑞禾", "汉江", "众诚", "金穗"];
export const VILLAGES = ["王庄", "李营", "张湾", "刘岗", "陈楼", "杨店", "赵河", "孙寨", "马坡", "郭庄", "岳沟", "黄台"];

/** 南阳市 city deputies, eight profiles per group field (groups.ts). */
export const NANYANG_PROFILES: Readonly<Record<string, readonly TProfile[]>> = {
  经济: [
    { unit: "{c}产业集聚区管理委员会", title: "副主任", expertise: ["产业规划", "招商引资"] },
    { unit: "南阳{x}机械制造有限公司", title: "总经理", expertise: ["先进制造", "企业管理"] },
    { unit: "{c}农村商业银行", title: "行长", expertise: ["金融", "小微企业融资"] },
    { unit: "南阳{x}税务师事务所", title: "注册税务师", expertise: ["财税"] },
    { unit: "南阳{x}新能源科技有限公司", title: "董事长", expertise: ["新能源", "储能"] },
    { unit: "{c}电子商务公共服务中心", title: "主任", expertise: ["电子商务", "物流"] },
    { unit: "南阳{x}食品有限公司", title: "质量总监", expertise: ["食品加工", "食品安全"] },
    { unit: "南阳理工学院经济与管理学院", title: "教授", expertise: ["区域经济"] },
  ],
  农业: [
    { unit: "{c}{v}村", title: "党支部书记", expertise: ["粮食生产", "乡村治理"] },
    { unit: "{c}{x}种植专业合作社", title: "理事长", expertise: ["粮食生产", "农机"] },
    { unit: "{c}农业技术推广中心", title: "高级农艺师", expertise: ["农技推广", "植保"] },
    { unit: "{c}{x}家庭农场", title: "场主", expertise: ["高标准农田"] },
    { unit: "{c}畜牧技术服务中心", title: "兽医师", expertise: ["畜牧", "动物防疫"] },
    { unit: "{c}{x}果蔬专业合作社", title: "理事长", expertise: ["果蔬种植"] },
    { unit: "南阳市农业科学院", title: "研究员", expertise: ["作物育种"] },
    { unit: "{c}{v}村", title: "村民委员会主任", expertise: ["土地流转", "集体经济"] },
  ],
  教科文卫: [
    { unit: "{c}第一高级中学", title: "校长", expertise: ["基础教育"] },
    { unit: "{c}人民医院", title: "主任医师", expertise: ["临床医学"] },
    { unit: "{c}中医院", title: "副院长", expertise: ["中医药"] },
    { unit: "南阳师范学院", title: "教授", expertise: ["高等教育", "科研"] },
    { unit: "{c}实验小学", title: "教师", expertise: ["基础教育", "课后服务"] },
    { unit: "{c}文化馆", title: "馆长", expertise: ["群众文化", "非遗保护"] },
    { unit: "{c}疾病预防控制中心", title: "主任", expertise: ["公共卫生", "食品药品安全"] },
    { unit: "{c}职业教育中心", title: "高级讲师", expertise: ["职业教育"] },
  ],
  生态环保: [
    { unit: "南阳市生态环境监测中心", title: "高级工程师", expertise: ["环境监测", "水污染防治"] },
    { unit: "{c}{x}环保科技有限公司", title: "总工程师", expertise: ["污水处理"] },
    { unit: "{c}林业技术推广站", title: "林业工程师", expertise: ["林业生态"] },
    { unit: "{c}水源保护志愿服务队", title: "队长", expertise: ["水源保护"] },
    { unit: "{c}{x}建材有限公司", title: "总经理", expertise: ["绿色建材", "节能降碳"] },
    { unit: "{c}{v}村", title: "党支部书记", expertise: ["人居环境"] },
    { unit: "南阳{x}再生资源有限公司", title: "董事长", expertise: ["循环经济"] },
    { unit: "{c}自然保护区管理局", title: "高级工程师", expertise: ["生物多样性"] },
  ],
  法治: [
    { unit: "南阳{x}律师事务所", title: "主任", expertise: ["民商法", "地方立法"] },
    { unit: "{c}公证处", title: "公证员", expertise: ["公证"] },
    { unit: "南阳{x}律师事务所", title: "律师", expertise: ["行政法"] },
    { unit: "{c}人民调解委员会", title: "调解员", expertise: ["人民调解"] },
    { unit: "南阳师范学院法学院", title: "副教授", expertise: ["立法", "地方立法"] },
    { unit: "{c}{x}社区", title: "居民委员会主任", expertise: ["基层治理"] },
    { unit: "{c}法律援助中心", title: "律师", expertise: ["法律援助"] },
    { unit: "南阳{x}实业集团", title: "法务总监", expertise: ["企业合规"] },
  ],
  监察司法: [
    { unit: "{c}{x}律师事务所", title: "律师", expertise: ["刑事辩护"] },
    { unit: "{c}{v}村", title: "村务监督委员会主任", expertise: ["基层监督"] },
    { unit: "{c}{x}社区", title: "人民陪审员", expertise: ["司法参与"] },
    { unit: "南阳{x}会计师事务所", title: "注册会计师", expertise: ["审计监督"] },
    { unit: "{c}退役军人服务站", title: "站长", expertise: ["退役军人服务"] },
    { unit: "{c}{x}实业有限公司", title: "董事长", expertise: ["营商环境"] },
    { unit: "南阳{x}司法鉴定所", title: "鉴定人", expertise: ["司法鉴定"] },
    { unit: "{c}关心下一代工作委员会", title: "委员", expertise: ["未成年人保护"] },
  ],
  城乡建设: [
    { unit: "南阳{x}建筑工程有限公司", title: "总经理", expertise: ["建筑施工", "安全生产"] },
    { unit: "{c}规划设计院", title: "高级规划师", expertise: ["城乡规划"] },
    { unit: "{c}{x}社区", title: "党委书记", expertise: ["老旧小区改造"] },
    { unit: "南阳{x}物业服务有限公司", title: "总经理", expertise: ["物业管理"] },
    { unit: "{c}公共交通有限公司", title: "驾驶员", expertise: ["公共交通"] },
    { unit: "南阳{x}置业有限公司", title: "工程总监", expertise: ["城市更新"] },
    { unit: "{c}供水有限公司", title: "工程师", expertise: ["供排水"] },
    { unit: "{c}{v}村", title: "党支部书记", expertise: ["美丽乡村"] },
  ],
  社会建设: [
    { unit: "{c}养老服务中心", title: "院长", expertise: ["养老服务", "老年助餐"] },
    { unit: "{c}{x}社区", title: "网格员", expertise: ["网格治理"] },
    { unit: "{c}残疾人联合会", title: "干事", expertise: ["助残服务"] },
    { unit: "南阳{x}家政服务有限公司", title: "经理", expertise: ["家政服务", "就业"] },
    { unit: "{c}总工会", title: "劳模工作室负责人", expertise: ["劳动保障"] },
    { unit: "{c}妇女联合会", title: "执委", expertise: ["妇女儿童权益"] },
    { unit: "{c}{x}社会工作服务中心", title: "社会工作师", expertise: ["社会工作"] },
    { unit: "{c}{v}村", title: "妇女主任", expertise: ["乡村治理"] },
  ],
  民宗侨外: [
    { unit: "南阳{x}清真食品有限公司", title: "总经理", expertise: ["民族经济"] },
    { unit: "南阳市归国华侨联合会", title: "委员", expertise: ["侨务"] },
    { unit: "南阳{x}进出口有限公司", title: "总经理", expertise: ["外贸"] },
    { unit: "{c}民族中学", title: "教师", expertise: ["民族教育"] },
    { unit: "南阳{x}国际旅行社", title: "经理", expertise: ["入境旅游"] },
    { unit: "南阳{x}光学有限公司", title: "外联部部长", expertise: ["外资企业"] },
    { unit: "{c}{x}社区", title: "居民委员会主任", expertise: ["民族团结"] },
    { unit: "南阳{x}跨境电商有限公司", title: "总经理", expertise: ["跨境电商"] },
  ],
};

/** 襄城县 county deputies by group field; 襄城 is building its "材料新城". */
export const XIANGCHENG_PROFILES: Readonly<Record<string, readonly TProfile[]>> = {
  产业发展: [
    { unit: "襄城县{x}硅碳新材料有限公司", title: "总工程师", expertise: ["硅碳新材料"], station: "新材料产业特色专业站" },
    { unit: "襄城县{x}新能源有限公司", title: "总经理", expertise: ["光伏", "储能"], station: "新材料产业特色专业站" },
    { unit: "襄城县{x}商贸有限公司", title: "董事长", expertise: ["商贸流通", "营商环境"], station: "营商环境特色专业站" },
    { unit: "{c}{x}建材厂", title: "厂长", expertise: ["建材", "民营经济"], station: "营商环境特色专业站" },
  ],
  城乡融合: [
    { unit: "{c}{v}村", title: "党支部书记", expertise: ["城乡融合", "人居环境"] },
    { unit: "襄城县{x}建筑安装有限公司", title: "项目经理", expertise: ["建筑施工"] },
    { unit: "{c}{x}社区", title: "居民委员会主任", expertise: ["社区治理", "网格治理"] },
    { unit: "襄城县{x}公交有限公司", title: "驾驶员", expertise: ["城乡公交"] },
  ],
  乡村振兴: [
    { unit: "{c}{v}村", title: "党支部书记", expertise: ["乡村振兴", "集体经济"] },
    { unit: "襄城县{x}烟叶种植专业合作社", title: "理事长", expertise: ["烟叶种植"] },
    { unit: "{c}{x}生猪养殖场", title: "场长", expertise: ["生猪养殖"] },
    { unit: "{c}{x}家庭农场", title: "场主", expertise: ["粮食生产", "农机"] },
  ],
  生态保护: [
    { unit: "{c}{x}环保科技有限公司", title: "工程师", expertise: ["污染防治"] },
    { unit: "襄城县首山林场", title: "林业工程师", expertise: ["林业生态"] },
    { unit: "北汝河河湖保护志愿服务队", title: "队长", expertise: ["河湖保护"] },
    { unit: "{c}{v}村", title: "村民委员会主任", expertise: ["人居环境"] },
  ],
  教科文卫: [
    { unit: "襄城县高级中学", title: "教师", expertise: ["基础教育"], station: "教育特色专业站" },
    { unit: "{c}中心学校", title: "校长", expertise: ["义务教育"], station: "教育特色专业站" },
    { unit: "{c}卫生院", title: "院长", expertise: ["基层医疗"], station: "卫生健康特色专业站" },
    { unit: "襄城县人民医院", title: "主任医师", expertise: ["临床医学"], station: "卫生健康特色专业站" },
  ],
  法治: [
    { unit: "河南{x}律师事务所", title: "律师", expertise: ["法律服务"], station: "矛盾纠纷调解特色专业站" },
    { unit: "{c}{v}村", title: "人民调解委员会主任", expertise: ["人民调解"], station: "矛盾纠纷调解特色专业站" },
    { unit: "襄城县公证处", title: "公证员", expertise: ["公证"] },
    { unit: "{c}{x}社区", title: "居民委员会主任", expertise: ["基层治理"], station: "矛盾纠纷调解特色专业站" },
  ],
};

/** 乡镇人大代表. */
export const TOWNSHIP_PROFILES: readonly TProfile[] = [
  { unit: "{c}{v}村", title: "村民委员会主任", expertise: ["乡村治理"] },
  { unit: "{c}{x}种植专业合作社", title: "社员", expertise: ["粮食种植"] },
  { unit: "{c}中心小学", title: "教师", expertise: ["义务教育"] },
  { unit: "{c}卫生院", title: "医生", expertise: ["基层医疗"] },
  { unit: "{c}{x}超市", title: "个体工商户", expertise: ["商贸"] },
  { unit: "{c}{v}村", title: "村民", expertise: ["农业生产"] },
];

/** National and provincial deputies who are not station founders, and 许昌市 city deputies. */
export const SENIOR_PROFILES: readonly TProfile[] = [
  { unit: "{c}人民医院", title: "院长", expertise: ["医疗卫生", "医疗保障"] },
  { unit: "{c}{x}科技股份有限公司", title: "董事长", expertise: ["先进制造", "科技创新"] },
  { unit: "{c}{v}村", title: "党支部书记", expertise: ["乡村振兴"] },
  { unit: "{c}第一高级中学", title: "教师", expertise: ["基础教育"] },
  { unit: "{c}{x}律师事务所", title: "主任", expertise: ["法律服务"] },
  { unit: "{c}{x}现代农业有限公司", title: "总经理", expertise: ["现代农业"] },
  { unit: "{c}{x}社区", title: "党委书记", expertise: ["社区治理"] },
  { unit: "{c}总工会", title: "一线职工", expertise: ["劳动保障"] },
];

/** 邓州市 county deputies; the bulletin's 邓州 deputy built a "代表调解团". */
export const DENGZHOU_PROFILES: readonly TProfile[] = [
  { unit: "邓州市{v}村", title: "人民调解员", expertise: ["人民调解", "代表调解团"] },
  { unit: "邓州市{x}社区", title: "居民委员会主任", expertise: ["基层治理"] },
  { unit: "邓州市{x}种植专业合作社", title: "理事长", expertise: ["粮食生产"] },
];

export function fillUnit(template: string, place: string, n: number): string {
  // Multiplicative hashing spreads trade names and villages independently of the profile cycle.
  const h = Math.imul(n + 1, 0x9e3779b1) >>> 0;
  return template
    .replaceAll("{c}", place)
    .replaceAll("{x}", TRADE_NAMES[h % TRADE_NAMES.length]!)
    .replaceAll("{v}", VILLAGES[(h >>> 8) % VILLAGES.length]!);
}
