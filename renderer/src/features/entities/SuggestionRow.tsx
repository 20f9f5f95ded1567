import type { Suggestion } from '../../../../shared/model/entity';
import { useWorkbench } from '../../store/context';

const RULE_LABEL: Record<Suggestion['rule'], string> = {
  transliteration: 'Transliteration',
  spelling: 'Spelling',
  typo: 'Typo',
  renamed: 'Other name',
  surname: 'Surname',
};

/** One merge suggestion with its reason and Accept / Reject. */
export function SuggestionRow({ suggestion }: { suggestion: Suggestion }) {
  const decide = useWorkbench((s) => s.decideEntity);
  const show = useWorkbench((s) => s.showEntity);
  const [keep, other] = suggestion.names;
  return (
    <li className="entity-suggestion" aria-label={`Suggestion: merge ${other} into ${keep}`}>
      <span className={`rule rule-${suggestion.rule}`}>{RULE_LABEL[suggestion.rule]}</span>
      <span className="names">
        <button
          type="button"
          className="link"
          onClick={() => void show({ kind: 'entity', id: suggestion.entities[0] })}
        >
          {keep}
        </button>
        {' ← '}
        <button
          type="button"
          className="link"
          onClick={() => void show({ kind: 'entity', id: suggestion.entities[1] })}
        >
          {other}
        </button>
      </span>
      <small className="reason">{suggestion.reason}</small>
      <span className="buttons">
        <button
          type="button"
          aria-label={`Accept: merge ${other} into ${keep}`}
          onClick={() =>
            void decide({
              kind: 'merge',
              into: suggestion.entities[0],
              from: [suggestion.entities[1]],
              suggestion: suggestion.id,
            })
          }
        >
          Merge
        </button>
        <button
          type="button"
          aria-label={`Reject: ${other} is not ${keep}`}
          onClick={() => void decide({ kind: 'reject', suggestion: suggestion.id })}
        >
          Not the same
        </button>
      </span>
    </li>
  );
}
