// The designer's model: pure TypeScript, no React, unit tested with Vitest.
export * from './types';
export * from './keyOrder';
export * from './keys';
export * from './describe';
export * from './graph';
export * from './graphEdits';
export * from './stageEdits';
export * from './taskEdits';
export * from './transitionEdits';
export * from './positions';
export * from './exportJson';
export * from './diff';
export * from './history';
export * from './problemTargets';
export * from './problemFields';
export * from './sameJson';
export * from './simulationMarks';
