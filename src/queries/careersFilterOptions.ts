import type { GraphQLExtension, PayloadRequest } from 'payload'

import { openPostingsWhere } from '../careers/openPostings'
import type { JobDescription } from '../payload-types'
import type { JobDescriptionsSlugs } from '../types'

type Option = Pick<JobDescription, 'department' | 'employmentType' | 'locations' | 'workplaceType'>

const sortedUnique = (values: (null | string | undefined)[]) =>
  [...new Set(values.filter((value): value is string => Boolean(value)))].sort((a, b) => a.localeCompare(b))

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
          const result = await req.payload.find({
            collection: slugs.jobDescriptions,
            depth: 0,
            overrideAccess: false,
            pagination: false,
            req,
            select: { department: true, employmentType: true, locations: true, workplaceType: true },
            where: openPostingsWhere(),
          })
          const docs = result.docs as Option[]
          const locations = new Map<string, { city: null | string; country: string; label: string }>()
          for (const doc of docs) {
            for (const location of doc.locations ?? []) {
              const label = [location.city, location.country].filter(Boolean).join(', ')
              locations.set(label, { city: location.city ?? null, country: location.country, label })
            }
          }
          return {
            departments: sortedUnique(docs.map((doc) => doc.department)),
            employmentTypes: sortedUnique(docs.flatMap((doc) => doc.employmentType ?? [])),
            locations: [...locations.values()].sort((a, b) => a.label.localeCompare(b.label)),
            workplaceTypes: sortedUnique(docs.map((doc) => doc.workplaceType)),
          }
        },
      },
    }
  }
