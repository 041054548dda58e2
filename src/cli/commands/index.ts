import type { Command } from '../command';
import { score } from './score';

export const commands: Record<string, Command> = Object.fromEntries([score].map((c) => [c.name, c]));
