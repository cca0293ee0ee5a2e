import { render, type RenderResult } from '@testing-library/react';
import { useState, type ReactElement, type ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { Providers } from '../app/Providers';
import { createLiveHub, DataProvider, type LiveSource } from '../data';

/**
 * The data layer as a test gets it: a fresh cache per render, and change events only from the
 * test's own hand (`createLiveHub().emit(...)`), never from a transport.
 */
export function TestData({ children, live }: { children: ReactNode; live?: LiveSource }) {
  const [quiet] = useState(createLiveHub);
  return <DataProvider live={live ?? quiet}>{children}</DataProvider>;
}

/** A renderHook wrapper with the test data layer. */
export function dataWrapper(live?: LiveSource) {
  return function Wrapper({ children }: { children: ReactNode }) {
    return <TestData live={live}>{children}</TestData>;
  };
}

/** Renders a screen with the app's providers (Mantine in test mode: no transitions, no portals). */
export function renderScreen(
  ui: ReactElement,
  { route = '/', live }: { route?: string; live?: LiveSource } = {},
): RenderResult {
  return render(
    <Providers env="test">
      <TestData live={live}>
        <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
      </TestData>
    </Providers>,
  );
}
