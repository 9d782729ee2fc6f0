// Admin components the plugin registers, imported by the host's admin import map by package name.
export { CreatePostingFromTemplate } from './CreatePostingFromTemplate.js'
export { ItemTextField } from './ItemTextField.js'
export { WorkflowPanel } from './WorkflowPanel.js'
