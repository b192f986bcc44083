export { McpServersTable } from './McpServersTable';
