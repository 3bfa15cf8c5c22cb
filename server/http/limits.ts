/** Request bodies above this are refused before they are read in full (413). */
export const MAX_BODY_BYTES = 1024 * 1024;
