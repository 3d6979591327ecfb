// How a form is sent: its submit (Enter in a one-line field, or its button) and Ctrl+Enter (⌘+Enter
// on a Mac) from anywhere in it, a multi-line field included, as in Jira's own editors (README,
// "Keyboard shortcuts"). The Create, edit and comment forms share it.
import type { JSX } from 'preact';

type SendKeys = Pick<JSX.HTMLAttributes<HTMLFormElement>, 'onSubmit' | 'onKeyDown'>;

/** The form's handlers: each sends once, without the browser's own submission. */
export function sendKeys(send: () => void): SendKeys {
  return {
    onSubmit: (event) => {
      event.preventDefault();
      send();
    },
    onKeyDown: (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        send();
      }
    },
  };
}
