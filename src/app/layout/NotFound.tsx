import { Link } from 'react-router';
import { PageHeader } from '../../ui';
import { urls } from '../../urls';

export function NotFound() {
  return (
    <>
      <PageHeader title="Page not found" />
      <div className="fg-page-body">
        <p>
          There is no such page. Go to the <Link to={urls.dashboard}>Dashboard</Link>.
        </p>
      </div>
    </>
  );
}
