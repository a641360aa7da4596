import { z } from 'zod';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is a real calendar day written as YYYY-MM-DD (no 2019-02-30). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * A calendar day, YYYY-MM-DD. Days, not instants: surveys, events and alliances are
 * dated by day, and string order equals time order, so comparisons need no parsing.
 */
export const IsoDate = z
  .string()
  .refine(isIsoDate, { message: 'Expected a real date written as YYYY-MM-DD' })
  .brand<'IsoDate'>();
export type IsoDate = z.infer<typeof IsoDate>;
