import { field, type TableSchema } from './types';

/**
 * `config system console` (global, single object). `output more` pages long output with `--More--` on an
 * interactive console; `standard` prints it whole. Automation libraries read `get system console` and set
 * `output standard` at login (see docs/fortios-6.0.md, "The CLI over SSH").
 */
export const systemConsole: TableSchema = {
  path: 'system console',
  kind: 'single',
  scope: 'global',
  help: 'Configure console.',
  fields: [
    field('mode', { kind: 'option', options: ['batch', 'line'] }, 'line', 'Console mode.'),
    field(
      'baudrate',
      { kind: 'option', options: ['9600', '19200', '38400', '57600', '115200'] },
      '9600',
      'Console baud rate.',
    ),
    field('output', { kind: 'option', options: ['standard', 'more'] }, 'more', 'Console output mode.'),
    field(
      'login',
      { kind: 'option', options: ['enable', 'disable'] },
      'enable',
      'Enable/disable serial console and FortiExplorer.',
    ),
    field(
      'fortiexplorer',
      { kind: 'option', options: ['enable', 'disable'] },
      'enable',
      'Enable/disable access for FortiExplorer.',
    ),
  ],
};
