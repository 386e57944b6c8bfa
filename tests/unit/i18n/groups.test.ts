// The feature strings are files merged by spreading their top-level groups (src/i18n/features.ts): a group written
// in two of them keeps only the last one's keys, and the other file's strings vanish at run time. (vi.ts, the
// welcome's and the feature strings are layers looked up key by key, so a group may span those.)
import { describe, expect, it } from 'vitest'
import classroom from '@/i18n/vi-classroom'
import learn from '@/i18n/vi-learn'
import locality from '@/i18n/vi-locality'
import outreach from '@/i18n/vi-outreach'
import pages from '@/i18n/vi-pages'
import welcome from '@/i18n/vi-welcome'
import period from '@/i18n/vi-period'
import present from '@/i18n/vi-present'
import teach from '@/i18n/vi-teach'
import school from '@/i18n/vi-school'
import unit from '@/i18n/vi-unit'
import features from '@/i18n/features'
import { translate } from '@/i18n'

const files: Record<string, object> = {
  classroom,
  learn,
  locality,
  outreach,
  pages,
  welcome,
  period,
  present,
  teach,
  school,
  unit,
}

describe('message files', () => {
  it('write each top-level group in one feature file only', () => {
    const owner = new Map<string, string>()
    const twice: string[] = []
    for (const [file, messages] of Object.entries(files))
      for (const group of Object.keys(messages)) {
        const first = owner.get(group)
        if (first) twice.push(`${group}: ${first} and ${file}`)
        else owner.set(group, file)
      }
    expect(twice).toEqual([])
  })

  it('keep every feature file whole in the merged feature strings', () => {
    const merged = features as Record<string, unknown>
    for (const part of [classroom, learn, locality, outreach, pages, welcome, period, present, teach, school, unit])
      for (const [group, value] of Object.entries(part)) expect(merged[group]).toBe(value)
  })

  it('find the strings a teacher sees on a first visit', async () => {
    const { setFeatureMessages } = await import('@/i18n')
    setFeatureMessages(features)
    expect(translate('vi', 'welcome.teacherNow')).toMatch(/^Thầy cô tạo lớp/)
    expect(translate('vi', 'settings.localityNone')).toMatch(/^Chưa chọn/)
  })
})
