// @ts-check
/**
 * What both local Okta-like servers answer with (okta-mock.mjs for the adapter tests, okta-flows.mjs
 * for the real Sign-In Widget): Okta's error codes and reading a request body.
 */

/** Okta's error answers: HTTP status and errorSummary (docs/reference.md, "Okta error codes"). */
export const ERRORS = {
  E0000011: [403, 'Invalid token provided'],
  E0000009: [500, 'Internal Server Error'],
  E0000047: [429, 'API call exceeded rate limit due to too many requests.'],
  E0000068: [403, 'Invalid Passcode/Answer'],
  E0000099: [403, 'Only numbers located in US and Canada are allowed.'],
  E0000109: [429, 'An SMS message was recently sent. Please wait 30 seconds before trying again.'],
  E0000133: [429, 'A phone call was recently made. Please wait 30 seconds before trying again.'],
  // The org-wide 24-hour and free-tier limits (summaries paraphrased).
  E0000146: [429, 'Your organization has reached the limit of SMS requests that can be sent within a 24 hour period.'],
  E0000147: [429, 'Your organization has reached the limit of call requests that can be made within a 24 hour period.'],
  E0000186: [429, 'Your organization has reached the limit of SMS requests for the free tier within a 30 day period.'],
  E0000150: [403, 'You have reached the limit of sms requests, please try again later.'],
  E0000151: [403, 'You have reached the limit of call requests, please try again later.'],
  E0000204: [429, 'You have reached the limit of sms requests, please try again later.'],
  E0000205: [429, 'You have reached the limit of call requests, please try again later.'],
};

/** The request body as text. */
export function readBody(req) {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}
