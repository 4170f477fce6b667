// Every change to the progress store, as a pure function (state, …, now) → state. Screens and
// commands only call `store.update(fn)` with these, so each rule has one home and a unit test
// (tests/unit/transitions.test.ts), and two processes merge their updates under the store's lock.
export * from './checkpoints.js';
export * from './modules.js';
export * from './pitch.js';
export * from './practice.js';
export * from './profile.js';
