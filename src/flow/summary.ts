/**
 * The plain-text report a user hands to the help desk. Pure: text comes in
 * through `t`, time through `formatTime`. It never contains the phone hint,
 * a code or anything the user typed: only step ids, answers, counts and times.
 */
import { requestCount, type WizardState } from './machine.js';
import type { Translate } from '../i18n/keys.js';

export interface SummaryEnvironment {
  t: Translate;
  formatTime: (at: number) => string;
  now: number;
  language: string;
  browser: string;
}

export function buildSummary(state: WizardState, env: SummaryEnvironment): string {
  const { t } = env;
  const lines = [t('summary.heading'), ''];
  lines.push(t('summary.channel', { channel: t('summary.channel', { context: state.channel ?? 'unknown' }) }));
  lines.push(t('summary.requests', { count: requestCount(state) }));
  if (state.blocked) lines.push(t('summary.blocked', { context: state.blocked }));
  if (state.checked.length) lines.push(t('summary.checked', { items: state.checked.join(', ') }));
  lines.push('', t('summary.steps'));
  for (const entry of state.timeline) {
    const time = env.formatTime(entry.at);
    if (entry.kind === 'step') {
      // Step ids are stable English words, readable by a help desk in any language.
      if (entry.answer) lines.push(`${time}  ${entry.step} → ${entry.answer}`);
    } else if (entry.kind === 'switch') {
      // Channel ids and results are stable English words, as step ids are.
      const detail = entry.code ? `${entry.result} ${entry.code}` : entry.result;
      lines.push(`${time}  ${t('summary.switch')}: ${entry.from} → ${entry.to} (${detail})`);
    } else {
      const code = entry.code ? ` (${entry.code})` : '';
      lines.push(`${time}  ${t('summary.request', { context: entry.result })}: ${entry.channel}${code}`);
    }
  }
  const current = state.path[state.path.length - 1];
  lines.push(`${env.formatTime(env.now)}  ${current}`);
  lines.push('', t('summary.browser', { browser: env.browser }), t('summary.language', { language: env.language }));
  lines.push(t('summary.time', { time: new Date(env.now).toISOString() }));
  return lines.join('\n');
}

/** "Firefox 140 on Linux": enough for a help desk, without the full fingerprint of a user agent. */
export function describeBrowser(userAgent: string): string {
  const pick = (pattern: RegExp) => userAgent.match(pattern)?.[1];
  const version = (name: string, pattern: RegExp) => {
    const found = pick(pattern);
    return found ? `${name} ${found.split('.')[0]}` : null;
  };
  const browser =
    version('Edge', /Edg(?:e|A|iOS)?\/([\d.]+)/) ??
    version('Firefox', /(?:Firefox|FxiOS)\/([\d.]+)/) ??
    version('Chrome', /(?:Chrome|CriOS)\/([\d.]+)/) ??
    version('Safari', /Version\/([\d.]+).*Safari/) ??
    'unknown browser';
  const system = /Android/.test(userAgent)
    ? 'Android'
    : /iPhone|iPad|iPod/.test(userAgent)
      ? 'iOS'
      : /Windows/.test(userAgent)
        ? 'Windows'
        : /Mac OS X/.test(userAgent)
          ? 'macOS'
          : /CrOS/.test(userAgent)
            ? 'ChromeOS'
            : /Linux/.test(userAgent)
              ? 'Linux'
              : 'unknown system';
  return `${browser}, ${system}`;
}
