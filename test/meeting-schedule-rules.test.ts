/** The schedule arithmetic the API and the console share (rules/meeting-schedules.ts): no database. */
import { isOccurrence, MAX_OCCURRENCES, minutesDueDay, nearestOccurrence, occurrenceDays, occurrenceState } from '../rules/meeting-schedules';

describe('occurrenceDays', () => {
  test('monthly on the 20th from May 2026 (seed 001)', () => {
    expect(occurrenceDays({ recurrence: 'MONTHLY', dayOfMonth: 20, startsOn: '2026-05-01' }, '2026-01-01', '2026-09-30')).toEqual([
      '2026-05-20',
      '2026-06-20',
      '2026-07-20',
      '2026-08-20',
      '2026-09-20',
    ]);
  });

  test('day 31 in a short month is its last day, 29/2 in a leap year', () => {
    expect(occurrenceDays({ recurrence: 'MONTHLY', dayOfMonth: 31, startsOn: '2027-12-01' }, '2027-12-01', '2028-04-30')).toEqual([
      '2027-12-31',
      '2028-01-31',
      '2028-02-29',
      '2028-03-31',
      '2028-04-30',
    ]);
    expect(occurrenceDays({ recurrence: 'YEARLY', dayOfMonth: 29, month: 2, startsOn: '2026-01-01' }, '2026-01-01', '2028-12-31')).toEqual(['2026-02-28', '2027-02-28', '2028-02-29']);
  });

  test('quarterly and half-yearly cycles from their month (or the start month), yearly on month/day', () => {
    expect(occurrenceDays({ recurrence: 'QUARTERLY', dayOfMonth: 25, month: 3, startsOn: '2026-07-01' }, '2026-01-01', '2027-06-30')).toEqual([
      '2026-09-25',
      '2026-12-25',
      '2027-03-25',
      '2027-06-25',
    ]);
    expect(occurrenceDays({ recurrence: 'QUARTERLY', dayOfMonth: 1, startsOn: '2026-02-10' }, '2026-01-01', '2026-12-31')).toEqual(['2026-05-01', '2026-08-01', '2026-11-01']);
    expect(occurrenceDays({ recurrence: 'HALF_YEARLY', dayOfMonth: 20, month: 11, startsOn: '2026-05-20' }, '2026-01-01', '2027-12-31')).toEqual([
      '2026-05-20',
      '2026-11-20',
      '2027-05-20',
      '2027-11-20',
    ]);
    expect(occurrenceDays({ recurrence: 'YEARLY', dayOfMonth: 15, month: 12, startsOn: '2026-05-20' }, '2026-01-01', '2028-01-01')).toEqual(['2026-12-15', '2027-12-15']);
  });

  test('bounded by startsOn and endsOn, and by the cap', () => {
    const rule = { recurrence: 'MONTHLY' as const, dayOfMonth: 20, startsOn: '2026-05-21', endsOn: '2026-08-19' };
    expect(occurrenceDays(rule, '2026-01-01', '2030-01-01')).toEqual(['2026-06-20', '2026-07-20']);
    expect(occurrenceDays(rule, '2026-09-01', '2026-08-01')).toEqual([]);
    const long = { recurrence: 'MONTHLY' as const, dayOfMonth: 1, startsOn: '2000-01-01' };
    expect(occurrenceDays(long, '2000-01-01', '2033-04-01')?.length).toBe(MAX_OCCURRENCES);
    expect(occurrenceDays(long, '2000-01-01', '2033-05-01')).toBeNull();
  });

  test('isOccurrence and nearestOccurrence', () => {
    const rule = { recurrence: 'MONTHLY' as const, dayOfMonth: 20, startsOn: '2026-05-01' };
    expect(isOccurrence(rule, '2026-06-20')).toBe(true);
    expect(isOccurrence(rule, '2026-06-21')).toBe(false);
    expect(isOccurrence(rule, '2026-04-20')).toBe(false);
    expect(nearestOccurrence(rule, '2026-06-22')).toBe('2026-06-20');
    expect(nearestOccurrence(rule, '2026-07-06')).toBe('2026-07-20');
    // Before the schedule starts, its first day is the nearest.
    expect(nearestOccurrence(rule, '2026-05-02')).toBe('2026-05-20');
    expect(nearestOccurrence({ ...rule, startsOn: '2030-01-01' }, '2026-05-20')).toBeNull();
  });
});

describe('occurrenceState', () => {
  test('UPCOMING, DUE within the grace days, then MISSING; HELD with minutes whenever', () => {
    expect(occurrenceState('2026-06-20', null, '2026-06-19')).toBe('UPCOMING');
    expect(occurrenceState('2026-06-20', null, '2026-06-20')).toBe('DUE');
    expect(occurrenceState('2026-06-20', null, '2026-06-27')).toBe('DUE');
    expect(occurrenceState('2026-06-20', null, '2026-06-28')).toBe('MISSING');
    expect(occurrenceState('2026-06-20', { minutes: '  ' }, '2026-07-01')).toBe('MISSING');
    expect(occurrenceState('2026-06-20', { minutes: 'Biên bản' }, '2026-07-01')).toBe('HELD');
    expect(occurrenceState('2026-06-20', null, '2026-06-22', 1)).toBe('MISSING');
    expect(minutesDueDay('2026-06-28', 7)).toBe('2026-07-05');
  });
});
