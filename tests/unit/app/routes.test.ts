// The route table as the features write it with pageRoute: params reach the page as props, titles stay.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { RouteRecordRaw } from 'vue-router'
import { routes } from '@/app/router'
import { pageRoute } from '@/components/pageRoute'

const byName = (name: string): RouteRecordRaw => routes.find((r) => r.name === name)!

describe('pageRoute', () => {
  it('passes a path with params to the page as props, and a path without none', () => {
    const page = () => import('@/components/NotFoundView.vue')
    expect(pageRoute('/teach/:classId/log', 'x', page, { title: 'period.log.title' })).toEqual({
      path: '/teach/:classId/log',
      name: 'x',
      component: page,
      props: true,
      meta: { title: 'period.log.title' },
    })
    expect(pageRoute('/teach', 'y', page)).toEqual({ path: '/teach', name: 'y', component: page, meta: {} })
  })

  it('gives every page route with params its params as props', () => {
    const pages = routes.filter((r) => 'component' in r && r.path.includes('/:') && r.name !== 'not-found')
    expect(pages.length).toBeGreaterThan(10)
    for (const r of pages) expect(r.props, r.path).toBeTruthy()
  })

  it('keeps each page its title and its interruption rule', () => {
    expect(byName('teach-worksheet').meta).toEqual({ title: 'teach.worksheet.pageTitle' })
    expect(byName('class-quiz').meta).toEqual({ title: 'period.quiz.title', noInterrupt: true })
    expect(byName('quiz').meta).toEqual({ noInterrupt: true })
    expect(byName('home').meta).toEqual({ title: 'home.title' })
    expect(byName('send').props).toBeUndefined()
  })
})

describe('the prerendered welcome', () => {
  it('is hidden before the first paint on every public page but the welcome (early.js lists their paths)', () => {
    const early = readFileSync('src/app/inline/early.js', 'utf8')
    const listed = JSON.parse(/var ownPages = (\[[^\]]*\])/.exec(early)![1]!.replace(/'/g, '"')) as string[]
    const publicPaths = routes
      .filter((r) => r.meta?.public && r.name !== 'welcome' && r.name !== 'not-found')
      .map((r) => r.path)
    expect(listed.sort()).toEqual(publicPaths.sort())
  })
})
