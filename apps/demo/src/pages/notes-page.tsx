import { useUser } from '@authflow-ui/react';
import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useDemoAuth } from '../demo-auth/demo-auth-context.js';
import { useNotes } from '../notes/use-notes.js';

function WelcomeBanner({ email }: { email: string }) {
  const auth = useDemoAuth();
  return (
    <div className="banner" role="status">
      <strong>Your account is ready.</strong> We sent a verification link to <bdi>{email}</bdi>
      {auth.devMock ? ': open it from the dev inbox in the corner.' : '.'}
    </div>
  );
}

export function NotesPage() {
  const user = useUser();
  const [search] = useSearchParams();
  const email = user?.email ?? '';
  const { notes, addNote, removeNote } = useNotes(email);
  const [draft, setDraft] = useState('');

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (draft.trim() === '') return;
    addNote(draft.trim());
    setDraft('');
  };

  return (
    <section className="page">
      {search.get('welcome') === '1' && <WelcomeBanner email={email} />}
      <h1>
        Hello, <bdi>{user?.fullname}</bdi>
      </h1>
      <p className="muted">Your notes stay in this browser. Everything around them is AuthFlow UI.</p>
      <form className="note-form" onSubmit={onSubmit}>
        <label htmlFor="new-note">New note</label>
        <textarea
          id="new-note"
          value={draft}
          rows={3}
          onChange={(event) => setDraft(event.target.value)}
          placeholder="Remember to rotate the API key"
        />
        <button type="submit" className="button">
          Add note
        </button>
      </form>
      {notes.length === 0 ? (
        <p className="muted">No notes yet.</p>
      ) : (
        <ul className="notes" aria-label="Your notes">
          {notes.map((note) => (
            <li key={note.id} className="note">
              <p>{note.text}</p>
              <div className="note-footer">
                <time dateTime={new Date(note.createdAt).toISOString()}>
                  {new Date(note.createdAt).toLocaleString()}
                </time>
                <button type="button" className="link-button" onClick={() => removeNote(note.id)}>
                  Delete<span className="visually-hidden"> note</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
