// The monthly report as a table (for the screen, CSV and Excel), and its file name. Pure.
import { MODULE_IDS, type ModuleId } from '@/content/constants'
import type { Table } from './table'
import type { ModuleFigures } from '@/exchange/codec'

export interface ReportLabels {
  module: string
  inMonth: string
  total: string
  outOf: string
  average: string
}

export function reportTable(figures: Record<ModuleId, ModuleFigures>, title: (id: ModuleId) => string, labels: ReportLabels): Table {
  const rows: Table = MODULE_IDS.map((id, i) => {
    const f = figures[id]
    return [`${i + 1}. ${title(id)}`, f.completedInMonth, f.completedTotal, f.outOf, f.averageBestScore ?? '']
  })
  return [[labels.module, labels.inMonth, labels.total, labels.outOf, labels.average], ...rows]
}

/** 'bao-cao-6a1-2026-11.csv': ASCII, so every phone and e-mail client keeps it. */
export function reportFileName(className: string, month: string, ext: 'csv' | 'xlsx'): string {
  const slug = className.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
  return `bao-cao-${slug || 'lop'}-${month}.${ext}`
}
