#!/usr/bin/env node
// sycophancy-probe: the extension's scorer, importer and report, without a browser.
import { commands } from './commands';

const USAGE = `Usage: sycophancy-probe <command> [options]

Commands:
${Object.values(commands)
  .map((c) => `  ${c.name.padEnd(8)} ${c.summary}`)
  .join('\n')}

Run "sycophancy-probe <command> --help" for a command's options.`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    console.log(USAGE);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    console.error(`sycophancy-probe: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`sycophancy-probe: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
