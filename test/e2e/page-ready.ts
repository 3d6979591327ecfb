// When an extension page counts as ready, for the budget test (which code it loaded by then) and
// the benchmarks (how long it took). Each check is a plain function evaluated inside the page, so
// it reads only the DOM: no test hooks in the extension.

/** The popup is ready when the Create form can be used: the project chosen in the Project box (so
 *  the cached projects are painted), the issue type's form shown, and its Create button enabled. */
export function isPopupReady(): boolean {
  const project = document.getElementById('create-project') as HTMLInputElement | null;
  const form = document.querySelector('form[aria-label="New issue"]');
  const submit = form?.querySelector('button[type="submit"]');
  return !!project && project.value !== '' && !!submit && submit.textContent === 'Create issue' && !submit.hasAttribute('aria-disabled');
}

/** The options page is ready when the sign-in profiles are painted with the selected one checked. */
export function isOptionsReady(): boolean {
  return document.querySelector('fieldset[role="radiogroup"] input[type="radio"]:checked') !== null;
}

export type ReadyCheck = () => boolean;
