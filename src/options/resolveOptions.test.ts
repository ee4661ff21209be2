import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { SuiteError } from '../core/errors';
import { resolveOptions } from './resolveOptions';

function usageError(argv: string[]): SuiteError {
  try {
    resolveOptions(argv);
  } catch (error) {
    return error as SuiteError;
  }
  throw new Error(`expected ${argv.join(' ')} to be refused`);
}

async function profileFile(content: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'profile-'));
  const file = path.join(dir, 'profile.json');
  await writeFile(file, content);
  return file;
}

describe('resolveOptions', () => {
  it('defaults to the embedded mock with the Prism profile', () => {
    const options = resolveOptions([], {});

    expect(options.target).toBeUndefined();
    expect(options.profile.name).toBe('prism-mock');
    expect(options.runs).toBeGreaterThan(0);
    expect(Object.isFrozen(options)).toBe(true);
  });

  it('keeps the path of a target and drops a trailing slash', () => {
    const options = resolveOptions(['--target', 'http://127.0.0.1:8080/20181201/']);

    expect(options.target).toBe('http://127.0.0.1:8080/20181201');
    expect(options.profile.name).toBe('default');
  });

  it('runs fewer properties at once against a remote target than on loopback', () => {
    const local = resolveOptions(['--target', 'http://127.0.0.1:8080']).concurrency;
    const remote = resolveOptions(['--target', 'https://functions.example.com']).concurrency;

    expect(remote).toBeLessThan(local);
    expect(resolveOptions(['--target', 'https://x.example', '--concurrency', '9']).concurrency)
      .toBe(9);
  });

  it('takes the seed from the environment when no flag gives one', () => {
    expect(resolveOptions([], { CONFORMANCE_SEED: '42' }).seed).toBe(42);
    expect(resolveOptions(['--seed', '7'], { CONFORMANCE_SEED: '42' }).seed).toBe(7);
  });

  it.each([
    [['--colour'], /Unknown option '--colour'.*--help/],
    [['--runs', 'many'], /--runs expects a whole number.*received 'many'/],
    [['--target', 'localhost:8080'], /--target expects an http or https URL/],
    [['--target', 'not a url'], /--target expects an absolute http\(s\) URL/],
    [['--replay-path', '1:2'], /--replay-path needs the --seed/],
  ])('refuses %j with one line that says what to do', (argv, message) => {
    const error = usageError(argv);

    expect(error.code).toBe('USAGE');
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('\n');
  });

  it('names an unknown profile field and lists the allowed ones', async () => {
    const file = await profileFile('{"heders": {}}');

    const error = usageError(['--profile', file]);

    expect(error.code).toBe('PROFILE_INVALID');
    expect(error.message).toMatch(/unknown field 'heders' \(allowed: name, headers,/);
  });

  it('names a profile field of the wrong type', async () => {
    const file = await profileFile('{"requestTimeoutMs": "fast"}');

    expect(usageError(['--profile', file]).message).toMatch(/\/requestTimeoutMs must be integer/);
  });

  it('says when a profile is not JSON', async () => {
    const file = await profileFile('{ name: x }');

    expect(usageError(['--profile', file]).message).toMatch(/is not valid JSON/);
  });
});
