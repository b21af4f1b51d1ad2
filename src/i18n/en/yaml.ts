// The YAML reader's diagnostics: English comes from the reader's catalogue itself (one source).
import type { Texts } from '../../engine/reasons/catalogue';
import { YAML_MESSAGES } from '../../yaml/messages';

export const yaml: Texts<typeof YAML_MESSAGES> = YAML_MESSAGES;
