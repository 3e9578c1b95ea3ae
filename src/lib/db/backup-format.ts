/** The backup file's identity, apart from its schema so writing a backup needs no zod. */

/** Identifies a backup file. */
export const BACKUP_FORMAT = 'citecards-backup';
/** Version of the backup format. */
export const BACKUP_VERSION = 1;

export type { Backup } from './backup';
