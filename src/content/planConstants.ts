// Lesson-plan constants the app needs at run time, kept apart from the plan schema so valibot stays out of
// the browser bundle (plans are validated at build time). src/content/plan.ts re-exports them.
export const PLAN_SCHEMA_VERSION = 1

export const ACTIVITY_KINDS = ['mo-dau', 'hinh-thanh-kien-thuc', 'luyen-tap', 'van-dung'] as const
export type ActivityKind = (typeof ACTIVITY_KINDS)[number]

/** The names a lesson plan prints for the four activities. */
export const ACTIVITY_KIND_NAMES: Readonly<Record<ActivityKind, string>> = {
  'mo-dau': 'Mở đầu',
  'hinh-thanh-kien-thuc': 'Hình thành kiến thức mới',
  'luyen-tap': 'Luyện tập',
  'van-dung': 'Vận dụng',
}

/** Minutes in one tiết. */
export const PERIOD_MINUTES = 45
