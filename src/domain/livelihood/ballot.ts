import { LIVELIHOOD_ERRORS as E, type TLivelihoodError } from "./errors";

/**
 * The secret ballot: which choices a deputy may make, and the tally. A ballot names at most `seats`
 * distinct candidates of the session and at least one. The server refuses any other ballot before
 * it is stored; the tally classifies stored ballots again by the same rule (an invalid stored ballot
 * is counted as invalid, never silently dropped).
 */
export type TBallotPaper = { seats: number; candidateIds: readonly string[] };

export function choiceProblem(paper: TBallotPaper, choices: readonly string[]): TLivelihoodError | null {
  if (choices.length === 0) return E.voteNone;
  if (new Set(choices).size !== choices.length) return E.voteDuplicate;
  if (choices.some((c) => !paper.candidateIds.includes(c))) return E.voteUnknownCandidate;
  if (choices.length > paper.seats) return E.voteTooMany;
  return null;
}

export type TOutcome = "CHOSEN" | "TIE" | "NOT_CHOSEN";
export type TCandidateResult = { candidateId: string; votes: number; rank: number; outcome: TOutcome };

export type TTally = {
  /** ballots issued: the eligible deputies when the session opened */
  issued: number;
  /** ballots in the box */
  cast: number;
  /** deputies recorded as having voted (equals `cast` when nothing went wrong) */
  turnout: number;
  valid: number;
  invalid: number;
  /** votes a candidate needs: more than half of the valid ballots */
  threshold: number;
  results: TCandidateResult[];
  chosen: string[];
  /** seats left open by a tie at the cut-off, to be filled by a further ballot among the tied */
  seatsForRunoff: number;
  /** seats left open because too few candidates passed the threshold */
  seatsUnfilled: number;
};

/**
 * The rule printed on the certificate: candidates are ranked by votes; a candidate is chosen when
 * ranked within the seats AND holding more than half of the valid ballots. When candidates with
 * equal votes straddle the last seat, none of them is chosen by this ballot: the remaining seats
 * go to a further ballot among the tied candidates (另行投票).
 */
export function tally(paper: TBallotPaper, issued: number, turnout: number, ballots: readonly (readonly string[])[]): TTally {
  const votes = new Map(paper.candidateIds.map((id) => [id, 0]));
  let valid = 0;
  for (const choices of ballots) {
    if (choiceProblem(paper, choices) !== null) continue;
    valid++;
    for (const c of choices) votes.set(c, (votes.get(c) ?? 0) + 1);
  }
  const threshold = Math.floor(valid / 2) + 1;
  const ranked = paper.candidateIds
    .map((candidateId, order) => ({ candidateId, votes: votes.get(candidateId) ?? 0, order }))
    .sort((a, b) => b.votes - a.votes || a.order - b.order);
  const passing = ranked.filter((r) => r.votes >= threshold);
  const chosen = new Set<string>();
  const tied = new Set<string>();
  let seatsForRunoff = 0;
  if (passing.length <= paper.seats) {
    for (const r of passing) chosen.add(r.candidateId);
  } else {
    const cutVotes = passing[paper.seats - 1]!.votes;
    const above = passing.filter((r) => r.votes > cutVotes);
    for (const r of above) chosen.add(r.candidateId);
    const atCut = passing.filter((r) => r.votes === cutVotes);
    if (above.length + atCut.length > paper.seats) {
      for (const r of atCut) tied.add(r.candidateId);
      seatsForRunoff = paper.seats - above.length;
    } else {
      for (const r of atCut) chosen.add(r.candidateId);
    }
  }
  const results = ranked.map((r) => ({
    candidateId: r.candidateId,
    votes: r.votes,
    rank: 1 + ranked.filter((o) => o.votes > r.votes).length,
    outcome: (chosen.has(r.candidateId) ? "CHOSEN" : tied.has(r.candidateId) ? "TIE" : "NOT_CHOSEN") as TOutcome,
  }));
  return {
    issued,
    cast: ballots.length,
    turnout,
    valid,
    invalid: ballots.length - valid,
    threshold,
    results,
    chosen: results.filter((r) => r.outcome === "CHOSEN").map((r) => r.candidateId),
    seatsForRunoff,
    seatsUnfilled: paper.seats - chosen.size - seatsForRunoff,
  };
}
