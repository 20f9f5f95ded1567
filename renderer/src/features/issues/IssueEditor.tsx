import { useState } from 'react';
import type { IssueView } from '../../../../shared/model/issue';
import { ISSUE_PALETTE } from '../../../../shared/model/values';
import { useWorkbench } from '../../store/context';
import { issueTree, subtreeIds } from './tree';

const TOP = '';

/**
 * Edits an issue's title, description, colour, aliases/keywords and parent. Sub-issues of this issue stay
 * in the parent list, marked, so that choosing one shows why it is refused rather than hiding it.
 */
export function IssueEditor({ issue, onClose }: { issue: IssueView; onClose(): void }) {
  const issues = useWorkbench((s) => s.issues);
  const update = useWorkbench((s) => s.updateIssue);
  const [title, setTitle] = useState(issue.title);
  const [description, setDescription] = useState(issue.description);
  const [colour, setColour] = useState(issue.colour);
  const [aliases, setAliases] = useState(issue.aliases.join(', '));
  const [parentId, setParentId] = useState(issue.parentId ?? TOP);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const below = subtreeIds(issues, issue.id);
  const save = async () => {
    setSaving(true);
    const refused = await update({
      id: issue.id,
      title: title.trim(),
      description,
      colour,
      aliases: aliases
        .split(/[,\n]/)
        .map((a) => a.trim())
        .filter(Boolean),
      parentId: parentId === TOP ? null : parentId,
    });
    setSaving(false);
    setError(refused);
    if (!refused) onClose();
  };
  return (
    <form
      className="issue-editor"
      aria-label="Edit issue"
      onSubmit={(e) => {
        e.preventDefault();
        if (title.trim()) void save();
      }}
    >
      <label>
        Title
        <input value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} />
      </label>
      <label>
        Description
        <textarea
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          rows={3}
          maxLength={4000}
          placeholder="What the question is, and what would settle it"
        />
      </label>
      <fieldset className="colour-field">
        <legend>Colour</legend>
        {ISSUE_PALETTE.map((c) => (
          <button
            key={c}
            type="button"
            className="swatch"
            style={{ background: c }}
            aria-label={`Colour ${c}`}
            aria-pressed={colour.toLowerCase() === c}
            onClick={() => setColour(c)}
          />
        ))}
        <input
          type="color"
          aria-label="Custom colour"
          value={colour}
          onChange={(e) => setColour(e.target.value)}
        />
      </fieldset>
      <label>
        Aliases and keywords
        <input
          value={aliases}
          onChange={(e) => setAliases(e.target.value)}
          placeholder="comma-separated: other names annotations and search use"
        />
      </label>
      <label>
        Parent issue
        <select value={parentId} onChange={(e) => setParentId(e.target.value)}>
          <option value={TOP}>None (top level)</option>
          {issueTree(issues)
            .filter((r) => r.issue.id !== issue.id)
            .map((r) => (
              <option key={r.issue.id} value={r.issue.id}>
                {'— '.repeat(r.depth)}
                {r.issue.title}
                {below.has(r.issue.id) ? ' (a sub-issue of this one)' : ''}
              </option>
            ))}
        </select>
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="row">
        <button type="submit" disabled={saving || !title.trim()}>
          Save issue
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
