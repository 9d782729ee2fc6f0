import type React from 'react'

export const metadata = { title: 'Job descriptions' }

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', lineHeight: 1.5, margin: '3rem auto', maxWidth: '40rem', padding: '0 1rem' }}>
        {children}
      </body>
    </html>
  )
}
