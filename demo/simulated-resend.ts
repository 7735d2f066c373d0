/**
 * A stand-in for a real resend call, so the demo needs no Okta tenant. It
 * answers with the same shapes Okta's Classic API uses (docs/reference.md, "Okta error codes"), and
 * the widget maps them exactly as it maps a real server's answers.
 */
import type { Channel } from '../src/types.js';

export type SimulatedAnswer =
  | 'ok'
  | 'E0000109'
  | 'E0000133'
  | 'E0000047'
  | 'E0000146'
  | 'E0000147'
  | 'E0000150'
  | 'E0000151'
  | 'E0000204'
  | 'E0000205'
  | 'E0000186'
  | 'E0000099'
  | 'network'
  | 'hang';

const OKTA_ERRORS: Record<string, { status: number; errorSummary: string }> = {
  E0000109: {
    status: 429,
    errorSummary: 'An SMS message was recently sent. Please wait 30 seconds before trying again.',
  },
  E0000133: {
    status: 429,
    errorSummary: 'A phone call was recently made. Please wait 30 seconds before trying again.',
  },
  E0000047: { status: 429, errorSummary: 'API call exceeded rate limit due to too many requests.' },
  E0000146: {
    status: 429,
    errorSummary: 'Your organization has reached the limit of SMS requests that can be sent within a 24 hour period.',
  },
  E0000147: {
    status: 429,
    errorSummary: 'Your organization has reached the limit of call requests that can be sent within a 24 hour period.',
  },
  E0000150: { status: 403, errorSummary: 'You have reached the limit of sms requests, please try again later.' },
  E0000151: { status: 403, errorSummary: 'You have reached the limit of call requests, please try again later.' },
  E0000204: { status: 429, errorSummary: 'You have reached the limit of sms requests, please try again later.' },
  E0000205: { status: 429, errorSummary: 'You have reached the limit of call requests, please try again later.' },
  E0000186: { status: 429, errorSummary: 'Your organization has reached the limit of SMS requests for its free tier.' },
  E0000099: { status: 403, errorSummary: 'Only numbers located in US and Canada are allowed.' },
};

export function simulatedResend(answer: () => SimulatedAnswer, delayMs = 700) {
  return async ({ channel }: { channel: Channel }): Promise<void> => {
    const chosen = answer();
    if (chosen === 'hang') return new Promise<void>(() => {});
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    if (chosen === 'ok') {
      console.info(`[demo] a new ${channel === 'voice' ? 'call' : 'text'} is on its way`);
      return;
    }
    if (chosen === 'network') throw new TypeError('Failed to fetch');
    const error = OKTA_ERRORS[chosen];
    // E0000047 carries its wait in a header; the widget reads `failure` first, so pass it through.
    if (chosen === 'E0000047') {
      throw Object.assign(new Error(error.errorSummary), {
        failure: { kind: 'wait', seconds: 90, code: 'E0000047' },
      });
    }
    throw Object.assign(new Error(error.errorSummary), { errorCode: chosen, ...error });
  };
}
