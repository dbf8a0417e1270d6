/**
 * The `admin` menu of the header: Configuration › Backup / Restore / Revisions (not simulated yet, shown
 * disabled) and Logout. A disclosure: Escape or a click elsewhere closes it.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { Icon } from '../../ui';
import { LOGIN_ROUTE } from '../paths';
import { useSession } from '../session';

export function AdminMenu() {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const logOut = useSession((s) => s.logOut);
  const navigate = useNavigate();

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent): void => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = (): void => {
    setOpen(false);
    button.current?.focus();
  };

  const onLogout = async (): Promise<void> => {
    setOpen(false);
    await logOut();
    navigate(LOGIN_ROUTE, { replace: true });
  };

  return (
    <div
      ref={root}
      className="fg-admin-menu"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) close();
      }}
    >
      <button
        ref={button}
        type="button"
        className="fg-header__admin"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        admin <Icon name="chevron-down" size={12} />
      </button>
      {open && (
        <div id={id} className="fg-admin-menu__panel">
          <p className="fg-admin-menu__group" id={`${id}-config`}>
            Configuration
          </p>
          <ul aria-labelledby={`${id}-config`}>
            {['Backup', 'Restore', 'Revisions'].map((label) => (
              <li key={label}>
                <button type="button" disabled title="Not simulated yet">
                  {label}
                </button>
              </li>
            ))}
          </ul>
          <hr />
          <button type="button" className="fg-admin-menu__logout" onClick={() => void onLogout()}>
            Logout
          </button>
        </div>
      )}
    </div>
  );
}
