/**
 * Network › Interfaces › Edit Interface. OK sends one PUT with only the fields the user changed; the
 * device's refusal (-651 with the field it is about) is shown beside that field and nothing changes.
 */
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { cmdb, request, type CmdbRow, type InterfaceStatus } from '../../client';
import { fieldLabels } from '../../client/schema-answer';
import { useSettingsPage, type SettingsPage } from '../../client/settings-page';
import { Loading, Notice, PageHeader, showToast } from '../../ui';
import { changesOf, draftOf, type InterfaceDraft } from './form';
import { formErrorOf } from './form-error';
import { InterfaceForm } from './InterfaceForm';
import { useInterfaceListView } from './list-view';
import { urls } from '../../urls';
import { accessWordsOf, roleOptionsOf } from './labels';
import './interfaces.css';

interface Loaded {
  row: CmdbRow;
  schema: unknown;
  status: InterfaceStatus | undefined;
}

async function interfaceStatus(name: string): Promise<InterfaceStatus | undefined> {
  const answer = await request<Record<string, InterfaceStatus>>('GET', '/api/v2/monitor/system/interface', {
    query: { interface_name: name },
  });
  return answer.results?.[name];
}

async function load(name: string): Promise<Loaded> {
  const [row, schema, status] = await Promise.all([
    cmdb.get('system/interface', name),
    cmdb.schema('system/interface'),
    interfaceStatus(name),
  ]);
  return { row, schema, status };
}

/** Back on the list, the keyboard is on the row that was edited (InterfacesPage). */
const RETURN_TO_ROW = { returnToRow: true };

/** The form over the row as it was when the page opened: OK sends what the user changed since. */
function EditForm({ loaded, page }: { loaded: Loaded; page: SettingsPage<Loaded> }) {
  const navigate = useNavigate();
  const select = useInterfaceListView((s) => s.select);
  const [base] = useState(loaded.row);
  const [words] = useState(() => accessWordsOf(loaded.schema));
  const [initial] = useState(() => draftOf(loaded.row));
  const name = initial.name;

  const submit = (draft: InterfaceDraft): Promise<boolean> =>
    page.save(async () => {
      const body = changesOf(base, draft, words.order);
      if (Object.keys(body).length > 0) {
        await cmdb.update('system/interface', body, name);
        showToast('success', `Interface ${name} saved`);
      }
      select(name);
      void navigate(urls.interfaces, { state: RETURN_TO_ROW });
    });

  const { status } = loaded;
  return (
    <InterfaceForm
      creating={false}
      initial={initial}
      labels={fieldLabels(loaded.schema)}
      accessWords={words}
      roleOptions={roleOptionsOf(loaded.schema)}
      link={status?.link}
      lease={status ? `${status.ip}/${status.mask}` : undefined}
      problems={page.refusals}
      saving={page.saving}
      onSubmit={(d) => void submit(d)}
      onCancel={() => {
        select(name);
        void navigate(urls.interfaces, { state: RETURN_TO_ROW });
      }}
    />
  );
}

export function EditInterfacePage() {
  const { name = '' } = useParams();
  const page = useSettingsPage(() => load(name), [name], { refusal: formErrorOf });
  const { data, error } = page;
  return (
    <>
      <PageHeader title="Edit Interface" />
      {error && !data && (
        <div className="fg-page-body">
          <Notice kind="error">{error.message}</Notice>
          <Link to={urls.interfaces}>Back to Interfaces</Link>
        </div>
      )}
      {!data && !error && <Loading className="fg-page-body" />}
      {data && <EditForm key={name} loaded={data} page={page} />}
    </>
  );
}
