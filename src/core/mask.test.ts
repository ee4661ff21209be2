import { maskHeaders, maskText, secretsOf } from './mask';

describe('mask', () => {
  it('hides credentials but keeps the scheme and harmless headers', () => {
    const masked = maskHeaders({ Authorization: 'Bearer s3cr3t-token', 'content-type': 'a/b' });

    expect(masked).toEqual({ Authorization: 'Bearer <masked>', 'content-type': 'a/b' });
  });

  it('removes a secret from free text wherever it appears', () => {
    const secrets = secretsOf({ authorization: 'Signature keyId="k",signature="c2lnbmF0dXJl"' });

    const text = maskText('sent Signature keyId="k",signature="c2lnbmF0dXJl" to x', secrets);

    expect(text).toBe('sent <masked> to x');
  });
});
