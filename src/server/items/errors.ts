import "server-only";
import { ActionRefusal } from "../actions";

/**
 * Someone else changed the item first (its version moved on between reading and writing): nothing
 * was written; the user reloads and sees the item as it is now.
 */
export class ConflictError extends ActionRefusal {
  constructor() {
    super("workflow.errors.conflict");
    this.name = "ConflictError";
  }
}

/** The workflow rules refused the action (messageKey is a workflow.errors.* catalog key). */
export class WorkflowRefusal extends ActionRefusal {
  constructor(
    messageKey: string,
    public readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(messageKey, Object.keys(fieldErrors)[0]);
    this.name = "WorkflowRefusal";
  }
}
