import { describe, expect, it } from "vitest";
import { LIVELIHOOD_ERRORS as E } from "./errors";
import { choiceProblem, tally } from "./ballot";

const paper = { seats: 2, candidateIds: ["a", "b", "c", "d"] };

describe("a ballot's choices", () => {
  it("accepts one up to `seats` distinct candidates of the paper", () => {
    expect(choiceProblem(paper, ["a"])).toBeNull();
    expect(choiceProblem(paper, ["a", "d"])).toBeNull();
  });

  it("refuses too many, none, a repeated one and a candidate not on the paper", () => {
    expect(choiceProblem(paper, ["a", "b", "c"])).toBe(E.voteTooMany);
    expect(choiceProblem(paper, [])).toBe(E.voteNone);
    expect(choiceProblem(paper, ["a", "a"])).toBe(E.voteDuplicate);
    expect(choiceProblem(paper, ["a", "zzz"])).toBe(E.voteUnknownCandidate);
  });
});

describe("the tally", () => {
  it("counts issued, cast, valid and invalid ballots and the votes of every candidate", () => {
    const t = tally(paper, 10, 6, [["a", "b"], ["a"], ["a", "c"], ["b", "c"], ["a", "b"], ["a", "b", "c"]]);
    expect(t).toMatchObject({ issued: 10, cast: 6, turnout: 6, valid: 5, invalid: 1, threshold: 3 });
    expect(t.results.map((r) => [r.candidateId, r.votes, r.rank, r.outcome])).toEqual([
      ["a", 4, 1, "CHOSEN"],
      ["b", 3, 2, "CHOSEN"],
      ["c", 2, 3, "NOT_CHOSEN"],
      ["d", 0, 4, "NOT_CHOSEN"],
    ]);
    expect(t.chosen).toEqual(["a", "b"]);
    expect(t.seatsForRunoff).toBe(0);
  });

  it("chooses nobody tied at the last seat: the seat goes to a further ballot among them", () => {
    const t = tally(paper, 5, 5, [["a", "b"], ["a", "c"], ["a", "b"], ["a", "c"], ["b", "c"]]);
    expect(t.chosen).toEqual(["a"]);
    expect(t.results.filter((r) => r.outcome === "TIE").map((r) => r.candidateId)).toEqual(["b", "c"]);
    expect(t.seatsForRunoff).toBe(1);
    expect(t.seatsUnfilled).toBe(0);
  });

  it("chooses only candidates with more than half of the valid ballots", () => {
    const t = tally(paper, 4, 4, [["a"], ["b"], ["c"], ["a", "d"]]);
    expect(t.threshold).toBe(3);
    expect(t.chosen).toEqual([]);
    expect(t.seatsUnfilled).toBe(2);
  });

  it("chooses both when two candidates tie within the seats", () => {
    const t = tally(paper, 3, 3, [["a", "b"], ["a", "b"], ["c"]]);
    expect(t.chosen).toEqual(["a", "b"]);
  });
});
