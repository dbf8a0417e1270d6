/**
 * The header bar: menu collapse control, product and model as text (no vendor logo), hostname, the
 * walkthrough's Guide button, the `>_` CLI Console button and the `admin` menu.
 */
import { monitor } from '../../client';
import { useResource } from '../../client/react';
import { Icon, useLayout } from '../../ui';
import { GuideButton } from '../../walkthrough';
import { useExpireOnUnauthorized } from '../login-store';
import { AdminMenu } from './AdminMenu';

export function Header() {
  const { data: status, error } = useResource(() => monitor.systemStatus(), []);
  useExpireOnUnauthorized(error);
  const menuCollapsed = useLayout((s) => s.menuCollapsed);
  const toggleMenu = useLayout((s) => s.toggleMenu);
  const consoleOpen = useLayout((s) => s.consoleOpen);
  const setConsoleOpen = useLayout((s) => s.setConsoleOpen);
  const facts = status?.results;

  return (
    <header className="fg-header">
      <button
        type="button"
        className="fg-header__icon-button"
        aria-label={menuCollapsed ? 'Expand menu' : 'Collapse menu'}
        aria-expanded={!menuCollapsed}
        aria-controls="fg-main-menu"
        onClick={toggleMenu}
      >
        <Icon name="menu" />
      </button>
      <span className="fg-header__product">
        {facts ? `${facts.model_name} ${facts.model_number}` : 'FortiGate'}
      </span>
      {facts && <span className="fg-header__hostname">{facts.hostname}</span>}
      <span className="fg-header__spacer" />
      <GuideButton className="fg-header__icon-button fg-header__guide" />
      <button
        type="button"
        className="fg-header__icon-button fg-header__cli"
        aria-label="CLI Console"
        title="CLI Console"
        aria-pressed={consoleOpen}
        onClick={() => setConsoleOpen(!consoleOpen)}
      >
        <span aria-hidden="true">&gt;_</span>
      </button>
      <AdminMenu />
    </header>
  );
}
