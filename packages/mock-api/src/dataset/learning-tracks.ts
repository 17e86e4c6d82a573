// Learning tracks for the signup form (DOMAIN.md §6, CONTRACT.md §3.3). Fixture content dated around
// 2026-11-23: organisers, audiences and formats follow DOMAIN §6; cohorts, dates and seat counts are fixtures.
import type { LearningTrackRecord, QuestionRecord } from './records.js';

/** The two application questions of the Lerend Netwerk Participatie (DOMAIN §6, L01). */
const participatieQuestions: QuestionRecord[] = [
  {
    id: 'bring',
    label: {
      nl: 'Wat breng je mee aan kennis en ervaring?',
      fr: 'Quelles connaissances et quelle expérience apportez-vous ?',
      en: 'What knowledge and experience do you bring?',
    },
    help: {
      nl: 'Denk aan participatietrajecten die je opzette of begeleidde: wat liep goed en wat niet? We gebruiken je antwoord ook om op de eerste bijeenkomst samen de agenda op te stellen.',
      fr: 'Pensez aux démarches participatives que vous avez mises en place ou accompagnées : qu’est-ce qui a bien fonctionné, et qu’est-ce qui n’a pas marché ? Votre réponse servira aussi à établir ensemble le programme de la première rencontre.',
      en: 'Think of participation processes you set up or facilitated: what went well and what did not? We also use your answer to build the agenda together at the first meeting.',
    },
    required: true,
    maxLength: 1500,
  },
  {
    id: 'expect',
    label: {
      nl: 'Wat verwacht je uit het netwerk te halen?',
      fr: 'Qu’attendez-vous du réseau ?',
      en: 'What do you hope to gain from the network?',
    },
    required: true,
    maxLength: 1500,
  },
];

const participatieDescription =
  'Het Lerend Netwerk Participatie brengt Vlaamse en lokale ambtenaren en medewerkers van non-profitorganisaties samen die al ervaring hebben met participatie. Het Kenniscentrum Participatie van het Departement Kanselarij en Bestuur en VVSG organiseren het samen. Elk jaar start een nieuwe cohorte, die een jaar lang vijf volledige dagen samenkomt.\n\nDe dagen draaien rond kennis en concrete ervaringen delen: succesfactoren, obstakels en wat we nog niet weten. Deelnemers leren eerst van elkaar; externe experts komen pas wanneer de groep de kennis zelf niet heeft. Er is ruimte voor inspiratie uit binnen- en buitenland, soms op de plek van een inspirerend participatieproject. Wat je leert, test je in een veilige omgeving met intervisie, pas je toe in je eigen werk en deel je opnieuw. Je krijgt ook inzicht in je eigen persoonlijke kwaliteiten.\n\nDe groep blijft het hele jaar dezelfde, omdat vertrouwen tijd en een vaste groep vraagt. Na het traject kun je aansluiten bij een community of practice waar deelnemers elkaar blijven steunen.\n\nHet netwerk is populair, daarom is er een selectie. Je kandidatuur beantwoordt twee vragen: wat breng je mee, en wat verwacht je? We selecteren op basis van die antwoorden en gebruiken ze op de eerste bijeenkomst om samen de agenda op te stellen.';

