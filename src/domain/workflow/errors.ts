/**
 * Catalog keys of every message the workflow rules can answer with (messages/*.json, under
 * "workflow.errors"). Nothing in this folder returns a message that is not listed here.
 */
export const WORKFLOW_ERRORS = {
  forbidden: "workflow.errors.forbidden",
  notAllowedNow: "workflow.errors.notAllowedNow",
  invalidInput: "workflow.errors.invalidInput",
  returnWindowClosed: "workflow.errors.returnWindowClosed",
  extensionPending: "workflow.errors.extensionPending",
  noExtensionPending: "workflow.errors.noExtensionPending",
  alreadyKeySupervised: "workflow.errors.alreadyKeySupervised",
  alreadyAcknowledged: "workflow.errors.alreadyAcknowledged",
  evaluationWindowOpen: "workflow.errors.evaluationWindowOpen",
  noFollowUpPending: "workflow.errors.noFollowUpPending",
  reasonRequired: "workflow.errors.reasonRequired",
  noteRequired: "workflow.errors.noteRequired",
  opinionRequired: "workflow.errors.opinionRequired",
  tooLong: "workflow.errors.tooLong",
  mergeTargetRequired: "workflow.errors.mergeTargetRequired",
  mergeIntoSelf: "workflow.errors.mergeIntoSelf",
  leadUnitRequired: "workflow.errors.leadUnitRequired",
  coUnitInvalid: "workflow.errors.coUnitInvalid",
  extensionDays: "workflow.errors.extensionDays",
  resultClassInvalid: "workflow.errors.resultClassInvalid",
  replyTextRequired: "workflow.errors.replyTextRequired",
  satisfactionRequired: "workflow.errors.satisfactionRequired",
  flagInvalid: "workflow.errors.flagInvalid",
} as const;
export type TWorkflowError = (typeof WORKFLOW_ERRORS)[keyof typeof WORKFLOW_ERRORS];
