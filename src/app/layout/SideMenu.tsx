/**
 * The left menu, drawn from the menu table (../menu.ts) and the device's Feature Visibility keys.
 * Sections open and close (remembered in the layout store); the whole menu collapses to icons.
 * Entries fgsim does not simulate are shown but are not links.
 */
import { useEffect } from 'react';
import { NavLink, useLocation } from 'react-router';
import { Icon, useLayout } from '../../ui';
import { useFeatureFlags } from '../gui-settings';
import { menuEntryFor, visibleMenu, type MenuItem } from '../menu';

function Entry({ item }: { item: MenuItem }) {
  if (!item.implemented)
    return (
      <a
        role="link"
        aria-disabled="true"
        className="fg-menu__item fg-menu__item--placeholder"
        title="Not simulated"
      >
        {item.label}
      </a>
    );
  return (
    <NavLink to={item.path} className="fg-menu__item">
      {item.label}
    </NavLink>
  );
}

export function SideMenu() {
  const { isOn } = useFeatureFlags();
  const collapsed = useLayout((s) => s.menuCollapsed);
  const openSections = useLayout((s) => s.openSections);
  const setSectionOpen = useLayout((s) => s.setSectionOpen);
  const toggleMenu = useLayout((s) => s.toggleMenu);
  const { pathname } = useLocation();
  const current = menuEntryFor(pathname)?.section.label;

  useEffect(() => {
    if (current) setSectionOpen(current, true);
  }, [current, setSectionOpen]);

  return (
    <nav id="fg-main-menu" className="fg-menu" aria-label="Main menu" data-collapsed={collapsed || undefined}>
      <ul className="fg-menu__sections">
        {visibleMenu(isOn).map((section) => {
          const open = !collapsed && openSections.includes(section.label);
          const listId = `fg-menu-${section.label.replace(/\W+/g, '-').toLowerCase()}`;
          return (
            <li
              key={section.label}
              className="fg-menu__section"
              data-current={section.label === current || undefined}
            >
              <button
                type="button"
                className="fg-menu__section-button"
                aria-expanded={open}
                aria-controls={open ? listId : undefined}
                title={collapsed ? section.label : undefined}
                onClick={() => {
                  if (collapsed) {
                    toggleMenu();
                    setSectionOpen(section.label, true);
                  } else setSectionOpen(section.label, !open);
                }}
              >
                <span className="fg-menu__icon">
                  <Icon name={section.icon} />
                </span>
                <span className={collapsed ? 'fg-visually-hidden' : 'fg-menu__label'}>{section.label}</span>
                {!collapsed && (
                  <span className="fg-menu__chevron">
                    <Icon name={open ? 'chevron-down' : 'chevron-right'} size={12} />
                  </span>
                )}
              </button>
              {open && (
                <ul id={listId} className="fg-menu__items">
                  {section.items.map((item) => (
                    <li key={item.path}>
                      <Entry item={item} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
