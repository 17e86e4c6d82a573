import type { UiLang } from '../shared/locale.js';
import type { AnswerKey, QuestionId, Recommendation } from './guided-flow.js';

/** A question of the guided flow: its text, an optional hint, and per answer its label and the reason it gives. */
type QuestionWords = {
  [Q in QuestionId]: { text: string; hint: string; answers: Record<AnswerKey<Q>, { label: string; reason: string }> };
};

const nl = {
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
    active: "De overheid handelt hier actief: ze schept een kader voor initiatieven van onderuit. Ook zo'n kader, zoals een burgerbegroting, hoort op deze trede.",
  },
  tailorMade:
    'Participatie is maatwerk: je kunt verschillende vormen combineren over de fasen van de beleidscyclus, van agendavorming tot evaluatie.',
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
        government: { label: 'De overheid (primaat van de politiek)', reason: 'De overheid beslist en draagt de eindverantwoordelijkheid (primaat van de politiek).' },
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
        'when-asked': { label: 'Ondersteunen of faciliteren wanneer ze aankloppen', reason: 'De overheid ondersteunt of faciliteert wanneer de initiatiefnemers aankloppen.' },
        active: {
          label: 'Actief ruimte of een kader scheppen, zoals een burgerbegroting, tijdelijke invullingen of het recht om uit te dagen',
          reason: 'De overheid schept actief ruimte of een kader voor initiatieven van onderuit.',
        },
      },
    },
  } satisfies QuestionWords,
};

export type ParticipationLadderMessages = typeof nl;

