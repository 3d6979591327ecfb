// Which of a transition's screen fields the Change status dialog asks for itself, and which it
// cannot fill (then the user finishes in Jira). Only required fields are asked for: this is a
// quick status change, not the full transition screen.
import { planForm, type Blocker, type FormField, type FormPlan } from '../../lib/jira/fields/index.ts';
import type { Transition } from '../../lib/jira/transitions.ts';

/** The kinds TransitionField has a control for. */
const FORM_KINDS: ReadonlySet<string> = new Set(['text', 'adf', 'select', 'priority', 'number', 'date', 'datetime']);

export interface TransitionPlan {
  plan: FormPlan;
  /** Required fields this dialog cannot fill. */
  blockers: Blocker[];
}

function fillable(field: FormField): boolean {
  if (!FORM_KINDS.has(field.kind.kind)) return false;
  // A required pick-list that offers nothing cannot be answered here.
  return !('choices' in field.kind) || field.kind.choices.length > 0;
}

export function planTransition(transition: Transition): TransitionPlan {
  const plan = planForm(transition.fields.filter((f) => f.required), { mode: 'create' });
  const fields = plan.fields.filter(fillable);
  const blockers = [
    ...plan.blockers,
    ...plan.fields.filter((f) => !fillable(f)).map((f) => ({ fieldId: f.fieldId, name: f.name, type: f.kind.kind })),
  ];
  return { plan: { ...plan, fields }, blockers };
}

/** The transition's button text: "Resolve → Done", or just "Done" when the two say the same. */
export function transitionLabel(transition: Transition): string {
  return transition.name === transition.to.name ? transition.name : `${transition.name} → ${transition.to.name}`;
}
