export const appPort: number
export const e2ePort: number
export function ensureFree(port: number, envName: string, what: string): Promise<void>
