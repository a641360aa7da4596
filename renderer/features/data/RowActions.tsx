interface RowActionsProps {
  testIdPrefix: string;
  /** Visible words ("Edit", "Delete"), passed in: one table row must not subscribe to i18n. */
  editText: string;
  deleteText: string;
  /** Accessible names that say which row ("Edit Red Impulso Cívico A.C."). */
  editLabel: string;
  deleteLabel: string;
  onEdit: () => void;
  onDelete: () => void;
}

/** Edit and Delete for one table row. */
export function RowActions(props: RowActionsProps) {
  return (
    <div className="row-actions">
      <button
        type="button"
        className="button button--small"
        aria-label={props.editLabel}
        title={props.editLabel}
        data-testid={`${props.testIdPrefix}-edit`}
        onClick={props.onEdit}
      >
        {props.editText}
      </button>
      <button
        type="button"
        className="button button--small button--quiet-danger"
        aria-label={props.deleteLabel}
        title={props.deleteLabel}
        data-testid={`${props.testIdPrefix}-delete`}
        onClick={props.onDelete}
      >
        {props.deleteText}
      </button>
    </div>
  );
}
