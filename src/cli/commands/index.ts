import type { Command } from '../command';
import { importCommand } from './import';
import { report } from './report';
import { score } from './score';

export const commands: Record<string, Command> = Object.fromEntries([score, importCommand, report].map((c) => [c.name, c]));
