import { decodeBase64Url } from '@alumni-kit/contract';

/** The classic 43-byte 1×1 transparent GIF89a of tracking pixels. */
const PIXEL = 'R0lGODlhAQABAIAAAAAAAP___yH5BAEAAAAALAAAAAABAAEAAAICRAEAOw';

export const transparentPixel = (): Blob => new Blob([decodeBase64Url(PIXEL)], { type: 'image/gif' });
