// Every test gets a fresh, empty IndexedDB (fake-indexeddb) and a forgotten shared connection.
import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { beforeEach } from 'vitest'
import { resetConnection } from '@/db/index'

beforeEach(async () => {
  await resetConnection()
  globalThis.indexedDB = new IDBFactory()
})
