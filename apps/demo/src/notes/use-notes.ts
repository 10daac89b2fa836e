import { useCallback, useEffect, useState } from 'react';

export interface Note {
  id: string;
  text: string;
  createdAt: number;
}

const keyFor = (email: string) => `notes-demo:notes:${email}`;

function isNote(value: unknown): value is Note {
  if (typeof value !== 'object' || value === null) return false;
  return (
    typeof Reflect.get(value, 'id') === 'string' &&
    typeof Reflect.get(value, 'text') === 'string' &&
    typeof Reflect.get(value, 'createdAt') === 'number'
  );
}

function readNotes(email: string): Note[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(keyFor(email)) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isNote) : [];
  } catch {
    return [];
  }
}

/**
 * The signed-in person's notes. The demo's "app data" lives in this browser, one list per
 * account: the point of the demo is the sign-in around it, not a notes backend.
 */
export function useNotes(email: string) {
  const [notes, setNotes] = useState(() => readNotes(email));
  useEffect(() => setNotes(readNotes(email)), [email]);

  const save = useCallback(
    (next: Note[]) => {
      setNotes(next);
      try {
        window.localStorage.setItem(keyFor(email), JSON.stringify(next));
      } catch {
        // Without storage the notes last until the page closes.
      }
    },
    [email],
  );

  const addNote = useCallback(
    (text: string) => save([{ id: crypto.randomUUID(), text, createdAt: Date.now() }, ...notes]),
    [notes, save],
  );
  const removeNote = useCallback((id: string) => save(notes.filter((note) => note.id !== id)), [notes, save]);
  return { notes, addNote, removeNote };
}
