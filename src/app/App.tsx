/**
 * Placeholder first screen (allowed until the shell issue lands): live facts from the device read
 * through the client — hostname, firmware, interface count — and the boot notice when stored data
 * could not be used.
 */
import { useEffect, useState } from 'react';
import { cmdb, login, monitor, onRevision } from '../client';

interface Facts {
  hostname: string;
  firmware: string;
  interfaces: number;
}

export function App({ bootNotice }: { bootNotice: string | null }) {
  const [facts, setFacts] = useState<Facts | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const load = async (): Promise<void> => {
      try {
        await login('admin', '');
        const status = await monitor.systemStatus();
        const interfaces = await cmdb.list('system/interface');
        if (live)
          setFacts({
            hostname: status.results?.hostname ?? '',
            firmware: `${status.version} build${String(status.build).padStart(4, '0')}`,
            interfaces: interfaces.length,
          });
      } catch (e) {
        if (live) setError((e as Error).message);
      }
    };
    void load();
    const off = onRevision(() => void load());
    return () => {
      live = false;
      off();
    };
  }, []);
  return (
    <main>
      {bootNotice && <p role="alert">{bootNotice}</p>}
      <h1>fgsim</h1>
      {error && <p role="alert">{error}</p>}
      {facts && (
        <dl>
          <dt>Hostname</dt>
          <dd>{facts.hostname}</dd>
          <dt>Firmware</dt>
          <dd>{facts.firmware}</dd>
          <dt>Interfaces</dt>
          <dd>{facts.interfaces}</dd>
        </dl>
      )}
    </main>
  );
}
