import type { Command } from 'commander';
import type { CliIo } from '../io.js';

export function registerInit(_program: Command, _io: CliIo, _setExitCode: (code: number) => void): void {
  // To be written.
}
