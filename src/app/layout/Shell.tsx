/**
 * The logged-in frame: header, left menu, the routed screen, the walkthrough guide beside it, the CLI
 * Console slot and toasts. A screen whose Feature Visibility key is off is replaced by the "not
 * visible" notice here, from the same table as the menu, so no screen has to check it.
 */
import { Outlet, useLocation } from 'react-router';
import { Toaster, useLayout } from '../../ui';
import { GuideSlot } from '../../walkthrough';
import { GuiSettingsProvider, useFeatureFlags } from '../gui-settings';
import { featureKeysFor, menuEntryFor } from '../menu';
import { ConsoleSlot } from './ConsoleSlot';
import { Header } from './Header';
import { NotVisible } from './NotVisible';
import { SideMenu } from './SideMenu';

function GatedOutlet() {
  const { pathname } = useLocation();
  const { ready, isOn } = useFeatureFlags();
  const keys = featureKeysFor(pathname);
  if (keys.length === 0) return <Outlet />;
  if (!ready) return <p className="fg-page-body">Loading…</p>;
  if (keys.every(isOn)) return <Outlet />;
  return <NotVisible title={menuEntryFor(pathname)?.item.label ?? 'Not visible'} />;
}

export function Shell() {
  const collapsed = useLayout((s) => s.menuCollapsed);
  return (
    <GuiSettingsProvider>
      <div className="fg-shell" data-menu-collapsed={collapsed || undefined}>
        <Header />
        <div className="fg-shell__body">
          <SideMenu />
          <main className="fg-shell__main">
            <GatedOutlet />
          </main>
          <GuideSlot />
        </div>
        <ConsoleSlot />
        <Toaster />
      </div>
    </GuiSettingsProvider>
  );
}
