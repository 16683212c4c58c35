import { afterAll, beforeAll } from 'vitest';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { KASPI_FIXTURES } from './kaspi-fixtures';
import { launchExtension, type ExtensionSession } from './launch-extension';

/** The on-page panel's host element on kaspi.kz pages. */
export const PANEL_HOST = 'kaspi-guide-helper';

export interface KaspiSession {
  /** The built extension in Chromium. */
  readonly session: ExtensionSession;
  /** kaspi.kz's fixture pages, served on this machine (`server.at(url)`). */
  readonly server: FixtureServer;
}

/**
 * For the test file that calls it: before its tests, the fixture pages and the extension
 * start; after them, both close. The fields are set once `beforeAll` has run.
 */
export function useKaspiSession(): KaspiSession {
  const state = {} as { session: ExtensionSession; server: FixtureServer };
  beforeAll(async () => {
    state.server = await startFixtureServer(KASPI_FIXTURES);
    state.session = await launchExtension({ extraArgs: ['--ignore-certificate-errors'] });
  });
  afterAll(async () => {
    await state.session?.close();
    await state.server?.close();
  });
  return state;
}
