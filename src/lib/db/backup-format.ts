/** The backup file's identity, apart from its schema so writing a backup needs no zod. */

/** Identifies a backup file. */
export const BACKUP_FORMAT = 'citecards-backup';
/** Version of the backup format: 2 holds deck format 2 cards (version 1 backups are read and folded). */
export const BACKUP_VERSION = 2;

export type { Backup } from './backup';
