import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { FieldError, FieldProblems, FormRow, UnplacedProblems, type FieldProblem, type FieldMatch } from '.';

/** A form of two rows, one of them behind a checkbox, over the given problems. */
function Form({
  problems,
  checks,
  match,
}: {
  problems: FieldProblem[];
  checks?: FieldProblem[];
  match?: FieldMatch;
}) {
  const [dns, setDns] = useState(true);
  return (
    <FieldProblems problems={problems} checks={checks} match={match}>
      <UnplacedProblems />
      <form aria-label="Settings">
        <FormRow label="Port" field="port">
          {(id, error) => <input id={id} aria-invalid={error ? true : undefined} />}
        </FormRow>
        <label>
          <input type="checkbox" checked={dns} onChange={(e) => setDns(e.target.checked)} />
          Specify DNS
        </label>
        {dns && (
          <>
            <FormRow label="DNS Server #1" field="dns-server1">
              {(id) => <input id={id} />}
            </FormRow>
            <FieldError field={['authentication-rule']} />
          </>
        )}
      </form>
    </FieldProblems>
  );
}

const form = () => screen.getByRole('form', { name: 'Settings' });
const rowOf = (label: string) => screen.getByLabelText(label).closest('.fg-form-row') as HTMLElement;

describe('FieldProblems: the fields a form places are the ones its rows render', () => {
  it('shows a problem beside the row that places its field, and not again above the form', () => {
    render(<Form problems={[{ field: 'port', message: 'Invalid value (error -651)' }]} />);
    expect(within(rowOf('Port')).getByRole('alert')).toHaveTextContent('Invalid value (error -651)');
    expect(screen.getByLabelText('Port')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });

  it('shows a problem about a field no row places above the form', () => {
    render(
      <Form problems={[{ field: 'banned-cipher', message: 'Invalid value: banned-cipher (error -651)' }]} />,
    );
    const alerts = screen.getAllByRole('alert');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toHaveTextContent('Invalid value: banned-cipher (error -651)');
    expect(form()).not.toContainElement(alerts[0] ?? null);
  });

  it('shows a problem that names no field above the form', () => {
    render(<Form problems={[{ message: 'Request failed (HTTP 500).' }]} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Request failed (HTTP 500).');
    expect(form()).not.toContainElement(screen.getByRole('alert'));
  });

  it('moves a problem above the form while its row is hidden, and back beside it when shown', async () => {
    const user = userEvent.setup();
    render(<Form problems={[{ field: 'dns-server1', message: 'Invalid IP (error -651)' }]} />);
    expect(within(rowOf('DNS Server #1')).getByRole('alert')).toHaveTextContent('Invalid IP');
    await user.click(screen.getByRole('checkbox', { name: 'Specify DNS' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Invalid IP (error -651)');
    expect(form()).not.toContainElement(screen.getByRole('alert'));
    await user.click(screen.getByRole('checkbox', { name: 'Specify DNS' }));
    expect(within(rowOf('DNS Server #1')).getByRole('alert')).toHaveTextContent('Invalid IP');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });

  it('places a field and what is inside it (`authentication-rule.3.portal`) by default', () => {
    render(
      <Form problems={[{ field: 'authentication-rule.3.portal', message: 'Entry not found (error -3)' }]} />,
    );
    expect(form()).toContainElement(screen.getByRole('alert'));
  });

  it('takes the page’s own rule for which field a problem is about', () => {
    const bySuffix: FieldMatch = (problem, placed) => problem === placed || problem.endsWith(`.${placed}`);
    render(
      <Form match={bySuffix} problems={[{ field: 'settings.port', message: 'Too big (error -651)' }]} />,
    );
    expect(within(rowOf('Port')).getByRole('alert')).toHaveTextContent('Too big (error -651)');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });

  it('shows the form’s own checks beside their rows only, never above the form', () => {
    render(
      <Form
        problems={[]}
        checks={[
          { field: 'port', message: 'Enter a port' },
          { field: 'x', message: 'X' },
        ]}
      />,
    );
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual(['Enter a port']);
  });
});
