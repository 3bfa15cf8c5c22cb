/**
 * The English messages the contracts' own rules write on the candidate's and the admin's forms (job
 * targets, answers and drafts, voice transcripts, settings, the admin question and coding-spec
 * editors), each with its key under `forms` in the `form-errors` catalog, so FieldError and the form
 * alerts show them in the reader's language (useErrorText, app/_components/form/use-error-text.ts).
 * Messages only an API client meets (a bad cursor, an id that is not a UUID) stay English.
 */
export const FORM_MESSAGE_KEYS: Readonly<Record<string, string>> = {
  "At most 64 characters.": "max64",
  "At most 40 characters.": "max40",
  "Give an IANA time zone, like Europe/Berlin.": "timeZoneInvalid",
  "You must be at least 13.": "ageMin13",
  "Enter a real age.": "ageInvalid",
  "Say why you changed the score.": "scoreReasonRequired",
  "Use 3–80 lowercase letters, digits and dashes.": "slugFormat",
  "Write the question (at least 10 characters).": "questionTooShort",
  "Add at least one key point.": "keyPointsRequired",
  "Write a sample answer (at least 20 characters).": "sampleAnswerTooShort",
  "Write a reply.": "replyRequired",
  "Write some code before running or submitting it.": "codeRequired",
  "Name the test.": "testNameRequired",
  "A test passes at most 20 arguments.": "testArgsMax",
  "Write the starting code.": "starterCodeRequired",
  "Use a Python/JavaScript identifier (letters, digits, underscores).": "identifierFormat",
  "Add at least one visible example.": "exampleRequired",
  "Write the time limit in milliseconds.": "timeLimitRequired",
  "Ask for at least 1 question.": "questionCountMin",
  "Write an answer before submitting.": "answerRequired",
  "Give the job a title.": "jobTitleRequired",
  "A title has at most 120 characters.": "titleTooLong",
  "A company name has at most 120 characters.": "companyTooLong",
  "Paste the job description (at least 40 characters).": "jobDescriptionTooShort",
  "A requirement needs some text.": "requirementRequired",
  "A requirement has at most 200 characters.": "requirementTooLong",
  "Write the follow-up (at least 10 characters).": "followUpTooShort",
  "Keep a follow-up under 300 characters.": "followUpTooLong",
  "Choose the dimension it probes.": "followUpDimensionRequired",
  "This follow-up is listed twice.": "followUpDuplicate",
  "Write the transcript before saving it.": "transcriptRequired",
};

const N = "([\\d,]+)";

/** Messages built from a limit: the group is `max` (a number, so the catalog formats it per locale) unless `names` says otherwise. */
export const FORM_MESSAGE_PATTERNS: ReadonlyArray<{ pattern: RegExp; key: string; names?: readonly string[] }> = [
  { pattern: new RegExp(`^Code has at most ${N} characters\\.$`), key: "codeTooLong" },
  { pattern: new RegExp(`^At most ${N} visible examples\\.$`), key: "examplesMax" },
  { pattern: new RegExp(`^At most ${N} hidden tests\\.$`), key: "hiddenTestsMax" },
  { pattern: new RegExp(`^The time limit is at least ${N} ms\\.$`), key: "timeLimitMin" },
  { pattern: new RegExp(`^The time limit is at most ${N} ms\\.$`), key: "timeLimitMax" },
  { pattern: /^Another test is already named “(.+)”\.$/, key: "testNameTaken", names: ["name"] },
  { pattern: new RegExp(`^At most ${N} questions per interview\\.$`), key: "questionCountMax" },
  { pattern: new RegExp(`^Choose at most ${N} focus tags\\.$`), key: "focusTagsMax" },
  { pattern: new RegExp(`^An answer has at most ${N} characters\\.$`), key: "answerTooLong" },
  { pattern: new RegExp(`^A draft has at most ${N} characters\\.$`), key: "draftTooLong" },
  { pattern: new RegExp(`^A job description has at most ${N} characters\\.$`), key: "jobDescriptionTooLong" },
  { pattern: new RegExp(`^A CV has at most ${N} characters\\.$`), key: "cvTooLong" },
  { pattern: new RegExp(`^At most ${N} requirements\\.$`), key: "requirementsMax" },
  { pattern: new RegExp(`^At most ${N} follow-ups\\.$`), key: "followUpsMax" },
  { pattern: new RegExp(`^A transcript has at most ${N} characters\\.$`), key: "transcriptTooLong" },
  {
    pattern: /^Follow-up (\d+): "(.+)" is not a dimension of this track's rubric \((.+)\)\.$/,
    key: "followUpDimensionUnknown",
    names: ["index", "dimension", "dimensions"],
  },
];

/** The `errors` catalog key (under `forms.`) of a form message and its values, or null. */
export function formMessageKey(message: string): { key: string; values?: Record<string, string | number> } | null {
  const exact = FORM_MESSAGE_KEYS[message];
  if (exact) return { key: `forms.${exact}` };
  for (const { pattern, key, names = ["max"] } of FORM_MESSAGE_PATTERNS) {
    const match = pattern.exec(message);
    if (!match) continue;
    const values = Object.fromEntries(names.map((name, i) => [name, /^[\d,]+$/.test(match[i + 1]!) ? Number(match[i + 1]!.replace(/,/g, "")) : match[i + 1]!]));
    return { key: `forms.${key}`, values };
  }
  return null;
}
