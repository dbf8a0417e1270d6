/**
 * The shell's place for the guide (beside the routed screen): it opens the guide from a deep link
 * (`?guide=fortitelemetry&step=3`, then drops those parameters so a reload keeps what the person does
 * next; at the console's root it also opens the step's screen) and shows the panel while the guide is open. The panel's code loads on first use, so the
 * shell's initial bundle only carries this slot and the header button.
 */
import { lazy, Suspense, useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { deepLinkStep, useGuide, withoutDeepLink } from './guide-store';
import { GUIDE_ID, steps } from './steps';

const GuidePanel = lazy(async () => ({ default: (await import('./GuidePanel')).GuidePanel }));

export function GuideSlot() {
  const open = useGuide((s) => s.open);
  const { pathname, search, hash } = useLocation();
  const navigate = useNavigate();

  useEffect(() => {
    const step = deepLinkStep(search, GUIDE_ID);
    if (step === null) return;
    const { setOpen, goTo } = useGuide.getState();
    goTo(step);
    setOpen(true);
    // A link with a path keeps its page; one to the console's root (the README's) opens the step's.
    const to = pathname === '/' ? (steps[step]?.route ?? pathname) : pathname;
    void navigate({ pathname: to, search: withoutDeepLink(search), hash }, { replace: true });
  }, [pathname, search, hash, navigate]);

  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <GuidePanel />
    </Suspense>
  );
}
