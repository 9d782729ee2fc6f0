import type { CollectionSlug, Endpoint } from 'payload'
import { z } from 'zod'

import { similarity } from './similarity.ts'
import { refuse } from '../refuse.ts'

const query = z.object({
  exclude: z.string().optional(),
  text: z.string().trim().min(8, 'type at least 8 characters').max(500),
})

/** Texts at least this alike are offered as "already in the library". */
export const similarThreshold = 0.6

/**
 * `GET /api/<items>/similar?text=…[&exclude=id]`: existing items whose text is the same or nearly the
 * same, best first, so authors reuse an item instead of adding a copy. Signed-in users only.
 */
export const similarItemsEndpoint = (collection: CollectionSlug): Endpoint => ({
  handler: async (req) => {
    if (!req.user) refuse('Sign in to look up similar items.', 401)
    const parsed = query.safeParse(req.query)
    if (!parsed.success) refuse(`text: ${parsed.error.issues[0]!.message}`, 400)
    const { exclude, text } = parsed.data
    // The library is small (hundreds of sentences); comparing in memory beats a fuzzy index to maintain.
    const { docs } = await req.payload.find({
      collection,
      depth: 0,
      draft: true,
      pagination: false,
      req,
      select: { text: true } as never,
    })
    const matches = (docs as unknown as { id: number | string; text: string }[])
      .filter((doc) => String(doc.id) !== exclude)
      .map((doc) => ({ id: doc.id, score: Math.round(similarity(text, doc.text) * 100) / 100, text: doc.text }))
      .filter((match) => match.score >= similarThreshold)
      .sort((a, b) => b.score - a.score)
      .slice(0, 5)
    return Response.json({ matches })
  },
  method: 'get',
  path: '/similar',
})
