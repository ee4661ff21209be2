import { defineStatefulSuite } from '../src/stateful/defineStatefulSuite';

// Random sequences of create, get, list, delete and invoke over applications and functions,
// checked against a model after every step and shrunk to the shortest failing sequence.
// Skipped (with the reason in the report) when the profile says the target keeps no state.
defineStatefulSuite();
