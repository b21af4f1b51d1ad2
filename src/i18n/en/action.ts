// Action errors and store notices: English comes from src/sync/messages.ts itself (one source).
import type { Texts } from '../../engine/reasons/catalogue';
import { ACTION_ERRORS } from '../../sync/messages';

export const action: Texts<typeof ACTION_ERRORS> = ACTION_ERRORS;
