// ADF → Markdown, with its round-trip check, is needed only once a rich-text field starts from a
// document, so it loads on demand.
import { lazy } from '../ui/lazy.ts';

export const adfToMarkdownModule = lazy(() => import('../../lib/adf/adf-to-markdown.ts'));
