import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Unit, handler and component tests. End-to-end tests live in vitest.e2e.config.ts.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'core',
          environment: 'node',
          include: [
            'main/**/*.test.ts',
            'electron/**/*.test.ts',
            'migrations/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          testTimeout: 20_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['renderer/**/*.test.ts', 'renderer/**/*.test.tsx'],
          setupFiles: ['renderer/src/test/setup.ts'],
          testTimeout: 20_000,
        },
      },
    ],
  },
});
