/** Where `amgi build` looks for notes when it is given none (from the folder it runs in). */
export const DEFAULT_NOTES = 'source-notes';
