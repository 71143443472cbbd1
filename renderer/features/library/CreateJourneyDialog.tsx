import { useState, type FormEvent } from 'react';
import { JOURNEY_TYPE_LABELS, type Audience } from '../../../shared/model';
import { api } from '../../api/client';
import { Modal } from '../../components/Modal';
import { navigate } from '../../app/router';
import { useLibraryStore } from '../../stores/library-store';
import { TemplateGallery, type StartFrom } from '../templates/TemplateGallery';
import { useTemplates } from '../templates/use-templates';
import { FormFooter } from '../../components/FormFooter';

/** Create journey: Start from (Blank or a template), Name, Description, Type; opens the new canvas. */
export function CreateJourneyDialog({ onClose }: { onClose: () => void }) {
  const create = useLibraryStore((s) => s.create);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [audience, setAudience] = useState<Audience>('account');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { templates, error: templatesError } = useTemplates();
  const [startFrom, setStartFrom] = useState<StartFrom>(null);

  // A template fixes the type, and its title is a good first name (kept if the user typed one).
  const pickStart = (next: StartFrom) => {
    if (next) setAudience(next.audience);
    if (!name.trim() || name === startFrom?.title) setName(next?.title ?? '');
    setStartFrom(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const journey = startFrom
        ? await api.call('journeys.createFromTemplate', {
            templateId: startFrom.id,
            name,
            ...(description.trim() ? { description } : {}),
          })
        : await create({ name, description, audience });
      if (startFrom) await useLibraryStore.getState().load();
      onClose();
      navigate({ page: 'journey', id: journey.id });
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title="Create journey" onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} className="form">
        <TemplateGallery
          templates={templates}
          value={startFrom}
          onChange={pickStart}
          error={templatesError}
        />
        <label>
          Name
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={100}
            required
            autoFocus
            aria-invalid={!!error}
          />
        </label>
        <label>
          Description
          <textarea
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            maxLength={1000}
            rows={startFrom ? 2 : 3}
            placeholder={startFrom?.description}
          />
        </label>
        <fieldset>
          <legend>Type</legend>
          <label className="radio">
            <input
              type="radio"
              name="audience"
              checked={audience === 'account'}
              onChange={() => setAudience('account')}
              disabled={!!startFrom}
            />
            {JOURNEY_TYPE_LABELS.account.one}
          </label>
          <label className="radio">
            <input
              type="radio"
              name="audience"
              checked={audience === 'people'}
              onChange={() => setAudience('people')}
              disabled={!!startFrom}
            />
            {JOURNEY_TYPE_LABELS.people.one}
          </label>
        </fieldset>
        <FormFooter
          error={error}
          submitLabel="Create"
          disabled={busy || !name.trim()}
          onCancel={onClose}
        />
      </form>
    </Modal>
  );
}
