import { cmdb, monitor } from '../../client';
import { useResource } from '../../client/react';
import { Loading, Notice } from '../../ui';
import { loadDeviceClock } from './device-clock';
import { systemInformation, type SystemInformationSource } from './system-information';

async function loadSource(): Promise<SystemInformationSource> {
  const [status, settings, clock] = await Promise.all([
    monitor.systemStatus(),
    cmdb.single('system/settings'),
    loadDeviceClock(),
  ]);
  return {
    hostname: status.results?.hostname ?? '',
    serial: status.serial,
    version: status.version,
    build: status.build,
    opmode: String(settings.opmode ?? 'nat'),
    clock,
  };
}

/** Dashboard › Status › System Information. */
export function SystemInformationWidget() {
  const { data, error } = useResource(loadSource, []);
  return (
    <section className="fg-widget" aria-labelledby="fg-widget-sysinfo">
      <h2 id="fg-widget-sysinfo" className="fg-widget__title">
        System Information
      </h2>
      {error && <Notice kind="error">{error.message}</Notice>}
      {data && (
        <table className="fg-widget__facts">
          <tbody>
            {systemInformation(data).map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td>{row.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!data && !error && <Loading className="fg-widget__loading" />}
    </section>
  );
}
