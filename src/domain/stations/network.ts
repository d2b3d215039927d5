/**
 * A county's station network reads "16+1+N" (the bulletin's 襄城县): township/street stations,
 * the contact point(s) at the citizen service centre, then N specialty and industry stations.
 */
export type TNetworkKind = "TOWNSHIP" | "CONTACT_POINT" | "SPECIALTY" | "INDUSTRY";
export type TNetworkStation = { id: string; name: string; kind: TNetworkKind; active: boolean };

export type TNetwork<T extends TNetworkStation> = {
  township: T[];
  contactPoints: T[];
  /** the "N": specialty stations, then industry stations */
  specialties: T[];
  /** e.g. "16+1+5"; inactive stations are listed but not counted */
  formula: string;
};

const byName = <T extends TNetworkStation>(a: T, b: T) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1);

export function groupNetwork<T extends TNetworkStation>(stations: readonly T[]): TNetwork<T> {
  const of = (...kinds: TNetworkKind[]) => stations.filter((s) => kinds.includes(s.kind)).sort(byName);
  const township = of("TOWNSHIP");
  const contactPoints = of("CONTACT_POINT");
  const specialties = [...of("SPECIALTY"), ...of("INDUSTRY")];
  const count = (list: T[]) => list.filter((s) => s.active).length;
  return { township, contactPoints, specialties, formula: `${count(township)}+${count(contactPoints)}+${count(specialties)}` };
}

/**
 * The committee that runs a station: walking up from the station's region, the first region
 * above township level that has a standing committee (a township's 人大主席团 has no staff of its
 * own here: the county's 代表工委 runs the township stations). `path` lists the station's region
 * first, then its parents.
 */
export function owningCommitteeId(path: readonly { level: string; committeeId: string | null }[]): string | null {
  for (const region of path) {
    if (region.level !== "TOWNSHIP" && region.committeeId) return region.committeeId;
  }
  return null;
}
