import type { DeputyLevel, StationKind } from "@/generated/prisma/enums";
import { CODE, XIANGCHENG_TOWNSHIPS } from "./regions";

export type TStationSeed = { region: string; name: string; kind: StationKind; theme: string | null; address: string | null };

/** The deputy who founded or leads an industry station (fictional), and the Nanyang group field they join. */
export type TStationLead = {
  level: Extract<DeputyLevel, "NATIONAL" | "PROVINCIAL" | "PREFECTURAL">;
  group: string;
  workUnit: string;
  title: string;
  expertise: string[];
};

export type TIndustryStationSeed = TStationSeed & { lead: TStationLead };

function industry(region: string, name: string, theme: string, lead: TStationLead): TIndustryStationSeed {
  return { region, name, kind: "INDUSTRY", theme, address: null, lead };
}

const P = "PREFECTURAL" as const;

/** 南阳市: "围绕制造业、农业、文旅等领域，建设29个产业代表联络站". Work units are fictional. */
export const NANYANG_INDUSTRY_STATIONS: readonly TIndustryStationSeed[] = [
  industry(CODE.NEIXIANG, "农牧产业代表联络站", "生猪养殖", { level: "NATIONAL", group: "农业", workUnit: "内乡县丰牧农牧集团有限公司", title: "董事长", expertise: ["生猪养殖", "种养全链条", "饲料加工"] }),
  industry(CODE.ZHENPING, "玉雕产业代表联络站", "玉雕", { level: "PROVINCIAL", group: "经济", workUnit: "镇平县石佛寺玉雕技艺传习所", title: "高级工艺美术师", expertise: ["玉雕", "非遗传承", "技能人才培养"] }),
  industry(CODE.TANGHE, "红薯产业代表联络站", "红薯", { level: P, group: "农业", workUnit: "唐河县薯源红薯种植专业合作社", title: "理事长", expertise: ["红薯种植", "地理标志", "农产品加工"] }),
  industry(CODE.WOLONG, "月季产业代表联络站", "月季", { level: P, group: "农业", workUnit: "卧龙区石桥月季苗木专业合作社", title: "理事长", expertise: ["月季种植", "花卉苗木"] }),
  industry(CODE.WANCHENG, "艾草产业代表联络站", "艾草", { level: P, group: "经济", workUnit: "南阳宛艾健康科技有限公司", title: "总经理", expertise: ["艾草加工", "大健康产业"] }),
  industry(CODE.WANCHENG, "中医药产业代表联络站", "中医药", { level: P, group: "教科文卫", workUnit: "宛城区仲和中医诊所", title: "主任中医师", expertise: ["中医药", "经方传承"] }),
  industry(CODE.FANGCHENG, "绿色建材产业代表联络站", "绿色建材", { level: P, group: "生态环保", workUnit: "方城县新筑绿色建材有限公司", title: "董事长", expertise: ["绿色建材", "固废利用", "技术革新"] }),
  industry(CODE.WOLONG, "光电产业代表联络站", "光电信息", { level: P, group: "经济", workUnit: "南阳明镜光电科技有限公司", title: "总工程师", expertise: ["光学镜头", "先进制造"] }),
  industry(CODE.WOLONG, "防爆装备产业代表联络站", "防爆电机", { level: P, group: "经济", workUnit: "南阳宛安防爆装备有限公司", title: "高级工程师", expertise: ["防爆电机", "装备制造"] }),
  industry(CODE.WANCHENG, "文旅产业代表联络站", "文化旅游", { level: P, group: "教科文卫", workUnit: "南阳汉韵文化旅游发展有限公司", title: "总经理", expertise: ["文化旅游", "汉文化"] }),
  industry(CODE.XIXIA, "猕猴桃产业代表联络站", "猕猴桃", { level: "PROVINCIAL", group: "农业", workUnit: "西峡县伏牛猕猴桃专业合作社", title: "理事长", expertise: ["猕猴桃种植", "冷链物流"] }),
  industry(CODE.XIXIA, "香菇产业代表联络站", "香菇", { level: P, group: "农业", workUnit: "西峡县山珍香菇专业合作社", title: "理事长", expertise: ["香菇种植", "农产品出口"] }),
  industry(CODE.XIXIA, "汽车零部件产业代表联络站", "汽车零部件", { level: P, group: "经济", workUnit: "西峡县宛驰汽车部件有限公司", title: "总经理", expertise: ["汽车零部件", "先进制造"] }),
  industry(CODE.ZHENPING, "金鱼产业代表联络站", "金鱼养殖", { level: P, group: "农业", workUnit: "镇平县锦鳞金鱼养殖专业合作社", title: "理事长", expertise: ["观赏鱼养殖"] }),
  industry(CODE.NANZHAO, "柞蚕产业代表联络站", "柞蚕", { level: P, group: "农业", workUnit: "南召县云阳柞蚕专业合作社", title: "理事长", expertise: ["柞蚕放养", "丝绸加工"] }),
  industry(CODE.NANZHAO, "辛夷产业代表联络站", "辛夷", { level: P, group: "教科文卫", workUnit: "南召县辛夷中药材种植专业合作社", title: "理事长", expertise: ["辛夷种植", "中药材"] }),
  industry(CODE.XICHUAN, "石榴产业代表联络站", "软籽石榴", { level: P, group: "农业", workUnit: "淅川县丹江石榴专业合作社", title: "理事长", expertise: ["软籽石榴", "生态种植"] }),
  industry(CODE.XICHUAN, "生态文旅产业代表联络站", "生态旅游", { level: P, group: "生态环保", workUnit: "淅川县丹江生态旅游有限公司", title: "总经理", expertise: ["生态旅游", "水源地保护"] }),
  industry(CODE.SHEQI, "白酒产业代表联络站", "白酒酿造", { level: P, group: "经济", workUnit: "社旗县赊源酒业有限公司", title: "酿酒师", expertise: ["白酒酿造", "老字号"] }),
  industry(CODE.SHEQI, "蔬菜产业代表联络站", "蔬菜种植", { level: P, group: "农业", workUnit: "社旗县青禾蔬菜专业合作社", title: "理事长", expertise: ["设施蔬菜"] }),
  industry(CODE.DENGZHOU, "粮食生产产业代表联络站", "粮食生产", { level: "NATIONAL", group: "农业", workUnit: "邓州市穰丰种植专业合作社", title: "理事长", expertise: ["粮食生产", "农机技能培训"] }),
  industry(CODE.DENGZHOU, "农机服务产业代表联络站", "农机服务", { level: P, group: "农业", workUnit: "邓州市耕耘农机专业合作社", title: "理事长", expertise: ["农机服务", "托管服务"] }),
  industry(CODE.XINYE, "肉牛产业代表联络站", "肉牛养殖", { level: P, group: "农业", workUnit: "新野县汉水肉牛养殖有限公司", title: "总经理", expertise: ["肉牛养殖", "饲草种植"] }),
  industry(CODE.XINYE, "纺织服装产业代表联络站", "纺织服装", { level: P, group: "经济", workUnit: "新野县锦程纺织有限公司", title: "车间主任", expertise: ["纺织", "职工技能"] }),
  industry(CODE.TONGBAI, "茶叶产业代表联络站", "茶叶", { level: P, group: "农业", workUnit: "桐柏县淮源茶叶专业合作社", title: "理事长", expertise: ["茶叶种植", "茶叶加工"] }),
  industry(CODE.TONGBAI, "新材料产业代表联络站", "新材料", { level: P, group: "经济", workUnit: "桐柏县华碱新材料有限公司", title: "总工程师", expertise: ["化工新材料", "安全生产"] }),
  industry(CODE.TANGHE, "芝麻产业代表联络站", "芝麻", { level: P, group: "农业", workUnit: "唐河县金穗芝麻专业合作社", title: "理事长", expertise: ["芝麻种植", "小磨香油"] }),
  industry(CODE.FANGCHENG, "中药材产业代表联络站", "中药材", { level: P, group: "教科文卫", workUnit: "方城县裕州中药材种植有限公司", title: "农艺师", expertise: ["中药材种植", "丹参"] }),
  industry(CODE.WANCHENG, "电商物流产业代表联络站", "电子商务", { level: P, group: "经济", workUnit: "南阳宛递电子商务产业园", title: "负责人", expertise: ["农村电商", "物流配送"] }),
];

