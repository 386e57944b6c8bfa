// Every test gets a fresh, empty IndexedDB (fake-indexeddb) and a forgotten shared connection.
import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { afterEach, beforeEach } from 'vitest'
import { resetConnection } from '@/db/index'

beforeEach(async () => {
  await resetConnection()
  globalThis.indexedDB = new IDBFactory()
})

afterEach(() => {
  // Components mounted with attachTo: document.body must not leak into the next test.
  document.body.innerHTML = ''
})
