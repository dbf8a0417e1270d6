import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Button, Dialog, showToast, Toaster, ToggleSwitch, useToasts } from '.';

function Switch({ initial = false }: { initial?: boolean }) {
  const [on, setOn] = useState(initial);
  return (
    <ToggleSwitch
      label="Endpoint Control"
      description="Show endpoint control"
      checked={on}
      onChange={setOn}
    />
  );
}

describe('ToggleSwitch', () => {
  it('is a switch named by its label that click, Space and Enter flip', async () => {
    const user = userEvent.setup();
    render(<Switch />);
    const sw = screen.getByRole('switch', { name: 'Endpoint Control' });
    expect(sw).toHaveAttribute('aria-checked', 'false');
    await user.click(sw);
    expect(sw).toHaveAttribute('aria-checked', 'true');
    await user.keyboard(' ');
    expect(sw).toHaveAttribute('aria-checked', 'false');
    await user.keyboard('{Enter}');
    expect(sw).toHaveAttribute('aria-checked', 'true');
  });
});

/** A form whose Apply is disabled while it saves and once nothing is left to save, as the settings pages do. */
function SaveOnce({ onSave }: { onSave: () => void }) {
  const [saved, setSaved] = useState(false);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
        setSaved(true);
      }}
    >
      <Button type="submit" disabled={saved}>
        Apply
      </Button>
      <Button>Next</Button>
    </form>
  );
}

describe('Button', () => {
  it('disabled while focused keeps the focus (aria-disabled, acting on nothing) until the focus leaves it', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    render(<SaveOnce onSave={onSave} />);
    const apply = screen.getByRole('button', { name: 'Apply' });
    await user.tab();
    await user.keyboard('{Enter}');
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(apply).toHaveFocus();
    expect(apply).toHaveAttribute('aria-disabled', 'true');
    expect(apply).not.toHaveAttribute('disabled');
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(onSave).toHaveBeenCalledTimes(1);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus();
    expect(apply).toBeDisabled();
    expect(apply).not.toHaveAttribute('aria-disabled');
  });
});

describe('Dialog', () => {
  it('is the browser’s own dialog: takes focus, closes on Escape and gives focus back', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    function Host() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <Button onClick={() => setOpen(true)}>Delete</Button>
          {open && (
            <Dialog
              title="Confirm"
              onClose={() => {
                onClose();
                setOpen(false);
              }}
              actions={
                <>
                  <Button variant="primary">OK</Button>
                  <Button>Cancel</Button>
                </>
              }
            >
              Delete 1 item?
            </Dialog>
          )}
        </>
      );
    }
    render(<Host />);
    const opener = screen.getByRole('button', { name: 'Delete' });
    await user.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Confirm' });
    // The browser's own modal dialog (jsdom has no showModal; e2e/ux.spec.ts checks the inert page).
    expect(dialog.tagName).toBe('DIALOG');
    expect(dialog).toHaveAttribute('open');
    expect(screen.getByRole('button', { name: 'OK' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledOnce();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });
});

describe('toasts', () => {
  beforeEach(() => useToasts.getState().clear());

  it('announces success politely and errors as alerts, until dismissed; at most three', async () => {
    const user = userEvent.setup();
    render(<Toaster />);
    act(() => showToast('success', 'Configuration updated successfully'));
    act(() => showToast('error', 'The device refused the change (error -651).'));
    expect(screen.getByRole('status')).toHaveTextContent('Configuration updated successfully');
    expect(screen.getByRole('alert')).toHaveTextContent('error -651');
    await user.click(screen.getAllByRole('button', { name: 'Dismiss' })[0]!);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    act(() => ['a', 'b', 'c', 'd'].forEach((m) => showToast('info', m)));
    expect(screen.getAllByRole('status').map((t) => t.textContent)).toEqual(['b', 'c', 'd']);
  });

  it('go away by themselves after a few seconds, errors later, none while pointed at or focused', () => {
    vi.useFakeTimers();
    try {
      render(<Toaster />);
      act(() => showToast('success', 'Configuration updated successfully'));
      act(() => showToast('error', 'The device refused the change (error -651).'));
      act(() => showToast('info', 'held'));
      const held = screen.getByText('held').closest('[role="status"]')!;
      fireEvent.mouseEnter(held);
      act(() => {
        vi.advanceTimersByTime(3900);
      });
      expect(screen.getByText('Configuration updated successfully')).toBeInTheDocument();
      act(() => {
        vi.advanceTimersByTime(200);
      });
      expect(screen.queryByText('Configuration updated successfully')).not.toBeInTheDocument();
      expect(screen.getByRole('alert')).toHaveTextContent('error -651');
      act(() => {
        vi.advanceTimersByTime(4000);
      });
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      // Held by the pointer, then by the focus on its Dismiss button: it stays.
      fireEvent.focus(within(held as HTMLElement).getByRole('button', { name: 'Dismiss' }));
      fireEvent.mouseLeave(held);
      act(() => {
        vi.advanceTimersByTime(20_000);
      });
      expect(screen.getByRole('status')).toHaveTextContent('held');
      fireEvent.blur(within(held as HTMLElement).getByRole('button', { name: 'Dismiss' }));
      act(() => {
        vi.advanceTimersByTime(4100);
      });
      expect(screen.queryByRole('status')).not.toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });
});
