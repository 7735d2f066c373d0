/**
 * The help-desk summary of the wizard's journey, in the language shown (flow/summary.ts builds
 * the text; this supplies the language, the times and the browser).
 */
import { buildSummary, describeBrowser } from '../flow/summary.js';
import type { WizardState } from '../flow/machine.js';
import type { LocalizeController } from '../i18n/localize-controller.js';

export const helpDeskSummary = (state: WizardState, i18n: LocalizeController): string =>
  buildSummary(state, {
    t: (key, options) => i18n.t(key, options),
    formatTime: (at) => i18n.formatTime(at),
    // The moment of the last thing that happened, so the text stays the same between renders.
    now: state.timeline.at(-1)?.at ?? Date.now(),
    language: i18n.language,
    browser: describeBrowser(navigator.userAgent),
  });
