// The learn feature's routes; app/router.ts collects every feature's list.
import type { RouteRecordRaw } from 'vue-router'
import { pageRoute } from '@/components/pageRoute'

export const routes: RouteRecordRaw[] = [
  pageRoute('/modules/:moduleId', 'module', () => import('./ModulePage.vue')),
  pageRoute('/modules/:moduleId/lessons/:lessonId', 'lesson', () => import('./LessonPage.vue')),
  pageRoute('/progress/certificate', 'certificate', () => import('./CertificatePage.vue'), {
    title: 'certificate.title',
  }),
  // The certificate's link (its QR code): opened on any phone, with no profile needed, like an invite link.
  pageRoute('/c', 'certificate-check', () => import('./CertificateCheckPage.vue'), {
    title: 'certificateCheck.title',
    public: true,
  }),
  pageRoute('/progress', 'progress', () => import('./ProgressPage.vue'), { title: 'progress.title' }),
]
