import { useTranslation } from 'react-i18next';
import { SearchBox } from '../../components/SearchBox.tsx';

interface TableToolbarProps {
  searchId: string;
  searchLabel: string;
  query: string;
  onQueryChange: (query: string) => void;
  shown: number;
  total: number;
  addLabel: string;
  addTestId: string;
  onAdd: () => void;
  addDisabled?: boolean;
}

/** Search on the left, how many rows match, and the Add button on the right. */
export function TableToolbar(props: TableToolbarProps) {
  const { t } = useTranslation();
  return (
    <div className="table-toolbar">
      <SearchBox
        id={props.searchId}
        label={props.searchLabel}
        value={props.query}
        onChange={props.onQueryChange}
        testId={props.searchId}
      />
      <p className="table-toolbar__count" role="status">
        {props.query.trim() !== '' &&
          t('data.search.shown', { shown: props.shown, total: props.total })}
      </p>
      <button
        type="button"
        className="button button--primary"
        data-testid={props.addTestId}
        disabled={props.addDisabled}
        onClick={props.onAdd}
      >
        {props.addLabel}
      </button>
    </div>
  );
}
