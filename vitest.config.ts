import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'happy-dom',
      include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.ts'],
      setupFiles: ['tests/setup.ts'],
      restoreMocks: true,
      // Loading every module's content takes ~1 s here, but 5–7 s when the two cores are shared with other
      // builds (load average 20 seen): the 5 s default then fails tests that are not slow.
      testTimeout: 20_000,
    },
  }),
)
