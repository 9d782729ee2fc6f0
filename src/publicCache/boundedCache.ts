import { LRUCache } from 'lru-cache'

/**
 * A parsed GraphQL document takes about 40 bytes of heap per character of its text (measured on the careers
 * operations, locations included): what a cache of documents is charged per character of the text.
 */
export const documentBytesPerChar = 40

/** A JavaScript string's heap size, two bytes a character (what V8 uses for any text beyond Latin-1). */
export const textBytes = (text: string): number => text.length * 2

/**
 * A least-recently-used cache bounded by bytes rather than by entries: the texts it is keyed by come from
 * anonymous callers, so a count of entries alone would let a few thousand large ones hold gigabytes.
 * `sizeOf` estimates an entry's key and value in bytes; no single entry may take more than an eighth of
 * the cache, so one large request cannot push every known operation out.
 */
export const boundedCache = <V extends object>({ maxBytes, sizeOf }: { maxBytes: number; sizeOf: (value: V, key: string) => number }) =>
  new LRUCache<string, V>({
    maxEntrySize: Math.floor(maxBytes / 8),
    maxSize: maxBytes,
    sizeCalculation: (value, key) => Math.max(1, Math.ceil(sizeOf(value, key))),
  })
