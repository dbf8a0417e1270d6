import { PageHeader } from '../../ui';

/**
 * Stands in for a screen another issue builds, so its route (and deep link) exists from the start.
 * The feature's own `route.tsx` replaces it in ../routes.tsx.
 */
export function ReservedScreen({ title }: { title: string }) {
  return (
    <>
      <PageHeader title={title} />
      <div className="fg-page-body">
        <p>This screen is not simulated yet.</p>
      </div>
    </>
  );
}
