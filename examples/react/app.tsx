// A React 19 app that uses the widgets as any React app would: it imports the package, which
// registers the tags, and renders them as JSX. React 19 sets a prop as a property when the element
// has that property (`theme`, `value`), else as an attribute (`api-base`), and listens to the event
// `ino-select` for a prop named `onino-select`. The types of these props come from
// `@ino/widgets/jsx` (see tsconfig.json).
import '@ino/widgets';
import type { ChallengeSelectDetail, LadderChangeDetail } from '@ino/widgets';
import { StrictMode, useCallback, useRef, useState, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';

/** The themes this host offers; a theme id as the feed's `theme` filters the list. */
const THEMES = [
  { id: '', label: 'Alle thema’s' },
  { id: 'mobiliteit', label: 'Mobiliteit' },
  { id: 'circulaire-economie', label: 'Circulaire economie' },
  { id: 'digitale-dienstverlening', label: 'Digitale dienstverlening' },
  { id: 'werk', label: 'Werk' },
];

function ChallengeFinder() {
  const [theme, setTheme] = useState('');
  const [chosen, setChosen] = useState<string>();

  // The feed's link leads to the challenge on the network's site; this app shows it itself instead,
  // so it cancels the event (`ino-select` is cancelable) and the browser stays on the page.
  const select = (event: CustomEvent<ChallengeSelectDetail>) => {
    event.preventDefault();
    setChosen(event.detail.challenge.title);
  };

  return (
    <section aria-labelledby="finder-title">
      <h2 id="finder-title">Uitdagingen per thema</h2>
      <label htmlFor="theme">Thema</label>{' '}
      <select id="theme" value={theme} onChange={(event) => setTheme(event.target.value)}>
        {THEMES.map(({ id, label }) => (
          <option key={id} value={id}>
            {label}
          </option>
        ))}
      </select>
      <p role="status" id="chosen-challenge">
        {chosen ? `Je koos: ${chosen}` : 'Kies een uitdaging in de lijst.'}
      </p>
      <ino-challenge-feed theme={theme || undefined} limit={5} onino-select={select}>
        <a href="https://www.vlaanderen.be/innovatienetwerk-overheid">Uitdagingen op de website van het netwerk</a>
      </ino-challenge-feed>
    </section>
  );
}

function ParticipationForm() {
  const [rung, setRung] = useState<LadderChangeDetail>();
  const [sent, setSent] = useState<string>();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The ladder is a form control: the form's data carries the chosen rung under its name.
    setSent(String(new FormData(event.currentTarget).get('rung')));
  };

  return (
    <section aria-labelledby="form-title">
      <h2 id="form-title">Hoe betrekt je project burgers?</h2>
      <form onSubmit={submit}>
        <ino-participation-ladder mode="pick" name="rung" required heading-level={3} onino-change={(event) => setRung(event.detail)} />
        <p role="status" id="chosen-rung">
          {rung ? `Gekozen trede: ${rung.level} (${rung.key})` : 'Nog geen trede gekozen.'}
        </p>
        <button type="submit">Versturen</button>
        {sent && <p id="sent-rung">Verstuurd: trede {sent}</p>}
      </form>
    </section>
  );
}

/**
 * The organiser's view, signed in the way an app with its own sign-in would: the app owns the token
 * (here pasted; in a real app from its OpenID Connect library) and hands the widget `getAccessToken`,
 * an async function the widget calls before each request. The token lives in a ref, in memory only;
 * until there is one, the widget gets no function and says a sign-in is needed.
 */
function OrganiserView() {
  const token = useRef<string>(undefined);
  const [signedIn, setSignedIn] = useState(false);
  const getAccessToken = useCallback(async () => token.current ?? '', []);

  const signIn = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const field = event.currentTarget.elements.namedItem('organiser-token') as HTMLInputElement;
    token.current = field.value.trim() || undefined;
    field.value = '';
    setSignedIn(Boolean(token.current));
  };

  return (
    <section aria-labelledby="organiser-title">
      <h2 id="organiser-title">Aanvragen voor het Lerend Netwerk Participatie 2027</h2>
      <form onSubmit={signIn} autoComplete="off">
        <label htmlFor="organiser-token">Toegangssleutel van een organisator</label>{' '}
        <input id="organiser-token" name="organiser-token" type="password" spellCheck={false} /> <button type="submit">Aanmelden</button>
      </form>
      <ino-track-applications track-id="lerend-netwerk-participatie-2027" heading-level={3} getAccessToken={signedIn ? getAccessToken : undefined} />
    </section>
  );
}

function App() {
  return (
    <main>
      <h1>Een React-app met de INO widgets</h1>
      <p>React geeft het gekozen thema door aan de lijst, toont de gekozen uitdaging zelf en leest de gekozen trede van de participatieladder.</p>
      {/* One provider gives every widget inside the API and the language. */}
      <ino-provider api-base="/ino/v1" lang="nl">
        <ChallengeFinder />
        <ParticipationForm />
        <OrganiserView />
      </ino-provider>
    </main>
  );
}

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
