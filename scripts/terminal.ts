/**
 * What the command-line scripts write to: the process's standard output and error when run as
 * commands, strings when a test runs them in its own process.
 */
export interface Terminal {
  out(text: string): void;
  err(text: string): void;
}

export const processTerminal: Terminal = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

/** Ends a command with exit code 1, its message already written. */
export class CommandFailed extends Error {}
