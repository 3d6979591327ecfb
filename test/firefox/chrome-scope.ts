// Firefox's own side of the extension, reached through WebDriver BiDi's chrome scope (Firefox's
// `moz:scope: "chrome"` extension to BiDi, allowed by --remote-allow-system-access): the event
// page's state and its suspension, and the console, where the event page's errors go. The event
// page is no BiDi browsing context, so its errors never arrive as BiDi log events.
// https://searchfox.org/mozilla-central/search?q=moz%3Ascope and ?q=remote-allow-system-access
import type { Browser } from 'puppeteer-core';

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

export interface ConsoleError {
  message: string;
  source: string;
  line: number;
}

const EXTENSION_PARENT = `ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs').ExtensionParent`;

export class ChromeScope {
  readonly #connection: BidiConnection;
  readonly #geckoId: string;

  constructor(browser: Browser, geckoId: string) {
    // Puppeteer's Firefox browser exposes its BiDi connection; raw commands are how the chrome
    // scope is reached.
    this.#connection = (browser as unknown as { connection: BidiConnection }).connection;
    this.#geckoId = geckoId;
  }

  /** Evaluates `body` (an expression, awaited) in the browser window's chrome context; its value
   *  comes back through JSON. */
  async evaluate<T>(body: string): Promise<T> {
    const tree = (await this.#connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })).result as {
      contexts: { context: string; url: string }[];
    };
    const window = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml') ?? tree.contexts[0];
    if (!window) throw new Error('no chrome window to evaluate in');
    const answer = (
      await this.#connection.send('script.evaluate', {
        expression: `(async () => JSON.stringify(await (async () => { ${body} })()))()`,
        target: { context: window.context },
        awaitPromise: true,
        resultOwnership: 'none',
      })
    ).result as EvaluateResult;
    if (answer.type === 'exception') throw new Error(`chrome scope: ${answer.exceptionDetails?.text ?? 'exception'}`);
    const json = answer.result?.value;
    return (typeof json === 'string' ? JSON.parse(json) : undefined) as T;
  }

  /** starting, running, suspending or stopped (Firefox's Extension.backgroundState). */
  backgroundState(): Promise<string> {
    return this.evaluate(`return ${EXTENSION_PARENT}.GlobalManager.getExtension(${JSON.stringify(this.#geckoId)}).backgroundState;`);
  }

  /** Suspends the event page the way Firefox does after its idle timeout (the same function the
   *  idle timer calls), and waits until it is stopped. */
  async suspendEventPage(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const state = await this.evaluate<string>(`
        const ext = ${EXTENSION_PARENT}.GlobalManager.getExtension(${JSON.stringify(this.#geckoId)});
        if (ext.backgroundState === 'running') await ext.terminateBackground();
        return ext.backgroundState;`);
      if (state === 'stopped') return;
      if (Date.now() > deadline) throw new Error(`the event page did not stop within ${timeoutMs} ms (state: ${state})`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  /** The console's script errors (uncaught exceptions and unhandled rejections) logged since
   *  `sinceMs` by the extension's pages, its event page included: those from a script of
   *  `baseUrl` or in a window of it. Left out: Firefox's own note that a page closed before an API
   *  call it made was answered (ExtensionCommon.sys.mjs reports it for any such call, https://searchfox.org/mozilla-central/search?q=Promise+resolved+after+context+unloaded),
   *  which a closed popup causes and the extension cannot prevent. */
  consoleErrors(sinceMs: number, baseUrl: string): Promise<ConsoleError[]> {
    const base = JSON.stringify(baseUrl);
    return this.evaluate(`
      const fromUs = (m) => {
        if (m.sourceName.startsWith(${base})) return true;
        const uri = m.innerWindowID ? WindowGlobalParent.getByInnerWindowId(m.innerWindowID)?.documentURI?.spec : undefined;
        return uri?.startsWith(${base}) === true;
      };
      return Services.console.getMessageArray()
        .filter((m) => m instanceof Ci.nsIScriptError && m.timeStamp >= ${sinceMs}
          && !(m.flags & (Ci.nsIScriptError.warningFlag | Ci.nsIScriptError.infoFlag)) && fromUs(m)
          && !/^Promise (resolved|rejected) after context unloaded/.test(m.errorMessage))
        .map((m) => ({ message: m.errorMessage, source: m.sourceName, line: m.lineNumber }));`);
  }

  /** Runs `statement` in the event page's window, from one of its timers, so that what it throws
   *  is an uncaught error there: how a test shows that such errors fail it. A frame script reaches
   *  the event page's process, and a sandbox with the page as its prototype runs in its window
   *  with its principal, as a script of the extension (`scriptUrl`, under moz-extension://<uuid>/). */
  throwInEventPage(statement: string, scriptUrl: string): Promise<void> {
    const frameScript =
      'const sandbox = Cu.Sandbox(content, { sandboxPrototype: content, wantXrays: false });' +
      `Cu.evalInSandbox(${JSON.stringify(`setTimeout(() => { ${statement} }, 0)`)}, sandbox, null, ${JSON.stringify(scriptUrl)}, 1);`;
    return this.evaluate(`
      const ext = ${EXTENSION_PARENT}.GlobalManager.getExtension(${JSON.stringify(this.#geckoId)});
      if (ext.backgroundState !== 'running') throw new Error('the event page is ' + ext.backgroundState);
      ext.backgroundContext.xulBrowser.messageManager.loadFrameScript('data:,' + encodeURIComponent(${JSON.stringify(frameScript)}), false);`);
  }

  /** Once the page's context menu is open (after a right click), chooses the item labelled
   *  `label` as a user does: Firefox then runs the extension's menus.onClicked with activeTab. */
  async chooseContextMenuItem(label: string, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const seen = await this.evaluate<{ state: string; labels: string[]; chosen: boolean }>(`
        const menu = document.getElementById('contentAreaContextMenu');
        const items = [...menu.querySelectorAll('menuitem')].filter((item) => !item.hidden);
        const item = menu.state === 'open' ? items.find((i) => i.label === ${JSON.stringify(label)}) : undefined;
        if (item) menu.activateItem(item);
        return { state: menu.state, labels: items.map((i) => i.label).filter(Boolean), chosen: !!item };`);
      if (seen.chosen) return;
      if (Date.now() > deadline) {
        throw new Error(`context menu item "${label}" not chosen within ${timeoutMs} ms (menu ${seen.state}; items: ${seen.labels.join(', ')})`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
