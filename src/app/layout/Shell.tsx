/**
 * The logged-in frame: header, left menu, the routed screen, the walkthrough guide beside it, the CLI
 * Console slot and toasts. A screen whose Feature Visibility key is off is replaced by the "not
 * visible" notice here, from the same table as the menu, so no screen has to check it.
 */
import { useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';
import { Toaster, useLayout } from '../../ui';
import { GuideSlot } from '../../walkthrough';
import { GuiSettingsProvider, useFeatureFlags } from '../gui-settings';
import { featureKeysFor, menuEntryFor } from '../menu';
import { ConsoleSlot } from './ConsoleSlot';
import { Header } from './Header';
import { NotVisible } from './NotVisible';
import { SideMenu } from './SideMenu';

const MAIN_ID = 'fg-main';

function GatedOutlet() {
  const { pathname } = useLocation();
  const { ready, isOn } = useFeatureFlags();
  const keys = featureKeysFor(pathname);
  if (keys.length === 0) return <Outlet />;
  if (!ready) return <p className="fg-page-body">Loading…</p>;
  if (keys.every(isOn)) return <Outlet />;
  return <NotVisible title={menuEntryFor(pathname)?.item.label ?? 'Not visible'} />;
}

/** The page's main heading, or the main area while the page has none yet. */
function mainTarget(): HTMLElement | null {
  const main = document.getElementById(MAIN_ID);
  const heading = main?.querySelector<HTMLElement>('h1');
  if (heading && !heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  return heading ?? main;
}

/**
 * Moves the keyboard to the page's heading, waiting for a page that is still loading and again while
 * the page redraws its heading in its first second (the focus would fall back to <body>), unless the
 * person has moved the focus elsewhere by then.
 */
function focusMain(): () => void {
  let frame = 0;
  let frames = 0;
  const attempt = () => {
    const heading = document.getElementById(MAIN_ID)?.querySelector('h1');
    const active = document.activeElement;
    const lost = !active || active === document.body;
    if (heading && lost) mainTarget()?.focus();
    else if (!heading && frames >= 120 && lost) mainTarget()?.focus();
    if (frames++ < 120 && (lost || active === heading)) frame = requestAnimationFrame(attempt);
  };
  attempt();
  return () => cancelAnimationFrame(frame);
}

export function Shell() {
  const collapsed = useLayout((s) => s.menuCollapsed);
  // Just logged in (LoginPage), or on to another screen while the focus was on something the old one
  // took away (Enter on a row, OK or Cancel on an edit page, a link in the page): the keyboard goes on
  // from the new screen's heading, not from <body>. The first screen of a load keeps the browser's focus.
  const { pathname, state } = useLocation();
  const afterLogin = (state as { afterLogin?: boolean } | null)?.afterLogin === true;
  const shown = useRef<string | null>(null);
  useEffect(() => {
    const firstScreen = shown.current === null;
    shown.current = pathname;
    return afterLogin || !firstScreen ? focusMain() : undefined;
  }, [afterLogin, pathname]);
  return (
    <GuiSettingsProvider>
      <div className="fg-shell" data-menu-collapsed={collapsed || undefined}>
        {/* Not a #fragment link: the part after # is the screen's address (src/app/address.ts). */}
        <a
          className="fg-skip-link"
          href={`#${MAIN_ID}`}
          onClick={(e) => {
            e.preventDefault();
            mainTarget()?.focus();
          }}
        >
          Skip to main content
        </a>
        <Header />
        <div className="fg-shell__body">
          <SideMenu />
          <div className="fg-shell__page">
            <main id={MAIN_ID} className="fg-shell__main" tabIndex={-1}>
              <GatedOutlet />
            </main>
            <Toaster />
          </div>
          <GuideSlot />
        </div>
        <ConsoleSlot />
      </div>
    </GuiSettingsProvider>
  );
}
