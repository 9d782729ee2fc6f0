// Payload's admin shell, as Payload's blank template has it, with the plugin's server functions wired in
// (docs/security.md, "For hosts": only HR schedules or cancels publishing).
import config from '@payload-config'
import '@payloadcms/next/css'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import type { ServerFunctionClient } from 'payload'
import { jobDescriptionsServerFunctions } from 'payload-plugin-job-descriptions/server'
import type React from 'react'

import { importMap } from './admin/importMap.js'

const serverFunction: ServerFunctionClient = async (args) => {
  'use server'
  return handleServerFunctions({ ...args, config, importMap, serverFunctions: jobDescriptionsServerFunctions })
}

export default function Layout({ children }: { children: React.ReactNode }) {
  return (
    <RootLayout config={config} importMap={importMap} serverFunction={serverFunction}>
      {children}
    </RootLayout>
  )
}
