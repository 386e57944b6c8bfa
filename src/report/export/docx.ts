// A lesson plan or worksheet (report/lessonPlan.ts) as an editable Word file: A4 portrait, Times New Roman
// 13 pt as Vietnamese school documents use, the header in a borderless two-column table, headings as real
// Word headings (so the navigation pane and a table of contents work). This module and the `docx` library
// (~80 KB gzip) are loaded only when a teacher downloads a file (the plan page imports it on the tap).
import * as d from 'docx'
import type { PlanDocument } from '@/report/lessonPlan'

const FONT = 'Times New Roman'
const SIZE = 26 // half-points: 13 pt

export async function planDocx(doc: PlanDocument): Promise<Blob> {
  const run = (text: string, opts: { bold?: boolean; italics?: boolean } = {}) =>
    new d.TextRun({ text, font: FONT, size: SIZE, ...opts })
  const none = { style: d.BorderStyle.NONE, size: 0, color: 'FFFFFF' }
  const noBorders = {
    top: none,
    bottom: none,
    left: none,
    right: none,
    insideHorizontal: none,
    insideVertical: none,
  }
  const cell = (lines: string[], align: (typeof d.AlignmentType)[keyof typeof d.AlignmentType]) =>
    new d.TableCell({
      width: { size: 50, type: d.WidthType.PERCENTAGE },
      borders: noBorders,
      children: lines.map((l, i) => new d.Paragraph({ alignment: align, children: [run(l, { bold: i === 0 })] })),
    })
  const head = new d.Table({
    width: { size: 100, type: d.WidthType.PERCENTAGE },
    borders: noBorders,
    rows: [
      new d.TableRow({
        children: [cell(doc.head.left, d.AlignmentType.LEFT), cell(doc.head.right, d.AlignmentType.CENTER)],
      }),
    ],
  })
  const heading = {
    1: d.HeadingLevel.HEADING_1,
    2: d.HeadingLevel.HEADING_2,
    3: d.HeadingLevel.HEADING_3,
  } as const
  const children: Array<InstanceType<typeof d.Paragraph> | InstanceType<typeof d.Table>> = [head]
  doc.title.forEach((t, i) =>
    children.push(
      new d.Paragraph({
        alignment: d.AlignmentType.CENTER,
        spacing: { before: i === 0 ? 240 : 0 },
        children: [run(t, { bold: i < 2 })],
      }),
    ),
  )
  for (const blk of doc.blocks) {
    if (blk.kind === 'heading')
      children.push(
        new d.Paragraph({
          heading: heading[blk.level],
          spacing: { before: 160, after: 60 },
          children: [run(blk.text, { bold: true })],
        }),
      )
    else if (blk.kind === 'para')
      children.push(
        new d.Paragraph({
          alignment: blk.center ? d.AlignmentType.CENTER : d.AlignmentType.JUSTIFIED,
          children: [
            ...(blk.label ? [run(blk.label, { bold: true, italics: blk.italic })] : []),
            run(blk.text, { bold: blk.bold, italics: blk.italic && !blk.label }),
          ],
        }),
      )
    else if (blk.kind === 'list')
      for (const item of blk.items)
        children.push(new d.Paragraph({ indent: { left: 360, hanging: 240 }, children: [run(`- ${item}`)] }))
    else if (blk.kind === 'lines')
      for (let i = 0; i < blk.count; i++)
        children.push(new d.Paragraph({ spacing: { before: 120 }, children: [run('.'.repeat(110))] }))
    else children.push(new d.Paragraph({ children: [new d.PageBreak()] }))
  }
  const headingStyle = (id: string, name: string, size: number) => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: FONT, size, bold: true, color: '000000' },
  })
  const file = new d.Document({
    creator: 'Kỹ năng số',
    title: doc.title.slice(0, 2).join(' – '),
    styles: {
      default: { document: { run: { font: FONT, size: SIZE }, paragraph: { spacing: { line: 300 } } } },
      paragraphStyles: [
        headingStyle('Heading1', 'Heading 1', 28),
        headingStyle('Heading2', 'Heading 2', 26),
        headingStyle('Heading3', 'Heading 3', 26),
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838, orientation: d.PageOrientation.PORTRAIT },
            margin: {
              top: d.convertMillimetersToTwip(20),
              bottom: d.convertMillimetersToTwip(20),
              left: d.convertMillimetersToTwip(30),
              right: d.convertMillimetersToTwip(15),
            },
          },
        },
        children,
      },
    ],
  })
  return d.Packer.toBlob(file)
}
