/**
 * Issue 16, step changes: what the next step needs is ready before the user asks for it. The
 * help-desk summary's code comes while the user reads an earlier step, so reaching the help desk
 * shows the summary without a download on the way in, and its first frame already has the heading.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import en from '../../locales/en/translation.json' with { type: 'json' };
import type { EscalateEventDetail } from '../../src/events.js';
import { $, chooseAll, EXAMPLE_ATTRIBUTES, heading, mount } from '../helpers.js';

describe('step changes', () => {
  it('fetches the help-desk summary’s code while the user reads an earlier step, not on the way in', async () => {
    // An observer, not the resource buffer: a test page loads more modules than the buffer keeps.
    const fetched: string[] = [];
    const observer = new PerformanceObserver((list) => fetched.push(...list.getEntries().map((entry) => entry.name)));
    observer.observe({ type: 'resource' });
    const summaryCode = () => fetched.some((name) => name.includes('/flow/handover'));
    try {
      const el = await mount(EXAMPLE_ATTRIBUTES);
      // As long as the widget itself waits for the page to be idle.
      await new Promise((resolve) =>
        typeof requestIdleCallback === 'function' ? requestIdleCallback(resolve) : setTimeout(resolve, 250),
      );
      expect(summaryCode(), 'not for the first step').to.equal(false);
      await chooseAll(el, ['sms']);
      await waitUntil(summaryCode, 'fetched while the user reads the second step', { timeout: 5000 });
      const escalate = oneEvent(el, 'sspr-escalate');
      await chooseAll(el, ['yes', 'no', 'no', 'help-desk']);
      expect(heading(el)).to.equal(en.steps['help-desk'].title);
      const detail: EscalateEventDetail = (await escalate).detail;
      expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal(detail.summary);
      expect(detail.summary).to.contain(en.summary.heading);
      expect(
        fetched.filter((name) => name.includes('/flow/handover')),
        'fetched once',
      ).to.have.length(1);
    } finally {
      observer.disconnect();
    }
  });
});
