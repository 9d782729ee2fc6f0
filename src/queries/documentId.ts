import type { PayloadRequest } from 'payload'

/** A GraphQL `ID!` argument as the database adapter keys documents: numbers on SQL, strings on MongoDB. */
export const documentId = (req: PayloadRequest, id: string): number | string =>
  req.payload.db.defaultIDType === 'number' ? Number(id) : id
