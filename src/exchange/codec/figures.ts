// Size figures of a worst-realistic receipt for `npm run bench` and the tests: all seven modules done (four
// questions missed in each last attempt),
// a 40-character Vietnamese name, four-digit sequence number. Imports uqr, so keep it out of app code
// paths that do not draw QR codes.
import { encode } from 'uqr'
import { MODULE_IDS, type ModuleId } from '@/content/constants'
import { fromBase64url } from './bytes'
import { encodeReceipt, receiptLink, type ModuleResult, type Receipt } from './index'
import { normalizeName } from '@/domain/text'

/** A plausible production origin; the QR code holds the full link so any camera app opens it. */
export const BENCH_ORIGIN = 'https://kynangso.edu.vn'

export const LONG_NAME = normalizeName('Nguyễn Thị Phương Thảo Ngọc Bích Hồng Nhung')

export function qrVersion(text: string): number {
  return encode(text, { ecc: 'M' }).version
}

export function fullReceipt(over: Partial<Receipt> = {}): Receipt {
  const day = Date.UTC(2026, 2, 1, 3)
  const modules: Partial<Record<ModuleId, ModuleResult>> = {}
  MODULE_IDS.forEach((id, i) => {
    // Passed at 80 % or more: at most four of a module's ~25 questions missed in the last attempt.
    modules[id] = {
      completedAt: day + i * 86_400_000 * 9,
      bestScore: 100,
      attempts: 12,
      missed: [0x1000 * i + 1, 0x1000 * i + 2, 0x1000 * i + 3, 0x1000 * i + 4],
      criticalMissed: i === 6,
    }
  })
  return {
    classId: 'AAECAwQFBgc',
    studentId: 'CAkKCwwNDg8',
    name: LONG_NAME,
    classNumber: 45,
    issuedAt: Date.UTC(2026, 4, 20, 8, 30),
    seq: 9999,
    modules,
    ...over,
  }
}

export interface ReceiptFigures {
  /** Binary size, signature included. */
  bytes: number
  /** Length of the base64url code. */
  chars: number
  /** Length of the link `origin/r#code` the QR code and the messenger carry. */
  linkChars: number
  /** QR version of that link at error correction level M (1..40; the budget is 15). */
  qrVersion: number
  /** QR version of the bare code, for an in-app scanner. */
  qrVersionCode: number
}

export async function fullReceiptFigures(origin = BENCH_ORIGIN): Promise<ReceiptFigures> {
  const key = new Uint8Array(16).fill(7)
  const code = await encodeReceipt(fullReceipt(), key)
  const link = receiptLink(origin, code)
  return {
    bytes: fromBase64url(code)!.bytes.length,
    chars: code.length,
    linkChars: link.length,
    qrVersion: qrVersion(link),
    qrVersionCode: qrVersion(code),
  }
}
