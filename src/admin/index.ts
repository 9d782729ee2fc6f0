// Admin components the plugin registers, imported by the host's admin import map by package name.
export { CreatePostingFromTemplate } from './CreatePostingFromTemplate.tsx'
export { ItemTextField } from './ItemTextField.tsx'
export { WorkflowPanel } from './WorkflowPanel.tsx'
