// The same six settings go by three sets of names: config file keys, environment variables
// and the fields of OciCredentialValues. Messages must use the name the user actually wrote,
// so each source describes itself with a FieldNaming built from this one table.

/** The settings a credential source can provide. */
export type CredentialField =
  | 'tenancy' | 'user' | 'fingerprint' | 'keyFile' | 'passPhrase' | 'region';

export const CREDENTIAL_FIELDS: Record<CredentialField, {
  configKey: string;
  envVar: string;
  expected: string;
}> = {
  tenancy: { configKey: 'tenancy', envVar: 'OCI_TENANCY', expected: 'your tenancy OCID' },
  user: { configKey: 'user', envVar: 'OCI_USER', expected: 'your user OCID' },
  fingerprint: {
    configKey: 'fingerprint', envVar: 'OCI_FINGERPRINT', expected: 'the fingerprint of the key',
  },
  keyFile: {
    configKey: 'key_file', envVar: 'OCI_KEY_FILE', expected: 'the path of your API private key',
  },
  passPhrase: {
    configKey: 'pass_phrase', envVar: 'OCI_PASS_PHRASE', expected: 'the pass phrase of the key',
  },
  region: { configKey: 'region', envVar: 'OCI_REGION', expected: 'a region such as us-ashburn-1' },
};

/** How one credential source names its settings and how a user changes them. */
export interface FieldNaming {
  /** The source as a phrase, e.g. `profile [DEV] of /home/me/.oci/config`. */
  source: string;
  /** The setting's name in this source, e.g. `key_file` or `OCI_KEY_FILE`. */
  name(field: CredentialField): string;
  /** An instruction that sets or corrects the field, e.g. `set OCI_USER to your user OCID`. */
  fix(field: CredentialField): string;
}

/** Naming for the fields of OciCredentialValues passed in code. */
export const VALUES_NAMING: FieldNaming = {
  source: 'the OCI credential values passed in',
  name: (field) => field,
  fix: (field) => `pass ${field} (${CREDENTIAL_FIELDS[field].expected})`,
};

/** Naming for the OCI_* environment variables. */
export const ENV_NAMING: FieldNaming = {
  source: 'the OCI_* environment variables',
  name: (field) => CREDENTIAL_FIELDS[field].envVar,
  fix: (field) => `set ${CREDENTIAL_FIELDS[field].envVar} to ${CREDENTIAL_FIELDS[field].expected}`,
};

/** Naming for one profile of a config file; OCI_PASS_PHRASE may supply the pass phrase too. */
export function configNaming(where: string, profile: string, file: string): FieldNaming {
  return {
    source: where,
    name: (field) => CREDENTIAL_FIELDS[field].configKey,
    fix: (field) => {
      const { configKey, expected } = CREDENTIAL_FIELDS[field];
      const also = field === 'passPhrase' || field === 'region'
        ? ` or set ${CREDENTIAL_FIELDS[field].envVar}` : '';
      return `add ${configKey}=<${expected}> to [${profile}] in ${file}${also}`;
    },
  };
}
