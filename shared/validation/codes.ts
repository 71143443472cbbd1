/** Problem codes, one per rule outcome; clients may match on them. */

// Structure
export const MISSING_ENTRY = 'missing-entry';
export const MULTIPLE_ENTRIES = 'multiple-entries';
export const DUPLICATE_NODE_ID = 'duplicate-node-id';
export const UNREACHABLE_NODE = 'unreachable-node';
export const OPEN_END = 'open-end';
export const DANGLING_EDGE = 'dangling-edge';
export const OUTPUT_HAS_SEVERAL_EDGES = 'output-has-several-edges';
export const GOTO_NO_TARGET = 'goto-no-target';
export const GOTO_TARGET_MISSING = 'goto-target-missing';
export const CYCLE_WITHOUT_WAIT = 'cycle-without-wait';
export const RANDOM_SPLIT_TOTAL = 'random-split-total';
export const RANDOM_SPLIT_PATH_NEVER_TAKEN = 'random-split-path-never-taken';
export const SPLIT_PATH_NO_CRITERIA = 'split-path-no-criteria';
export const SPLIT_CRITERION_INCOMPLETE = 'split-criterion-incomplete';
export const CRITERION_SCOPE_UNUSED = 'criterion-scope-unused';
export const CRITERION_VALUE_UNKNOWN = 'criterion-value-unknown';
export const CRITERION_OPERATOR_UNFIT = 'criterion-operator-unfit';
export const CRITERION_VALUE_UNFIT = 'criterion-value-unfit';
export const NODE_SETTING_MISSING = 'node-setting-missing';
export const DURATION_INVALID = 'duration-invalid';
export const GATE_CONDITION_FORM = 'gate-condition-form';
export const ENTRY_SOURCE_MISSING = 'entry-source-missing';

// Actions
export const ACTION_NOT_CHOSEN = 'action-not-chosen';
export const UNKNOWN_ACTION = 'unknown-action';
export const ACCOUNT_ACTION_IN_PEOPLE_JOURNEY = 'account-action-in-people-journey';
export const ACTION_NOT_OFFERED = 'action-not-offered';
export const ACTION_SCOPE_MISMATCH = 'action-scope-mismatch';
export const INVALID_PARAM = 'invalid-param';
export const FIELD_TOO_LONG = 'field-too-long';
export const MISSING_SETTING = 'missing-setting';
export const UNKNOWN_REFERENCE = 'unknown-reference';
export const REFERENCE_UNAVAILABLE = 'reference-unavailable';
export const JOURNEY_REFERENCE_BLOCKED = 'journey-reference-blocked';
export const JOURNEY_REFERENCE_SELF = 'journey-reference-self';
export const APPLY_TO_INCOMPLETE = 'apply-to-incomplete';
export const BACK_TO_BACK_SENDS = 'back-to-back-sends';
export const INVALID_ACTION_INPUT = 'invalid-action-input';
export const ACTION_VALUE_UNFIT = 'action-value-unfit';
export const CREDENTIAL_IN_STEP_INPUT = 'credential-in-step-input';
export const INVALID_CONTENT_ADDRESS = 'invalid-content-address';

// Data keys and Liquid
export const DUPLICATE_DATA_KEY = 'duplicate-data-key';
export const UNUSED_DATA_KEY = 'unused-data-key';
export const UNKNOWN_DATA_KEY = 'unknown-data-key';
export const DATA_KEY_USED_BEFORE_SET = 'data-key-used-before-set';
export const LIQUID_SYNTAX = 'liquid-syntax';
export const UNKNOWN_VARIABLE = 'unknown-variable';
