import type { ComponentChildren } from 'preact';
import type { MessageKey } from '../../i18n/browser';
import { t } from '../../i18n/browser';

export interface Choice<V extends string> {
  value: V;
  label: MessageKey;
  hint?: MessageKey;
}

/** A fieldset of radio buttons, each with an optional line of explanation. */
export function RadioGroup<V extends string>(props: {
  name: string;
  legend: MessageKey;
  choices: Choice<V>[];
  value: V;
  onChange: (value: V) => void;
}) {
  return (
    <fieldset class="field">
      <legend>{t(props.legend)}</legend>
      {props.choices.map((choice) => (
        <label class="choice" key={choice.value}>
          <input
            type="radio"
            name={props.name}
            id={`${props.name}-${choice.value}`}
            value={choice.value}
            checked={props.value === choice.value}
            onChange={() => props.onChange(choice.value)}
          />
          <span>
            {t(choice.label)}
            {choice.hint && <span class="hint">{t(choice.hint)}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

export function Section(props: { id: string; title: MessageKey; intro?: MessageKey; children: ComponentChildren }) {
  return (
    <section class="card" id={props.id} aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`}>{t(props.title)}</h2>
      {props.intro && <p class="muted intro">{t(props.intro)}</p>}
      {props.children}
    </section>
  );
}

export function Checkbox(props: { id: string; label: string; hint?: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label class="choice" for={props.id}>
      <input type="checkbox" id={props.id} checked={props.checked} onChange={(e) => props.onChange(e.currentTarget.checked)} />
      <span>
        {props.label}
        {props.hint && <span class="hint">{props.hint}</span>}
      </span>
    </label>
  );
}

export function Select<V extends string | number>(props: {
  id: string;
  label: MessageKey;
  value: V;
  options: { value: V; label: string }[];
  onChange: (value: V) => void;
}) {
  return (
    <div class="field row">
      <label for={props.id}>{t(props.label)}</label>
      <select
        id={props.id}
        value={String(props.value)}
        onChange={(e) => {
          const picked = props.options.find((o) => String(o.value) === e.currentTarget.value);
          if (picked) props.onChange(picked.value);
        }}
      >
        {props.options.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