export const learningTracks: LearningTrackRecord[] = [
  {
    id: 'lerend-netwerk-participatie-2027',
    title: 'Lerend Netwerk Participatie 2027',
    summary:
      'Een jaar lang, vijf volledige dagen, leren van elkaars participatietrajecten. Voor Vlaamse en lokale ambtenaren en medewerkers van non-profitorganisaties met ervaring in participatie. Deelname na selectie.',
    description: participatieDescription,
    audience:
      'Vlaamse en lokale ambtenaren en medewerkers van non-profitorganisaties met ervaring in participatietrajecten, procesbegeleiding, cocreatie of stakeholdermanagement',
    consentText:
      'Ik geef toestemming om mijn gegevens te gebruiken voor de selectie en organisatie van dit leertraject.',
    organisers: ['kenniscentrum-participatie', 'vvsg'],
    themes: ['participatie', 'lokale-democratie', 'samenwerking'],
    format: 'in-person',
    sessions: [
      { startsAt: '2027-02-04T09:30:00+01:00', endsAt: '2027-02-04T16:30:00+01:00', location: 'Brussel' },
      { startsAt: '2027-04-15T09:30:00+02:00', endsAt: '2027-04-15T16:30:00+02:00', location: 'Gent' },
      { startsAt: '2027-06-10T09:30:00+02:00', endsAt: '2027-06-10T16:30:00+02:00', location: 'Mechelen' },
      { startsAt: '2027-09-23T09:30:00+02:00', endsAt: '2027-09-23T16:30:00+02:00', location: 'Leuven' },
      { startsAt: '2027-11-25T09:30:00+01:00', endsAt: '2027-11-25T16:30:00+01:00', location: 'Brussel' },
    ],
    seats: 30,
    seatsTaken: 12,
    admission: 'selection',
    applicationOpensAt: '2026-11-15T09:00:00+01:00',
    applicationClosesAt: '2027-01-10T23:59:00+01:00',
    status: 'open',
    waitlist: true,
    questions: participatieQuestions,
    consentVersion: '2026-09',
    privacyUrl: 'https://example.org/privacy',
    contact: { name: 'Kenniscentrum Participatie', email: 'participatie@example.org' },
    updatedAt: '2026-11-15T09:00:00+01:00',
    translations: {
      fr: {
        title: 'Réseau d’apprentissage Participation 2027',
        summary:
          'Pendant un an, cinq journées complètes pour apprendre des démarches participatives des uns et des autres. Pour les fonctionnaires flamands et locaux et le personnel d’organisations sans but lucratif qui ont de l’expérience en participation. Participation après sélection.',
        audience:
          'Fonctionnaires flamands et locaux et membres du personnel d’organisations sans but lucratif ayant de l’expérience en démarches participatives, en facilitation, en cocréation ou en gestion des parties prenantes',
        consentText:
          'J’autorise l’utilisation de mes données pour la sélection et l’organisation de ce parcours d’apprentissage.',
        description:
          'Le Réseau d’apprentissage Participation réunit des fonctionnaires flamands et locaux et des membres du personnel d’organisations sans but lucratif qui ont déjà de l’expérience en participation. Le Kenniscentrum Participatie du Département Chancellerie et Administration et la VVSG l’organisent ensemble. Chaque année, une nouvelle cohorte démarre et se réunit pendant un an lors de cinq journées complètes.\n\nLes journées sont consacrées au partage de connaissances et d’expériences concrètes : facteurs de réussite, obstacles et ce que nous ne savons pas encore. Les participants apprennent d’abord les uns des autres ; des experts externes n’interviennent que lorsque le groupe ne dispose pas lui-même des connaissances. Il y a de la place pour de l’inspiration venue du pays et de l’étranger, parfois sur le site d’un projet participatif inspirant. Ce que vous apprenez, vous le testez dans un environnement sûr avec de l’intervision, vous l’appliquez dans votre propre travail et vous le partagez à nouveau. Vous découvrez aussi vos propres qualités personnelles.\n\nLe groupe reste le même toute l’année, car la confiance demande du temps et un groupe stable. Après le parcours, vous pouvez rejoindre une communauté de pratique où les participants continuent à se soutenir.\n\nLe réseau est populaire, c’est pourquoi il y a une sélection. Votre candidature répond à deux questions : qu’apportez-vous, et qu’attendez-vous ? Nous sélectionnons sur la base de ces réponses et les utilisons lors de la première rencontre pour établir ensemble l’agenda.',
      },
      en: {
        title: 'Learning Network on Participation 2027',
        summary:
          'One year, five full days, learning from each other’s participation processes. For Flemish and local civil servants and non-profit staff with experience in participation. Places are allocated by selection.',
        audience:
          'Flemish and local civil servants and non-profit staff with experience in participation processes, process facilitation, co-creation or stakeholder management',
        consentText:
          'I consent to my data being used for the selection and organisation of this learning track.',
        description:
          'The Learning Network on Participation brings together Flemish and local civil servants and non-profit staff who already have experience with participation. The Kenniscentrum Participatie of the Department of Chancellery and Public Governance and VVSG organise it together. A new cohort starts every year and meets for five full days over the course of a year.\n\nThe days revolve around sharing knowledge and concrete experiences: success factors, obstacles and what we do not yet know. Participants learn from each other first; outside experts come in only when the group does not have the knowledge itself. There is room for inspiration from home and abroad, sometimes at the site of an inspiring participation project. What you learn, you test in a safe environment with peer supervision, apply in your own work and share again. You also gain insight into your own personal qualities.\n\nThe group stays the same all year, because trust takes time and a stable group. After the track you can join a community of practice where participants keep supporting each other.\n\nThe network is popular, so there is a selection. Your application answers two questions: what do you bring, and what do you expect? We select on the basis of those answers and use them at the first meeting to draw up the agenda together.',
      },
    },
  },
  {
    id: 'lerend-netwerk-participatie-2026',
    title: 'Lerend Netwerk Participatie 2026',
    summary:
      'De cohorte van 2026 van het Lerend Netwerk Participatie: dertig deelnemers die een jaar lang vijf volledige dagen samenkomen om van elkaars participatietrajecten te leren. De laatste dag staat gepland op 3 december 2026.',
    description: participatieDescription,
    audience:
      'Vlaamse en lokale ambtenaren en medewerkers van non-profitorganisaties met ervaring in participatietrajecten, procesbegeleiding, cocreatie of stakeholdermanagement',
    consentText:
      'Ik geef toestemming om mijn gegevens te gebruiken voor de selectie en organisatie van dit leertraject.',
    organisers: ['kenniscentrum-participatie', 'vvsg'],
    themes: ['participatie', 'lokale-democratie', 'samenwerking'],
    format: 'in-person',
    sessions: [
      { startsAt: '2026-02-05T09:30:00+01:00', endsAt: '2026-02-05T16:30:00+01:00', location: 'Brussel' },
      { startsAt: '2026-04-16T09:30:00+02:00', endsAt: '2026-04-16T16:30:00+02:00', location: 'Antwerpen' },
      { startsAt: '2026-06-11T09:30:00+02:00', endsAt: '2026-06-11T16:30:00+02:00', location: 'Kortrijk' },
      { startsAt: '2026-09-24T09:30:00+02:00', endsAt: '2026-09-24T16:30:00+02:00', location: 'Hasselt' },
      { startsAt: '2026-12-03T09:30:00+01:00', endsAt: '2026-12-03T16:30:00+01:00', location: 'Brussel' },
    ],
    seats: 30,
    seatsTaken: 30,
    admission: 'selection',
    applicationOpensAt: '2025-11-17T09:00:00+01:00',
    applicationClosesAt: '2026-01-11T23:59:00+01:00',
    status: 'running',
    waitlist: false,
    questions: participatieQuestions,
    consentVersion: '2025-09',
    privacyUrl: 'https://example.org/privacy',
    contact: { name: 'Kenniscentrum Participatie', email: 'participatie@example.org' },
    updatedAt: '2026-09-25T10:00:00+02:00',
  },
  {
    id: 'kennisnetwerk-overheidsopdrachten-innovatief-aankopen',
    title: 'Kennisnetwerk Overheidsopdrachten: drie lerende sessies over innovatief aankopen',
    summary:
      'Drie namiddagen waarin leden van het Kennisnetwerk Overheidsopdrachten ervaringen, goede praktijken en instrumenten delen over innovatieve overheidsopdrachten. Open voor alle personeelsleden van de Vlaamse overheid: wie zich inschrijft, heeft meteen een plaats.',
    description:
      'Het Kennisnetwerk Overheidsopdrachten verzamelt en deelt kennis over overheidsopdrachten: ervaringen, goede praktijken en instrumenten. Het staat open voor alle personeelsleden van de Vlaamse overheid en leeft van de actieve inbreng van zijn leden. Het ondersteunt het Vlaams Plan Overheidsopdrachten en het Programma Innovatieve Overheidsopdrachten (PIO).\n\nIn drie lerende sessies gaan we in op innovatief aankopen: oplossingen laten ontwikkelen door O&O-diensten aan te kopen, oplossingen kopen die nieuw zijn op de markt, en bestekken die de gewenste functionaliteit beschrijven in plaats van technische details, zodat ook kmo’s en starters kunnen meedingen.\n\nDe sessies zijn hybride: je kunt in Brussel aanschuiven of online meevolgen. Inschrijven gebeurt zonder selectie; wie zich inschrijft, krijgt meteen een bevestiging zolang er plaatsen vrij zijn.',
    audience: 'Alle personeelsleden van de Vlaamse overheid die met overheidsopdrachten werken of dat willen doen',
    consentText:
      'Ik geef toestemming om mijn gegevens te gebruiken voor de inschrijving en de organisatie van deze sessies.',
    organisers: ['vlaamse-overheid', 'ewi'],
    themes: ['aankopen', 'innovatiecultuur'],
    format: 'hybrid',
    sessions: [
      { startsAt: '2027-01-28T13:30:00+01:00', endsAt: '2027-01-28T16:30:00+01:00', location: 'Brussel' },
      { startsAt: '2027-03-11T13:30:00+01:00', endsAt: '2027-03-11T16:30:00+01:00', location: 'Brussel' },
      { startsAt: '2027-05-20T13:30:00+02:00', endsAt: '2027-05-20T16:30:00+02:00', location: 'Brussel' },
    ],
    seats: 40,
    seatsTaken: 25,
    admission: 'first-come',
    applicationOpensAt: '2026-11-02T09:00:00+01:00',
    applicationClosesAt: '2027-01-21T23:59:00+01:00',
    status: 'open',
    waitlist: false,
    questions: [
      {
        id: 'ervaring',
        label: {
          nl: 'Welke ervaring heb je al met innovatieve overheidsopdrachten?',
          fr: 'Quelle expérience avez-vous déjà des marchés publics innovants ?',
          en: 'What experience do you already have with innovative public procurement?',
        },
        help: {
          nl: 'Niet verplicht. Met je antwoord stemmen we de voorbeelden in de sessies af op de groep.',
          fr: 'Facultatif. Votre réponse nous aide à adapter les exemples des sessions au groupe.',
          en: 'Optional. Your answer helps us tailor the examples in the sessions to the group.',
        },
        required: false,
        maxLength: 1000,
      },
    ],
    consentVersion: '2026-10',
    privacyUrl: 'https://example.org/privacy',
    contact: { name: 'Kennisnetwerk Overheidsopdrachten', email: 'kennisnetwerk.overheidsopdrachten@example.org' },
    updatedAt: '2026-11-19T15:25:00+01:00',
  },
  {
    id: 'kennisnetwerk-open-data-publiceren',
    title: 'Kennisnetwerk Open Data: workshop publiceren op het Vlaams Open Data Portaal',
    summary:
      'Een ochtendworkshop van Informatie Vlaanderen voor wie data publiceert of wil publiceren: metadata, licenties en de stap naar het Vlaams Open Data Portaal. Alle plaatsen zijn bezet; je kunt je nog op de wachtlijst zetten.',
    description:
      'Sinds 2015 moet elke Vlaamse overheid haar data herbruikbaar maken, en sinds 2016 publiceren Vlaamse entiteiten via het Vlaams Open Data Portaal. Lokale besturen mogen dat ook. Toch verschijnt data soms zonder metadata of licentie, of alleen als pdf.\n\nIn deze workshop van het Kennisnetwerk Open Data werk je met de open-datahandleiding en data.vlaanderen.be aan je eigen datasets: hoe beschrijf je ze, welke licentie kies je, en hoe komen ze op het portaal terecht. Zorgen over privacy, datakwaliteit en kosten komen ook aan bod.\n\nInschrijven gebeurt in volgorde van aanmelding. De workshop is volzet; wie zich nu inschrijft, komt op de wachtlijst en krijgt bericht zodra er een plaats vrijkomt.',
    audience: 'Medewerkers van Vlaamse entiteiten en lokale besturen die data publiceren of willen publiceren',
    consentText:
      'Ik geef toestemming om mijn gegevens te gebruiken voor de inschrijving, de wachtlijst en de organisatie van deze workshop.',
    organisers: ['informatie-vlaanderen'],
    themes: ['data', 'digitale-dienstverlening'],
    format: 'in-person',
    sessions: [
      { startsAt: '2026-12-10T09:30:00+01:00', endsAt: '2026-12-10T12:30:00+01:00', location: 'Brussel' },
    ],
    seats: 25,
    seatsTaken: 25,
    admission: 'first-come',
    applicationOpensAt: '2026-10-19T09:00:00+02:00',
    applicationClosesAt: '2026-12-03T23:59:00+01:00',
    status: 'waitlist',
    waitlist: true,
    questions: [
      {
        id: 'dataset',
        label: {
          nl: 'Welke dataset wil je publiceren?',
          fr: 'Quel jeu de données souhaitez-vous publier ?',
          en: 'Which dataset do you want to publish?',
        },
        required: false,
        maxLength: 500,
      },
    ],
    consentVersion: '2026-09',
    privacyUrl: 'https://example.org/privacy',
    contact: { name: 'Kennisnetwerk Open Data', email: 'opendata@example.org' },
    updatedAt: '2026-11-21T08:45:00+01:00',
  },
  {
    id: 'procesbegeleiders-masterclasses-2027',
    title: 'Masterclasses voor interne procesbegeleiders 2027',
    summary:
      'Een reeks masterclasses van het Agentschap Overheidspersoneel, op maat van de Vlaamse overheid, met professionele begeleiding. Wie het traject afrondt, kan als gecertificeerde procesbegeleider aansluiten bij het interne netwerk van procesbegeleiders. De kandidaturen zijn afgesloten.',
    description:
      'Interne procesbegeleiders begeleiden groepen in trajecten van beleid tot uitvoering, bij interne veranderingen, participatieve projecten en evaluaties met stakeholders. Ze adviseren entiteiten over werkvormen en brengen een onafhankelijke blik van buitenaf, met kennis van de overheidscontext. Meestal nemen ze opdrachten op buiten hun eigen entiteit.\n\nDe masterclasses trainen onder meer: de vraag van bij de start voor iedereen helder maken, engagement voor het doel en duidelijkheid over wie eigenaar is van het probleem, voortdurend nagaan of het resultaat door iedereen gedragen wordt, participatieve werkvormen inzetten, omgaan met groepsdynamiek zoals weerstand, verborgen agenda’s en conflict, en diversiteit als kracht gebruiken.\n\nHet netwerk telt een veertigtal leden uit dertien entiteiten en stuurt zichzelf. Er hangt geen vergoeding aan vast: leden doen het uit intrinsieke motivatie, en de overheid bouwt zo eigen expertise op.',
    audience:
      'Personeelsleden van de Vlaamse overheid van elk niveau: leidinggevenden, projectleiders en medewerkers',
    consentText:
      'Ik geef toestemming om mijn gegevens te gebruiken voor de selectie en organisatie van dit leertraject.',
    organisers: ['ago'],
    themes: ['participatie', 'leren', 'hr'],
    format: 'in-person',
    sessions: [
      { startsAt: '2027-01-21T09:30:00+01:00', endsAt: '2027-01-21T16:30:00+01:00', location: 'Brussel' },
      { startsAt: '2027-03-04T09:30:00+01:00', endsAt: '2027-03-04T16:30:00+01:00', location: 'Brussel' },
      { startsAt: '2027-04-22T09:30:00+02:00', endsAt: '2027-04-22T16:30:00+02:00', location: 'Brussel' },
      { startsAt: '2027-06-03T09:30:00+02:00', endsAt: '2027-06-03T16:30:00+02:00', location: 'Brussel' },
    ],
    seats: 16,
    seatsTaken: 16,
    admission: 'selection',
    applicationOpensAt: '2026-09-07T09:00:00+02:00',
    applicationClosesAt: '2026-10-16T23:59:00+02:00',
    status: 'closed',
    waitlist: false,
    questions: [
      {
        id: 'motivatie',
        label: {
          nl: 'Waarom wil je procesbegeleider worden?',
          fr: 'Pourquoi souhaitez-vous devenir facilitateur ou facilitatrice de processus ?',
          en: 'Why do you want to become a process facilitator?',
        },
        required: true,
        maxLength: 1500,
      },
    ],
    consentVersion: '2026-06',
    privacyUrl: 'https://example.org/privacy',
    contact: { name: 'Agentschap Overheidspersoneel', role: 'Netwerk procesbegeleiders', email: 'procesbegeleiders@example.org' },
    updatedAt: '2026-10-20T11:00:00+02:00',
  },
  {
    id: 'leertraject-netwerkleiderschap-2027',
    title: 'Leertraject Netwerkleiderschap 2027',
    summary:
      'Het Agentschap Overheidspersoneel zet de focus van de Masterclass Netwerkleiderschap voort in een hybride leertraject van zes modules. Voor Vlaamse ambtenaren die in transversale, horizontale of gebiedsgerichte programma’s en netwerken werken. Kandidaturen vanaf 1 februari 2027.',
    description:
      'Samenwerken in netwerken vraagt andere vaardigheden dan werken in een lijnorganisatie. Dit leertraject behandelt in zes modules wanneer je voor een netwerk kiest, hoe je het opzet en structureert (met aandacht voor metagovernance: de coördinatie van de coördinatie), de strategiefase met gezamenlijke visie, vertrouwen en het motiveren van stakeholders, monitoring, evaluatie en verantwoording, wat netwerken betekenen voor je eigen organisatie, en leiderschap in netwerken.\n\nHet traject is projectgestuurd: theorie wisselt af met echte projecten, voorgesteld door hun trekkers en stakeholders. Je wisselt eigen ervaringen uit en gaat in gesprek met trekkers van gebiedsgerichte of transversale projecten. Je houdt er een eigen netwerk van collega’s aan over.\n\nDe tijdsinvestering was voor sommigen een drempel bij de masterclass. Daarom kun je de modules ook online volgen, en is er plaats voor meer deelnemers.',
    audience:
      'Vlaamse ambtenaren die werken in transversale, horizontale of gebiedsgerichte programma’s en netwerken',
    consentText:
      'Ik geef toestemming om mijn gegevens te gebruiken voor de selectie en organisatie van dit leertraject.',
    organisers: ['ago'],
    themes: ['samenwerking', 'leren', 'innovatiecultuur'],
    format: 'hybrid',
    sessions: [
      { startsAt: '2027-04-20T09:30:00+02:00', endsAt: '2027-04-20T16:30:00+02:00', location: 'Brussel' },
      { startsAt: '2027-05-18T09:30:00+02:00', endsAt: '2027-05-18T16:30:00+02:00', location: 'Brussel' },
      { startsAt: '2027-06-15T09:30:00+02:00', endsAt: '2027-06-15T16:30:00+02:00', location: 'Brussel' },
      { startsAt: '2027-09-21T09:30:00+02:00', endsAt: '2027-09-21T16:30:00+02:00', location: 'Brussel' },
      { startsAt: '2027-10-19T09:30:00+02:00', endsAt: '2027-10-19T16:30:00+02:00', location: 'Brussel' },
      { startsAt: '2027-11-16T09:30:00+01:00', endsAt: '2027-11-16T16:30:00+01:00', location: 'Brussel' },
    ],
    seats: 40,
    seatsTaken: 0,
    admission: 'selection',
    applicationOpensAt: '2027-02-01T09:00:00+01:00',
    applicationClosesAt: '2027-03-05T23:59:00+01:00',
    status: 'announced',
    waitlist: false,
    questions: [
      {
        id: 'netwerk',
        label: {
          nl: 'In welk programma of netwerk werk je, en wat is jouw rol?',
          fr: 'Dans quel programme ou réseau travaillez-vous, et quel est votre rôle ?',
          en: 'Which programme or network do you work in, and what is your role?',
        },
        help: {
          nl: 'Bijvoorbeeld een transversaal, horizontaal of gebiedsgericht programma.',
          fr: 'Par exemple un programme transversal, horizontal ou territorial.',
          en: 'For example a transversal, horizontal or area-based programme.',
        },
        required: true,
        maxLength: 1000,
      },
      {
        id: 'leervraag',
        label: {
          nl: 'Met welke vraag over netwerkleiderschap wil je aan de slag?',
          fr: 'Sur quelle question de leadership en réseau souhaitez-vous travailler ?',
          en: 'Which question about network leadership do you want to work on?',
        },
        required: false,
        maxLength: 1000,
      },
    ],
    consentVersion: '2026-11',
    privacyUrl: 'https://example.org/privacy',
    contact: { name: 'Agentschap Overheidspersoneel', role: 'Team leiderschap', email: 'netwerkleiderschap@example.org' },
    updatedAt: '2026-11-16T14:00:00+01:00',
    translations: {
      fr: {
        title: 'Parcours Leadership en réseau 2027',
        summary:
          'L’Agence du personnel public (AgO) prolonge l’approche de la Masterclass Netwerkleiderschap dans un parcours hybride de six modules. Pour les fonctionnaires flamands qui travaillent dans des programmes et réseaux transversaux, horizontaux ou territoriaux. Candidatures à partir du 1er février 2027.',
        audience:
          'Fonctionnaires flamands qui travaillent dans des programmes et réseaux transversaux, horizontaux ou territoriaux',
        consentText:
          'J’autorise l’utilisation de mes données pour la sélection et l’organisation de ce parcours d’apprentissage.',
        description:
          'Travailler en réseau demande d’autres compétences que travailler dans une organisation hiérarchique. Ce parcours aborde en six modules quand choisir un réseau, comment le mettre en place et le structurer (en prêtant attention à la métagouvernance : la coordination de la coordination), la phase stratégique avec une vision commune, la confiance et la motivation des parties prenantes, le suivi, l’évaluation et la reddition de comptes, ce que les réseaux signifient pour votre propre organisation, et le leadership en réseau.\n\nLe parcours est axé sur des projets : la théorie alterne avec de vrais projets, présentés par leurs porteurs et leurs parties prenantes. Vous échangez vos propres expériences et dialoguez avec des porteurs de projets territoriaux ou transversaux. Vous en retirez votre propre réseau de collègues.\n\nPour certains, l’investissement en temps constituait un frein lors de la masterclass. C’est pourquoi les modules peuvent aussi être suivis en ligne, et il y a de la place pour davantage de participants.',
      },
      en: {
        title: 'Network Leadership Learning Track 2027',
        summary:
          'The Government Personnel Agency (AgO) carries on the focus of the Masterclass in Network Leadership in a hybrid track of six modules. For Flemish civil servants who work in transversal, horizontal or area-based programmes and networks. Applications open on 1 February 2027.',
        audience:
          'Flemish civil servants who work in transversal, horizontal or area-based programmes and networks',
        consentText:
          'I consent to my data being used for the selection and organisation of this learning track.',
        description:
          'Working in networks calls for different skills than working in a line organisation. In six modules, this learning track covers when to choose a network, how to set it up and structure it (with attention to metagovernance: the coordination of coordination), the strategy phase with a shared vision, trust and motivating stakeholders, monitoring, evaluation and accountability, what networks mean for your own organisation, and leadership in networks.\n\nThe track is project-driven: theory alternates with real projects, presented by their leads and stakeholders. You exchange your own experiences and talk with leads of area-based or transversal projects. You come away with your own network of colleagues.\n\nFor some, the time investment was an obstacle in the masterclass. That is why you can also follow the modules online, and there is room for more participants.',
      },
    },
  },
  {
    id: 'webinars-digitaal-leren-2027',
    title: 'Webinarreeks digitaal leren 2027',
    summary:
      'Drie korte online sessies van het Agentschap Overheidspersoneel over digitale leervormen bij de Vlaamse overheid. Vrij toegankelijk: je schrijft je in zonder selectie en er is geen maximum aantal deelnemers.',
    description:
      'Sinds september 2019 kunnen departementen en agentschappen digitale leervormen aanbieden in Leren, de leermodule van Vlimpers. In deze webinarreeks deelt het Agentschap Overheidspersoneel wat het daarbij leerde.\n\nDe eerste sessie gaat over digitale leerbibliotheken aankopen en gebruiken. De tweede over zelf digitale leervormen ontwerpen en bouwen voor onderwerpen die eigen zijn aan de Vlaamse overheid, zoals regelgeving toepassen of bedrijfssystemen gebruiken. De derde over de combinatie van klassikaal en digitaal leren, met de opleiding prestatiemanagement als voorbeeld.\n\nDe webinars zijn vrij toegankelijk, zonder formele inschrijvings- of selectieprocedure. Na je inschrijving krijg je de link per e-mail.',
    audience:
      'Alle medewerkers van de Vlaamse overheid, in het bijzonder HR-professionals en wie opleidingen organiseert',
    consentText:
      'Ik geef toestemming om mijn gegevens te gebruiken om mij de link en praktische informatie over deze webinars te bezorgen.',
    organisers: ['ago'],
    themes: ['leren', 'hr'],
    format: 'online',
    sessions: [
      { startsAt: '2027-01-12T12:00:00+01:00', endsAt: '2027-01-12T13:00:00+01:00' },
      { startsAt: '2027-02-09T12:00:00+01:00', endsAt: '2027-02-09T13:00:00+01:00' },
      { startsAt: '2027-03-09T12:00:00+01:00', endsAt: '2027-03-09T13:00:00+01:00' },
    ],
    seatsTaken: 84,
    admission: 'first-come',
    applicationOpensAt: '2026-11-09T09:00:00+01:00',
    applicationClosesAt: '2027-03-09T11:00:00+01:00',
    status: 'open',
    waitlist: false,
    questions: [],
    consentVersion: '2026-09',
    privacyUrl: 'https://example.org/privacy',
    contact: { name: 'Agentschap Overheidspersoneel', role: 'Team digitaal leren', email: 'digitaalleren@example.org' },
    updatedAt: '2026-11-22T17:30:00+01:00',
    translations: {
      fr: {
        title: 'Série de webinaires sur l’apprentissage numérique 2027',
        summary:
          'Trois courtes sessions en ligne de l’Agence du personnel public (AgO) sur les formes d’apprentissage numérique au sein de l’administration flamande. Accès libre : l’inscription se fait sans sélection et le nombre de participants n’est pas limité.',
        audience:
          'Tous les membres du personnel de l’administration flamande, en particulier les professionnels des ressources humaines et les organisateurs de formations',
        consentText:
          'J’autorise l’utilisation de mes données pour m’envoyer le lien et les informations pratiques de ces webinaires.',
        description:
          'Depuis septembre 2019, les départements et agences peuvent proposer des formes d’apprentissage numérique dans Leren, le module d’apprentissage de Vlimpers. Dans cette série de webinaires, l’Agence du personnel public partage ce qu’elle en a appris.\n\nLa première session porte sur l’achat et l’utilisation de bibliothèques d’apprentissage numériques. La deuxième porte sur la conception et la réalisation en interne de formes d’apprentissage numérique pour des sujets propres à l’administration flamande, comme l’application de la réglementation ou l’utilisation des systèmes de gestion. La troisième porte sur la combinaison de l’apprentissage en présentiel et numérique, avec la formation à la gestion des performances comme exemple.\n\nLes webinaires sont en accès libre, sans procédure formelle d’inscription ou de sélection. Après votre inscription, vous recevez le lien par e-mail.',
      },
      en: {
        title: 'Digital learning webinar series 2027',
        summary:
          'Three short online sessions from the Government Personnel Agency (AgO) on digital forms of learning in the Flemish government. Freely accessible: you register without selection and there is no limit on the number of participants.',
        audience:
          'All Flemish government staff, especially HR professionals and people who organise training',
        consentText:
          'I consent to my data being used to send me the link and practical information for these webinars.',
        description:
          'Since September 2019, departments and agencies have been able to offer digital forms of learning in Leren, the learning module of Vlimpers. In this webinar series, the Government Personnel Agency shares what it has learned in doing so.\n\nThe first session is about buying and using digital learning libraries. The second is about designing and building your own digital forms of learning for topics specific to the Flemish government, such as applying regulations or using business systems. The third is about combining classroom and digital learning, with the performance management training as an example.\n\nThe webinars are freely accessible, with no formal registration or selection procedure. After you register, you receive the link by e-mail.',
      },
    },
  },
  {
    id: 'systeemdenken-vito',
    title: 'Leertraject systeemdenken met VITO',
    summary:
      'Het meest intensieve leertraject van het InnovatieNetwerk Overheid. Medewerkers werkten met systeemdenken en systeemdoen aan een uitdaging uit hun eigen beleidsveld, samen met beleidsonderzoekers van VITO. Het traject is afgerond.',
    description:
      'In dit leertraject van het InnovatieNetwerk Overheid en VITO werkten medewerkers van de Vlaamse overheid aan een uitdaging uit hun eigen beleidsveld, met systeemdenken en systeemdoen. Beleidsonderzoekers van VITO en beleidsmedewerkers van de Vlaamse overheid bespraken samen hoe een systeemverandering eruit kan zien voor complexe maatschappelijke uitdagingen.\n\nHet was het meest intensieve leertraject van het N-project. Het N-project achter het netwerk liep af op 1 september 2024; de Vlaamse Regering verwacht dat de resultaten doorstromen naar de reguliere werking.',
    audience: 'Beleidsmedewerkers van de Vlaamse overheid die met een uitdaging uit hun eigen beleidsveld aan de slag wilden',
    consentText:
      'Ik geef toestemming om mijn gegevens te gebruiken voor de selectie en organisatie van dit leertraject.',
    organisers: ['innovatienetwerk-overheid', 'vito'],
    themes: ['innovatiecultuur', 'samenwerking', 'leren'],
    format: 'in-person',
    sessions: [],
    seatsTaken: 0,
    admission: 'selection',
    status: 'completed',
    waitlist: false,
    questions: [],
    consentVersion: '2023-01',
    privacyUrl: 'https://example.org/privacy',
    contact: { name: 'Departement Kanselarij en Bestuur', email: 'innovatienetwerk@example.org' },
    updatedAt: '2024-08-30T12:00:00+02:00',
  },
  {
    id: 'digitale-leervormen-zelf-bouwen',
    title: 'Opleiding: zelf digitale leervormen bouwen',
    summary:
      'Een opleiding van het Agentschap Overheidspersoneel voor wie zelf digitale leervormen wil ontwerpen en bouwen. Deze editie gaat niet door; ingeschreven deelnemers kregen bericht. Een nieuwe datum volgt.',
    description:
      'Departementen en agentschappen die zelf digitale leervormen willen maken voor onderwerpen die eigen zijn aan de Vlaamse overheid, kunnen rekenen op het Agentschap Overheidspersoneel. AgO deelt prijzen, leveranciers, technische mogelijkheden en zijn eigen ervaring.\n\nIn deze opleiding zou je in twee halve dagen leren hoe je een digitale opleiding opbouwt. Deze editie is geannuleerd. Ingeschreven deelnemers kregen bericht; een nieuwe editie wordt aangekondigd op deze pagina.',
    audience: 'HR-professionals en opleidingsverantwoordelijken van Vlaamse departementen en agentschappen',
    consentText:
      'Ik geef toestemming om mijn gegevens te gebruiken voor de inschrijving en de organisatie van deze opleiding.',
    organisers: ['ago'],
    themes: ['leren', 'hr'],
    format: 'in-person',
    sessions: [
      { startsAt: '2026-11-26T09:00:00+01:00', endsAt: '2026-11-26T12:30:00+01:00', location: 'Brussel' },
      { startsAt: '2026-12-10T09:00:00+01:00', endsAt: '2026-12-10T12:30:00+01:00', location: 'Brussel' },
    ],
    seats: 20,
    seatsTaken: 7,
    admission: 'first-come',
    applicationOpensAt: '2026-09-14T09:00:00+02:00',
    applicationClosesAt: '2026-11-06T23:59:00+01:00',
    status: 'cancelled',
    waitlist: false,
    questions: [],
    consentVersion: '2026-06',
    privacyUrl: 'https://example.org/privacy',
    contact: { name: 'Agentschap Overheidspersoneel', role: 'Team digitaal leren', email: 'digitaalleren@example.org' },
    updatedAt: '2026-11-09T10:15:00+01:00',
  },
];
