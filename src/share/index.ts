export { encodeDesign, decodeDesign, shareLink, payloadOfFragment, MAX_LINK_LENGTH, type SharedDesign, type DecodeResult, type DecodeFailure } from './codec';
