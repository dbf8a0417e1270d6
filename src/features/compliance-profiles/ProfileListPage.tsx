/**
 * Security Profiles › FortiClient Compliance Profiles: the list (Name, Assigned To, Comments, Ref.),
 * Create New, Edit and Delete. Delete asks first; the device may refuse (`default` is in use while an
 * interface enforces FortiClient compliance: -23), and its refusal is shown as it gives it.
 */
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { cmdb, refusalText } from '../../client';
import { useResource } from '../../client/react';
import {
  Button,
  ConfirmDialog,
  ListTable,
  Loading,
  Notice,
  PageHeader,
  showToast,
  useChosen,
} from '../../ui';
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
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const rows = profiles.data ?? [];
  const returnRef = useFocusReturn(profiles.data !== undefined);
  const { chosen, toggle, clear } = useChosen(rows.map((r) => String(r[MKEY])));

  const remove = async (): Promise<void> => {
    setConfirming(false);
    setBusy(true);
    setFailure(null);
    try {
      for (const name of chosen) await cmdb.remove(PROFILE_PATH, name);
      clear();
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
          <ListTable
            rows={rows}
            rowKey={(row) => String(row[MKEY])}
            chosen={chosen}
            onToggle={toggle}
            selectLabel={(row) => `Select ${String(row[MKEY])}`}
            onRowDoubleClick={(row) => void navigate(complianceProfileEditUrl(String(row[MKEY])))}
            columns={[
              {
                header: 'Name',
                cell: (row) => {
                  const name = String(row[MKEY]);
                  return (
                    <Link ref={returnRef(name)} to={complianceProfileEditUrl(name)}>
                      {name}
                    </Link>
                  );
                },
              },
              {
                header: 'Assigned To',
                cell: (row) =>
                  assignedTo(row).map((a) => (
                    <div key={a.key}>
                      <span className="fg-compliance__kind">{a.label}:</span> {a.names.join(', ')}
                    </div>
                  )),
              },
              { header: 'Comments', cell: (row) => String(row.description ?? '') },
              { header: 'Ref.', cell: (row) => refCount(row) ?? '' },
            ]}
          />
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
