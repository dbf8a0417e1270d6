/**
 * Security Profiles › FortiClient Compliance Profiles: the list (Name, Assigned To, Comments, Ref.),
 * Create New, Edit and Delete. Delete asks first; the device may refuse (`default` is in use while an
 * interface enforces FortiClient compliance: -23), and its refusal is shown as it gives it.
 */
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { cmdb, refusalText } from '../../client';
import { useResource } from '../../client/react';
import { Button, ConfirmDialog, Loading, Notice, PageHeader, showToast } from '../../ui';
import { complianceProfileEditUrl, urls } from '../../urls';
import { assignedTo, MKEY, PROFILE_PATH, refCount, type ProfileListState } from './model';
import './compliance-profiles.css';

const loadProfiles = () => cmdb.list(PROFILE_PATH, { with_meta: 1 });

/** Back from an edit page, the focus goes to the link of the profile that was open, once it is drawn. */
function useFocusReturn(
  drawn: boolean,
): (name: string) => ((el: HTMLAnchorElement | null) => void) | undefined {
  const back = (useLocation().state as Partial<ProfileListState> | null)?.returnToProfile;
  const link = useRef<HTMLAnchorElement | null>(null);
  const returned = useRef(false);
  useEffect(() => {
    if (!drawn || returned.current || !link.current) return;
    returned.current = true;
    link.current.focus();
  }, [drawn]);
  return (name) =>
    back === name
      ? (el) => {
          link.current = el;
        }
      : undefined;
}

export function ProfileListPage() {
  const profiles = useResource(loadProfiles, []);
  const navigate = useNavigate();
  const [selected, setSelected] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const rows = profiles.data ?? [];
  const returnRef = useFocusReturn(profiles.data !== undefined);
  const present = new Set(rows.map((r) => String(r[MKEY])));
  const chosen = selected.filter((n) => present.has(n));
  const toggle = (name: string, on: boolean): void =>
    setSelected((s) => (on ? [...s.filter((n) => n !== name), name] : s.filter((n) => n !== name)));

  const remove = async (): Promise<void> => {
    setConfirming(false);
    setBusy(true);
    setFailure(null);
    try {
      for (const name of chosen) await cmdb.remove(PROFILE_PATH, name);
      setSelected([]);
      showToast('success', 'Deleted successfully');
    } catch (e) {
      setFailure(refusalText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader title="FortiClient Compliance Profiles" />
      <div className="fg-page-body">
        {profiles.error && <Notice kind="error">{profiles.error.message}</Notice>}
        {failure && <Notice kind="error">{failure}</Notice>}
        <div className="fg-list-toolbar" role="toolbar" aria-label="Profiles">
          <Button onClick={() => void navigate(urls.complianceProfileCreate)}>Create New</Button>
          <Button
            disabled={chosen.length !== 1}
            onClick={() => void navigate(complianceProfileEditUrl(chosen[0] ?? ''))}
          >
            Edit
          </Button>
          <Button disabled={busy || chosen.length === 0} onClick={() => setConfirming(true)}>
            Delete
          </Button>
        </div>
        {profiles.loading && !profiles.data ? (
          <Loading />
        ) : (
          <table className="fg-list-table">
            <thead>
              <tr>
                <th scope="col">
                  <span className="fg-visually-hidden">Selected</span>
                </th>
                <th scope="col">Name</th>
                <th scope="col">Assigned To</th>
                <th scope="col">Comments</th>
                <th scope="col">Ref.</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const name = String(row[MKEY]);
                const isChosen = chosen.includes(name);
                return (
                  <tr
                    key={name}
                    className={isChosen ? 'fg-list-table__row--selected' : undefined}
                    onDoubleClick={() => void navigate(complianceProfileEditUrl(name))}
                  >
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`Select ${name}`}
                        checked={isChosen}
                        onChange={(e) => toggle(name, e.target.checked)}
                      />
                    </td>
                    <td>
                      <Link ref={returnRef(name)} to={complianceProfileEditUrl(name)}>
                        {name}
                      </Link>
                    </td>
                    <td>
                      {assignedTo(row).map((a) => (
                        <div key={a.key}>
                          <span className="fg-compliance__kind">{a.label}:</span> {a.names.join(', ')}
                        </div>
                      ))}
                    </td>
                    <td>{String(row.description ?? '')}</td>
                    <td>{refCount(row) ?? ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </div>
      {confirming && (
        <ConfirmDialog onConfirm={() => void remove()} onCancel={() => setConfirming(false)}>
          Are you sure you want to delete {chosen.length === 1 ? chosen[0] : `${chosen.length} profiles`}?
        </ConfirmDialog>
      )}
    </>
  );
}
