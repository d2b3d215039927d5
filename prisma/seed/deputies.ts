import type { DeputyLevel, Gender } from "@/generated/prisma/enums";
import { DENGZHOU_DELEGATIONS, NATIONAL_DELEGATION, TERM } from "./committees";
import { NANYANG_GROUPS, XIANGCHENG_GROUPS, groupKey } from "./groups";
import { createNamer } from "./names";
import {
  DENGZHOU_PROFILES, NANYANG_PROFILES, SENIOR_PROFILES, TOWNSHIP_PROFILES, XIANGCHENG_PROFILES, fillUnit, type TProfile,
} from "./profiles";
import { CODE, NANYANG_COUNTIES, XIANGCHENG_TOWNSHIPS, XUCHANG_COUNTIES, regionName } from "./regions";
import { NANYANG_INDUSTRY_STATIONS, XIANGCHENG_CONTACT_POINT, XIANGCHENG_TOWNSHIP_STATIONS, stationKey } from "./stations";

export type TDeputySeed = {
  name: string;
  gender: Gender;
  level: DeputyLevel;
  /** region code of the congress that elected the deputy */
  committee: string;
  termNumber: number;
  delegation: string | null;
  region: string;
  workUnit: string;
  title: string;
  expertise: string[];
  groups: { key: string; leader: boolean }[];
  stations: string[];
  /** username of the demo account linked through Deputy.userId */
  account?: string;
};

/** The city deputy behind the demo DEPUTY account: 红薯 station founder, 农业专业代表小组 member. */
export const DEMO_DEPUTY_STATION = "红薯产业代表联络站";

/**
 * ~250 fictional deputies at all five levels. Deterministic: the same list on every run.
 * Station founders come from stations.ts; everyone else from the profiles by group field.
 */
