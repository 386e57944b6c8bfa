import pluginVue from 'eslint-plugin-vue'
import { withVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'
import prettierOff from 'eslint-config-prettier/flat'
import { layerRules } from './eslint.layers.mjs'

const longLiteralsAllowed = {
  ignoreStrings: true,
  ignoreTemplateLiterals: true,
  ignoreUrls: true,
  ignoreRegExpLiterals: true,
}

export default withVueTs(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'dev-dist/**',
      'test-results/**',
      'playwright-report/**',
      'bench/**',
      'tests/fixtures/**',
    ],
  },
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommended,
  {
    rules: {
      'vue/no-v-html': 'error',
      'vue/no-template-target-blank': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Layout is Prettier's (`npm run format` writes it, `npm run lint` checks it); eslint-config-prettier turns off
  // every rule that would fight it. Prettier cannot break a comment or a string, so the 120-character limit is
  // kept for code and comments; whole message strings, URLs and SVG paths may run longer.
  prettierOff,
  { rules: { 'max-len': ['error', { code: 120, ...longLiteralsAllowed }] } },
  ...layerRules,
)
