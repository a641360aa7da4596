/** Words used on every screen. */
export const common = {
  save: 'Save',
  saving: 'Saving…',
  cancel: 'Cancel',
  close: 'Close',
  delete: 'Delete',
  deleting: 'Deleting…',
  edit: 'Edit',
  retry: 'Try again',
  loading: 'Loading…',
  optional: '(optional)',
  none: '—',
  errorTitle: 'Something needs your attention',
} as const;
