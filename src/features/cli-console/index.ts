/** The CLI Console panel (mounted by the shell's console slot) and its client-side state. */
export { CliConsole, type CliConsoleProps } from './CliConsole';
export { resetCliConsole, useCliHistory, useCliPanel, useCliTranscript } from './console-store';
