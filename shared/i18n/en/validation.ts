/** Field-level messages shown beside a form input. */
export const validation = {
  required: 'Fill in this field.',
  chooseOne: 'Choose one from the list.',
  tooLong: 'Too long: at most {{maximum}} characters.',
  tooSmall: 'Must be at least {{minimum}}.',
  tooBig: 'Must be at most {{maximum}}.',
  number: 'Enter a number, for example 1 or 2.5.',
  date: 'Enter a real date as YYYY-MM-DD, for example 2019-06-30.',
  endAfterStart: 'The end date must be after the start date.',
  spellsOverlap:
    'These dates overlap another date range of the same tie. Adjust them so the ranges do not overlap.',
  invalid: 'This value is not valid.',
  formSummary: 'Please correct the highlighted fields; nothing was saved yet.',
} as const;
