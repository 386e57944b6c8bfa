// The teacher and school backup: the one place that reads and writes it. The card asks for the status, a
// file to download and a restore; after a restore the card emits `restored` and its page reloads its lists.
import { defineStore } from 'pinia'
import * as repo from '@/db/backupRepo'
import type { BackupStatus, RestoreMode, RestoreReport } from '@/db/backupRepo'
import { backupFileName, makeBackup, type Backup } from '@/exchange/backup/teacher'

export type { BackupStatus, RestoreMode, RestoreReport }

export const useBackupStore = defineStore('backup', () => {
  function status(): Promise<BackupStatus> {
    return repo.loadBackupStatus()
  }

  /** The backup file of everything on this phone, marked as made once it is built. */
  async function makeFile(now = Date.now()): Promise<{ name: string; text: string }> {
    const text = JSON.stringify(makeBackup(await repo.readAll(), now))
    await repo.markBackedUp(now)
    return { name: backupFileName(now), text }
  }

  async function restore(backup: Backup, mode: RestoreMode): Promise<RestoreReport> {
    // The card emits `restored`: the page holding class lists reloads them (no store writes into another's).
    return repo.restore(backup, mode)
  }

  return { status, makeFile, restore }
})
