// `npm start`: check the port first (so a busy port is said before a minute of install and build), then
// install if needed, build, and serve the production build.
import { spawnSync } from 'node:child_process'
import { appPort, ensureFree } from './ports.mjs'

await ensureFree(appPort, 'PORT', 'npm start')
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' })
  if (r.status !== 0) process.exit(r.status ?? 1)
}
run('node', ['scripts/ensure-install.mjs'])
run('npx', ['vite', 'build'])
run('npx', ['vite', 'preview', '--port', String(appPort), '--strictPort'])
