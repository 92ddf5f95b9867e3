/** The year a yearly list shows (2000–2100). */
export function YearField({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  return (
    <label className="field">
      Năm
      <input
        type="number"
        value={year}
        min={2000}
        max={2100}
        onChange={(event) => onChange(Number(event.target.value))}
      />
    </label>
  );
}
