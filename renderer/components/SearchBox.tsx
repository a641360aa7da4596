interface SearchBoxProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId: string;
}

export function SearchBox({ id, label, value, onChange, testId }: SearchBoxProps) {
  return (
    <div className="search-box">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={value}
        autoComplete="off"
        spellCheck={false}
        data-testid={testId}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
