// Payload's admin shell: the root layout of every /admin page, with the server functions it calls.
import config from '@payload-config'
import '@payloadcms/next/css'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import type { ServerFunctionClient } from 'payload'
import { jobDescriptionsServerFunctions } from 'payload-plugin-job-descriptions/server'
import type React from 'react'

import { importMap } from './admin/importMap'

const serverFunction: ServerFunctionClient = async (args) => {
  'use server'
  // Our schedule-publish: only HR schedules or cancels publishing of reviewed documents.
  return handleServerFunctions({ ...args, config, importMap, serverFunctions: jobDescriptionsServerFunctions })
}

export default function PayloadLayout({ children }: { children: React.ReactNode }) {
  return (
    <RootLayout config={config} importMap={importMap} serverFunction={serverFunction}>
      {children}
    </RootLayout>
  )
}
