// A mistake on the command line (a missing option, an unknown command): said to the operator in
// the terminal, in English, and never a refusal of the depot's, so it carries no reason. The CLI
// prints it like a refusal (`depot: <message>`) and exits with status 1.
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
