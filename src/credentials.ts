import type { CredentialProvider } from './core/pipeline.js';

/** A fixed API key, sent only as `Authorization: Bearer` (never as the `apikey` query parameter). */
export function apiKeyCredentials(apiKey: string): CredentialProvider {
  if (typeof apiKey !== 'string' || apiKey.trim() === '') {
    throw new TypeError('apiKey must be a non-empty string: the key from the Dialpad admin portal (Settings → API keys)');
  }
  return {
    getToken: async () => apiKey,
    secrets: () => [apiKey],
  };
}

/** A function that replaces every secret the provider knows with "[redacted]". */
export function redactorFor(provider: CredentialProvider): (text: string) => string {
  return (text) => {
    let result = text;
    for (const secret of provider.secrets()) {
      if (secret && secret.length >= 4) result = result.split(secret).join('[redacted]');
    }
    return result;
  };
}
