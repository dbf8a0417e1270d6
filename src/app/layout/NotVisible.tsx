import { Link } from 'react-router';
import { PageHeader } from '../../ui';
import { urls } from '../../urls';

/** What a route answers while its Feature Visibility key is disabled (the menu hides it too). */
export function NotVisible({ title }: { title: string }) {
  return (
    <>
      <PageHeader title={title} />
      <div className="fg-page-body">
        <div className="fg-notice fg-notice--warning" role="status">
          <p className="fg-not-visible__title">This feature is not visible.</p>
          <p>
            It can be shown in <Link to={urls.featureVisibility}>System › Feature Visibility</Link>.
          </p>
        </div>
      </div>
    </>
  );
}
