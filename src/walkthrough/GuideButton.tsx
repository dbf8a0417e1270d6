/** The header's Guide button: opens and closes the walkthrough panel. */
import { useGuide } from './guide-store';

export const GUIDE_BUTTON_ID = 'fg-guide-button';

export function GuideButton({ className }: { className?: string }) {
  const open = useGuide((s) => s.open);
  const setOpen = useGuide((s) => s.setOpen);
  return (
    <button
      id={GUIDE_BUTTON_ID}
      type="button"
      className={className}
      aria-pressed={open}
      onClick={() => setOpen(!open)}
    >
      Guide
    </button>
  );
}
