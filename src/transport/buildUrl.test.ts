import { buildUrl } from './buildUrl';

describe('buildUrl', () => {
  it('keeps the base path and encodes each parameter as a single segment', () => {
    const url = buildUrl('http://127.0.0.1:8080/20181201/',
      '/functions/{functionId}/actions/invoke', { functionId: 'a/b?c%' }, {});

    expect(url).toBe('http://127.0.0.1:8080/20181201/functions/a%2Fb%3Fc%25/actions/invoke');
  });

  it('encodes query values so spaces and ampersands survive', () => {
    const url = buildUrl('http://h', '/applications', {}, { compartmentId: 'x y&z=1' });

    expect(new URL(url).searchParams.get('compartmentId')).toBe('x y&z=1');
  });
});
