// Public surface of the designer store (see contract.ts): the factory, the React provider and hooks.
export type { DesignerStore, DocumentState, DerivedState, DesignerActions, ViewState, AllowTrafficInput, ShellDialog } from './contract';
export { createDesignerStore, type DesignerStoreApi, type DesignerStoreOptions } from './create';
export { DesignerProvider, useDesigner, useDesignerApi, useCanUndo, useCanRedo } from './react';
export { AUTOSAVE_KEY } from './autosave';
export { HISTORY_LIMIT } from './history';
export type { XY } from '../model';
