import './petitions.css';
import { emptyPetitionValues, PetitionForm } from './PetitionForm';

/** Vào sổ đơn mới. */
export function NewPetitionPage() {
  return (
    <section aria-labelledby="new-petition-title" className="page">
      <h1 id="new-petition-title">Vào sổ đơn mới</h1>
      <PetitionForm initial={emptyPetitionValues()} editId={null} />
    </section>
  );
}
