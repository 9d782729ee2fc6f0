// Admin components the plugin registers, imported by the host's admin import map by package name.
export { ContentCheckPanel } from './ContentCheckPanel.tsx'
export { CreatePostingFromTemplate } from './CreatePostingFromTemplate.tsx'
export { ItemListField } from './ItemListField.tsx'
export { ItemTextField } from './ItemTextField.tsx'
export { ReviewedPublishButton } from './ReviewedPublishButton.tsx'
export { WorkflowPanel } from './WorkflowPanel.tsx'
