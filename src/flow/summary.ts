/**
 * The plain-text report a user hands to the help desk, and the same facts as
 * data for systems. Pure: text comes in through `t` (in the summary's
 * language), time through `formatTime`. It never contains the phone hint, a
 * code or anything the user typed: only the questions and the answers chosen
 * (as shown on screen), requests and the server's answers, and times.
 */
import type { EscalateEventDetail } from '../events.js';
import type { RequestResult, WizardState } from './machine.js';
import type { ChecklistId, StepId } from './steps.js';
import type { StepTextKey, Translate } from '../i18n/keys.js';
import type { FailureKind } from '../types.js';

// Nothing here is imported by the main file: this module and handover.ts form the on-demand
// `summary.js` chunk, which must not share code with the main file.

/** Every request for a new code made here, and how each ended. */
export function requestCounts(state: WizardState): { total: number } & Record<RequestResult, number> {
  const counts = { total: 0, sent: 0, 'not-sent': 0, failed: 0 };
  for (const entry of state.timeline) {
    if (entry.kind !== 'request') continue;
    counts.total++;
    counts[entry.result]++;
  }
  return counts;
}

const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

/**
 * A value (a time, a code, a browser name) kept whole inside right-to-left
 * plain text, which cannot carry `<bdi>`: its direction taken from its own
 * first letter, as `<bdi>` does. Left-to-right text needs nothing.
 */
export function isolate(value: string, dir: 'ltr' | 'rtl'): string {
  return dir === 'rtl' ? `${FIRST_STRONG_ISOLATE}${value}${POP_DIRECTIONAL_ISOLATE}` : value;
}

export interface SummaryEnvironment {
  t: Translate;
  formatTime: (at: number) => string;
  now: number;
  /** The summary's language and its direction (times and codes are isolated in right-to-left text). */
  language: string;
  dir: 'ltr' | 'rtl';
  browser: string;
  /** Where an answer's words are (steps.ts `answerTextKey`, given by the caller: this chunk imports no data). */
  answerKey: (step: StepId, answerId: string) => StepTextKey;
}

/** The summary in three parts: shortening drops whole lines of the timeline, oldest first. */
export interface SummaryParts {
  head: string[];
  timeline: string[];
  tail: string[];
}

/**
 * Why a request failed, when the server said: a refusal for good reads as the summary's
 * "Server answer" line does. A plain error says no more than "it failed" (and its code).
 */
function serverAnswer(t: SummaryEnvironment['t'], reason: FailureKind): string | null {
  if (reason === 'limit' || reason === 'unsupported-country') return t('summary.blocked', { context: reason });
  return reason === 'wait' ? t('summary.reason', { context: reason }) : null;
}

export function summaryParts(state: WizardState, env: SummaryEnvironment): SummaryParts {
  const { t } = env;
  const value = (text: string) => isolate(text, env.dir);
  const title = (step: StepId) => t(`steps.${step}.title`, { context: state.channel ?? 'sms' });
  const counts = requestCounts(state);
  const head = [t('summary.heading'), ''];
  head.push(t('summary.channel', { channel: t('summary.channel', { context: state.channel ?? 'unknown' }) }));
  head.push(t('summary.requests', { count: counts.total, sent: counts.sent, failed: counts.failed }));
  if (counts['not-sent'] > 0) head.push(`${t('summary.request', { context: 'not-sent' })}: ${counts['not-sent']}`);
  if (state.blocked) head.push(t('summary.blocked', { context: state.blocked }));
  if (state.checked.length) {
    // Only checklist ids reach `checked` (toggleChecked; a restored place is checked: saved-state.ts).
    head.push(
      t('summary.checked', { items: state.checked.map((item) => t(`checklist.${item as ChecklistId}`)).join(' ') }),
    );
  }
  head.push('', t('summary.steps'));
  const timeline: string[] = [];
  for (const entry of state.timeline) {
    const time = value(env.formatTime(entry.at));
    if (entry.kind === 'step') {
      // The question and the answer chosen, in the words the user saw.
      if (entry.answer) timeline.push(`${time}  ${title(entry.step)} — ${t(env.answerKey(entry.step, entry.answer))}`);
    } else if (entry.kind === 'switch') {
      // Channel ids and results are stable English words, as step ids are.
      const detail = entry.code ? `${entry.result} ${entry.code}` : entry.result;
      timeline.push(`${time}  ${t('summary.switch')}: ${entry.from} → ${entry.to} (${detail})`);
    } else {
      const answer = entry.reason ? serverAnswer(t, entry.reason) : null;
      const reason = answer ? `: ${answer}` : '';
      const code = entry.code ? ` (${value(entry.code)})` : '';
      const channel = t('summary.channel', { context: entry.channel });
      timeline.push(`${time}  ${t('summary.request', { context: entry.result })} (${channel})${reason}${code}`);
    }
  }
  const current = state.path[state.path.length - 1];
  timeline.push(`${value(env.formatTime(env.now))}  ${title(current)}`);
  const tail = [
    '',
    t('summary.browser', { browser: value(env.browser) }),
    t('summary.language', { language: value(env.language) }),
    t('summary.time', { time: value(new Date(env.now).toISOString()) }),
  ];
  return { head, timeline, tail };
}

export const joinSummary = (parts: SummaryParts): string =>
  [...parts.head, ...parts.timeline, ...parts.tail].join('\n');

export const buildSummary = (state: WizardState, env: SummaryEnvironment): string =>
  joinSummary(summaryParts(state, env));

/**
 * The longest summary that `fits` (e.g. inside a URL length), shortened by
 * whole lines, never mid-line: first the oldest timeline lines (the step the
 * user is on stays), with `note` saying so; then, if still too long, lines
 * from the end. The heading always stays.
 */
export function fitSummary(parts: SummaryParts, note: string, fits: (text: string) => boolean): string {
  const whole = joinSummary(parts);
  if (fits(whole)) return whole;
  const timeline = [...parts.timeline];
  let text = whole;
  while (timeline.length > 1) {
    timeline.shift();
    text = joinSummary({ ...parts, timeline: [note, ...timeline] });
    if (fits(text)) return text;
  }
  const lines = text.split('\n');
  while (lines.length > 1 && !fits(lines.join('\n'))) lines.pop();
  return lines.join('\n');
}

/** The same facts as the summary, for systems: ids, ISO times, counts and the server's answers. */
export function escalationRecord(state: WizardState): Omit<EscalateEventDetail, 'summary' | 'summaryLanguage'> {
  const iso = (at: number) => new Date(at).toISOString();
  const counts = requestCounts(state);
  return {
    channel: state.channel,
    steps: state.timeline.flatMap((entry) =>
      entry.kind === 'step' ? [{ step: entry.step, answer: entry.answer ?? null, at: iso(entry.at) }] : [],
    ),
    requests: {
      total: counts.total,
      sent: counts.sent,
      notSent: counts['not-sent'],
      failed: counts.failed,
      log: state.timeline.flatMap((entry) =>
        entry.kind === 'request'
          ? [
              {
                channel: entry.channel,
                result: entry.result,
                reason: entry.reason ?? null,
                code: entry.code ?? null,
                at: iso(entry.at),
              },
            ]
          : [],
      ),
    },
    blocked: state.blocked,
    checked: [...state.checked],
    current: state.path[state.path.length - 1],
  };
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
