/** The admin menu's Configuration › Backup and Restore. */
export { backUpConfiguration } from './backup';
export { RestoreDialog, type RestoreDialogProps } from './RestoreDialog';
