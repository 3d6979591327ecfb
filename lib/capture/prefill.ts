// A template filled in for one capture: what the capture window hands the create form.
import { renderTemplate } from './render-template.ts';
import { summaryFromSelection } from './summary.ts';
import type { Template } from './template.ts';
import { formatTemplateDate, type TemplateValues } from './template-variables.ts';

/** Starting values for the create form: text for the fields of those names, and the project and
 *  issue type to preselect when the site has them. */
export interface CreatePrefill {
  summary?: string;
  description?: string;
  projectKey?: string;
  issueTypeId?: string;
}

export interface CaptureSource {
  selection: string;
  url: string;
  title: string;
}

export function templateValues(capture: CaptureSource, siteUrl: string, today: Date): TemplateValues {
  return { selection: capture.selection, url: capture.url, title: capture.title, date: formatTemplateDate(today), site: siteUrl };
}

/**
 * The template filled with the capture. The summary is one line cut for Jira (lib/capture/summary.ts);
 * when it comes out empty (a whole page was captured, with no selection) the page title stands in.
 * The description is Markdown with the page's text escaped (renderTemplate, markdown: true).
 */
export function capturePrefill(template: Template, capture: CaptureSource, siteUrl: string, today: Date): CreatePrefill {
  const values = templateValues(capture, siteUrl, today);
  const summary =
    summaryFromSelection(renderTemplate(template.summary, values, { markdown: false })) || summaryFromSelection(capture.title);
  return {
    summary,
    description: renderTemplate(template.description, values, { markdown: true }),
    ...(template.projectKey ? { projectKey: template.projectKey } : {}),
    ...(template.projectKey && template.issueTypeId ? { issueTypeId: template.issueTypeId } : {}),
  };
}