const fr: ParticipationLadderMessages = {
  label: "Jusqu'où associer les citoyens et les partenaires ?",
  intro:
    "L'échelle de participation du Kenniscentrum Participatie compte cinq échelons. Plus l'échelon est élevé, plus les citoyens et les autres acteurs de la société ont d'influence et d'impact.",
  variantsLabel: 'Quelle forme de participation citoyenne ? (facultatif)',
  withVariant: (rung, variant) => `${rung} (${variant})`,
  initiative: "Qui prend l'initiative ?",
  decision: 'Qui décide ?',
  responsibility: 'Qui porte la responsabilité ?',
  examples: 'Exemples',
  form: 'Forme',
  required: "Choisissez un échelon de l'échelle de participation.",
  requiredNote: '(obligatoire)',
  practices: 'Pratiques à cet échelon',
  practicesNone: "Aucune pratique n'est encore décrite à cet échelon.",
  practicesError: "Les pratiques de cet échelon n'ont pas pu être chargées.",
  guidedIntro: "Répondez à quelques questions courtes. Vous recevez une proposition d'échelon, avec sa justification, et vous choisissez vous-même.",
  question: (n, text) => `Question ${n} : ${text}`,
  yourAnswers: 'Vos réponses',
  change: 'Modifier',
  changeAnswer: (question) => `Modifier votre réponse à : ${question}`,
  next: 'Suivant',
  back: 'Question précédente',
  chooseAnswer: 'Choisissez une réponse pour continuer.',
  recommendation: (rung) => `Recommandation : ${rung}`,
  why: 'Pourquoi cet échelon ?',
  conclusions: {
    1: "Cela correspond au pilotage par les pouvoirs publics : ils prennent l'initiative, décident et portent l'entière responsabilité. C'est un choix légitime ; informez toutefois de façon transparente sur votre démarche et votre décision.",
    2: "Cela correspond à la participation citoyenne : les pouvoirs publics associent d'autres acteurs et tiennent compte de leurs contributions, mais décident eux-mêmes et gardent la responsabilité finale.",
    3: "Cela correspond à la cocréation : les partenaires fixent ensemble l'agenda, décident ensemble et partagent la responsabilité. C'est la seule forme de responsabilité partagée.",
    4: "Cela correspond à la participation des pouvoirs publics : l'initiative vient du terrain et les pouvoirs publics s'y joignent.",
    5: "Cela correspond à l'autogestion : les porteurs de l'initiative décident eux-mêmes et mettent tout en œuvre, sans les pouvoirs publics.",
  },
  coproductionNote:
    "La coproduction n'est pas de la cocréation : même si d'autres acteurs réfléchissent dès le départ, les pouvoirs publics décident. Dans la cocréation, tous les partenaires portent ensemble la responsabilité finale.",
  stances: {
    reactive: "Les pouvoirs publics agissent ici de façon réactive : ils soutiennent ou facilitent quand les porteurs de l'initiative frappent à leur porte.",
    active: 'Les pouvoirs publics agissent ici de façon active : ils créent un cadre pour les initiatives venues du terrain. Un tel cadre, comme un budget participatif, relève aussi de cet échelon.',
  },
  tailorMade:
    "La participation se fait sur mesure : vous pouvez combiner plusieurs formes au fil des phases du cycle de la politique publique, de la mise à l'agenda à l'évaluation.",
  accept: 'Choisir cet échelon',
  chooseOther: 'Choisir un autre échelon',
  otherLabel: 'Choisissez vous-même un échelon',
  restart: 'Recommencer',
  chosen: (rung) => `Votre choix : ${rung}`,
  questions: {
    worth: {
      text: "Associer d'autres acteurs apporte-t-il vraiment quelque chose ici, et l'effort est-il proportionné au dossier ?",
      hint: 'Les pouvoirs publics pèsent toujours, de façon transparente, si la participation apporte une réelle valeur ajoutée et reste proportionnée.',
      answers: {
        no: { label: 'Non', reason: "La participation n'apporte pas de réelle valeur ajoutée ici, ou n'est pas proportionnée au dossier." },
        yes: { label: 'Oui', reason: 'La participation peut apporter quelque chose ici, en proportion du dossier.' },
        unsure: { label: 'Je ne sais pas encore', reason: 'Vous ne savez pas encore si la participation apporte quelque chose ; vos autres réponses sont donc déterminantes.' },
      },
    },
    initiative: {
      text: "Qui prend l'initiative ?",
      hint: '',
      answers: {
        government: { label: 'Les pouvoirs publics', reason: "Les pouvoirs publics prennent l'initiative." },
        society: {
          label: 'Des citoyens, des entrepreneurs, la société civile ou des institutions de connaissance',
          reason: "Des citoyens, des entrepreneurs, la société civile ou des institutions de connaissance prennent l'initiative, depuis le terrain.",
        },
        together: { label: 'Plusieurs parties ensemble, dès le départ', reason: "Plusieurs parties prennent ensemble l'initiative, dès le départ." },
      },
    },
    input: {
      text: "Les pouvoirs publics tiennent-ils compte de la contribution d'autres acteurs avant de décider ?",
      hint: '',
      answers: {
        'inform-only': { label: 'Non, nous informons seulement', reason: 'Les pouvoirs publics informent seulement ; ils ne demandent pas de contribution avant de décider.' },
        yes: { label: 'Oui', reason: "Les pouvoirs publics tiennent compte de la contribution d'autres acteurs avant de décider." },
      },
    },
    decision: {
      text: 'Qui prend la décision finale et porte la responsabilité finale, y compris pour le financement et la mise en œuvre ?',
      hint: "Ce qui distingue la coproduction (échelon 2) de la cocréation (échelon 3), c'est qui porte la responsabilité finale.",
      answers: {
        government: { label: 'Les pouvoirs publics (primauté du politique)', reason: 'Les pouvoirs publics décident et portent la responsabilité finale (primauté du politique).' },
        partners: {
          label: "Tous les partenaires ensemble, sur un pied d'égalité",
          reason: "Tous les partenaires décident ensemble, sur un pied d'égalité, et partagent la responsabilité, y compris pour le financement et la mise en œuvre.",
        },
      },
    },
    involvement: {
      text: "À quel moment associez-vous d'autres acteurs ?",
      hint: '',
      answers: {
        consultatie: { label: 'Quand une proposition est presque finalisée', reason: "D'autres acteurs réagissent à une proposition déjà en phase finale : c'est une consultation." },
        advies: { label: 'Par un conseil consultatif (stratégique)', reason: "D'autres acteurs donnent un avis par un conseil consultatif (stratégique)." },
        coproductie: {
          label: 'Dès le début du cycle de la politique publique, pour réfléchir ensemble',
          reason: "D'autres acteurs réfléchissent dès le début du cycle de la politique publique : c'est la coproduction.",
        },
      },
    },
    role: {
      text: 'Quel rôle les pouvoirs publics jouent-ils dans cette initiative venue du terrain ?',
      hint: '',
      answers: {
        none: { label: "Aucun : les porteurs de l'initiative font tout eux-mêmes", reason: "Les porteurs de l'initiative font tout eux-mêmes, sans les pouvoirs publics." },
        'when-asked': { label: 'Soutenir ou faciliter quand on le leur demande', reason: "Les pouvoirs publics soutiennent ou facilitent quand les porteurs de l'initiative le demandent." },
        active: {
          label: "Créer activement de l'espace ou un cadre, comme un budget participatif, des occupations temporaires ou le droit de défi",
          reason: "Les pouvoirs publics créent activement de l'espace ou un cadre pour les initiatives venues du terrain.",
        },
      },
    },
  },
};

