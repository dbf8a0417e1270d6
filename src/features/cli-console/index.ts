/** The CLI Console panel (mounted by the shell's console slot) and its client-side state. */
export { CliConsole, type CliConsoleProps } from './CliConsole';
export {
  endCliSession,
  resetCliConsole,
  useCliHistory,
  useCliPanel,
  useCliTranscript,
} from './console-store';
