import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.js';
import { indexNames } from '../../ingest/index-names.js';
import { createClient } from '../../scripts/elasticsearch/client.js';

// No request below reaches Elasticsearch: the preflight is answered by the CORS middleware alone.
function app(corsOrigins?: string[]) {
  const client = createClient('http://127.0.0.1:1', {});
  return createApp({ client, names: indexNames('cors-'), logger: pino({ level: 'silent' }), corsOrigins });
}

const preflight = {
  method: 'OPTIONS',
  headers: { Origin: 'https://analyse.example.dk', 'Access-Control-Request-Method': 'GET' },
};

describe('CORS', () => {
  it('is off by default', async () => {
    const response = await app().request('/api/search', preflight);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it('allows the configured origins only', async () => {
    const configured = app(['https://analyse.example.dk']);
    const allowed = await configured.request('/api/search', preflight);
    expect(allowed.headers.get('Access-Control-Allow-Origin')).toBe('https://analyse.example.dk');
    const other = await configured.request('/api/search', { ...preflight, headers: { ...preflight.headers, Origin: 'https://evil.example' } });
    expect(other.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });
});
