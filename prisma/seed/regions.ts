import type { RegionLevel } from "@/generated/prisma/enums";

/** Region codes the other demo tables refer to (GB/T 2260). */
export const CODE = {
  HENAN: "410000",
  NANYANG: "411300",
  XUCHANG: "411000",
  WANCHENG: "411302",
  WOLONG: "411303",
  NANZHAO: "411321",
  FANGCHENG: "411322",
  XIXIA: "411323",
  ZHENPING: "411324",
  NEIXIANG: "411325",
  XICHUAN: "411326",
  SHEQI: "411327",
  TANGHE: "411328",
  XINYE: "411329",
  TONGBAI: "411330",
  DENGZHOU: "411381",
  XIANGCHENG: "411025",
} as const;

export type TRegionSeed = { code: string; name: string; level: RegionLevel; parent: string | null };

/** 南阳市's county-level divisions, in GB/T 2260 order. */
export const NANYANG_COUNTIES: readonly { code: string; name: string }[] = [
  { code: CODE.WANCHENG, name: "宛城区" },
  { code: CODE.WOLONG, name: "卧龙区" },
  { code: CODE.NANZHAO, name: "南召县" },
  { code: CODE.FANGCHENG, name: "方城县" },
  { code: CODE.XIXIA, name: "西峡县" },
  { code: CODE.ZHENPING, name: "镇平县" },
  { code: CODE.NEIXIANG, name: "内乡县" },
  { code: CODE.XICHUAN, name: "淅川县" },
  { code: CODE.SHEQI, name: "社旗县" },
  { code: CODE.TANGHE, name: "唐河县" },
  { code: CODE.XINYE, name: "新野县" },
  { code: CODE.TONGBAI, name: "桐柏县" },
  { code: CODE.DENGZHOU, name: "邓州市" },
];

/** 许昌市's county-level divisions. */
export const XUCHANG_COUNTIES: readonly { code: string; name: string }[] = [
  { code: "411002", name: "魏都区" },
  { code: "411003", name: "建安区" },
  { code: "411024", name: "鄢陵县" },
  { code: CODE.XIANGCHENG, name: "襄城县" },
  { code: "411081", name: "禹州市" },
  { code: "411082", name: "长葛市" },
];

/**
 * 襄城县's 16 township-level units (10 镇, 6 乡). 城关镇's statistical code 411025100 is the published
 * one; the others follow the 统计用区划代码 pattern (1xx 镇, 2xx 乡) in this order and may differ from
 * the official numbering.
 */
export const XIANGCHENG_TOWNSHIPS: readonly { code: string; name: string }[] = [
  { code: "411025100", name: "城关镇" },
  { code: "411025101", name: "颍桥回族镇" },
  { code: "411025102", name: "麦岭镇" },
  { code: "411025103", name: "颍阳镇" },
  { code: "411025104", name: "王洛镇" },
  { code: "411025105", name: "紫云镇" },
  { code: "411025106", name: "库庄镇" },
  { code: "411025107", name: "十里铺镇" },
  { code: "411025108", name: "山头店镇" },
  { code: "411025109", name: "汾陈镇" },
  { code: "411025200", name: "茨沟乡" },
  { code: "411025201", name: "湛北乡" },
  { code: "411025202", name: "范湖乡" },
  { code: "411025203", name: "丁营乡" },
  { code: "411025204", name: "姜庄乡" },
  { code: "411025205", name: "双庙乡" },
];

/** Parents before children. */
export function regionSeeds(): TRegionSeed[] {
  return [
    { code: CODE.HENAN, name: "河南省", level: "PROVINCE", parent: null },
    { code: CODE.NANYANG, name: "南阳市", level: "CITY", parent: CODE.HENAN },
    { code: CODE.XUCHANG, name: "许昌市", level: "CITY", parent: CODE.HENAN },
    ...NANYANG_COUNTIES.map((c) => ({ ...c, level: "COUNTY" as const, parent: CODE.NANYANG })),
    ...XUCHANG_COUNTIES.map((c) => ({ ...c, level: "COUNTY" as const, parent: CODE.XUCHANG })),
    ...XIANGCHENG_TOWNSHIPS.map((t) => ({ ...t, level: "TOWNSHIP" as const, parent: CODE.XIANGCHENG })),
  ];
}

export function regionName(code: string): string {
  const found = regionSeeds().find((r) => r.code === code);
  if (!found) throw new Error(`demo data: unknown region ${code}`);
  return found.name;
}
