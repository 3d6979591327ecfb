// The transitions an issue can take from its status (spec: Transitions / IssueTransition), with
// each transition's screen fields when `expand=transitions.fields` asks for them.
import type { Issue, SiteState, Transition } from '../types.ts';
import { fieldMetadata } from './field-meta.ts';
import { issueTypeOf, projectOf, statusById } from './lookup.ts';
import { statusJson } from './view-config.ts';

type Json = Record<string, unknown>;

export function transitionsFor(site: SiteState, issue: Issue): Transition[] {
  return site.workflow[issue.statusId] ?? [];
}

export function transitionJson(site: SiteState, issue: Issue, t: Transition, withFields: boolean): Json {
  const json: Json = {
    id: t.id,
    name: t.name,
    to: statusJson(site, statusById(site, t.to)),
    hasScreen: t.requiredFields.length > 0,
    isGlobal: false,
    isInitial: false,
    isAvailable: true,
    isConditional: false,
    isLooped: false,
  };
  if (withFields) {
    const m = { site, project: projectOf(site, issue), issueType: issueTypeOf(site, issue), issueKey: issue.key };
    const fields: Record<string, Json> = {};
    for (const fieldId of t.requiredFields) {
      const meta = fieldMetadata(m, { fieldId, required: true });
      if (meta) fields[fieldId] = meta;
    }
    json.fields = fields;
  }
  return json;
}
