// The one seam between the extras UI and the designer store (src/store, per src/store/contract.ts), so the
// components' tests can hand in a small fake.
export { useDesigner, useDesignerApi } from '../../store';