/** 襄城县 "16+1+N": a station in each 乡镇, one 联络点 at the 县市民之家, and specialty stations. */
export const XIANGCHENG_TOWNSHIP_STATIONS: readonly TStationSeed[] = XIANGCHENG_TOWNSHIPS.map((t) => ({
  region: t.code,
  name: `${t.name}人大代表联络站`,
  kind: "TOWNSHIP",
  theme: null,
  address: `襄城县${t.name}党群服务中心`,
}));

export const XIANGCHENG_CONTACT_POINT: TStationSeed = {
  region: CODE.XIANGCHENG,
  name: "县市民之家代表联络点",
  kind: "CONTACT_POINT",
  theme: null,
  address: "襄城县市民之家一楼",
};

export const XIANGCHENG_SPECIALTY_STATIONS: readonly TStationSeed[] = [
  { region: CODE.XIANGCHENG, name: "教育特色专业站", kind: "SPECIALTY", theme: "教育", address: "襄城县教育局" },
  { region: CODE.XIANGCHENG, name: "卫生健康特色专业站", kind: "SPECIALTY", theme: "卫生健康", address: "襄城县人民医院" },
  { region: CODE.XIANGCHENG, name: "营商环境特色专业站", kind: "SPECIALTY", theme: "营商环境", address: "襄城县政务服务中心" },
  { region: CODE.XIANGCHENG, name: "新材料产业特色专业站", kind: "SPECIALTY", theme: "硅碳新材料", address: "襄城县先进制造业开发区" },
  { region: CODE.XIANGCHENG, name: "矛盾纠纷调解特色专业站", kind: "SPECIALTY", theme: "矛盾调解", address: "襄城县综治中心" },
];

/** The township station the demo STATION_MANAGER account runs. */
export const DEMO_MANAGED_STATION = XIANGCHENG_TOWNSHIP_STATIONS[0]!;

export function stationSeeds(): TStationSeed[] {
  return [
    ...NANYANG_INDUSTRY_STATIONS.map(({ region, name, kind, theme, address }) => ({ region, name, kind, theme, address })),
    ...XIANGCHENG_TOWNSHIP_STATIONS,
    XIANGCHENG_CONTACT_POINT,
    ...XIANGCHENG_SPECIALTY_STATIONS,
  ];
}

export function stationKey(region: string, name: string): string {
  return `${region}/${name}`;
}
