// The teacher's lesson-plan header fields (settings key 'teachFields'): one record, one write per save.
import { getDB, write } from './index'
import type { TeachFields } from '@/domain/records'

export async function loadTeachFields(): Promise<TeachFields | undefined> {
  const db = await getDB()
  return (await db.get('settings', 'teachFields')) as TeachFields | undefined
}

export function saveTeachFields(fields: TeachFields): Promise<void> {
  return write(async (db) => {
    const tx = db.transaction('settings', 'readwrite')
    await Promise.all([
      tx.store.put(
        { teacher: fields.teacher, department: fields.department, updatedAt: fields.updatedAt },
        'teachFields',
      ),
      tx.done,
    ])
  })
}
