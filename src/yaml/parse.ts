export { parseManifests, MAX_INPUT_BYTES } from './reader/documents';
