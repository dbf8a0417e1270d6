import { labelOf } from '../../client/schema-answer';
import { FormRow, ToggleSwitch } from '../../ui';
import { RadioRow } from '../../ui/RadioRow';
import { restrictModeOf, withCurrent, type RestrictMode } from './model';
import { NamesField } from './NamesField';
import type { SectionProps } from './section-props';

/** An integer field as typed: digits become a number, anything else goes to the device as typed. */
const typedInteger = (text: string): number | string => (/^\d+$/.test(text.trim()) ? Number(text) : text);

/** The idle timeout a user gets when switching Idle Logout back on (the 6.0 default). */
const DEFAULT_IDLE_TIMEOUT = 300;

export function ConnectionSettings({ data, view, draft, setSetting, setDraft, disabled }: SectionProps) {
  const { labels, choices } = data;
  const label = (key: string, fallback: string): string => labelOf(labels, key, fallback);
  const restrict: RestrictMode = draft.restrict ?? restrictModeOf(data.settings);
  const idle = view['idle-timeout'];
  const idleOn = idle !== 0 && idle !== '0';

  return (
    <section className="fg-section fg-sslvpn__section" aria-labelledby="fg-sslvpn-connection">
      <h2 id="fg-sslvpn-connection" className="fg-section__title">
        Connection Settings
      </h2>
      <NamesField
        view={view}
        setSetting={setSetting}
        disabled={disabled}
        field="source-interface"
        label={label('source-interface', 'Listen on Interface(s)')}
        options={choices.interfaces}
        placed
      />
      <FormRow label={label('port', 'Listen on Port')} field="port">
        {(id, error) => (
          <input
            id={id}
            type="number"
            min={1}
            max={65535}
            className="fg-sslvpn__number"
            value={String(view.port ?? '')}
            disabled={disabled}
            aria-invalid={Boolean(error) || undefined}
            onChange={(e) => setSetting('port', typedInteger(e.target.value))}
          />
        )}
      </FormRow>
      <ToggleSwitch
        label={label('https-redirect', 'Redirect HTTP to SSL-VPN')}
        checked={view['https-redirect'] === 'enable'}
        disabled={disabled}
        onChange={(on) => setSetting('https-redirect', on ? 'enable' : 'disable')}
      />
      <RadioRow
        label={label('source-address', 'Restrict Access')}
        value={restrict}
        choices={[
          { value: 'any', label: 'Allow access from any host' },
          { value: 'limit', label: 'Limit access to specific hosts' },
        ]}
        disabled={disabled}
        field="source-address"
        onChange={(mode) => {
          setDraft({ restrict: mode });
          if (mode === 'any') setSetting('source-address', []);
        }}
      />
      {restrict === 'limit' && (
        <NamesField
          view={view}
          setSetting={setSetting}
          disabled={disabled}
          field="source-address"
          label="Hosts"
          options={choices.addresses}
        />
      )}
      <ToggleSwitch
        label={label('idle-timeout', 'Idle Logout')}
        checked={idleOn}
        disabled={disabled}
        onChange={(on) => setSetting('idle-timeout', on ? DEFAULT_IDLE_TIMEOUT : 0)}
      />
      {idleOn && (
        <FormRow label="Inactive For (seconds)" field="idle-timeout">
          {(id) => (
            <input
              id={id}
              type="number"
              min={1}
              max={259200}
              className="fg-sslvpn__number"
              value={String(idle ?? '')}
              disabled={disabled}
              onChange={(e) => setSetting('idle-timeout', typedInteger(e.target.value))}
            />
          )}
        </FormRow>
      )}
      <FormRow label={label('servercert', 'Server Certificate')} field="servercert">
        {(id) => (
          <select
            id={id}
            value={String(view.servercert ?? '')}
            disabled={disabled}
            onChange={(e) => setSetting('servercert', e.target.value)}
          >
            {withCurrent(choices.certificates, String(view.servercert ?? '')).map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        )}
      </FormRow>
      <ToggleSwitch
        label={label('reqclientcert', 'Require Client Certificate')}
        checked={view.reqclientcert === 'enable'}
        disabled={disabled}
        onChange={(on) => setSetting('reqclientcert', on ? 'enable' : 'disable')}
      />
    </section>
  );
}
