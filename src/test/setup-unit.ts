import { afterEach, vi } from 'vitest';
import { resetAllStores } from '../../__mocks__/zustand';

// Every zustand store goes back to its initial state after each test (__mocks__/zustand.ts).
vi.mock('zustand');

afterEach(() => {
  resetAllStores();
});
