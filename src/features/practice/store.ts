// The practice feature's public module: what other features may use of it (lint allows cross-feature
// imports of store.ts only). Present mode reaches the practice types' cards here. Practice results are
// saved through the learn store (one progress record per module), so there is no Pinia state of its own.
export { practiceCards } from './registry'
export type { PresentLabel, LabelFn } from './practiceType'
