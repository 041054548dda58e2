/** A labelled file input that hands over the picked file and clears itself, so the same file can be picked again. */
export function FilePicker(props: { id: string; label: string; accept: string; disabled: boolean; onPick: (file: File) => void }) {
  return (
    <label class="button" for={props.id} aria-disabled={props.disabled}>
      {props.label}
      <input
        id={props.id}
        data-testid={props.id}
        class="sr-only"
        type="file"
        accept={props.accept}
        disabled={props.disabled}
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          input.value = '';
          if (file) props.onPick(file);
        }}
      />
    </label>
  );
}
