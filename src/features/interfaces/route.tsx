import type { RouteObject } from 'react-router';
import { CreateInterfacePage } from './CreateInterfacePage';
import { EditInterfacePage } from './EditInterfacePage';
import { InterfacesPage } from './InterfacesPage';
import { createPath, listPath } from './paths';

export const routes: RouteObject[] = [
  { path: listPath, element: <InterfacesPage /> },
  { path: createPath, element: <CreateInterfacePage /> },
  { path: `${listPath}/edit/:name`, element: <EditInterfacePage /> },
];
