// Admin components the plugin registers, imported by the host's admin import map by package name.
export { CreatePostingFromTemplate } from './CreatePostingFromTemplate'
export { ItemTextField } from './ItemTextField'
export { WorkflowPanel } from './WorkflowPanel'
