/**
 * The device's GUI settings, read once for the whole shell and re-read on every revision change:
 * the Feature Visibility keys (`gui-*`), which the menu and the "not visible" gate share, so Apply on
 * System › Feature Visibility — or `set gui-endpoint-control enable` in the CLI — updates the menu
 * at once; and `gui-theme`, which the provider applies to the page.
 */
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { cmdb, type CmdbRow } from '../client';
import { useResource } from '../client/react';
import { useExpireOnUnauthorized } from './login-store';
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

interface GuiState {
  flags: Record<string, boolean>;
  /** `system global` › `gui-theme` (green, red, blue, melongene, mariner). */
  theme: string;
}

async function loadGuiState(): Promise<GuiState> {
  const [settings, global] = await Promise.all([
    cmdb.single('system/settings'),
    cmdb.single('system/global'),
  ]);
  return {
    flags: { ...guiKeys(global), ...guiKeys(settings) },
    theme: String(global['gui-theme'] ?? 'green'),
  };
}

const FeatureFlagsContext = createContext<FeatureFlags>({ ready: false, isOn: () => false, error: null });

export function GuiSettingsProvider({ children }: { children: ReactNode }) {
  const { data, error } = useResource(loadGuiState, []);
  useExpireOnUnauthorized(error);
  const theme = data?.theme;
  useEffect(() => {
    // src/ui/theme.css keys its colour variables on this attribute.
    if (theme) document.documentElement.dataset['guiTheme'] = theme;
  }, [theme]);
  const value: FeatureFlags = {
    ready: data !== undefined,
    isOn: (key) => data?.flags[key] === true,
    error,
  };
  return <FeatureFlagsContext value={value}>{children}</FeatureFlagsContext>;
}

export const useFeatureFlags = (): FeatureFlags => useContext(FeatureFlagsContext);
