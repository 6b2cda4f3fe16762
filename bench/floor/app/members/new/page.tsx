import { createNoteAction } from "./actions";

// The page the floor's save is posted to, as the app's is posted to /members/journal/new. The
// benchmark calls the action itself and reads its answer; the form only puts it on this page.
const save = createNoteAction as unknown as (formData: FormData) => Promise<void>;

export default function NewNotePage() {
  return (
    <main>
      <form action={save}>
        <input name="title" aria-label="title" />
        <textarea name="body" aria-label="body" />
        <button type="submit">save</button>
      </form>
    </main>
  );
}
