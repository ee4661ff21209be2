import { execFileSync } from 'node:child_process';

import { shellQuote, toCurl } from './curl';

describe('toCurl', () => {
  it('never writes the credential and reads it from the environment instead', () => {
    const command = toCurl({ method: 'GET', url: 'http://127.0.0.1:1/applications?x=1',
      headers: { Authorization: 'Bearer s3cr3t' } });

    expect(command).not.toContain('s3cr3t');
    expect(command).toContain('"Authorization: $CONFORMANCE_AUTHORIZATION"');
  });

  it('quotes a JSON body so the shell passes it unchanged', () => {
    const body = JSON.stringify({ displayName: "it's $HOME `x`" });
    const quoted = shellQuote(body);

    const echoed = execFileSync('bash', ['-c', `printf %s ${quoted}`]).toString();

    expect(echoed).toBe(body);
  });

  it('sends a binary body through base64 so every byte survives', () => {
    const bytes = Uint8Array.from([0, 255, 10, 39, 200]);
    const command = toCurl({ method: 'POST', url: 'http://h/i', headers: {}, body: bytes });
    const pipe = command.slice(0, command.indexOf('| curl'));

    const decoded = execFileSync('bash', ['-c', pipe]);

    expect([...decoded]).toEqual([...bytes]);
  });
});
