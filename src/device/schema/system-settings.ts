import { featureToggles } from './feature-visibility';
import { field, toggle, type TableSchema } from './types';

export const systemSettings: TableSchema = {
  path: 'system settings',
  kind: 'single',
  scope: 'vdom',
  help: 'Configure VDOM settings.',
  fields: [
    field('comments', { kind: 'string', maxLength: 255 }, '', 'VDOM comments.'),
    field(
      'opmode',
      { kind: 'option', options: ['nat', 'transparent'] },
      'nat',
      'Firewall operation mode (NAT or Transparent).',
    ),
    field(
      'inspection-mode',
      { kind: 'option', options: ['proxy', 'flow'] },
      'flow',
      'Inspection mode (proxy-based or flow-based).',
    ),
    toggle('gui-default-policy-columns', 'disable', 'Enable/disable default columns on the policy list.'),
    ...featureToggles
      .filter((f) => f.table === 'system settings')
      .map((f) => toggle(f.key, f.default, f.help, f.label)),
  ],
};
