import { CODE } from "./regions";

/** 专业代表小组, each led by a 专门委员会 of the same standing committee (committees.ts). */
export type TGroupSeed = { committee: string; name: string; field: string; lead: string };

/** 南阳市: "由市人大9个专门委员会牵头 … 组成9个专业辅导小组" and the 法治专业代表小组 of the bulletin. */
export const NANYANG_GROUPS: readonly TGroupSeed[] = [
  { committee: CODE.NANYANG, name: "经济专业代表小组", field: "经济", lead: "财政经济委员会" },
  { committee: CODE.NANYANG, name: "农业专业代表小组", field: "农业", lead: "农业与农村委员会" },
  { committee: CODE.NANYANG, name: "教科文卫专业代表小组", field: "教科文卫", lead: "教育科学文化卫生委员会" },
  { committee: CODE.NANYANG, name: "生态环保专业代表小组", field: "生态环保", lead: "环境与资源保护委员会" },
  { committee: CODE.NANYANG, name: "法治专业代表小组", field: "法治", lead: "法制委员会" },
  { committee: CODE.NANYANG, name: "监察司法专业代表小组", field: "监察司法", lead: "监察和司法委员会" },
  { committee: CODE.NANYANG, name: "城乡建设专业代表小组", field: "城乡建设", lead: "城乡建设委员会" },
  { committee: CODE.NANYANG, name: "社会建设专业代表小组", field: "社会建设", lead: "社会建设委员会" },
  { committee: CODE.NANYANG, name: "民族宗教侨务外事专业代表小组", field: "民宗侨外", lead: "民族宗教侨务外事委员会" },
];

/** 襄城县: "组织 6 个专业代表小组围绕特色产业发展、城乡融合等重点领域开展调研". */
export const XIANGCHENG_GROUPS: readonly TGroupSeed[] = [
  { committee: CODE.XIANGCHENG, name: "产业发展专业代表小组", field: "产业发展", lead: "财政经济委员会" },
  { committee: CODE.XIANGCHENG, name: "城乡融合专业代表小组", field: "城乡融合", lead: "城乡建设委员会" },
  { committee: CODE.XIANGCHENG, name: "乡村振兴专业代表小组", field: "乡村振兴", lead: "农业与农村委员会" },
  { committee: CODE.XIANGCHENG, name: "生态保护专业代表小组", field: "生态保护", lead: "环境与资源保护委员会" },
  { committee: CODE.XIANGCHENG, name: "教科文卫专业代表小组", field: "教科文卫", lead: "教育科学文化卫生委员会" },
  { committee: CODE.XIANGCHENG, name: "法治专业代表小组", field: "法治", lead: "法制委员会" },
];

export function groupSeeds(): TGroupSeed[] {
  return [...NANYANG_GROUPS, ...XIANGCHENG_GROUPS];
}

export function groupKey(committee: string, name: string): string {
  return `${committee}/${name}`;
}
