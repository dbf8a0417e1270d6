/**
 * Shared widgets (no device knowledge): screens import them from here. Styles live in ui.css and
 * read the theme variables of theme.css, so a theme colour is set in one place.
 */
import './theme.css';
import './ui.css';

export { ApplyFooter, OkCancelFooter, type OkCancelFooterProps } from './FormFooter';
export { Button, type ButtonProps } from './Button';
export { ConfirmDialog, OkCancelButtons, type ConfirmDialogProps } from './ConfirmDialog';
export { Dialog, type DialogProps } from './Dialog';
export { Icon, type IconName } from './Icon';
export { FormRow, GroupRow, ReadOnlyRow, type FormRowProps } from './FormRow';
export { ListTable, useChosen, type ListTableColumn, type ListTableProps } from './ListTable';
export { Loading } from './Loading';
export { SettingsPage, type SettingsPageProps } from './SettingsPage';
export {
  FieldError,
  FieldProblems,
  fieldOrInside,
  UnplacedProblems,
  useFieldError,
  type FieldMatch,
  type FieldProblem,
} from './placed-fields';
export { Notice } from './Notice';
export { PageHeader } from './PageHeader';
export { ToggleSwitch, type ToggleSwitchProps } from './ToggleSwitch';
export {
  TreeTable,
  type TreeGroupNode,
  type TreeNode,
  type TreeRowNode,
  type TreeTableColumn,
  type TreeTableProps,
} from './TreeTable';
export { Toaster } from './Toaster';
export { showToast, useToasts, type Toast, type ToastKind } from './toast';
export { useLayout, initialLayout, LAYOUT_STORAGE_KEY, type LayoutState } from './layout-store';
