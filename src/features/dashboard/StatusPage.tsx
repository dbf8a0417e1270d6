import { PageHeader } from '../../ui';
import { SystemInformationWidget } from './SystemInformationWidget';
import './dashboard.css';

/** Dashboard › Status: the widget grid (fgsim simulates the System Information widget). */
export function StatusPage() {
  return (
    <>
      <PageHeader title="Status" />
      <div className="fg-dashboard">
        <SystemInformationWidget />
      </div>
    </>
  );
}
