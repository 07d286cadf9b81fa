/** The migrated PGlite data folder made at install, when there is one (database-template.mjs). */
export function databaseTemplate(root: string): string | undefined;
/** Makes the template unless it exists; true when it made one. */
export function makeDatabaseTemplate(root: string): Promise<boolean>;
