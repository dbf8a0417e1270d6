/** Routes the shell itself needs to know (the screens' own paths live in the menu table). */
export const DEFAULT_ROUTE = '/dashboard/status';
export const LOGIN_ROUTE = '/login';
export const FEATURE_VISIBILITY_ROUTE = '/system/feature-visibility';
