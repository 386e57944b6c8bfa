// English UI chrome (optional second language). Missing keys fall back to Vietnamese.
import type { DeepPartial, Messages } from './index'

const en: DeepPartial<Messages> = {
  app: { name: 'Kỹ năng số', tagline: 'Learn digital skills safely, even offline', skip: 'Skip to main content', home: 'Home', back: 'Back', menu: 'Main navigation', loading: 'Loading…', close: 'Close', saved: 'Saved', cancel: 'Cancel', ok: 'OK' },
  nav: { learn: 'Learn', progress: 'Progress', teacher: 'Teacher', outreach: 'Outreach', settings: 'Settings', about: 'About' },
  roles: { student: 'Student', teacher: 'Teacher', outreach: 'Community digital team' },
  welcome: { title: 'Welcome to Kỹ năng số', chooseRole: 'Who are you?', nameLabel: 'Display name (optional)', start: 'Start', needRole: 'Choose a role to start.' },
  home: { title: 'Modules', greeting: 'Hello, {name}!', greetingAnon: 'Hello!', minutes: '{n} min', lessonsDone: '{done}/{total} lessons', completed: 'Completed', notStarted: 'Not started', inProgress: 'In progress' },
  settings: { title: 'Settings', profile: 'Profile', role: 'Role', name: 'Display name', textSize: 'Text size', textNormal: 'Normal', textLarge: 'Large', textXLarge: 'Very large', locality: 'Your province', language: 'Interface language', save: 'Save', saved: 'Settings saved.', storage: 'Storage on this device', install: 'Install app' },
  pwa: { offline: 'Offline — lessons still work.', updateReady: 'A new version is available.', update: 'Update now', later: 'Later', offlineReady: 'Ready to work offline.', install: 'Install on home screen' },
  notFound: { title: 'Page not found', text: 'This page does not exist or has moved.', home: 'Back to home' },
}
export default en
