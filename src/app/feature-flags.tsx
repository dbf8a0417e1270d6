/**
 * The Feature Visibility keys (`gui-*`) as the device holds them, read once for the whole shell (the
 * menu and the "not visible" gate share it) and re-read on every revision change, so Apply on
 * System › Feature Visibility — or `set gui-endpoint-control enable` in the CLI — updates the menu at once.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { cmdb, type CmdbRow } from '../client';
import { useResource } from '../client/react';
import { useExpireOnUnauthorized } from './session';
import type { FeatureCheck } from './menu';

export interface FeatureFlags {
  /** False until the first answer: gated entries stay hidden rather than flash in. */
  ready: boolean;
  isOn: FeatureCheck;
  error: Error | null;
}

const guiKeys = (row: CmdbRow | undefined): Record<string, boolean> =>
  Object.fromEntries(
    Object.entries(row ?? {})
      .filter(([k]) => k.startsWith('gui-'))
      .map(([k, v]) => [k, v === 'enable']),
  );

async function loadFlags(): Promise<Record<string, boolean>> {
  const [settings, global] = await Promise.all([
    cmdb.single('system/settings'),
    cmdb.single('system/global'),
  ]);
  return { ...guiKeys(global), ...guiKeys(settings) };
}

const FeatureFlagsContext = createContext<FeatureFlags>({ ready: false, isOn: () => false, error: null });

export function FeatureFlagsProvider({ children }: { children: ReactNode }) {
  const { data, error } = useResource(loadFlags, []);
  useExpireOnUnauthorized(error);
  const value: FeatureFlags = { ready: data !== undefined, isOn: (key) => data?.[key] === true, error };
  return <FeatureFlagsContext value={value}>{children}</FeatureFlagsContext>;
}

export const useFeatureFlags = (): FeatureFlags => useContext(FeatureFlagsContext);
