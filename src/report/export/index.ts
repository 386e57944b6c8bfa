// THE export table: one row per file format, each turning a ReportDocument into a file's bytes. Pages show
// one button per row (components/ReportActions.vue); a new format (ODS, PDF) is one more row here.
import { documentCsv } from './csv'
import type { ReportDocument } from './document'

export interface Exporter {
  ext: string
  mime: string
  build(doc: ReportDocument): Blob | Promise<Blob>
}

export const EXPORTERS = {
  csv: {
    ext: 'csv',
    mime: 'text/csv;charset=utf-8',
    build: (doc) => new Blob([documentCsv(doc)], { type: 'text/csv;charset=utf-8' }),
  },
  // The sheet layout and its writer load only when a teacher asks for the file, not with every report page.
  xlsx: {
    ext: 'xlsx',
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    build: async (doc) => (await import('./xlsx')).documentXlsx(doc),
  },
} satisfies Record<string, Exporter>

export type ExportFormat = keyof typeof EXPORTERS
export const EXPORT_FORMATS = Object.keys(EXPORTERS) as ExportFormat[]

/** 'bao-cao-truong-thcs-a-6a1-2026-11.xlsx': ASCII parts, so every phone and e-mail client keeps it. */
export function fileName(parts: readonly string[], format: ExportFormat): string {
  return `${parts.filter(Boolean).join('-')}.${EXPORTERS[format].ext}`
}

export {
  bareDocument,
  documentLines,
  dateLine,
  QUOC_HIEU,
  TIEU_NGU,
  type ReportDocument,
  type FiledDocument,
  type DocTable,
} from './document'
