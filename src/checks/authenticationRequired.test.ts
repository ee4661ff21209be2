import { authenticationRequired } from './authenticationRequired';
import { context, exchange } from './testExchange';

function withCredentials(status: number, credentials: 'none' | 'wrong') {
  const sent = exchange(status, { code: 'NotAuthenticated', message: 'no' });
  sent.request.credentials = credentials;
  return sent;
}

describe('authentication-required', () => {
  it('passes a 401 for a request without credentials', () => {
    expect(authenticationRequired.run(context(), withCredentials(401, 'none')).status)
      .toBe('passed');
  });

  it('fails a target that serves a request without credentials', () => {
    expect(authenticationRequired.run(context(), withCredentials(200, 'none'))).toMatchObject(
      { status: 'failed', violations: [{ received: '200',
        expected: '401, because the request carried no credentials' }] });
  });

  it('fails a 403 for wrong credentials: the document asks for 401', () => {
    expect(authenticationRequired.run(context(), withCredentials(403, 'wrong')).status)
      .toBe('failed');
  });

  it('skips an operation that declares no security', () => {
    const open = withCredentials(200, 'none');
    open.operation.secured = false;

    expect(authenticationRequired.run(context(), open).status).toBe('skipped');
  });
});
