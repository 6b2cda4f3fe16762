/** A field's message, referenced by the field's aria-describedby. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1.5 text-sm font-bold text-danger">
      <span aria-hidden="true">! </span>
      {message}
    </p>
  );
}
