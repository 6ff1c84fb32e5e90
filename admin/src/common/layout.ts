/** Layout rules every screen shares (sx objects), so a phone-sized screen works the same everywhere. */

/**
 * A Show page with an aside (the workflow or triage panel): side by side on a wide screen, the
 * panel below the record on a phone, where side by side left the record 0 px wide. Either way
 * the record's card may shrink below its content's width (a wide table scrolls inside it).
 */
export const asideBelowOnPhone = {
  '& .RaShow-main': { flexDirection: { xs: 'column', md: 'row' }, gap: { xs: 2, md: 0 } },
  '& .RaShow-card': { minWidth: 0 },
} as const;
