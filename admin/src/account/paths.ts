/** The account pages' routes, apart from the pages themselves so the menu and the router can name them without loading them. */
export const CHANGE_PASSWORD_PATH = '/account/password';
