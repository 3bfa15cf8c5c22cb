/** Kept for the admin forms that import it from here; the field lives in app/_components. */
export { TextareaField } from "../textarea-field";
