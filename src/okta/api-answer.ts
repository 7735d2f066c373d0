/**
 * A 2xx answer counts as "the code went out" only when it is Okta's API speaking (Classic authn
 * and IDX alike): a JSON content type (`application/json`, `application/ion+json; okta-version=…`)
 * and a JSON object body. A 200 from something in between (a proxy's HTML login page) is not.
 */
import { RetryError } from '../retry/outcome.js';

export async function confirmSent(response: Response): Promise<void> {
  const json = /^application\/(?:[\w.-]+\+)?json\b/i.test(response.headers.get('Content-Type')?.trim() ?? '');
  const body: unknown = json ? await response.json().catch(() => null) : null;
  if (body && typeof body === 'object' && !Array.isArray(body)) return;
  throw new RetryError({ kind: 'error', code: `HTTP ${response.status} not JSON` }, 'the answer is not the API JSON');
}
