import { useState } from 'react';
import { labelOf } from '../../client/schema-answer';
import { Button, useFieldError } from '../../ui';
import { nextRuleId, rulesOf, rulesToRest, type PortalRule } from './model';
import { PortalRuleDialog } from './PortalRuleDialog';
import type { SectionProps } from './section-props';

type Editing = { kind: 'new' } | { kind: 'rule'; rule: PortalRule } | { kind: 'others' };

const who = (rule: PortalRule): string => [...rule.groups, ...rule.users].join(', ');

/**
 * Authentication/Portal Mapping: the `authentication-rule` rows (users and groups → portal) and the
 * closing "All Other Users/Groups" row, which is `default-portal`.
 */
export function PortalMapping({ data, view, setSetting, disabled }: SectionProps) {
  const [editing, setEditing] = useState<Editing | null>(null);
  const label = (key: string, fallback: string): string => labelOf(data.labels, key, fallback);
  const others = label('default-portal', 'All Other Users/Groups');
  const rules = rulesOf(view);
  const defaultPortal = String(view['default-portal'] ?? '');
  const setRules = (next: PortalRule[]): void => setSetting('authentication-rule', rulesToRest(next));
  const error = useFieldError('default-portal', 'authentication-rule', 'portal', 'groups', 'users');

  const save = (values: { groups: string[]; users: string[]; portal: string }): void => {
    if (!editing) return;
    if (editing.kind === 'others') setSetting('default-portal', values.portal);
    else if (editing.kind === 'new') setRules([...rules, { id: nextRuleId(rules), ...values }]);
    else setRules(rules.map((r) => (r.id === editing.rule.id ? { ...r, ...values } : r)));
    setEditing(null);
  };

  return (
    <section className="fg-section fg-sslvpn__section" aria-labelledby="fg-sslvpn-mapping">
      <h2 id="fg-sslvpn-mapping" className="fg-section__title">
        {label('authentication-rule', 'Authentication/Portal Mapping')}
      </h2>
      <div className="fg-sslvpn__toolbar">
        <Button disabled={disabled} onClick={() => setEditing({ kind: 'new' })}>
          Create New
        </Button>
      </div>
      <table className="fg-sslvpn__table">
        <thead>
          <tr>
            <th scope="col">Users/Groups</th>
            <th scope="col">{label('authentication-rule.portal', 'Portal')}</th>
            <th scope="col">
              <span className="fg-visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rules.map((rule) => (
            <tr key={rule.id}>
              <td>{who(rule)}</td>
              <td>{rule.portal}</td>
              <td>
                <div className="fg-sslvpn__row-actions">
                  <Button
                    disabled={disabled}
                    aria-label={`Edit mapping for ${who(rule)}`}
                    onClick={() => setEditing({ kind: 'rule', rule })}
                  >
                    Edit
                  </Button>
                  <Button
                    disabled={disabled}
                    aria-label={`Delete mapping for ${who(rule)}`}
                    onClick={() => setRules(rules.filter((r) => r.id !== rule.id))}
                  >
                    Delete
                  </Button>
                </div>
              </td>
            </tr>
          ))}
          <tr>
            <td>{others}</td>
            <td>{defaultPortal}</td>
            <td>
              <div className="fg-sslvpn__row-actions">
                <Button
                  disabled={disabled}
                  aria-label={`Edit mapping for ${others}`}
                  onClick={() => setEditing({ kind: 'others' })}
                >
                  Edit
                </Button>
              </div>
            </td>
          </tr>
        </tbody>
      </table>
      {error && (
        <p className="fg-form-row__error" role="alert">
          {error}
        </p>
      )}
      {editing && (
        <PortalRuleDialog
          title={
            editing.kind === 'new'
              ? 'New Authentication/Portal Mapping'
              : 'Edit Authentication/Portal Mapping'
          }
          rule={editing.kind === 'others' ? null : editing.kind === 'rule' ? editing.rule : emptyRule}
          portal={
            editing.kind === 'others' ? defaultPortal : editing.kind === 'rule' ? editing.rule.portal : ''
          }
          portals={data.choices.portals}
          groups={data.choices.groups}
          users={data.choices.users}
          labels={{
            users: label('authentication-rule.users', 'Users'),
            groups: label('authentication-rule.groups', 'Groups'),
            portal: label('authentication-rule.portal', 'Portal'),
          }}
          onOk={save}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}

const emptyRule: PortalRule = { id: 0, groups: [], users: [], portal: '' };