const en: ParticipationLadderMessages = {
  label: 'How far do you involve citizens and partners?',
  intro:
    'The participation ladder of the Kenniscentrum Participatie has five rungs. The higher the rung, the more influence and impact citizens and other societal actors have.',
  variantsLabel: 'Which form of citizen participation? (optional)',
  withVariant: (rung, variant) => `${rung} (${variant})`,
  initiative: 'Who takes the initiative?',
  decision: 'Who decides?',
  responsibility: 'Who bears responsibility?',
  examples: 'Examples',
  form: 'Form',
  required: 'Choose a rung of the participation ladder.',
  requiredNote: '(required)',
  practices: 'Practices on this rung',
  practicesNone: 'No practices on this rung have been described yet.',
  practicesError: 'The practices on this rung could not be loaded.',
  guidedIntro: 'Answer a few short questions. You get a suggested rung, with the reasons why, and you choose yourself.',
  question: (n, text) => `Question ${n}: ${text}`,
  yourAnswers: 'Your answers',
  change: 'Change',
  changeAnswer: (question) => `Change your answer to: ${question}`,
  next: 'Next',
  back: 'Previous question',
  chooseAnswer: 'Choose an answer to go on.',
  recommendation: (rung) => `Recommendation: ${rung}`,
  why: 'Why this rung?',
  conclusions: {
    1: 'That fits government steering: government takes the initiative, decides and bears full responsibility. It is a legitimate choice; do inform people transparently about your approach and your decision.',
    2: 'That fits citizen or policy participation: government involves others and takes their input into account, but decides itself and keeps final responsibility.',
    3: 'That fits co-creation: the partners set the agenda together, decide together and share responsibility. It is the only form with shared responsibility.',
    4: 'That fits government participation: the initiative comes from the bottom up and government joins it.',
    5: 'That fits self-management: the initiators decide themselves and carry everything out, without government.',
  },
  coproductionNote:
    'Co-production is not co-creation: even when others think along from the start, government decides. In co-creation, all partners bear final responsibility together.',
  stances: {
    reactive: 'Government acts reactively here: it supports or facilitates when initiators knock on its door.',
    active: 'Government acts actively here: it creates a framework for bottom-up initiatives. Such a framework, like a participatory budget, also belongs on this rung.',
  },
  tailorMade:
    'Participation is tailor-made: you can combine several forms across the phases of the policy cycle, from agenda-setting to evaluation.',
  accept: 'Choose this rung',
  chooseOther: 'Choose another rung',
  otherLabel: 'Choose a rung yourself',
  restart: 'Start again',
  chosen: (rung) => `Your choice: ${rung}`,
  questions: {
    worth: {
      text: 'Will involving others really add value here, in proportion to the file?',
      hint: 'Government always weighs, transparently, whether participation adds real value and is proportionate.',
      answers: {
        no: { label: 'No', reason: 'Involving others adds no real value here, or is out of proportion to the file.' },
        yes: { label: 'Yes', reason: 'Involving others can add value here, in proportion to the file.' },
        unsure: { label: 'Not sure yet', reason: 'You are not sure yet whether involving others adds value, so your other answers decide.' },
      },
    },
    initiative: {
      text: 'Who takes the initiative?',
      hint: '',
      answers: {
        government: { label: 'Government', reason: 'Government takes the initiative.' },
        society: {
          label: 'Citizens, entrepreneurs, civil society or knowledge institutions',
          reason: 'Citizens, entrepreneurs, civil society or knowledge institutions take the initiative, bottom-up.',
        },
        together: { label: 'Several parties together, from the start', reason: 'Several parties take the initiative together, from the start.' },
      },
    },
    input: {
      text: "Does government take others' input into account before deciding?",
      hint: '',
      answers: {
        'inform-only': { label: 'No, we only inform', reason: 'Government only informs; it does not ask for input before deciding.' },
        yes: { label: 'Yes', reason: "Government takes others' input into account before deciding." },
      },
    },
    decision: {
      text: 'Who takes the final decision and bears final responsibility, including for funding and implementation?',
      hint: 'What separates co-production (rung 2) from co-creation (rung 3) is who bears final responsibility.',
      answers: {
        government: { label: 'Government (primacy of politics)', reason: 'Government decides and bears final responsibility (primacy of politics).' },
        partners: {
          label: 'All partners together, as equals',
          reason: 'All partners decide together, as equals, and share responsibility, including for funding and implementation.',
        },
      },
    },
    involvement: {
      text: 'When do others get involved?',
      hint: '',
      answers: {
        consultatie: { label: 'When a proposal is almost final', reason: 'Others respond to a proposal that is already in its final phase: that is consultation.' },
        advies: { label: 'Through a (strategic) advisory council', reason: 'Others give advice through a (strategic) advisory council.' },
        coproductie: {
          label: 'From the start of the policy cycle, thinking along',
          reason: 'Others think along from the start of the policy cycle: that is called co-production.',
        },
      },
    },
    role: {
      text: 'What role does government play in this bottom-up initiative?',
      hint: '',
      answers: {
        none: { label: 'None: the initiators do everything themselves', reason: 'The initiators do everything themselves, without government.' },
        'when-asked': { label: 'Support or facilitate when asked', reason: 'Government supports or facilitates when the initiators ask.' },
        active: {
          label: 'Actively create room or a framework, such as a participatory budget, temporary use or the right to challenge',
          reason: 'Government actively creates room or a framework for bottom-up initiatives.',
        },
      },
    },
  },
};

export const participationLadderMessages: Record<UiLang, ParticipationLadderMessages> = { nl, fr, en };
