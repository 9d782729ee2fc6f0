import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

/**
 * Payload's email adapter over SMTP with nodemailer, from one `smtp://user:pass@host:port` URL. Written here
 * rather than taken from `@payloadcms/email-nodemailer`, whose releases pin an exact `payload` peer version
 * that the registry here has no matching release of.
 */
export const smtpEmailAdapter =
  ({ fromAddress, fromName, url }: { fromAddress: string; fromName: string; url: string }): EmailAdapter =>
  () => {
    const transport = nodemailer.createTransport(url)
    return {
      name: 'smtp',
      defaultFromAddress: fromAddress,
      defaultFromName: fromName,
      sendEmail: (message) => transport.sendMail({ from: { address: fromAddress, name: fromName }, ...message }),
    }
  }
