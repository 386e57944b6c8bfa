// One realistic class: 35 students of 6A1 over September–November 2026 (plus one December completion),
// paired with its hand-checked monthly report in tests/unit/report.test.ts.
import type { StudentRecord } from '@/exchange/codec'

const VN = 7 * 3600_000
/** A time given as Vietnam wall-clock time. */
export const vn = (y: number, mo: number, d: number, h = 12, mi = 0): number => Date.UTC(y, mo - 1, d, h, mi) - VN

export function makeStudent(n: number, over: Partial<StudentRecord> = {}): StudentRecord {
  return {
    classId: 'AAAAAAAAAAA',
    studentId: `student-${String(n).padStart(2, '0')}`,
    name: `Học sinh ${n}`,
    classNumber: n,
    lastSeq: 1,
    lastReceiptAt: vn(2026, 11, 20),
    modules: {},
    ...over,
  }
}

/**
 * dich-vu-cong: students 1–10 completed on 15/9, 11–20 on 15/10, 21–25 on 15/11 (best score 90);
 *   26–30 started (one attempt, 60); 31–35 not started.
 * mua-sam: students 1–5 completed on 30/11 at 23:30 (still November in Vietnam), student 6 on 1/12 at
 *   00:30 (December); all best score 100.
 * Other modules: nobody.
 */
export function classOf35(): StudentRecord[] {
  return Array.from({ length: 35 }, (_, i) => {
    const n = i + 1
    const s = makeStudent(n)
    if (n <= 25) {
      const month = n <= 10 ? 9 : n <= 20 ? 10 : 11
      s.modules['dich-vu-cong'] = { completedAt: vn(2026, month, 15), bestScore: 90, attempts: 2 }
    } else if (n <= 30) {
      s.modules['dich-vu-cong'] = { bestScore: 60, attempts: 1 }
    }
    if (n <= 5) s.modules['mua-sam'] = { completedAt: vn(2026, 11, 30, 23, 30), bestScore: 100, attempts: 1 }
    if (n === 6) s.modules['mua-sam'] = { completedAt: vn(2026, 12, 1, 0, 30), bestScore: 100, attempts: 1 }
    return s
  })
}
