import { readFileSync } from 'node:fs';

// Deep import on purpose: the package root exposes only ConfigFileReader, whose parse() prints
// to the console when a file has no [DEFAULT] section and reports a bad line by quoting it
// (which could be a pasted key) without its number. Feeding lines to the same accumulator
// keeps oci-common's parsing and DEFAULT inheritance while we word the errors.
import { ConfigAccumulator, ConfigFile } from 'oci-common/lib/config-file-reader';

import { SuiteError } from '../../core/errors';

/** One profile of an OCI config file (OCI-FACTS 6.3). */
export interface OciConfigProfile {
  /** Absolute path of the config file. */
  file: string;
  profile: string;
  /** For messages, e.g. `profile DEV of /home/me/.oci/config`. */
  where: string;
  /** The value in this profile, else in [DEFAULT]; undefined when absent or empty. */
  get(key: string): string | undefined;
}

function invalid(message: string, cause?: unknown): SuiteError {
  return new SuiteError('PROFILE_INVALID', message, cause === undefined ? undefined : { cause });
}

function readConfigText(file: string, missingFix: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code ?? 'unreadable';
    throw invalid(`cannot read the OCI config file ${file} (${reason}); ${missingFix}`, cause);
  }
}

function parseConfigText(text: string, file: string): ConfigAccumulator {
  const accumulator = new ConfigAccumulator();
  text.split('\n').forEach((line, index) => {
    try {
      accumulator.accept(line);
    } catch {
      // The library's message quotes the line; it is dropped (no cause) for the reason above.
      throw invalid(`line ${index + 1} of the OCI config file ${file} is not a [PROFILE] ` +
        'header, a key=value pair or a # comment (or comes before the first [PROFILE]); ' +
        'fix or remove that line');
    }
  });
  return accumulator;
}

/**
 * Reads one profile of an OCI config file with oci-common's parser. Keys missing from the
 * profile are taken from [DEFAULT], as the SDKs and the CLI do.
 * @param missingFix - what the user can do when the file cannot be read; depends on whether
 *   the path came from a flag, OCI_CONFIG_FILE or the default location.
 */
export function readOciConfigProfile(
  file: string,
  profile: string,
  missingFix: string,
): OciConfigProfile {
  const accumulator = parseConfigText(readConfigText(file, missingFix), file);

  const profiles = [...accumulator.configurationsByProfile.keys()];
  if (!profiles.includes(profile)) {
    const found = profiles.length === 0 ? 'it has no [PROFILE] sections'
      : `it has ${profiles.join(', ')}`;
    throw invalid(`the OCI config file ${file} has no profile [${profile}] (${found}); ` +
      `pass --oci-profile with one of those, or add a [${profile}] section`);
  }

  const config = new ConfigFile(accumulator, profile);
  return {
    file,
    profile,
    where: `profile [${profile}] of ${file}`,
    get: (key) => config.get(key) || undefined,
  };
}
