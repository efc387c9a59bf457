import type { Command } from 'commander';
import type { CliIo } from '../io.js';

export function registerShow(_program: Command, _io: CliIo, _setExitCode: (code: number) => void): void {
  // To be written.
}
