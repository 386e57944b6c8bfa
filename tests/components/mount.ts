// Mounts a component with the app's plugins: a testing Pinia (real actions), the i18n plugin and a
// memory-history router holding the app's routes.
import { mount, flushPromises, type ComponentMountingOptions } from '@vue/test-utils'
import { createTestingPinia, type TestingPinia } from '@pinia/testing'
import { vi } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import type { Component } from 'vue'
import { createI18n, setFeatureMessages } from '@/i18n'
import features from '@/i18n/features'
import { makeRouter } from '@/app/router'

setFeatureMessages(features)

export function testingPinia(): TestingPinia {
  return createTestingPinia({ stubActions: false, createSpy: vi.fn })
}

export async function mountWith<C extends Component>(
  component: C,
  options: ComponentMountingOptions<C> = {},
  path = '/',
  pinia = testingPinia(),
) {
  const router = makeRouter(createMemoryHistory())
  await router.push(path)
  await router.isReady()
  const wrapper = mount(component, {
    ...options,
    global: { plugins: [pinia, createI18n(), router], ...(options.global ?? {}) },
    attachTo: document.body,
  })
  await flushPromises()
  return { wrapper, router, pinia }
}
