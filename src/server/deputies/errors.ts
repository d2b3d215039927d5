/**
 * A refusal of an import step the user can act on, as a message key ("register.import.errors.…").
 * Kept apart from src/server/actions.ts so that scripts (the import benchmark) can load the commands
 * without Next's request APIs.
 */
export class ImportRefusal extends Error {
  constructor(public readonly messageKey: string) {
    super(messageKey);
    this.name = "ImportRefusal";
  }
}
