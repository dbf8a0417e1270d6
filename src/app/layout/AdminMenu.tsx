/**
 * The `admin` menu of the header: Configuration › Backup (downloads the configuration file), Restore
 * (a dialog that uploads one), Revisions (the saved revisions' page) and Logout. A disclosure:
 * Escape or a click elsewhere closes it.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useNavigate } from 'react-router';
import { RestoreDialog, backUpConfiguration } from '../../features/backup-restore';
import { Icon } from '../../ui';
import { urls } from '../../urls';
import { useLogin } from '../login-store';

export function AdminMenu() {
  const [open, setOpen] = useState(false);
  const [restoring, setRestoring] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const logOut = useLogin((s) => s.logOut);
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

  const onBackup = (): void => {
    close();
    void backUpConfiguration();
  };

  // The menu closes first, so the dialog gives focus back to the admin button, not to a removed item.
  const onRestore = (): void => {
    close();
    setRestoring(true);
  };

  const onRevisions = (): void => {
    setOpen(false);
    void navigate(urls.revisions);
  };

  const onLogout = async (): Promise<void> => {
    setOpen(false);
    await logOut();
    void navigate(urls.login, { replace: true });
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
            <li>
              <button type="button" onClick={onBackup}>
                Backup
              </button>
            </li>
            <li>
              <button type="button" onClick={onRestore}>
                Restore
              </button>
            </li>
            <li>
              <button type="button" onClick={onRevisions}>
                Revisions
              </button>
            </li>
          </ul>
          <hr />
          <button type="button" className="fg-admin-menu__logout" onClick={() => void onLogout()}>
            Logout
          </button>
        </div>
      )}
      {/* Outside the header: a modal is no part of the banner, nor of its colours. */}
      {restoring && createPortal(<RestoreDialog onClose={() => setRestoring(false)} />, document.body)}
    </div>
  );
}
