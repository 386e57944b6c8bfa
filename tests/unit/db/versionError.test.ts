// After a newer version of the app upgrades the database in another tab, a save here must say so (and
// offer a reload), not "Hãy thử lại" forever (issue #24, item 8).
import { describe, expect, it } from 'vitest'
import { openDB } from 'idb'
import { getDB, migrations } from '@/db/index'
import { DB_NAME, DB_VERSION } from '@/db/schema'
import { markBackedUp } from '@/db/backupRepo'
import { toStorageError } from '@/db/errors'
import { translate } from '@/i18n'

describe('a database upgraded by a newer version in another tab', () => {
  it('turns the VersionError of the next save into "outdated", with the words to reload', async () => {
    await getDB()
    // The other tab: a newer app opens the same database one version higher; this tab lets it upgrade.
    const newer = await openDB(DB_NAME, DB_VERSION + 1, {
      upgrade(database, oldVersion, _n, tx) {
        for (let v = oldVersion; v < DB_VERSION; v++) migrations[v]!(database as never, tx as never)
      },
    })
    const err = await markBackedUp(1).then(
      () => undefined,
      (e: unknown) => e,
    )
    newer.close()
    expect(err).toMatchObject({ name: 'StorageError', kind: 'outdated' })
    expect(translate('vi', `storage.${toStorageError(err).kind}`)).toBe(
      'Ứng dụng vừa được cập nhật ở một thẻ khác — hãy tải lại trang. Dữ liệu cũ vẫn còn nguyên.',
    )
    expect(toStorageError(new DOMException('x', 'VersionError')).kind).toBe('outdated')
  })
})
