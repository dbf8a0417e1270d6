/**
 * The FortiOS 6.0 CLI over the device (reference §10) and the configuration file it reads and writes:
 * `CliSession` for the console, `backupConfig` / `restoreConfig` for Configuration › Backup/Restore.
 */
export {
  CliSession,
  isHelpRequest,
  type CliResult,
  type CliSessionOptions,
  type Completion,
} from './cli-session';
export type { CliEvent } from './verbs';
export { backupConfig, configurationLines } from './backup';
export { parseConfigText, restoreConfig, restoreReboots, applyConfig, type ParsedConfig } from './restore';
