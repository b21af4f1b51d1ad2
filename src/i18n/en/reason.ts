// Engine reasons, warnings and query errors: English comes from the engine's catalogue itself (one source).
import { REASONS, type Texts } from '../../engine/reasons/catalogue';

export const reason: Texts<typeof REASONS> = REASONS;
