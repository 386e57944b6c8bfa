// The backup card: last backup date and the 30-day reminder, the download, and restore (a broken file
// changes nothing; replace asks first, merge does not).
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import BackupCard from '@/features/backup/embed/BackupCard.vue'
import { loadBackupStatus, markBackedUp, readAll, restore } from '@/db/backupRepo'
import { type BackupData, emptyData, makeBackup } from '@/exchange/backup/teacher'
import { newId, newKey, toBase64url } from '@/exchange/codec'
import type { TeacherClass } from '@/domain/records'
import { saveText } from '@/composables/download'
import { formatDate } from '@/domain/format'
import { mountWith } from './mount'

vi.mock('@/composables/download', () => ({ saveText: vi.fn() }))

const DAY = 86_400_000

function makeClass(className: string): TeacherClass {
  return {
    id: newId(),
    keyB64: toBase64url(newKey()),
    className,
    school: 'THCS Tân Phú',
    schoolYear: '2026-2027',
    grade: 6,
    createdAt: 1,
  }
}
function dataWith(className: string): BackupData {
  const c = makeClass(className)
  return {
    ...emptyData(),
    classes: [c],
    students: [
      {
        classId: c.id,
        studentId: newId(),
        name: 'An',
        classNumber: 1,
        lastSeq: 1,
        lastReceiptAt: 1,
        modules: {},
      },
    ],
  }
}

async function choose(wrapper: VueWrapper, text: string): Promise<void> {
  const input = wrapper.find('input[type=file]')
  const file = new File([text], 'sao-luu.json', { type: 'application/json' })
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
  await vi.waitFor(() =>
    expect(wrapper.find('[data-testid="backup-file-summary"], [role="alert"]').exists()).toBe(true),
  )
}

/** The status comes from IndexedDB after mounting. */
async function mountCard(): Promise<VueWrapper> {
  const { wrapper } = await mountWith(BackupCard)
  await vi.waitFor(() => expect(wrapper.find('[data-testid="backup-last"]').exists()).toBe(true))
  return wrapper
}

const button = (wrapper: VueWrapper, text: string) => wrapper.findAll('button').find((b) => b.text() === text)!
const classNames = async () => (await readAll()).classes.map((c) => c.className)

describe('backup card: last backup and reminder', () => {
  it('says it was never backed up, without a reminder while there is no data', async () => {
    const wrapper = await mountCard()
    expect(wrapper.find('h2').text()).toBe('Sao lưu toàn bộ dữ liệu')
    expect(wrapper.find('[data-testid="backup-last"]').text()).toBe('Chưa sao lưu lần nào')
    expect(wrapper.find('[data-testid="backup-reminder"]').exists()).toBe(false)
  })

  it('does not remind 29 days after the last backup', async () => {
    await restore(makeBackup(dataWith('6A1'), 1), 'replace')
    const at = Date.now() - 29 * DAY
    await markBackedUp(at)
    const wrapper = await mountCard()
    expect(wrapper.find('[data-testid="backup-last"]').text()).toBe(`Lần sao lưu gần nhất: ${formatDate(at)}`)
    expect(wrapper.find('[data-testid="backup-reminder"]').exists()).toBe(false)
  })

  it('reminds 31 days after the last backup', async () => {
    await restore(makeBackup(dataWith('6A1'), 1), 'replace')
    await markBackedUp(Date.now() - 31 * DAY)
    const wrapper = await mountCard()
    expect(wrapper.find('[data-testid="backup-reminder"]').text()).toContain('Đã hơn 30 ngày chưa sao lưu')
  })

  it('downloads kns-sao-luu-YYYY-MM-DD.json with every record, then records the date', async () => {
    const data = dataWith('6A1')
    await restore(makeBackup(data, 1), 'replace')
    const wrapper = await mountCard()
    expect(wrapper.find('[data-testid="backup-reminder"]').text()).toContain('chưa được sao lưu lần nào')
    await button(wrapper, 'Tải tệp sao lưu').trigger('click')
    await vi.waitFor(() => expect(saveText).toHaveBeenCalled())
    const [text, name, type] = vi.mocked(saveText).mock.calls[0]!
    expect(name).toMatch(/^kns-sao-luu-\d{4}-\d{2}-\d{2}\.json$/)
    expect(type).toBe('application/json')
    expect(JSON.parse(text)).toMatchObject({
      app: 'ky-nang-so',
      kind: 'teacher-backup',
      version: 4,
      data: { classes: data.classes },
    })
    await vi.waitFor(async () => expect((await loadBackupStatus()).lastBackupAt).toBeDefined())
    await flushPromises()
    expect(wrapper.find('[data-testid="backup-last"]').text()).toBe(`Lần sao lưu gần nhất: ${formatDate(Date.now())}`)
    expect(wrapper.find('[data-testid="backup-reminder"]').exists()).toBe(false)
  })
})

describe('backup card: restore', () => {
  it('a foreign file gets an alert and changes nothing', async () => {
    await restore(makeBackup(dataWith('6A1'), 1), 'replace')
    const wrapper = await mountCard()
    await choose(wrapper, JSON.stringify({ app: 'khac', data: {} }))
    expect(wrapper.find('[role="alert"]').text()).toContain('không phải tệp sao lưu của Kỹ năng số')
    expect(button(wrapper, 'Khôi phục').attributes('disabled')).toBeDefined()
    expect(await classNames()).toEqual(['6A1'])
  })

  it('merge restores at once and says what changed', async () => {
    await restore(makeBackup(dataWith('6A1'), 1), 'replace')
    const wrapper = await mountCard()
    await choose(wrapper, JSON.stringify(makeBackup(dataWith('7A2'), Date.now())))
    expect(wrapper.find('[data-testid="backup-file-summary"]').text()).toContain('1 lớp, 1 học sinh, 0 báo cáo')
    await button(wrapper, 'Khôi phục').trigger('click')
    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="backup-message"]').text()).toContain(
        'Đã gộp: thêm 1 lớp, thêm 1 và cập nhật 0 học sinh',
      ),
    )
    expect((await classNames()).sort()).toEqual(['6A1', '7A2'])
    await vi.waitFor(() => expect(wrapper.emitted('restored')).toHaveLength(1))
  })

  it('replace needs confirmation: cancel changes nothing, confirm replaces', async () => {
    await restore(makeBackup(dataWith('6A1'), 1), 'replace')
    const wrapper = await mountCard()
    await wrapper.find('input[type=radio][value=replace]').setValue(true)
    await choose(wrapper, JSON.stringify(makeBackup(dataWith('9A3'), Date.now())))
    const dialog = wrapper.find('dialog')

    await button(wrapper, 'Khôi phục').trigger('click')
    expect((dialog.element as HTMLDialogElement).open).toBe(true)
    expect(dialog.text()).toContain('sẽ bị xoá')
    await button(wrapper, 'Huỷ').trigger('click')
    await flushPromises()
    expect((dialog.element as HTMLDialogElement).open).toBe(false)
    expect(await classNames()).toEqual(['6A1'])

    await button(wrapper, 'Khôi phục').trigger('click')
    await button(wrapper, 'Xoá và thay thế').trigger('click')
    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="backup-message"]').text()).toContain(
        'Đã thay thế: máy này giờ có 1 lớp, 1 học sinh, 0 báo cáo',
      ),
    )
    expect(await classNames()).toEqual(['9A3'])
  })
})
