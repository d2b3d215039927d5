/** Message keys (catalog namespace `livelihood`) for every refusal of the livelihood rules. */
export const LIVELIHOOD_ERRORS = {
  notNow: "livelihood.errors.notNow",
  notAllowed: "livelihood.errors.notAllowed",
  windowTooShort: "livelihood.errors.windowTooShort",
  windowOrder: "livelihood.errors.windowOrder",
  formClosed: "livelihood.errors.formClosed",
  collectionNotOver: "livelihood.errors.collectionNotOver",
  noCandidates: "livelihood.errors.noCandidates",
  notCompetitive: "livelihood.errors.notCompetitive",
  seats: "livelihood.errors.seats",
  unitsMissing: "livelihood.errors.unitsMissing",
  voteClosed: "livelihood.vote.errors.closed",
  voteTwice: "livelihood.vote.errors.twice",
  voteTooMany: "livelihood.vote.errors.tooMany",
  voteNone: "livelihood.vote.errors.none",
  voteDuplicate: "livelihood.vote.errors.duplicate",
  voteUnknownCandidate: "livelihood.vote.errors.unknownCandidate",
  voteNotEligible: "livelihood.vote.errors.notEligible",
  rateTwice: "livelihood.rate.errors.twice",
} as const;
export type TLivelihoodError = (typeof LIVELIHOOD_ERRORS)[keyof typeof LIVELIHOOD_ERRORS];
