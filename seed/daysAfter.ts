/**
 * Midnight UTC `days` days after `now`'s UTC date, as an ISO date-time. Midnight, so that a posting seeded at
 * any hour of a day closes on the same day, and its validThrough reads as the date it is.
 */
export const daysAfter = (days: number, now: Date = new Date()): string =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days)).toISOString()
