/**
 * The guided walkthrough (DESIGN.md rule 6): the procedure as data (./steps.ts) and the in-app guide.
 * The shell places the header button and the panel slot; everything else loads when the guide opens.
 */
export { GuideButton } from './GuideButton';
export { GuideSlot } from './GuideSlot';
export { deepLinkStep } from './guide-store';
export { GUIDE_ID } from './steps';
