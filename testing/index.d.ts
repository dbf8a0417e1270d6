/** Types of ./index.mjs, fgsim's testing contract (README.md, "Testing against fgsim"). */
import type { Locator, Page, PlaywrightTestArgs, TestType } from '@playwright/test';

export declare const FGSIM_API_TOKEN: string;
export declare const FGSIM_PIXEL_FLAGS: readonly string[];
export declare const FGSIM_SCENARIOS: readonly ['telemetry-on', 'telemetry-off', 'factory-default', 'large'];
export type FgsimScenario = (typeof FGSIM_SCENARIOS)[number];

export declare class FgsimConsole {
  constructor(page: Page);
  readonly page: Page;
  readonly menu: Locator;
  readonly header: Locator;
  open(route?: string, options?: { scenario?: FgsimScenario; screenshot?: boolean }): Promise<void>;
  ready(): Promise<void>;
  login(username?: string, password?: string): Promise<void>;
  section(label: string): Locator;
  menuLink(label: string): Locator;
  navigate(section: string, item: string): Promise<void>;
  title(): Locator;
  toast(text: string | RegExp): Locator;
  api<T = unknown>(path: string): Promise<{ status: number; body: T }>;
  reset(scenario?: FgsimScenario): Promise<void>;
}

export interface FgsimFixtures {
  fgsim: FgsimConsole;
  fgsimLoggedIn: FgsimConsole;
}

export declare function fgsimTest<T extends PlaywrightTestArgs, W>(
  test: TestType<T, W>,
  options?: { scenario?: FgsimScenario },
): TestType<T & FgsimFixtures, W>;
