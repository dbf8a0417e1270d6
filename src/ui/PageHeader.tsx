import type { ReactNode } from 'react';

/** The title bar of a screen, with optional actions on the right. */
export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="fg-page-header">
      <h1 className="fg-page-header__title">{title}</h1>
      {children && <div className="fg-page-header__actions">{children}</div>}
    </div>
  );
}
