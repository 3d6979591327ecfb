// What each entrypoint ships, gzipped: the JS its HTML loads up front and the styles inside it,
// what it may load later (import()), and the store packages as uploaded.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { gzipSizeOf } from '../e2e/js-before-ready.ts';
import { kb } from './stats.ts';
import type { Row } from './table.ts';

/** The chunks a module imports statically (`import … from "./x.js"`), as build paths. */
function staticImports(build: string, chunk: string): string[] {
  const code = readFileSync(join(build, chunk), 'utf8');
  return [...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$\s{},*]+from\s*)?["']\.\/([^"']+\.js)["']/g)].map((m) => `chunks/${m[1]}`);
}

/** Files an extension page loads up front: its module script and everything that imports
 *  statically (the build adds no modulepreload links), its stylesheets (not a disabled link,
 *  which is not fetched), and the styles written in the HTML itself (wxt.config.ts), gzipped. */
function upfrontOf(build: string, html: string): { js: string[]; css: string[]; inline: number } {
  const text = readFileSync(join(build, html), 'utf8');
  const refs = (pattern: RegExp) => [...text.matchAll(pattern)].map((m) => (m[1] ?? '').replace(/^\//, ''));
  const js = new Set<string>();
  const queue = refs(/<script[^>]*\bsrc="([^"]+)"/g);
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    if (js.has(next)) continue;
    js.add(next);
    queue.push(...staticImports(build, next));
  }
  const styles = [...text.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => m[1] ?? '').join('');
  return { js: [...js].sort(), css: refs(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"(?![^>]*\bdisabled)/g), inline: styles ? gzipSync(styles, { level: 9 }).length : 0 };
}

/** Every chunk a page's code names (`./x.js`, static or import()), from its up-front files on. */
function reachableFrom(build: string, start: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...start];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    if (seen.has(next)) continue;
    seen.add(next);
    const code = readFileSync(join(build, next), 'utf8');
    queue.push(...[...code.matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)].map((m) => `chunks/${m[1]}`));
  }
  return seen;
}

/** `chunks/popup-DJoe9wK1.js` → `chunks/popup.js`: names that stay the same from build to build. */
const unhashed = (path: string) => path.replace(/-[\w-]{8}(?=\.(js|css)$)/, '');

const sum = (build: string, files: string[]) => files.reduce((total, f) => total + gzipSizeOf(build, f), 0);

export function entrypointRows(build: string): Row[] {
  const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as { background?: { service_worker?: string } };
  const rows: Row[] = [];
  /** Each page's up-front files; an on-demand chunk belongs to the page whose files it imports. */
  const pages = new Map<string, string[]>();
  for (const page of ['popup.html', 'options.html', 'capture.html']) {
    const { js, css, inline } = upfrontOf(build, page);
    const name = page.replace('.html', '');
    pages.set(name, js);
    rows.push([`${name} JS (up front)`, kb(sum(build, js)), '', js.map(unhashed).join(', ')]);
    const where = [...css.map(unhashed), ...(inline ? [`<style> in ${page}`] : [])];
    rows.push([`${name} CSS (up front)`, kb(sum(build, css) + inline), '', where.join(', ')]);
  }
  const upfront = new Set([...pages.values()].flat());
  const worker = manifest.background?.service_worker;
  if (worker) rows.push(['worker JS', kb(gzipSizeOf(build, worker)), '', worker]);
  // Chunks no page loads up front: the sections and converters that load on demand.
  const later = readdirSync(join(build, 'chunks')).map((f) => `chunks/${f}`).filter((f) => f.endsWith('.js') && !upfront.has(f));
  /** The pages that can load a chunk: it is named (imported or import()ed) by code they load. */
  const reach = new Map([...pages].map(([name, js]) => [name, reachableFrom(build, js)]));
  const pagesOf = (chunk: string) => [...reach].filter(([, files]) => files.has(chunk)).map(([name]) => name).join(', ') || 'no page';
  const named = later.map((chunk) => ({ chunk, name: `on demand (${pagesOf(chunk)}): ${unhashed(chunk).replace(/^chunks\/|\.js$/g, '')}` }));
  for (const { chunk, name } of named.sort((a, b) => a.name.localeCompare(b.name))) rows.push([name, kb(gzipSizeOf(build, chunk)), '', 'import() when first needed']);
  return rows;
}

/** The store zips `npm run zip` wrote (already compressed: their size as uploaded). */
export function zipRows(outputDir: string): Row[] {
  return readdirSync(outputDir)
    .filter((f) => f.endsWith('.zip'))
    .sort()
    .map((f): Row => [f, kb(statSync(join(outputDir, f)).size), '', 'zip as uploaded']);
}
