// A refused backup file in words: the exchange layer names the problem kind (and the broken record), the
// page reads this sentence.
import type { I18n } from '@/i18n'
import type { ParsedBackup } from '@/exchange/backup/teacher'

export function backupRefusal(t: I18n['t'], r: Extract<ParsedBackup, { ok: false }>): string {
  const rec = r.record
  return rec
    ? t('backup.problems.damagedRecord', { what: t(`backup.records.${rec.kind}`), n: rec.index + 1 })
    : t(`backup.problems.${r.problem}`)
}

/** A backup file refused before parsing: too large to be a backup, or one the phone could not read. */
export function readRefusal(t: I18n['t'], problem: 'tooLarge' | 'read'): string {
  return problem === 'read' ? t('backup.readError') : t('backup.problems.tooLarge')
}
