import { Link } from 'react-router';
import { PageHeader } from '../../ui';
import { DEFAULT_ROUTE } from '../paths';

export function NotFound() {
  return (
    <>
      <PageHeader title="Page not found" />
      <div className="fg-page-body">
        <p>
          There is no such page. Go to the <Link to={DEFAULT_ROUTE}>Dashboard</Link>.
        </p>
      </div>
    </>
  );
}
