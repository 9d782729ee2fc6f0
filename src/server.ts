// Server-only helpers for a host's admin layout (they load Payload's admin handlers, which the plugin itself does not).
export { jobDescriptionsServerFunctions, schedulePublish } from './workflow/scheduleServerFunctions'
