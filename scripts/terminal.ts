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

/** 0 once `command` has run, 1 where it stopped with CommandFailed; anything else is thrown on. */
export async function exitCodeOf(command: Promise<void>): Promise<number> {
  try {
    await command;
    return 0;
  } catch (error) {
    if (error instanceof CommandFailed) return 1;
    throw error;
  }
}
