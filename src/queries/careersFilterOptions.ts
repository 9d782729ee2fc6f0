import type { GraphQLExtension, PayloadRequest } from 'payload'

import { locationLabel, parseLocationLabel } from '../careers/locationLabel.ts'
import { openPostingsWhere } from '../careers/openPostings.ts'
import type { JobDescription } from '../generated/documents.ts'
import type { JobDescriptionsSlugs } from '../types.ts'

const sortedUnique = (values: (null | string | undefined)[]) =>
  [...new Set(values.filter((value): value is string => Boolean(value)))].sort((a, b) => a.localeCompare(b))

/**
 * Whether an open posting has a place without its label: one saved before places had one, on MongoDB, which
 * has no migration to add it. (A posting without places also gives the distinct labels a null.)
 */
const hasUnlabelledPlaces = async (req: PayloadRequest, slugs: JobDescriptionsSlugs): Promise<boolean> => {
  const where = { and: [openPostingsWhere(), { 'locations.country': { exists: true } }, { 'locations.label': { exists: false } }] }
  return (await req.payload.count({ collection: slugs.jobDescriptions, overrideAccess: false, req, where })).totalDocs > 0
}

/** The labels of the open postings' places, read from every such posting: the slow way, for unlabelled places. */
const placesOfPostings = async (req: PayloadRequest, slugs: JobDescriptionsSlugs): Promise<string[]> => {
  const { docs } = await req.payload.find({
    collection: slugs.jobDescriptions,
    depth: 0,
    overrideAccess: false,
    pagination: false,
    req,
    select: { locations: true },
    where: openPostingsWhere(),
  })
  return (docs as Pick<JobDescription, 'locations'>[]).flatMap((doc) => (doc.locations ?? []).map(locationLabel))
}

/**
 * `CareersFilterOptions`: the departments, locations, workplace and employment types of the open postings
 * the caller can see, for a careers site's filter menus. Only values that would return postings appear.
 */
export const careersFilterOptions =
  (slugs: JobDescriptionsSlugs): GraphQLExtension =>
  (GraphQL) => {
    const LocationOption = new GraphQL.GraphQLObjectType({
      name: 'CareersLocationOption',
      fields: {
        city: { type: GraphQL.GraphQLString },
        country: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
        /** "Berlin, DE": what a filter menu shows and what `location` filters match. */
        label: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
      },
    })
    const list = (type: InstanceType<typeof GraphQL.GraphQLObjectType> | typeof GraphQL.GraphQLString) =>
      new GraphQL.GraphQLNonNull(new GraphQL.GraphQLList(new GraphQL.GraphQLNonNull(type)))
    return {
      CareersFilterOptions: {
        type: new GraphQL.GraphQLNonNull(
          new GraphQL.GraphQLObjectType({
            name: 'CareersFilterOptions',
            fields: {
              departments: { type: list(GraphQL.GraphQLString) },
              employmentTypes: { type: list(GraphQL.GraphQLString) },
              locations: { type: list(LocationOption) },
              workplaceTypes: { type: list(GraphQL.GraphQLString) },
            },
          }),
        ),
        resolve: async (_: unknown, __: unknown, { req }: { req: PayloadRequest }) => {
          // Each menu is one distinct-values query on the open postings the caller can see (the database
          // does the work: at 10,000 postings reading every posting took 1.5 s, these take tens of ms).
          const distinct = async (field: string) =>
            (
              await req.payload.findDistinct({
                collection: slugs.jobDescriptions,
                field: field as never,
                overrideAccess: false,
                req,
                where: openPostingsWhere(),
              })
            ).values.map((row) => (row as Record<string, unknown>)[field])
          const [departments, employmentTypes, labels, workplaceTypes] = await Promise.all(
            ['department', 'employmentType', 'locations.label', 'workplaceType'].map(distinct),
          )
          const places = labels!.some((label) => label == null) && (await hasUnlabelledPlaces(req, slugs)) ? await placesOfPostings(req, slugs) : (labels as string[])
          return {
            departments: sortedUnique(departments as string[]),
            employmentTypes: sortedUnique(employmentTypes as string[]),
            locations: sortedUnique(places).map((label) => ({ ...parseLocationLabel(label), label })),
            workplaceTypes: sortedUnique(workplaceTypes as string[]),
          }
        },
      },
    }
  }
