import type { UnitKind } from "@/generated/prisma/enums";
import { CODE } from "./regions";

/** 承办单位: the committee whose suggestions a unit handles, and its region. */
export type TUnitSeed = { committee: string; region: string; name: string; kind: UnitKind };

const XIANGCHENG_DEPARTMENTS = [
  "发展和改革委员会",
  "教育局",
  "工业和信息化局",
  "科学技术局",
  "民族宗教事务局",
  "公安局",
  "民政局",
  "司法局",
  "财政局",
  "人力资源和社会保障局",
  "自然资源局",
  "住房和城乡建设局",
  "城市管理局",
  "交通运输局",
  "水利局",
  "农业农村局",
  "商务局",
  "文化广电和旅游局",
  "卫生健康委员会",
  "退役军人事务局",
  "应急管理局",
  "审计局",
  "市场监督管理局",
  "统计局",
  "医疗保障局",
  "信访局",
  "政务服务和大数据管理局",
  "林业局",
  "粮食和物资储备局",
  "机关事务管理局",
  "先进制造业开发区管理委员会",
] as const;

/** 襄城县: "推动 32 个政府部门常态化开展'代表·局长面对面'活动". */
export const XIANGCHENG_UNITS: readonly TUnitSeed[] = [
  ...XIANGCHENG_DEPARTMENTS.map((d) => ({
    committee: CODE.XIANGCHENG,
    region: CODE.XIANGCHENG,
    name: `襄城县${d}`,
    kind: "GOVERNMENT_DEPARTMENT" as const,
  })),
  // The environment bureau is a branch of the city bureau since the vertical-management reform.
  { committee: CODE.XIANGCHENG, region: CODE.XIANGCHENG, name: "许昌市生态环境局襄城分局", kind: "GOVERNMENT_DEPARTMENT" },
];

/** A handful of 南阳市 departments (and one utility) that answer city deputies' suggestions. */
export const NANYANG_UNITS: readonly TUnitSeed[] = [
  ...[
    "发展和改革委员会",
    "教育局",
    "工业和信息化局",
    "财政局",
    "自然资源和规划局",
    "生态环境局",
    "住房和城乡建设局",
    "城市管理局",
    "交通运输局",
    "水利局",
    "农业农村局",
    "卫生健康委员会",
    "市场监督管理局",
    "文化广电和旅游局",
  ].map((d) => ({ committee: CODE.NANYANG, region: CODE.NANYANG, name: `南阳市${d}`, kind: "GOVERNMENT_DEPARTMENT" as const })),
  { committee: CODE.NANYANG, region: CODE.NANYANG, name: "国网南阳供电公司", kind: "ENTERPRISE" },
];

export function unitSeeds(): TUnitSeed[] {
  return [...NANYANG_UNITS, ...XIANGCHENG_UNITS];
}

export const DEMO_UNIT = { committee: CODE.XIANGCHENG, name: "襄城县教育局" } as const;
export const DEMO_UNIT_2 = { committee: CODE.NANYANG, name: "南阳市农业农村局" } as const;

export function unitKey(committee: string, name: string): string {
  return `${committee}/${name}`;
}
