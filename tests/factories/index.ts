// Typed factories for content and progress, so tests state only what they care about.
import type { Lesson, Question, Quiz } from '@/content/schema'
import type { RawModuleFiles } from '@/content/validate'
import type { QuizAttempt } from '@/domain/records'

export function makeLesson(over: Partial<Lesson> = {}): Lesson {
  return {
    id: 'bai-mot',
    title: 'Bài một',
    summary: 'Tóm tắt',
    minutes: 3,
    domains: ['an-toan'],
    competences: ['4.2'],
    checked: '2026-11',
    sources: [{ title: 'Nguồn', url: 'https://example.gov.vn/a', checked: '2026-11-27' }],
    cards: [
      { type: 'text', title: 'Thẻ 1', body: 'Nội dung **đậm**.' },
      { type: 'callout', tone: 'warning', title: 'Nhớ', body: 'Không đưa OTP.' },
    ],
    ...over,
  }
}

export function makeSingle(id: string, over: Partial<Extract<Question, { type: 'single' }>> = {}): Question {
  return {
    id,
    type: 'single',
    competences: ['4.2'],
    prompt: `Câu ${id}?`,
    explanation: 'Giải thích chung.',
    options: [
      { id: 'a', text: 'Đúng', correct: true, critical: false, explanation: 'Vì đúng.' },
      { id: 'b', text: 'Sai', correct: false, critical: false, explanation: 'Vì sai.' },
      {
        id: 'c',
        text: 'Đưa OTP',
        correct: false,
        critical: true,
        kind: 'share-otp',
        explanation: 'Nguy hiểm.',
      },
    ],
    ...over,
  }
}

export function makeQuiz(n = 5, passPercent = 80): Quiz {
  return { passPercent, questions: Array.from({ length: n }, (_, i) => makeSingle(`q${i + 1}`)) }
}

export function makeModuleFiles(over: Partial<RawModuleFiles> = {}): RawModuleFiles {
  return {
    module: {
      schemaVersion: 1,
      id: 'dich-vu-cong',
      order: 1,
      title: 'Dịch vụ công trực tuyến',
      description: 'Mô tả',
      minutes: 10,
      icon: 'building',
      domains: ['an-toan'],
      objectives: ['Mục tiêu'],
      lessons: ['bai-mot'],
      practices: ['sap-xep'],
    },
    lessons: { 'bai-mot': makeLesson() },
    practices: {
      'sap-xep': {
        id: 'sap-xep',
        type: 'order',
        competences: ['4.1'],
        title: 'Sắp xếp',
        intro: 'Giới thiệu',
        items: [
          { id: 'a', text: 'Một', explanation: 'x' },
          { id: 'b', text: 'Hai', explanation: 'y' },
          { id: 'c', text: 'Ba', explanation: 'z' },
        ],
        consequence: 'Hậu quả',
        success: 'Giỏi',
      },
    },
    quiz: makeQuiz(),
    ...over,
  }
}

export function makeAttempt(over: Partial<QuizAttempt> = {}): QuizAttempt {
  return {
    id: 'att-1',
    moduleId: 'dich-vu-cong',
    seed: 42,
    questionIds: ['q1', 'q2', 'q3', 'q4', 'q5'],
    answers: {},
    current: 0,
    mode: 'full',
    contentSchema: 1,
    startedAt: 1000,
    updatedAt: 1000,
    ...over,
  }
}
