// Moved to state/transitions/practice.ts; kept so branches written against the old path still build.
export * from './transitions/practice.js';
