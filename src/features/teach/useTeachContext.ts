// What every teach page needs: the class taught (`?class=`), the module's content and its lesson plan,
// loaded once per page, with a state for "loading", "ready", "missing" (no such module) and "error"
// (offline before the chunk was cached).
import { computed, shallowRef, ref, watch } from 'vue'
import { useRoute } from 'vue-router'
import type { ModuleContent } from '@/content/schema'
import type { LessonPlan } from '@/content/plan'
import { useLearnStore } from '@/features/learn/store'
import { useClassroomStore } from '@/features/classroom/store'
import { useSettingsStore } from '@/stores/settings'
import { useTeachStore } from './store'

export function useTeachContext(moduleId: () => string) {
  const route = useRoute()
  const learn = useLearnStore()
  const classroom = useClassroomStore()
  const settings = useSettingsStore()
  const teach = useTeachStore()
  const content = shallowRef<ModuleContent>()
  const plan = shallowRef<LessonPlan>()
  const state = ref<'loading' | 'ready' | 'missing' | 'error'>('loading')

  const classId = computed(() => (typeof route.query.class === 'string' ? route.query.class : ''))
  const cls = computed(() => classroom.classes.find((c) => c.id === classId.value))
  const meta = computed(() => learn.meta(moduleId()))
  const fields = computed(() => teach.planFields(cls.value, settings.profile?.displayName ?? ''))
  /** `?class=` carried to the next teach page. */
  const query = computed(() => (cls.value ? { class: cls.value.id } : {}))

  watch(
    moduleId,
    async (id) => {
      state.value = 'loading'
      if (!learn.meta(id)) {
        state.value = 'missing'
        return
      }
      try {
        const [c, p] = await Promise.all([
          learn.loadContent(id),
          teach.loadPlan(id),
          classroom.loadClasses(),
          teach.loadFields(),
        ])
        content.value = c
        plan.value = p
        state.value = c && p ? 'ready' : 'error'
      } catch {
        state.value = 'error'
      }
    },
    { immediate: true },
  )

  return { classId, cls, meta, content, plan, state, fields, query, teach }
}

/** What a teach page gets from useTeachContext (the document pages' builders and actions take it). */
export type TeachContext = ReturnType<typeof useTeachContext>
