/** The routes of Network › Interfaces. */
export const listPath = '/network/interfaces';
export const createPath = '/network/interfaces/create';
export const editPath = (name: string): string => `/network/interfaces/edit/${encodeURIComponent(name)}`;
