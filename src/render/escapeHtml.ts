const entities: Record<string, string> = { '"': '&quot;', '&': '&amp;', "'": '&#39;', '<': '&lt;', '>': '&gt;' }

/** For item texts placed into HTML we build ourselves. */
export const escapeHtml = (text: string): string => text.replace(/["&'<>]/g, (char) => entities[char]!)
