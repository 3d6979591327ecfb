// What lib/ asks the browser's i18n for, passed in by the worker so lib/ runs without a browser.
// Messages live in public/_locales/<lang>/messages.json; `substitutions` fill $1…$9 through each
// message's placeholders.
// https://developer.chrome.com/docs/extensions/reference/api/i18n#method-getMessage
export type Translate = (key: string, substitutions?: string[]) => string;
