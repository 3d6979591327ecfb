import type { Template } from '../../../lib/capture/template.ts';

interface Props {
  templates: Template[];
  onEdit: (id: string) => void;
  onDelete: (id: string) => void;
  onMove: (id: string, step: -1 | 1) => void;
}

/** What a template preselects in the capture window. */
export function tieOf(template: Template): string {
  if (!template.projectKey) return 'Any project';
  return template.issueTypeId ? `Project ${template.projectKey}, issue type ${template.issueTypeId}` : `Project ${template.projectKey}`;
}

export const buttonId = (id: string, action: 'edit' | 'up' | 'down' | 'delete') => `template-${id}-${action}`;

/** The templates in order; the first is the default the context menu uses. */
export function TemplateList({ templates, onEdit, onDelete, onMove }: Props) {
  return (
    <ol class="template-list" aria-label="Templates">
      {templates.map((template, i) => (
        <li key={template.id} class="template-item">
          <div class="template-item-text">
            <strong>{template.name}</strong>
            {i === 0 && <span class="template-default"> (default)</span>}
            <span class="hint"> {tieOf(template)}</span>
          </div>
          <div class="actions template-item-actions">
            <button type="button" id={buttonId(template.id, 'edit')} aria-label={`Edit ${template.name}`} onClick={() => onEdit(template.id)}>
              Edit
            </button>
            {i > 0 && (
              <button type="button" id={buttonId(template.id, 'up')} aria-label={`Move ${template.name} up`} onClick={() => onMove(template.id, -1)}>
                Move up
              </button>
            )}
            {i < templates.length - 1 && (
              <button type="button" id={buttonId(template.id, 'down')} aria-label={`Move ${template.name} down`} onClick={() => onMove(template.id, 1)}>
                Move down
              </button>
            )}
            <button type="button" id={buttonId(template.id, 'delete')} aria-label={`Delete ${template.name}`} onClick={() => onDelete(template.id)}>
              Delete
            </button>
          </div>
        </li>
      ))}
    </ol>
  );
}
