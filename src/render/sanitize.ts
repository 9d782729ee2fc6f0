import sanitizeHtml from 'sanitize-html'

/**
 * What careers sites may put on a page unescaped: text structure and links, nothing that runs. Every
 * attribute but a link's href is dropped (so no event handlers or styles), and hrefs keep only safe
 * protocols; links open in a new tab without giving the opened page a handle on ours.
 */
const options: sanitizeHtml.IOptions = {
  allowedAttributes: { a: ['href', 'rel', 'target'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowedTags: [
    'a', 'blockquote', 'br', 'code', 'em', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'li', 'ol', 'p', 's', 'strong', 'sub', 'sup', 'u', 'ul',
  ],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow', target: '_blank' }),
    // A job description has one h1, the job title, which the page owns.
    h1: 'h2',
  },
}

export const sanitize = (html: string): string => sanitizeHtml(html, options)
