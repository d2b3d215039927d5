import { CODE, XIANGCHENG_TOWNSHIPS, XUCHANG_COUNTIES, NANYANG_COUNTIES } from "./regions";

/** One standing committee per region that has a congress; a 乡镇 has its 人大主席团 instead. */
export type TCommitteeSeed = { region: string; name: string; termNumber: number };

/** 届次 in force in 2026 (national 14th; the rest plausible for the demo). */
export const TERM = {
  NATIONAL: 14,
  PROVINCE: 14,
  NANYANG: 8,
  XUCHANG: 9,
  XIANGCHENG: 17,
  DENGZHOU: 9,
  TOWNSHIP: 17,
} as const;

export function committeeSeeds(): TCommitteeSeed[] {
  return [
    { region: CODE.HENAN, name: "河南省人大常委会", termNumber: TERM.PROVINCE },
    { region: CODE.NANYANG, name: "南阳市人大常委会", termNumber: TERM.NANYANG },
    { region: CODE.XUCHANG, name: "许昌市人大常委会", termNumber: TERM.XUCHANG },
    { region: CODE.XIANGCHENG, name: "襄城县人大常委会", termNumber: TERM.XIANGCHENG },
    { region: CODE.DENGZHOU, name: "邓州市人大常委会", termNumber: TERM.DENGZHOU },
    ...XIANGCHENG_TOWNSHIPS.map((t) => ({ region: t.code, name: `${t.name}人大主席团`, termNumber: TERM.TOWNSHIP })),
  ];
}

/** 专门委员会 by committee region code. Nanyang's nine each lead one professional group (groups.ts). */
export const SPECIAL_COMMITTEES: Readonly<Record<string, readonly string[]>> = {
  [CODE.HENAN]: ["法制委员会", "财政经济委员会", "教育科学文化卫生委员会", "农业与农村委员会"],
  [CODE.NANYANG]: [
    "财政经济委员会",
    "农业与农村委员会",
    "教育科学文化卫生委员会",
    "环境与资源保护委员会",
    "法制委员会",
    "监察和司法委员会",
    "城乡建设委员会",
    "社会建设委员会",
    "民族宗教侨务外事委员会",
  ],
  [CODE.XIANGCHENG]: [
    "财政经济委员会",
    "城乡建设委员会",
    "农业与农村委员会",
    "环境与资源保护委员会",
    "教育科学文化卫生委员会",
    "法制委员会",
  ],
};

/** The NPC deputies elected in Henan form the 河南代表团; the provincial committee serves them. */
export const NATIONAL_DELEGATION = "全国人大河南代表团";

/** 邓州市's county congress, organised by street/town (the bulletin's 代表调解团 works there). */
export const DENGZHOU_DELEGATIONS = ["花洲街道代表团", "湍河街道代表团", "穰东镇代表团"] as const;

/** 代表团 / 代表小组 by committee region code. */
export function delegationSeeds(): { committee: string; name: string }[] {
  const rows: { committee: string; name: string }[] = [
    { committee: CODE.HENAN, name: NATIONAL_DELEGATION },
    { committee: CODE.HENAN, name: "南阳代表团" },
    { committee: CODE.HENAN, name: "许昌代表团" },
    ...NANYANG_COUNTIES.map((c) => ({ committee: CODE.NANYANG, name: `${c.name}代表团` })),
    ...XUCHANG_COUNTIES.map((c) => ({ committee: CODE.XUCHANG, name: `${c.name}代表团` })),
    ...XIANGCHENG_TOWNSHIPS.map((t) => ({ committee: CODE.XIANGCHENG, name: `${t.name}代表团` })),
    ...DENGZHOU_DELEGATIONS.map((name) => ({ committee: CODE.DENGZHOU, name })),
    ...XIANGCHENG_TOWNSHIPS.map((t) => ({ committee: t.code, name: `${t.name}第一代表小组` })),
  ];
  return rows;
}
