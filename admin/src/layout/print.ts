/**
 * Printing a page prints the record, not the console around it: no app bar, side menu, toolbars
 * of buttons or notifications, the content the page's full width, and no sideways scroll box
 * cutting a wide table. Given to MUI's <GlobalStyles> by the layout.
 */
export const printStyles = {
  '@media print': {
    // The app bar, the side menu and the buttons do nothing on paper.
    '.RaAppBar-appBar, .RaSidebar-root, .RaLayout-sidebar, .RaTopToolbar-root, .RaToolbar-root, .MuiFab-root, .MuiSnackbar-root, .MuiTooltip-popper, [data-print="hide"]': {
      display: 'none !important',
    },
    'html, body': { background: '#fff !important' },
    // react-admin leaves room for the app bar above the content and for the menu beside it.
    '.RaLayout-appFrame': { marginTop: '0 !important' },
    '.RaLayout-content': { padding: '0 !important', width: '100% !important', maxWidth: '100% !important' },
    // Cards lose their shadow; a wide table is printed whole rather than cut at its scroll box.
    '.MuiPaper-root': { boxShadow: 'none !important' },
    '.RaList-main *, .RaShow-main *': { overflow: 'visible !important' },
    tr: { breakInside: 'avoid' },
  },
} as const;
