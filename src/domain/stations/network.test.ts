import { describe, expect, it } from "vitest";
import { groupNetwork, owningCommitteeId, type TNetworkKind } from "./network";

const station = (i: number, kind: TNetworkKind, active = true) => ({ id: `s${i}`, name: `站${String(i).padStart(2, "0")}`, kind, active });

describe("a county's 16+1+N station network", () => {
  it("reads 16+1+5 for 襄城县's sixteen township stations, one contact point and five specialty stations", () => {
    const stations = [
      ...Array.from({ length: 16 }, (_, i) => station(i, "TOWNSHIP")),
      station(20, "CONTACT_POINT"),
      ...Array.from({ length: 5 }, (_, i) => station(30 + i, "SPECIALTY")),
    ];
    const net = groupNetwork(stations.reverse());
    expect(net.formula).toBe("16+1+5");
    expect(net.township.map((s) => s.id)).toEqual(Array.from({ length: 16 }, (_, i) => `s${i}`));
    expect(net.contactPoints).toHaveLength(1);
  });

  it("counts industry stations in N after the specialty stations, and lists but does not count inactive ones", () => {
    const net = groupNetwork([station(1, "INDUSTRY"), station(2, "SPECIALTY"), station(3, "TOWNSHIP", false), station(4, "TOWNSHIP")]);
    expect(net.specialties.map((s) => s.kind)).toEqual(["SPECIALTY", "INDUSTRY"]);
    expect(net.township).toHaveLength(2);
    expect(net.formula).toBe("1+0+2");
  });

  it("reads 0+0+0 for a county without stations", () => {
    expect(groupNetwork([]).formula).toBe("0+0+0");
  });
});

describe("the committee that runs a station", () => {
  it("skips the township's 人大主席团 and takes the county's committee", () => {
    expect(owningCommitteeId([{ level: "TOWNSHIP", committeeId: "town" }, { level: "COUNTY", committeeId: "county" }, { level: "CITY", committeeId: "city" }])).toBe("county");
  });
  it("climbs past a county without a committee and returns null when nobody has one", () => {
    expect(owningCommitteeId([{ level: "COUNTY", committeeId: null }, { level: "CITY", committeeId: "city" }])).toBe("city");
    expect(owningCommitteeId([{ level: "TOWNSHIP", committeeId: "town" }])).toBeNull();
  });
});