export function deputySeeds(): TDeputySeed[] {
  const nameOf = createNamer();
  let n = 0;
  const genderOf = (): Gender => (n % 3 === 2 ? "FEMALE" : "MALE");
  const out: TDeputySeed[] = [];
  const add = (d: Omit<TDeputySeed, "name" | "gender" | "workUnit" | "title" | "expertise">, profile: TProfile, place: string) => {
    const gender = genderOf();
    const row: TDeputySeed = {
      ...d,
      name: nameOf(gender),
      gender,
      workUnit: fillUnit(profile.unit, place, n),
      title: profile.title,
      expertise: [...profile.expertise],
    };
    n++;
    out.push(row);
    return row;
  };
  const senior = (i: number): TProfile => SENIOR_PROFILES[i % SENIOR_PROFILES.length]!;
  const provincial = { level: "PROVINCIAL" as const, committee: CODE.HENAN, termNumber: TERM.PROVINCE };
  const national = { level: "NATIONAL" as const, committee: CODE.HENAN, termNumber: TERM.NATIONAL, delegation: NATIONAL_DELEGATION };
  const nanyangCity = { level: "PREFECTURAL" as const, committee: CODE.NANYANG, termNumber: TERM.NANYANG };

  // 南阳: industry station founders (national, provincial or city deputies).
  for (const s of NANYANG_INDUSTRY_STATIONS) {
    const { lead } = s;
    const group = NANYANG_GROUPS.find((g) => g.field === lead.group);
    if (!group) throw new Error(`demo data: no Nanyang group for field ${lead.group}`);
    const base =
      lead.level === "NATIONAL"
        ? national
        : lead.level === "PROVINCIAL"
          ? { ...provincial, delegation: "南阳代表团" }
          : { ...nanyangCity, delegation: `${regionName(s.region)}代表团` };
    const profile: TProfile = { unit: lead.workUnit, title: lead.title, expertise: lead.expertise };
    add(
      {
        ...base,
        region: s.region,
        groups: lead.level === "PREFECTURAL" ? [{ key: groupKey(CODE.NANYANG, group.name), leader: false }] : [],
        stations: [stationKey(s.region, s.name)],
        account: s.name === DEMO_DEPUTY_STATION ? "deputy" : undefined,
      },
      profile,
      regionName(s.region),
    );
  }

  // 南阳: eight members per professional group, spread over the 13 counties; the first leads it.
  const byCounty = new Map<string, TDeputySeed[]>();
  let c = 0;
  for (const g of NANYANG_GROUPS) {
    NANYANG_PROFILES[g.field]!.forEach((profile, j) => {
      const county = NANYANG_COUNTIES[c++ % NANYANG_COUNTIES.length]!;
      const row = add(
        { ...nanyangCity, delegation: `${county.name}代表团`, region: county.code, groups: [{ key: groupKey(CODE.NANYANG, g.name), leader: j === 0 }], stations: [] },
        profile,
        county.name,
      );
      byCounty.set(county.code, [...(byCounty.get(county.code) ?? []), row]);
    });
  }
  // …and two more deputies of the same county on duty at each industry station.
  const nextInCounty = new Map<string, number>();
  for (const s of NANYANG_INDUSTRY_STATIONS) {
    const pool = byCounty.get(s.region) ?? [];
    for (let k = 0; k < 2 && pool.length > 0; k++) {
      const i = nextInCounty.get(s.region) ?? 0;
      nextInCounty.set(s.region, i + 1);
      pool[i % pool.length]!.stations.push(stationKey(s.region, s.name));
    }
  }

  // National and provincial deputies who are not station founders.
  const firstStationIn = (region: string) => NANYANG_INDUSTRY_STATIONS.find((s) => s.region === region);
  for (let i = 0; i < 6; i++) {
    const county = NANYANG_COUNTIES[(i * 5) % NANYANG_COUNTIES.length]!;
    const station = firstStationIn(county.code);
    add({ ...provincial, delegation: "南阳代表团", region: county.code, groups: [], stations: station ? [stationKey(station.region, station.name)] : [] }, senior(i), county.name);
  }
  const nationalPlaces = [CODE.WANCHENG, CODE.WOLONG, CODE.XIANGCHENG, "411081"];
  nationalPlaces.forEach((region, i) => {
    const stations = region === CODE.XIANGCHENG ? [stationKey(XIANGCHENG_CONTACT_POINT.region, XIANGCHENG_CONTACT_POINT.name)] : [];
    add({ ...national, region, groups: [], stations }, senior(i + 3), regionName(region));
  });
  for (let i = 0; i < 6; i++) {
    const county = i < 2 ? XUCHANG_COUNTIES.find((x) => x.code === CODE.XIANGCHENG)! : XUCHANG_COUNTIES[i % XUCHANG_COUNTIES.length]!;
    const station = county.code === CODE.XIANGCHENG ? XIANGCHENG_TOWNSHIP_STATIONS[i + 2]! : undefined;
    add({ ...provincial, delegation: "许昌代表团", region: county.code, groups: [], stations: station ? [stationKey(station.region, station.name)] : [] }, senior(i + 1), county.name);
  }

  // 许昌市 city deputies: six from 襄城 (on duty at its township stations), two from each other county.
  const xuchangCity = { level: "PREFECTURAL" as const, committee: CODE.XUCHANG, termNumber: TERM.XUCHANG };
  for (let i = 0; i < 6; i++) {
    const station = XIANGCHENG_TOWNSHIP_STATIONS[(i * 3) % XIANGCHENG_TOWNSHIP_STATIONS.length]!;
    add({ ...xuchangCity, delegation: "襄城县代表团", region: CODE.XIANGCHENG, groups: [], stations: [stationKey(station.region, station.name)] }, senior(i + 2), "襄城县");
  }
  for (const county of XUCHANG_COUNTIES.filter((x) => x.code !== CODE.XIANGCHENG)) {
    for (let k = 0; k < 2; k++) {
      add({ ...xuchangCity, delegation: `${county.name}代表团`, region: county.code, groups: [], stations: [] }, senior(k + out.length), county.name);
    }
  }

  // 襄城县 county deputies: four per township, each in one of the six groups, on duty at the township
  // station and at a specialty station matching their work; group leaders also staff the 联络点.
  const contactPoint = stationKey(XIANGCHENG_CONTACT_POINT.region, XIANGCHENG_CONTACT_POINT.name);
  const used = new Map<string, number>();
  XIANGCHENG_TOWNSHIPS.forEach((t, ti) => {
    for (let j = 0; j < 4; j++) {
      const g = XIANGCHENG_GROUPS[(ti * 4 + j) % XIANGCHENG_GROUPS.length]!;
      const k = used.get(g.field) ?? 0;
      used.set(g.field, k + 1);
      const profiles = XIANGCHENG_PROFILES[g.field]!;
      const profile = profiles[k % profiles.length]!;
      const leader = k === 0;
      const own = XIANGCHENG_TOWNSHIP_STATIONS[ti]!;
      const stations = [stationKey(own.region, own.name)];
      if (profile.station) stations.push(stationKey(CODE.XIANGCHENG, profile.station));
      if (leader) stations.push(contactPoint);
      add(
        { level: "COUNTY", committee: CODE.XIANGCHENG, termNumber: TERM.XIANGCHENG, delegation: `${t.name}代表团`, region: t.code, groups: [{ key: groupKey(CODE.XIANGCHENG, g.name), leader }], stations },
        profile,
        t.name,
      );
    }
  });

  // 乡镇人大代表: three per township, on duty at their township's station.
  XIANGCHENG_TOWNSHIPS.forEach((t, ti) => {
    for (let j = 0; j < 3; j++) {
      const profile = TOWNSHIP_PROFILES[(ti * 3 + j) % TOWNSHIP_PROFILES.length]!;
      add(
        { level: "TOWNSHIP", committee: t.code, termNumber: TERM.TOWNSHIP, delegation: `${t.name}第一代表小组`, region: t.code, groups: [], stations: [stationKey(t.code, XIANGCHENG_TOWNSHIP_STATIONS[ti]!.name)] },
        profile,
        t.name,
      );
    }
  });

  // 邓州市 county deputies.
  for (let i = 0; i < 6; i++) {
    add(
      { level: "COUNTY", committee: CODE.DENGZHOU, termNumber: TERM.DENGZHOU, delegation: DENGZHOU_DELEGATIONS[i % DENGZHOU_DELEGATIONS.length]!, region: CODE.DENGZHOU, groups: [], stations: [] },
      DENGZHOU_PROFILES[i % DENGZHOU_PROFILES.length]!,
      "邓州市",
    );
  }
  return out;
}
