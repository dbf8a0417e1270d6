import type { RegistrationSummary as Summary } from '../../client';

const entries: ReadonlyArray<{ key: keyof Summary; label: string }> = [
  { key: 'total', label: 'Total' },
  { key: 'online', label: 'Online' },
  { key: 'offline', label: 'Offline' },
  { key: 'compliant', label: 'Compliant' },
  { key: 'non_compliant', label: 'Non-compliant' },
  { key: 'exempt', label: 'Exempt' },
  { key: 'quarantined', label: 'Quarantined' },
];

/** The counts of `registration/summary`, as the device gives them. */
export function RegistrationSummary({ summary }: { summary: Summary }) {
  return (
    <section className="fg-fctmon__summary" aria-labelledby="fg-fctmon-summary">
      <h2 id="fg-fctmon-summary" className="fg-visually-hidden">
        Registration summary
      </h2>
      <dl className="fg-fctmon__counts">
        {entries.map((e) => (
          <div key={e.key} className="fg-fctmon__count">
            <dt>{e.label}</dt>
            <dd>{summary[e.key]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
