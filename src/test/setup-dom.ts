import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { resetAllStores } from '../../__mocks__/zustand';

// Every zustand store goes back to its initial state after each test (__mocks__/zustand.ts), once
// the rendered tree is gone, so no mounted component sees the reset.
vi.mock('zustand');

afterEach(() => {
  cleanup();
  resetAllStores();
});
