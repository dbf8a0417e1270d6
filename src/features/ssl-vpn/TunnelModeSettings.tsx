import { labelOf } from '../../client/schema-answer';
import { FieldError, FormRow, ToggleSwitch } from '../../ui';
import { RadioRow } from '../../ui/RadioRow';
import {
  addressModeOf,
  AUTO_POOL,
  dnsModeOf,
  nameRefs,
  NO_DNS,
  type AddressMode,
  type DnsMode,
} from './model';
import { NamesField } from './NamesField';
import type { SectionProps } from './section-props';

export function TunnelModeSettings({ data, view, draft, setSetting, setDraft, disabled }: SectionProps) {
  const { labels, choices } = data;
  const label = (key: string, fallback: string): string => labelOf(labels, key, fallback);
  const addressMode: AddressMode = draft.addressRange ?? addressModeOf(data.settings);
  const dnsMode: DnsMode = draft.dns ?? dnsModeOf(data.settings);
  const heartbeat = draft.heartbeat ?? data.heartbeat ?? false;

  return (
    <section className="fg-section fg-sslvpn__section" aria-labelledby="fg-sslvpn-tunnel">
      <h2 id="fg-sslvpn-tunnel" className="fg-section__title">
        Tunnel Mode Client Settings
      </h2>
      <RadioRow
        label={label('tunnel-ip-pools', 'Address Range')}
        value={addressMode}
        choices={[
          { value: 'auto', label: 'Automatically assign addresses' },
          { value: 'custom', label: 'Specify custom IP ranges' },
        ]}
        disabled={disabled}
        field="tunnel-ip-pools"
        onChange={(mode) => {
          setDraft({ addressRange: mode });
          if (mode === 'auto') setSetting('tunnel-ip-pools', nameRefs([AUTO_POOL]));
        }}
      >
        {addressMode === 'auto' && data.autoRange && (
          <p className="fg-sslvpn__hint">Tunnel users will receive IPs in the range of {data.autoRange}</p>
        )}
      </RadioRow>
      {addressMode === 'custom' && (
        <NamesField
          view={view}
          setSetting={setSetting}
          disabled={disabled}
          field="tunnel-ip-pools"
          label="IP Ranges"
          options={choices.addresses}
        />
      )}
      <RadioRow
        label="DNS Server"
        value={dnsMode}
        choices={[
          { value: 'client', label: 'Same as client system DNS' },
          { value: 'specify', label: 'Specify' },
        ]}
        disabled={disabled}
        onChange={(mode) => {
          setDraft({ dns: mode });
          if (mode === 'client') {
            setSetting('dns-server1', NO_DNS);
            setSetting('dns-server2', NO_DNS);
          }
        }}
      />
      {dnsMode === 'specify' &&
        (['dns-server1', 'dns-server2'] as const).map((key, i) => (
          <FormRow key={key} label={label(key, `DNS Server #${i + 1}`)} field={key}>
            {(id, error) => (
              <input
                id={id}
                value={view[key] === NO_DNS ? '' : String(view[key] ?? '')}
                placeholder={NO_DNS}
                disabled={disabled}
                aria-invalid={Boolean(error) || undefined}
                onChange={(e) => setSetting(key, e.target.value.trim() === '' ? NO_DNS : e.target.value)}
              />
            )}
          </FormRow>
        ))}
      {data.heartbeat !== undefined && (
        <>
          <ToggleSwitch
            label="Allow Endpoint Registration"
            description="FortiClient endpoints may register over the SSL-VPN tunnel (FortiTelemetry on ssl.root)."
            checked={heartbeat}
            disabled={disabled}
            onChange={(on) => setDraft({ heartbeat: on })}
          />
          <FieldError field="fortiheartbeat" />
        </>
      )}
    </section>
  );
}
