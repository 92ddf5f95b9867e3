/** The outcome of the last action of a panel, announced to screen readers. */
export function ActionMessage({ message }: { message: { text: string; isError: boolean } | null }) {
  if (message === null) return null;
  return message.isError ? (
    <p role="alert" className="notice error">
      {message.text}
    </p>
  ) : (
    <p role="status" className="notice success">
      {message.text}
    </p>
  );
}
