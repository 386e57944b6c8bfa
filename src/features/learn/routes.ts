// The learn feature's routes; app/router.ts collects every feature's list.
import type { RouteRecordRaw } from 'vue-router'

export const routes: RouteRecordRaw[] = [
  { path: '/modules/:moduleId', name: 'module', component: () => import('./ModulePage.vue'), props: true },
  {
    path: '/modules/:moduleId/lessons/:lessonId',
    name: 'lesson',
    component: () => import('./LessonPage.vue'),
    props: true,
  },
  {
    path: '/progress/certificate',
    name: 'certificate',
    component: () => import('./CertificatePage.vue'),
    meta: { title: 'certificate.title' },
  },
  // The certificate's link (its QR code): opened on any phone, with no profile needed, like an invite link.
  {
    path: '/c',
    name: 'certificate-check',
    component: () => import('./CertificateCheckPage.vue'),
    meta: { title: 'certificateCheck.title', public: true },
  },
  {
    path: '/progress',
    name: 'progress',
    component: () => import('./ProgressPage.vue'),
    meta: { title: 'progress.title' },
  },
]
