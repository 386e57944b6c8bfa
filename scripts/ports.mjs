// The two ports the project serves on, so `npm start` (4173) and the end-to-end tests (4174) can run at
// the same time. Change them with PORT and E2E_PORT.
import { createServer } from 'node:net'

export const appPort = Number(process.env.PORT || 4173)
export const e2ePort = Number(process.env.E2E_PORT || 4174)

/** Resolves when `port` is free on localhost; otherwise exits with one sentence naming the fix. */
export function ensureFree(port, envName, what) {
  return new Promise((resolve) => {
    const server = createServer()
    server.once('error', () => {
      console.error(
        `Port ${port} is busy (${what}): stop what is using it, or choose another port with ${envName}=<port>.`,
      )
      process.exit(1)
    })
    server.once('listening', () => server.close(() => resolve()))
    server.listen(port, '127.0.0.1')
  })
}
