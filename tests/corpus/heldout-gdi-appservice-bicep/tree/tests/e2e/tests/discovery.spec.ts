import { test, expect } from '@playwright/test';

const baseURL = process.env.BASE_URL!;

test('discovery document lists the management scopes', async ({ request }) => {
  const res = await request.get(`${baseURL}/.well-known/openid-configuration`);
  expect(res.status()).toBe(200);
  const doc = await res.json() as { scopes_supported: string[]; token_endpoint: string };
  expect(doc.scopes_supported).toEqual(expect.arrayContaining(['openid', 'gdi:admin', 'gdi:view']));
  expect(doc.token_endpoint).toContain('/connect/token');
});

test('auditor client gets a read token', async ({ request }) => {
  const res = await request.post(`${baseURL}/connect/token`, {
    form: {
      grant_type: 'client_credentials',
      client_id: 'auditor-client',
      client_secret: process.env.AUDITOR_CLIENT_SECRET!,
      scope: 'gdi:view',
    },
  });
  expect(res.status()).toBe(200);
});
