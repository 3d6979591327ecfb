import type { Template } from '../../../lib/capture/template.ts';
import { t } from '../../../lib/i18n/page-text.ts';

interface Props {
  templates: Template[];
  onEdit: (id: string) => void;
  onDelete: (id: string) => void;
  onMove: (id: string, step: -1 | 1) => void;
}

/** What a template preselects in the capture window. */
export function tieOf(template: Template): string {
  if (!template.projectKey) return t('templateAnyProject');
  return template.issueTypeId
    ? t('templateTieProjectType', template.projectKey, template.issueTypeId)
    : t('templateTieProject', template.projectKey);
}

export const buttonId = (id: string, action: 'edit' | 'up' | 'down' | 'delete') => `template-${id}-${action}`;

/** The templates in order; the first is the default the context menu uses. */
export function TemplateList({ templates, onEdit, onDelete, onMove }: Props) {
  return (
    <ol class="template-list" aria-label={t('templateTitle')}>
      {templates.map((template, i) => (
        <li key={template.id} class="template-item">
          <div class="template-item-text">
            <strong>{template.name}</strong>
            {i === 0 && <span class="template-default"> {t('templateDefault')}</span>}
            <span class="hint"> {tieOf(template)}</span>
          </div>
          <div class="actions template-item-actions">
            <button type="button" id={buttonId(template.id, 'edit')} aria-label={t('templateEditLabel', template.name)} onClick={() => onEdit(template.id)}>
              {t('optionsEdit')}
            </button>
            {i > 0 && (
              <button type="button" id={buttonId(template.id, 'up')} aria-label={t('templateMoveUpLabel', template.name)} onClick={() => onMove(template.id, -1)}>
                {t('templateMoveUp')}
              </button>
            )}
            {i < templates.length - 1 && (
              <button type="button" id={buttonId(template.id, 'down')} aria-label={t('templateMoveDownLabel', template.name)} onClick={() => onMove(template.id, 1)}>
                {t('templateMoveDown')}
              </button>
            )}
            <button type="button" id={buttonId(template.id, 'delete')} aria-label={t('templateDeleteLabel', template.name)} onClick={() => onDelete(template.id)}>
              {t('optionsDelete')}
            </button>
          </div>
        </li>
      ))}
    </ol>
  );
}
