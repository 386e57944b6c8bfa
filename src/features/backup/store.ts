// The teacher and school backup: the one place that reads and writes it. The card asks for the status, a
// file to download and a restore; after a restore the card emits `restored` and its page reloads its lists.
import { defineStore } from 'pinia'
import * as repo from '@/db/backupRepo'
import type { BackupStatus, RestoreMode, RestoreReport } from '@/db/backupRepo'
import { backupFileName, makeBackup, type Backup } from '@/exchange/backup/teacher'
import { learnerFileName, makeLearnerFile } from '@/exchange/backup/learner'

export type { BackupStatus, RestoreMode, RestoreReport }
export type { Holdings } from '@/db/backupRepo'
/** A refused file in words, for the pages of other features that read a file (a learner's own, in Settings). */
export { backupRefusal, readRefusal } from './refusal'

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

  /** A learner's own file: her progress and the classes she joined (her id in each class). */
  async function makeLearnerFileText(learner: string, now = Date.now()): Promise<{ name: string; text: string }> {
    const text = JSON.stringify(makeLearnerFile(await repo.readAll(), learner, now), null, 2)
    return { name: learnerFileName(now), text }
  }

  function holdings(): Promise<repo.Holdings> {
    return repo.loadHoldings()
  }

  async function restore(backup: Backup, mode: RestoreMode): Promise<RestoreReport> {
    // The card emits `restored`: the page holding class lists reloads them (no store writes into another's).
    return repo.restore(backup, mode)
  }

  return { status, makeFile, makeLearnerFileText, holdings, restore }
})
