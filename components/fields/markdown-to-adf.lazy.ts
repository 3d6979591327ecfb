// Markdown → ADF (`marked` and `marklassian`) is a large part of the popup's code by size and is
// needed only once someone types in a rich-text field, so it loads on demand.
import { lazy } from '../ui/lazy.ts';

export const markdownToAdfModule = lazy(() => import('../../lib/adf/markdown-to-adf.ts'));
