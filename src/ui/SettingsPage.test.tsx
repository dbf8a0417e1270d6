import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SettingsPage } from '.';

const page = (data: { name: string } | undefined, error: Error | null = null) => (
  <SettingsPage title="SSL-VPN Settings" page={{ data, error }} problems={[]}>
    {(d) => <p>Portal {d.name}</p>}
  </SettingsPage>
);

describe('SettingsPage', () => {
  it('keeps one heading from Loading… to the form, so focus on it and a hold on it survive the first answer', () => {
    const { rerender } = render(page(undefined));
    const heading = screen.getByRole('heading', { level: 1, name: 'SSL-VPN Settings' });
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    heading.tabIndex = -1;
    heading.focus();

    rerender(page({ name: 'full-access' }));
    expect(screen.getByText('Portal full-access')).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
    expect(heading).toBeInTheDocument();
    expect(document.activeElement).toBe(heading);
  });

  it('says why there is nothing to show when the first load failed, and keeps the form on a failed reload', () => {
    const { rerender } = render(page(undefined, new Error('Permission denied')));
    expect(screen.getByText('Permission denied')).toBeInTheDocument();
    expect(screen.queryByText(/^Portal/)).not.toBeInTheDocument();

    rerender(page({ name: 'web-access' }, new Error('The device did not answer')));
    expect(screen.getByText('Portal web-access')).toBeInTheDocument();
    expect(screen.getByText('The device did not answer')).toBeInTheDocument();
  });
});
