/** Payload's Publish button behind the review: disabled, with the reason, unless the revision is approved. */
export const reviewedPublishButton = 'payload-plugin-job-descriptions/admin#ReviewedPublishButton'
