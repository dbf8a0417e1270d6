/**
 * Network › Interfaces › Create New: a VLAN on a port, or a loopback. Tunnel interfaces are made by
 * IPsec phase1 entries and ports are hardware, so those types are not offered. OK sends one POST with
 * the new row's name, type, parent and VLAN ID and whatever differs from the table's defaults.
 */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { cmdb, type CmdbRow } from '../../client';
import { fieldLabels } from '../../client/schema-answer';
import { useSettingsPage, type SettingsPage } from '../../client/settings-page';
import { Loading, PageHeader, showToast } from '../../ui';
import { createBody, draftOf, type InterfaceDraft } from './form';
import { formErrorOf } from './form-error';
import { InterfaceForm } from './InterfaceForm';
import { useInterfaceListView } from './list-view';
import { urls } from '../../urls';
import { accessWordsOf, roleOptionsOf } from './labels';
import './interfaces.css';

const NEW_TYPES = ['vlan', 'loopback'] as const;
/** What a VLAN may sit on (the device refuses a VLAN on a VLAN or a tunnel). */
const VLAN_PARENT_TYPES = new Set(['physical', 'aggregate', 'redundant', 'hard-switch', 'switch']);

interface Loaded {
  schema: unknown;
  defaults: CmdbRow;
  parents: string[];
}

async function load(): Promise<Loaded> {
  const [schema, defaults, rows] = await Promise.all([
    cmdb.schema('system/interface'),
    cmdb.single('system/interface', { action: 'default' }),
    cmdb.list('system/interface', { format: 'name|type' }),
  ]);
  const parents = rows.filter((r) => VLAN_PARENT_TYPES.has(String(r.type))).map((r) => String(r.name));
  return { schema, defaults, parents };
}

function CreateForm({ loaded, page }: { loaded: Loaded; page: SettingsPage<Loaded> }) {
  const navigate = useNavigate();
  const view = useInterfaceListView();
  const [words] = useState(() => accessWordsOf(loaded.schema));
  const [initial] = useState<InterfaceDraft>(() => ({
    ...draftOf(loaded.defaults),
    name: '',
    type: 'vlan',
    parent: loaded.parents[0] ?? '',
    vlanid: '',
    ip: '',
    remoteIp: '',
  }));

  const submit = (draft: InterfaceDraft): Promise<boolean> =>
    page.save(async () => {
      const body = createBody(loaded.defaults, draft, words.order);
      await cmdb.create('system/interface', body);
      showToast('success', `Interface ${String(body.name)} created`);
      // Show the new VLAN where it lands: under its port, opened.
      if (draft.type === 'vlan') view.setExpanded(new Map(view.expanded).set(draft.parent, true));
      view.select(String(body.name));
      void navigate(urls.interfaces);
    });

  return (
    <InterfaceForm
      creating
      initial={initial}
      labels={fieldLabels(loaded.schema)}
      accessWords={words}
      roleOptions={roleOptionsOf(loaded.schema)}
      typeOptions={NEW_TYPES}
      parentOptions={loaded.parents}
      problems={page.refusals}
      saving={page.saving}
      onSubmit={(d) => void submit(d)}
      onCancel={() => void navigate(urls.interfaces)}
    />
  );
}

export function CreateInterfacePage() {
  const page = useSettingsPage(load, [], { refusal: formErrorOf });
  return (
    <>
      <PageHeader title="New Interface" />
      {!page.data && <Loading error={page.error} className="fg-page-body" />}
      {page.data && <CreateForm loaded={page.data} page={page} />}
    </>
  );
}
