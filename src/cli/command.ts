/** One CLI sub-command. Each lives in its own file under ./commands and is listed in ./commands/index.ts. */
export interface Command {
  name: string;
  summary: string;
  /** Runs with the arguments after the command name; resolves to the process exit code. */
  run(args: string[]): Promise<number>;
}
