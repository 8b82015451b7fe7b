import type { ProfileEditing } from './profile-findings';

/**
 * A profile draft the researcher has not edited. Its own module, so that a new draft (read at start
 * through db/upgrades.ts) can use it without bringing the findings derivation into the start bundle.
 */
export const NO_EDITING: ProfileEditing = { order: [], overrides: {}, added: [] };
