import { Catalogue } from '../shared/catalogue.js';
import type { AnswerKey, QuestionId, Recommendation } from './guided-flow.js';

/** A question of the guided flow: its text, an optional hint, and per answer its label and the reason it gives. */
type QuestionWords = {
  [Q in QuestionId]: { text: string; hint: string; answers: Record<AnswerKey<Q>, { label: string; reason: string }> };
};

const nl = {
  /** What each gradation of rung 2 means (the contract carries only the variants' names), least influence first. */
  variantDescriptions: {
    consultatie: 'Consulteren over een voorstel dat al in de eindfase zit.',
    advies: 'Advies vragen via de (strategische) adviesraden.',
    coproductie: 'Andere actoren denken mee van bij het begin van de beleidscyclus. De overheid beslist en blijft eindverantwoordelijk.',
  } as Record<string, string>,
  label: 'Hoe ver betrek je burgers en partners?',
  intro:
    'De participatieladder van het Kenniscentrum Participatie heeft vijf treden. Hoe hoger de trede, hoe meer invloed en impact burgers en andere maatschappelijke actoren hebben.',
  variantsLabel: 'Welke vorm van burgerparticipatie? (niet verplicht)',
  withVariant: (rung: string, variant: string) => `${rung} (${variant})`,
  initiative: 'Wie neemt het initiatief?',
  decision: 'Wie beslist?',
  responsibility: 'Wie draagt de verantwoordelijkheid?',
  examples: 'Voorbeelden',
  form: 'Vorm',
  required: 'Kies een trede van de participatieladder.',
  requiredNote: '(verplicht)',
  practices: 'Praktijken op deze trede',
  practicesNone: 'Er zijn nog geen praktijken op deze trede beschreven.',
  practicesError: 'De praktijken op deze trede konden niet geladen worden.',
  guidedIntro: 'Beantwoord een paar korte vragen. Je krijgt een voorstel van trede, met de reden waarom, en je kiest zelf.',
  question: (n: number, text: string) => `Vraag ${n}: ${text}`,
  yourAnswers: 'Je antwoorden',
  change: 'Wijzig',
  changeAnswer: (question: string) => `Wijzig je antwoord op: ${question}`,
  next: 'Volgende',
  back: 'Vorige vraag',
  chooseAnswer: 'Kies een antwoord om verder te gaan.',
  recommendation: (rung: string) => `Aanbeveling: ${rung}`,
  why: 'Waarom deze trede?',
  conclusions: {
    1: 'Dat past bij overheidssturing: de overheid neemt het initiatief, beslist en draagt de volledige verantwoordelijkheid. Dat is een legitieme keuze; informeer wel transparant over je aanpak en je beslissing.',
    2: 'Dat past bij burger- of beleidsparticipatie: de overheid betrekt anderen en houdt rekening met hun inbreng, maar beslist zelf en blijft eindverantwoordelijk.',
    3: 'Dat past bij cocreatie: de partners zetten samen de agenda, beslissen samen en delen de verantwoordelijkheid. Het is de enige vorm met gedeelde verantwoordelijkheid.',
    4: 'Dat past bij overheidsparticipatie: het initiatief komt van onderuit en de overheid stapt erin mee.',
    5: 'Dat past bij zelfbeheer: de initiatiefnemers beslissen zelf en voeren alles uit, zonder de overheid.',
  } as Record<Recommendation['level'], string>,
  coproductionNote:
    'Coproductie is geen cocreatie: ook al denken anderen van bij het begin mee, de overheid beslist. Bij cocreatie dragen alle partners samen de eindverantwoordelijkheid.',
  stances: {
    reactive: 'De overheid handelt hier reactief: ze ondersteunt of faciliteert wanneer initiatiefnemers aankloppen.',
    active:
      "De overheid handelt hier actief: ze schept een kader voor initiatieven van onderuit. Ook zo'n kader, zoals een burgerbegroting, hoort op deze trede.",
  },
  tailorMade: 'Participatie is maatwerk: je kunt verschillende vormen combineren over de fasen van de beleidscyclus, van agendavorming tot evaluatie.',
  accept: 'Deze trede kiezen',
  chooseOther: 'Een andere trede kiezen',
  otherLabel: 'Kies zelf een trede',
  restart: 'Opnieuw beginnen',
  chosen: (rung: string) => `Je keuze: ${rung}`,
  questions: {
    worth: {
      text: 'Levert inspraak hier echt iets op, en staat de inspanning in verhouding tot het dossier?',
      hint: 'De overheid weegt altijd transparant af of participatie echte meerwaarde heeft en in verhouding staat.',
      answers: {
        no: { label: 'Nee', reason: 'Inspraak levert hier geen echte meerwaarde op, of staat niet in verhouding tot het dossier.' },
        yes: { label: 'Ja', reason: 'Inspraak kan hier iets opleveren, in verhouding tot het dossier.' },
        unsure: { label: 'Ik weet het nog niet', reason: 'Je weet nog niet zeker of inspraak iets oplevert; de andere antwoorden wegen daarom door.' },
      },
    },
    initiative: {
      text: 'Wie neemt het initiatief?',
      hint: '',
      answers: {
        government: { label: 'De overheid', reason: 'De overheid neemt het initiatief.' },
        society: {
          label: 'Burgers, ondernemers, het middenveld of kennisinstellingen',
          reason: 'Burgers, ondernemers, het middenveld of kennisinstellingen nemen het initiatief, van onderuit.',
        },
        together: { label: 'Verschillende partijen samen, van bij het begin', reason: 'Verschillende partijen nemen van bij het begin samen het initiatief.' },
      },
    },
    input: {
      text: 'Neemt de overheid de inbreng van anderen mee voor ze beslist?',
      hint: '',
      answers: {
        'inform-only': { label: 'Nee, we informeren alleen', reason: 'De overheid informeert alleen; ze vraagt geen inbreng voor ze beslist.' },
        yes: { label: 'Ja', reason: 'De overheid houdt rekening met de inbreng van anderen voor ze beslist.' },
      },
    },
    decision: {
      text: 'Wie beslist uiteindelijk en wie draagt de eindverantwoordelijkheid, ook voor financiering en uitvoering?',
      hint: 'Het verschil tussen coproductie (trede 2) en cocreatie (trede 3) zit in wie de eindverantwoordelijkheid draagt.',
      answers: {
        government: {
          label: 'De overheid (primaat van de politiek)',
          reason: 'De overheid beslist en draagt de eindverantwoordelijkheid (primaat van de politiek).',
        },
        partners: {
          label: 'Alle partners samen, als gelijken',
          reason: 'Alle partners beslissen samen, als gelijken, en dragen samen de verantwoordelijkheid, ook voor financiering en uitvoering.',
        },
      },
    },
    involvement: {
      text: 'Wanneer betrek je anderen?',
      hint: '',
      answers: {
        consultatie: { label: 'Wanneer een voorstel bijna af is', reason: 'Anderen reageren op een voorstel dat al in de eindfase zit: dat is consultatie.' },
        advies: { label: 'Via een (strategische) adviesraad', reason: 'Anderen geven advies via een (strategische) adviesraad.' },
        coproductie: {
          label: 'Van bij het begin van de beleidscyclus, om mee te denken',
          reason: 'Anderen denken mee van bij het begin van de beleidscyclus: dat heet coproductie.',
        },
      },
    },
    role: {
      text: 'Welke rol speelt de overheid in dit initiatief van onderuit?',
      hint: '',
      answers: {
        none: { label: 'Geen: de initiatiefnemers doen alles zelf', reason: 'De initiatiefnemers doen alles zelf, zonder de overheid.' },
        'when-asked': {
          label: 'Ondersteunen of faciliteren wanneer ze aankloppen',
          reason: 'De overheid ondersteunt of faciliteert wanneer de initiatiefnemers aankloppen.',
        },
        active: {
          label: 'Actief ruimte of een kader scheppen, zoals een burgerbegroting, tijdelijke invullingen of het recht om uit te dagen',
          reason: 'De overheid schept actief ruimte of een kader voor initiatieven van onderuit.',
        },
      },
    },
  } satisfies QuestionWords,
};

export type ParticipationLadderMessages = typeof nl;

/** Dutch is built in; French and English are fetched the first time a widget speaks them. */
export const participationLadderMessages = new Catalogue<ParticipationLadderMessages>(nl, {
  fr: async () => (await import('./participation-ladder.messages.fr.js')).fr,
  en: async () => (await import('./participation-ladder.messages.en.js')).en,
});
