// Challenges for the challenge feed (DOMAIN.md §5, CONTRACT.md §3.2). Fixture content dated around
// 2026-11-23: the formats, budgets and steps follow DOMAIN §5; the individual 2026-2027 calls are fixtures.
import type { ChallengeRecord } from './records.js';

export const challenges: ChallengeRecord[] = [
  {
    id: 'sluisdeuren-voorspellend-onderhoud',
    title: 'Voorspel wanneer een sluisdeur onderhoud nodig heeft',
    summary:
      'Het innovatielab van het Departement Mobiliteit en Openbare Werken zoekt een startup die met sensordata voorspelt wanneer een sluisdeur dreigt uit te vallen, zodat het onderhoud ruim op voorhand gepland kan worden.',
    description:
      'Een sluisdeur die onverwacht uitvalt, legt de scheepvaart stil en vraagt een dringende herstelling. Het innovatielab van MOW wil nagaan of sensordata tijdig kunnen tonen wanneer een bepaalde sluisdeur aan onderhoud toe is.\n\nDeze uitdaging beschrijft alleen het probleem: de oplossing laten we bewust open. Via Sandbox Vlaanderen werk je drie tot vier maanden samen met het team, in een veilige testomgeving die los staat van de dagelijkse werking.\n\nSandbox werkt met een gesloten portefeuille: er gaat geen geld over en weer en elke partij draagt haar eigen kosten. Het experiment is bedoeld om te leren en te inspireren, niet om de oplossing meteen in gebruik te nemen. Wie de oplossing daarna wil aankopen, doet dat via Kopen bij Startups, met een formele aanbesteding.',
    steps: [
      'Neem de uitdaging aan via het Sandbox-platform',
      'Kennismaking en afspraken over het experiment',
      'Experiment van drie à vier maanden in een testomgeving',
      'Resultaten delen op het showcase-evenement',
    ],
    owners: ['mow'],
    partners: [],
    themes: ['mobiliteit', 'data', 'startups'],
    programme: 'sandbox-vlaanderen',
    status: 'open',
    opensAt: '2026-11-02T09:00:00+01:00',
    closesAt: '2026-12-15T17:00:00+01:00',
    municipalities: [],
    applyUrl: 'https://example.org/uitdagingen/sluisdeuren-voorspellend-onderhoud',
    contact: { name: 'Innovatielab MOW', email: 'innovatielab@example.org' },
    updatedAt: '2026-11-02T10:00:00+01:00',
    translations: {
      fr: {
        title: 'Prédire quand une porte d’écluse a besoin d’entretien',
        summary:
          'Le laboratoire d’innovation du Département Mobilité et Travaux publics cherche une startup qui utilise des données de capteurs pour prédire quand une porte d’écluse risque de tomber en panne, afin de planifier l’entretien bien à l’avance.',
        steps: [
          'Relever le défi sur la plateforme Sandbox',
          'Faire connaissance et convenir de l’expérience',
          'Expérience de trois à quatre mois dans un environnement de test',
          'Partager les résultats lors de l’événement de présentation',
        ],
        description:
          'Une porte d’écluse qui tombe en panne de manière inattendue paralyse la navigation et exige une réparation urgente. Le laboratoire d’innovation du MOW veut vérifier si des données de capteurs peuvent montrer à temps quand une porte d’écluse donnée a besoin d’entretien.\n\nCe défi ne décrit que le problème : nous laissons volontairement la solution ouverte. Via Sandbox Vlaanderen, vous travaillez trois à quatre mois avec l’équipe, dans un environnement de test sûr, séparé du fonctionnement quotidien.\n\nSandbox fonctionne en portefeuille fermé : aucun argent ne change de mains et chaque partie supporte ses propres frais. L’expérience vise à apprendre et à inspirer, pas à mettre la solution immédiatement en service. Qui veut ensuite acheter la solution le fait via Kopen bij Startups (acheter auprès de startups), avec un marché public formel.',
      },
      en: {
        title: 'Predict when a lock gate needs maintenance',
        summary:
          'The innovation lab of the Department of Mobility and Public Works is looking for a startup that uses sensor data to predict when a lock gate is about to fail, so that maintenance can be planned well ahead.',
        steps: [
          'Take up the challenge on the Sandbox platform',
          'Get to know each other and agree on the experiment',
          'A three-to-four-month experiment in a test environment',
          'Share the results at the showcase event',
        ],
        description:
          'A lock gate that fails unexpectedly halts shipping and needs an urgent repair. The MOW innovation lab wants to find out whether sensor data can show in time when a particular lock gate is due for maintenance.\n\nThis challenge describes only the problem: we deliberately leave the solution open. Through Sandbox Flanders you work with the team for three to four months, in a safe test environment separate from day-to-day operations.\n\nSandbox works with a closed wallet: no money changes hands and each party bears its own costs. The experiment is meant for learning and inspiration, not for putting the solution into use straight away. Anyone who wants to buy the solution afterwards does so through Kopen bij Startups (Buying from Startups), with a formal tender.',
      },
    },
  },
  {
    id: 'insar-bruggen-vervorming',
    title: 'Spoor vervormingen van bruggen op met INSAR-satellietbeelden',
    summary:
      'Wat kunnen INSAR-radarbeelden van satellieten toevoegen aan het opsporen van gebreken aan bruggen en aan het voorspellen van onderhoud? MOW zoekt partners die dat eerst op papier en daarna met een prototype uitwerken, met begeleiding van het Programma Innovatieve Overheidsopdrachten.',
    description:
      'Het innovatielab van het Departement Mobiliteit en Openbare Werken wil weten wat INSAR-gegevens (radarbeelden van satellieten) kunnen toevoegen aan de opvolging van bruggen: gebreken vroeger opsporen en beter voorspellen wanneer onderhoud nodig is.\n\nMOW stapt hiervoor in het Programma Innovatieve Overheidsopdrachten (PIO) van het Departement Economie, Wetenschap en Innovatie, samen met VLAIO. De vraag beschrijft de gewenste functionaliteit, niet de technische invulling, zodat ook kmo’s en starters kunnen meedingen.\n\nHet traject begint bij de eerste fasen van PIO: de oplossing op papier ontwerpen en de haalbaarheid analyseren, daarna een prototype ontwikkelen en dat in een testomgeving uitproberen.',
    steps: [
      'Dien een voorstel in dat de gewenste functionaliteit invult',
      'Haalbaarheidsstudie op papier',
      'Ontwikkeling van een prototype',
      'Test in een testomgeving',
    ],
    owners: ['mow'],
    partners: ['ewi', 'vlaio'],
    themes: ['mobiliteit', 'data', 'aankopen'],
    programme: 'pio',
    status: 'open',
    opensAt: '2026-11-16T09:00:00+01:00',
    closesAt: '2027-02-26T17:00:00+01:00',
    municipalities: [],
    applyUrl: 'https://example.org/uitdagingen/insar-bruggen-vervorming',
    contact: { name: 'Innovatielab MOW', role: 'Projectteam bruggen', email: 'innovatielab@example.org' },
    updatedAt: '2026-11-16T11:15:00+01:00',
  },
  {
    id: 'open-data-portalen-koppelen',
    title: 'Breng thematische open data vanzelf naar het Vlaams Open Data Portaal',
    summary:
      'Gezamenlijke uitdaging van Informatie Vlaanderen en VDAB. Sommige thematische open-dataportalen zijn niet gekoppeld aan het Vlaams Open Data Portaal, en soms ontbreken metadata of een licentie. Hoe brengen we die data zonder extra handwerk samen, met de juiste metadata?',
    description:
      'Open data van de overheden in Vlaanderen hoort vindbaar te zijn op één plek: het Vlaams Open Data Portaal. Toch zijn sommige thematische portalen, zoals dat van VDAB, er niet mee gekoppeld. Daarnaast verschijnt data soms zonder metadata of licentie, of alleen als pdf of rapportpagina.\n\nAgentschap Informatie Vlaanderen en VDAB stellen deze uitdaging samen. Ze zoeken een startup die met hen onderzoekt hoe datasets uit een thematisch portaal automatisch en met volledige metadata op het Vlaams Open Data Portaal terechtkomen.\n\nHet experiment loopt via Sandbox Vlaanderen: drie tot vier maanden in een testomgeving, met een gesloten portefeuille. Elke partij draagt haar eigen kosten en de startup krijgt toegang tot de relevante overheidsdata.',
    steps: [
      'Neem de uitdaging aan via het Sandbox-platform',
      'Afspraken met beide teams over het experiment',
      'Experiment van drie à vier maanden in een testomgeving',
      'Resultaten delen op het showcase-evenement',
    ],
    owners: ['informatie-vlaanderen', 'vdab'],
    partners: [],
    themes: ['data', 'samenwerking', 'startups'],
    programme: 'sandbox-vlaanderen',
    status: 'open',
    opensAt: '2026-11-09T09:00:00+01:00',
    closesAt: '2027-01-15T17:00:00+01:00',
    municipalities: [],
    applyUrl: 'https://example.org/uitdagingen/open-data-portalen-koppelen',
    contact: { name: 'Sandbox-ambassadeur Informatie Vlaanderen', email: 'opendata@example.org' },
    updatedAt: '2026-11-10T14:20:00+01:00',
    translations: {
      fr: {
        title: 'Acheminer automatiquement les données ouvertes thématiques vers le Vlaams Open Data Portaal',
        summary:
          'Défi conjoint d’Informatie Vlaanderen et du VDAB. Certains portails thématiques de données ouvertes ne sont pas reliés au portail flamand de données ouvertes, et les métadonnées ou la licence manquent parfois. Comment rassembler ces données, avec les bonnes métadonnées, sans travail manuel supplémentaire ?',
        steps: [
          'Relever le défi sur la plateforme Sandbox',
          'Convenir de l’expérience avec les deux équipes',
          'Expérience de trois à quatre mois dans un environnement de test',
          'Partager les résultats lors de l’événement de présentation',
        ],
        description:
          'Les données ouvertes des pouvoirs publics en Flandre devraient pouvoir être trouvées en un seul endroit : le Vlaams Open Data Portaal. Pourtant, certains portails thématiques, comme celui du VDAB, n’y sont pas reliés. En outre, des données sont parfois publiées sans métadonnées ni licence, ou uniquement sous forme de PDF ou de page de rapport.\n\nL’agence Informatie Vlaanderen et le VDAB lancent ce défi ensemble. Ils cherchent une startup qui examine avec eux comment des jeux de données issus d’un portail thématique peuvent arriver automatiquement, avec des métadonnées complètes, sur le Vlaams Open Data Portaal.\n\nL’expérience passe par Sandbox Vlaanderen : trois à quatre mois dans un environnement de test, en portefeuille fermé. Chaque partie supporte ses propres frais et la startup a accès aux données publiques pertinentes.',
      },
      en: {
        title: 'Bring thematic open data to the Flemish Open Data Portal automatically',
        summary:
          'A joint challenge from Information Flanders and VDAB. Some thematic open-data portals are not linked to the Flemish Open Data Portal, and metadata or a licence is sometimes missing. How can we bring that data together, with the right metadata, without extra manual work?',
        steps: [
          'Take up the challenge on the Sandbox platform',
          'Agree on the experiment with both teams',
          'A three-to-four-month experiment in a test environment',
          'Share the results at the showcase event',
        ],
        description:
          'Open data from governments in Flanders should be findable in one place: the Flemish Open Data Portal. Yet some thematic portals, such as VDAB’s, are not linked to it. In addition, data is sometimes published without metadata or a licence, or only as a PDF or a report page.\n\nThe Information Flanders agency and VDAB are setting this challenge together. They are looking for a startup that will explore with them how datasets from a thematic portal can reach the Flemish Open Data Portal automatically and with complete metadata.\n\nThe experiment runs through Sandbox Flanders: three to four months in a test environment, with a closed wallet. Each party bears its own costs and the startup gets access to the relevant government data.',
      },
    },
  },
  {
    id: 'potterij-veranderingsgericht-bouwen',
    title: 'Toon hoe veranderingsgericht bouwen werkt op de Potterij-site in Mechelen',
    summary:
      'OVAM zet op de Potterij-site in Mechelen een living lab op rond veranderingsgericht bouwen. Producenten van bouwmaterialen en andere partners kunnen er tonen hoe zij aanpasbare, gezonde ruimtes bouwen in een circulaire economie.',
    description:
      'OVAM omschrijft een living lab als een coöperatieve ruimte waar we samen denken, maken, tonen en testen wat aanpasbare, gezonde ruimtes kunnen zijn. Het living lab op de Potterij-site in Mechelen hoort bij het Actieprogramma materiaalbewust bouwen.\n\nDe site biedt een demoruimte waar lokale stakeholders ervaringen uitwisselen en veranderingsgericht bouwen in een circulaire economie uittesten. Met deze oproep zoekt OVAM producenten van bouwmaterialen en andere partners die er willen demonstreren hoe zij de principes toepassen.\n\nHet living lab is nog in opbouw. Voorstellen die de site mee vorm geven, zijn daarom welkom.',
    steps: [
      'Dien je voorstel voor een demonstratie in',
      'Gesprek met OVAM en de lokale partners',
      'Demonstratie opbouwen op de Potterij-site',
      'Ervaringen delen met lokale stakeholders',
    ],
    owners: ['ovam'],
    partners: ['stad-mechelen'],
    themes: ['circulaire-economie', 'bouwen'],
    programme: 'vlaanderen-circulair',
    status: 'open',
    opensAt: '2026-09-21T09:00:00+02:00',
    closesAt: '2026-11-23T17:00:00+01:00',
    municipalities: ['12025'],
    applyUrl: 'https://example.org/uitdagingen/potterij-veranderingsgericht-bouwen',
    contact: { name: 'Team materiaalbewust bouwen OVAM', email: 'materiaalbewustbouwen@example.org' },
    updatedAt: '2026-11-18T16:05:00+01:00',
    translations: {
      fr: {
        title: 'Montrer comment fonctionne la construction adaptable sur le site de la Potterij à Malines',
        summary:
          'L’OVAM met en place sur le site de la Potterij à Malines un living lab consacré à la construction adaptable. Les producteurs de matériaux de construction et d’autres partenaires peuvent y montrer comment ils conçoivent des espaces adaptables et sains dans une économie circulaire.',
        steps: [
          'Déposer une proposition de démonstration',
          'Entretien avec l’OVAM et les partenaires locaux',
          'Monter la démonstration sur le site de la Potterij',
          'Partager les expériences avec les acteurs locaux',
        ],
        description:
          'L’OVAM décrit un living lab comme un espace coopératif où nous pensons, fabriquons, montrons et testons ensemble ce que peuvent être des espaces adaptables et sains. Le living lab du site de la Potterij à Malines fait partie du programme d’action pour une construction attentive aux matériaux.\n\nLe site offre un espace de démonstration où les acteurs locaux échangent leurs expériences et testent la construction adaptable dans une économie circulaire. Par cet appel, l’OVAM cherche des producteurs de matériaux de construction et d’autres partenaires qui veulent y démontrer comment ils appliquent ces principes.\n\nLe living lab est encore en cours de construction. Les propositions qui contribuent à façonner le site sont donc les bienvenues.',
      },
      en: {
        title: 'Show how change-oriented building works on the Potterij site in Mechelen',
        summary:
          'OVAM is setting up a living lab on change-oriented building on the Potterij site in Mechelen. Producers of building materials and other partners can show there how they create adaptable, healthy spaces in a circular economy.',
        steps: [
          'Submit your proposal for a demonstration',
          'Meet OVAM and the local partners',
          'Build the demonstration on the Potterij site',
          'Share experiences with local stakeholders',
        ],
        description:
          'OVAM describes a living lab as a cooperative space where we think, make, show and test together what adaptable, healthy spaces can be. The living lab on the Potterij site in Mechelen is part of the Action Programme for Material-Conscious Building.\n\nThe site offers a demonstration space where local stakeholders exchange experiences and try out change-oriented building in a circular economy. With this call, OVAM is looking for producers of building materials and other partners who want to demonstrate there how they apply the principles.\n\nThe living lab is still being set up. Proposals that help shape the site are therefore welcome.',
      },
    },
  },
  {
    id: 'antwerp-smart-zone-drukte-meten',
    title: 'Meet drukte in de Antwerp Smart Zone zonder mensen te volgen',
    summary:
      'Stad Antwerpen en imec zoeken in de City of Things-proeftuin een manier om drukte en verplaatsingen in een woonwijk te meten die de privacy van bewoners respecteert. Bewoners denken van bij de start mee.',
    description:
      'City of Things is een living lab voor heel Vlaanderen over mobiliteit, leefmilieu en welzijn, met imec, het Vlaams Gewest, Stad Antwerpen en de Vlaamse universiteiten als structurele partners. De Antwerp Smart Zone is een woonwijk in het centrum van de stad die als experimenteerruimte dient.\n\nEen van de open vragen in het lab is hoe de nood aan informatie en de privacy van bewoners samengaan. Met deze uitdaging zoeken de stad en imec een oplossing die toont hoe druk het is en hoe mensen zich verplaatsen, zonder individuen te volgen.\n\nAlle betrokkenen doen van bij de start mee, ook bewoners en buurtorganisaties. De oplossing wordt getest in de Antwerp Smart Zone en samen met de buurt geëvalueerd.',
    steps: [
      'Dien je idee in',
      'Selectie door Stad Antwerpen en imec',
      'Uitwerking samen met bewoners en buurtorganisaties',
      'Test in de Antwerp Smart Zone',
      'Evaluatie met de buurt',
    ],
    owners: ['stad-antwerpen'],
    partners: ['imec', 'digipolis'],
    themes: ['slimme-stad', 'mobiliteit', 'data'],
    status: 'open',
    opensAt: '2026-10-12T09:00:00+02:00',
    closesAt: '2026-11-28T17:00:00+01:00',
    municipalities: ['11002'],
    applyUrl: 'https://example.org/uitdagingen/antwerp-smart-zone-drukte-meten',
    contact: { name: 'City of Things-team', email: 'cityofthings@example.org' },
    updatedAt: '2026-11-05T09:40:00+01:00',
    translations: {
      fr: {
        title: 'Mesurer l’affluence dans l’Antwerp Smart Zone sans suivre les personnes',
        summary:
          'La Ville d’Anvers et imec cherchent, dans le laboratoire vivant City of Things, une façon de mesurer l’affluence et les déplacements dans un quartier résidentiel qui respecte la vie privée des habitants. Les habitants sont associés dès le départ.',
        steps: [
          'Déposer votre idée',
          'Sélection par la Ville d’Anvers et imec',
          'Élaboration avec les habitants et les associations de quartier',
          'Test dans l’Antwerp Smart Zone',
          'Évaluation avec le quartier',
        ],
        description:
          'City of Things est un laboratoire vivant pour toute la Flandre consacré à la mobilité, à l’environnement et au bien-être, avec imec, la Région flamande, la Ville d’Anvers et les universités flamandes comme partenaires structurels. L’Antwerp Smart Zone est un quartier résidentiel du centre-ville qui sert d’espace d’expérimentation.\n\nL’une des questions ouvertes du laboratoire est de savoir comment concilier le besoin d’information et la vie privée des habitants. Avec ce défi, la Ville et imec cherchent une solution qui montre l’affluence et la manière dont les gens se déplacent, sans suivre les individus.\n\nTous les acteurs concernés participent dès le départ, y compris les habitants et les associations de quartier. La solution est testée dans l’Antwerp Smart Zone et évaluée avec le quartier.',
      },
      en: {
        title: 'Measure crowding in the Antwerp Smart Zone without tracking people',
        summary:
          'The City of Antwerp and imec are looking, in the City of Things living lab, for a way to measure crowding and movement in a residential neighbourhood that respects residents’ privacy. Residents are involved from the very start.',
        steps: [
          'Submit your idea',
          'Selection by the City of Antwerp and imec',
          'Development with residents and neighbourhood organisations',
          'Test in the Antwerp Smart Zone',
          'Evaluation with the neighbourhood',
        ],
        description:
          'City of Things is a living lab for all of Flanders on mobility, the environment and well-being, with imec, the Flemish Region, the City of Antwerp and the Flemish universities as structural partners. The Antwerp Smart Zone is a residential neighbourhood in the city centre that serves as an experimentation space.\n\nOne of the open questions in the lab is how the need for information and residents’ privacy can go together. With this challenge, the city and imec are looking for a solution that shows how busy it is and how people move around, without tracking individuals.\n\nEveryone involved takes part from the start, including residents and neighbourhood organisations. The solution is tested in the Antwerp Smart Zone and evaluated together with the neighbourhood.',
      },
    },
  },
  {
    id: 'work-out-room-ondernemersroute',
    title: 'Heb je een idee dat de arbeidsmarkt versterkt? Pitch het bij de Work out Room',
    summary:
      'Een doorlopende oproep van VDAB: ondernemers met een idee dat de arbeidsmarkt een duw kan geven, krijgen coaching van de Work out Room. Overtuigt je pitch de innovatieboard, dan volgen een testomgeving bij VDAB en financiële steun tot 30.000 euro.',
    description:
      'De Work out Room is het innovatielab van VDAB. Hier draait de vraag om: niet VDAB stelt een uitdaging, maar jij brengt als ondernemer een idee aan dat de arbeidsmarkt kan versterken en VDAB kan helpen bij zijn opdrachten. Het project blijft volledig van jou.\n\nHet team coacht je bij je businessmodel en je pitch, en helpt je de nodige data en expertise te vinden. Veelbelovende ideeën gaan naar de innovatieboard van VDAB, waarin zowel top- als middenkader zetelt.\n\nIs de innovatieboard positief, dan krijg je een testomgeving bij VDAB, financiële steun tot 30.000 euro en eventueel een cocreatietraject. Deze oproep is doorlopend: je kunt op elk moment een idee indienen.',
    steps: [
      'Coaching op businessmodel, pitch, data en expertise',
      'Pitch voor de innovatieboard',
      'Testomgeving bij VDAB en steun tot 30.000 euro',
      'Eventueel een cocreatietraject',
    ],
    owners: ['vdab'],
    partners: [],
    themes: ['werk', 'startups'],
    programme: 'work-out-room',
    status: 'open',
    budget: { maxAmount: 30000, currency: 'EUR', vatIncluded: false },
    municipalities: [],
    applyUrl: 'https://example.org/uitdagingen/work-out-room-ondernemersroute',
    contact: { name: 'Work out Room-team', email: 'workoutroom@example.org' },
    updatedAt: '2026-10-02T09:30:00+02:00',
    translations: {
      fr: {
        title: 'Vous avez une idée qui renforce le marché du travail ? Présentez-la à la Work out Room',
        summary:
          'Un appel permanent du VDAB : les entrepreneurs qui ont une idée capable de stimuler le marché du travail sont accompagnés par la Work out Room. Si votre pitch convainc le comité d’innovation, vous obtenez un environnement de test au VDAB et un soutien financier jusqu’à 30 000 euros.',
        steps: [
          'Accompagnement sur le modèle d’affaires, le pitch, les données et l’expertise',
          'Pitch devant le comité d’innovation',
          'Environnement de test au VDAB et soutien jusqu’à 30 000 euros',
          'Éventuellement un trajet de cocréation',
        ],
        description:
          'La Work out Room est le laboratoire d’innovation du VDAB. Ici, la logique est inversée : ce n’est pas le VDAB qui pose un défi, c’est vous, en tant qu’entrepreneur, qui apportez une idée capable de renforcer le marché du travail et d’aider le VDAB dans ses missions. Le projet reste entièrement le vôtre.\n\nL’équipe vous accompagne pour votre modèle d’affaires et votre pitch, et vous aide à trouver les données et l’expertise nécessaires. Les idées prometteuses sont soumises au comité d’innovation du VDAB, où siègent à la fois des membres de la direction et des cadres intermédiaires.\n\nSi le comité d’innovation rend un avis positif, vous obtenez un environnement de test au VDAB, un soutien financier jusqu’à 30 000 euros et éventuellement un trajet de cocréation. Cet appel est permanent : vous pouvez déposer une idée à tout moment.',
      },
      en: {
        title: 'Have an idea that strengthens the labour market? Pitch it to the Work out Room',
        summary:
          'A standing call from VDAB: entrepreneurs with an idea that could boost the labour market get coaching from the Work out Room. If your pitch convinces the innovation board, you get a test environment at VDAB and financial support of up to 30,000 euros.',
        steps: [
          'Coaching on business model, pitch, data and expertise',
          'Pitch to the innovation board',
          'A test environment at VDAB and support of up to 30,000 euros',
          'Possibly a co-creation track',
        ],
        description:
          'The Work out Room is VDAB’s innovation lab. Here the question is turned around: it is not VDAB that sets a challenge, but you, as an entrepreneur, who bring an idea that can strengthen the labour market and help VDAB with its tasks. The project remains entirely yours.\n\nThe team coaches you on your business model and your pitch, and helps you find the data and expertise you need. Promising ideas go to VDAB’s innovation board, on which both senior and middle management sit.\n\nIf the innovation board is positive, you get a test environment at VDAB, financial support of up to 30,000 euros and possibly a co-creation track. This call is ongoing: you can submit an idea at any time.',
      },
    },
  },
  {
    id: 'future-of-work-challenge',
    title: 'VDAB Future of Work Challenge',
    summary:
      'Een wedstrijd van VDAB voor externe startups rond een uitdaging die VDAB zelf formuleerde. Vier winnaars kregen een testomgeving en een testbudget van maximaal 30.000 euro per project. De projecten zijn afgerond; de proofs of concept worden nu getoetst aan de verwachtingen.',
    description:
      'Het idee voor de Future of Work Challenge kwam van het innovatieteam van de IT-afdeling van VDAB; de wedstrijd liep in de Work out Room. VDAB wilde nagaan of een open wedstrijd frissere en efficiëntere ideeën oplevert dan de gewone kanalen voor dienstontwikkeling.\n\nDeelnemers dienden documentatie over hun idee in. Tien ideeën kwamen op de shortlist en werden gepitcht voor de innovatieboard, die vier winnaars koos. Elke winnaar kreeg een testomgeving binnen VDAB en een testbudget, rechtstreeks uitbetaald, om een proof of concept te ontwikkelen.\n\nDe projecten zijn afgerond. VDAB evalueert nu of de proofs of concept aan de verwachtingen voldoen.',
    steps: [
      'Documentatie van je idee indienen',
      'Tien ideeën op de shortlist',
      'Pitch voor de innovatieboard',
      'Vier winnaars krijgen een testomgeving en een testbudget',
      'Proof of concept ontwikkelen',
    ],
    owners: ['vdab'],
    partners: [],
    themes: ['werk', 'startups', 'innovatiecultuur'],
    programme: 'work-out-room',
    status: 'in-evaluation',
    budget: { maxAmount: 30000, currency: 'EUR', vatIncluded: false },
    municipalities: [],
    contact: { name: 'Work out Room-team', email: 'workoutroom@example.org' },
    updatedAt: '2026-09-14T15:00:00+02:00',
    translations: {
      en: {
        title: 'VDAB Future of Work Challenge',
        summary:
          'A VDAB competition for external startups around a challenge VDAB defined itself. Four winners each got a test environment and a test budget of up to 30,000 euros per project. The projects are completed; the proofs of concept are now being evaluated against expectations.',
        steps: [
          'Submit documentation of your idea',
          'Ten ideas on the shortlist',
          'Pitch to the innovation board',
          'Four winners get a test environment and a test budget',
          'Develop a proof of concept',
        ],
        description:
          'The idea for the Future of Work Challenge came from the innovation team of VDAB’s IT department; the competition ran in the Work out Room. VDAB wanted to find out whether an open competition yields fresher and more efficient ideas than the usual channels for service development.\n\nParticipants submitted documentation of their idea. Ten ideas made the shortlist and were pitched to the innovation board, which chose four winners. Each winner got a test environment within VDAB and a test budget, paid out directly, to develop a proof of concept.\n\nThe projects are completed. VDAB is now evaluating whether the proofs of concept meet expectations.',
      },
    },
  },
  {
    id: 'hack-belgium-uitdaging-vdab',
    title: 'Uitdaging van VDAB op Hack Belgium',
    summary:
      'Als partner van Hack Belgium legde VDAB een uitdaging voor op de jaarlijkse hackathon van drie dagen, waar ondernemers, startups en universiteiten samen oplossingen uitwerken. De samenwerking is beëindigd nadat de organiserende startup failliet ging.',
    description:
      'Op Hack Belgium, een jaarlijkse hackathon van drie dagen, werkten ondernemers, startups en universiteiten in cocreatie oplossingen uit. VDAB was partner en legde er een eigen uitdaging voor, als deel van de inspiratiepijler van de Work out Room.\n\nDe startup die de hackathon organiseerde, ging failliet. Daarop werd het partnerschap stopgezet en liep ook deze uitdaging af.',
    steps: [],
    owners: ['vdab'],
    partners: [],
    themes: ['werk', 'startups'],
    status: 'closed',
    municipalities: [],
    contact: { name: 'Work out Room-team', email: 'workoutroom@example.org' },
    updatedAt: '2025-03-11T10:00:00+01:00',
  },
  {
    id: 'e-learning-vrij-toegankelijk',
    title: 'Maak korte e-learnings die elke ambtenaar vrij kan volgen',
    summary:
      'Het Agentschap Overheidspersoneel zoekt een startup die met een team van AgO uittest hoe korte, vrij toegankelijke e-learnings eruit kunnen zien, zonder formele inschrijvings- of selectieprocedure.',
    description:
      'De module Leren van Vlimpers beheert vooral klassikale opleidingen en biedt weinig echte e-learning. Bovendien vragen alle opleidingen er een formele inschrijving of selectie. Aanbevelingen over digitaal leren pleiten voor vrij toegankelijke e-learning, zodat medewerkers meer eigenaarschap en flexibiliteit krijgen.\n\nMet deze uitdaging zoekt het Agentschap Overheidspersoneel een startup die samen met een AgO-team uittest hoe korte e-learnings over onderwerpen eigen aan de Vlaamse overheid er kunnen uitzien, en hoe medewerkers ze zonder drempel vinden.\n\nHet experiment loopt via Sandbox Vlaanderen: drie tot vier maanden in een testomgeving, met een gesloten portefeuille.',
    steps: [
      'Neem de uitdaging aan via het Sandbox-platform',
      'Kennismaking met het AgO-team',
      'Experiment van drie à vier maanden in een testomgeving',
      'Resultaten delen op het showcase-evenement',
    ],
    owners: ['ago'],
    partners: [],
    themes: ['leren', 'hr', 'startups'],
    programme: 'sandbox-vlaanderen',
    status: 'open',
    opensAt: '2026-11-20T09:00:00+01:00',
    closesAt: '2027-06-30T17:00:00+02:00',
    municipalities: [],
    applyUrl: 'https://example.org/uitdagingen/e-learning-vrij-toegankelijk',
    contact: { name: 'Sandbox-ambassadeur AgO', email: 'digitaalleren@example.org' },
    updatedAt: '2026-11-20T09:10:00+01:00',
  },
  {
    id: 'vergaderzalen-slim-reserveren',
    title: 'Reserveer vergaderzalen in gedeelde kantoorgebouwen slimmer',
    summary:
      'Deze Sandbox-uitdaging van het Facilitair Bedrijf is stopgezet: het gastteam kon naast het gewone werk geen tijd vrijmaken voor het experiment. We delen wat we eruit leerden.',
    description:
      'Het Facilitair Bedrijf wilde met een startup uittesten hoe medewerkers in gedeelde kantoorgebouwen makkelijker een vrije vergaderzaal vinden en reserveren.\n\nDe uitdaging is stopgezet voordat een experiment kon starten. Deelnemen aan Sandbox komt bovenop het gewone werk, en het gastteam kon daar op dat moment geen tijd voor vrijmaken. Ook dat is een les die we willen delen: een experiment heeft een team nodig dat er echt tijd voor krijgt.',
    steps: [],
    owners: ['facilitair-bedrijf'],
    partners: [],
    themes: ['startups', 'innovatiecultuur'],
    programme: 'sandbox-vlaanderen',
    status: 'cancelled',
    opensAt: '2026-04-13T09:00:00+02:00',
    closesAt: '2026-06-30T17:00:00+02:00',
    municipalities: [],
    contact: { name: 'Sandbox-ambassadeur Facilitair Bedrijf', email: 'sandbox@example.org' },
    updatedAt: '2026-06-05T11:30:00+02:00',
  },
  {
    id: 'pio-projectoproep-2027',
    title: 'Projectoproep innovatieve overheidsopdrachten 2027',
    summary:
      'Vlaamse overheidskopers met een vraag die de markt nog niet of nauwelijks kan beantwoorden, kunnen vanaf januari 2027 een projectvoorstel indienen bij het Programma Innovatieve Overheidsopdrachten. Voorstellen met genoeg relevantie en innovatiepotentieel krijgen begeleiding en soms cofinanciering.',
    description:
      'Het Programma Innovatieve Overheidsopdrachten (PIO) van het Departement Economie, Wetenschap en Innovatie zet de aankoopkracht van de overheid in als strategisch innovatie-instrument. Het transversale programmateam, met medewerkers van EWI, VLAIO en de adviseurs innovatieve overheidsopdrachten, begeleidt de geselecteerde projecten.\n\nJe kunt instappen in een van vijf fasen: de oplossing op papier ontwerpen en de haalbaarheid analyseren, een prototype ontwikkelen, testen in een testomgeving met een beperkt volume, de effectiviteit nagaan in een echte omgeving, of een innovatieve oplossing aankopen die op de markt beschikbaar is.\n\nEen goed voorstel beschrijft de gewenste functionaliteit en niet de technische details, zodat ook kmo’s en starters kunnen meedingen. Een vast bedrag per project is er niet: de begeleiding staat voorop en cofinanciering is mogelijk in sommige gevallen.',
    steps: [
      'Kies de fase waarin je instapt',
      'Dien je projectvoorstel in',
      'Beoordeling door het PIO-programmateam',
      'Begeleiding en eventueel cofinanciering',
    ],
    owners: ['ewi'],
    partners: ['vlaio'],
    themes: ['aankopen', 'innovatiecultuur'],
    programme: 'pio',
    status: 'announced',
    opensAt: '2027-01-18T09:00:00+01:00',
    closesAt: '2027-04-30T17:00:00+02:00',
    municipalities: [],
    applyUrl: 'https://example.org/uitdagingen/pio-projectoproep-2027',
    contact: { name: 'PIO-programmateam', email: 'pio@example.org' },
    updatedAt: '2026-11-12T13:45:00+01:00',
  },
  {
    id: 'e-loket-hasselt-genk',
    title: 'Eén e-loket voor Hasselt en Genk, dag en nacht open',
    summary:
      'Gezamenlijke uitdaging van Stad Hasselt en Stad Genk. Beide steden willen een e-loket dat 24 uur op 24 bereikbaar is, de contactvoorkeuren van inwoners respecteert en ook door andere besturen kan worden overgenomen.',
    description:
      'Inwoners willen hun zaken met de stad kunnen regelen wanneer het hen past, en zelf kiezen hoe de stad contact met hen opneemt. Hasselt en Genk bekijken die vraag samen, in plaats van elk apart een oplossing te bouwen.\n\nDe steden zoeken partners die met hen een e-loket uitwerken dat dag en nacht open is, aanvragen oplost waar de inwoner ook is, en de voorkeuren voor contact per brief, e-mail of telefoon respecteert. Omdat ze de uitdaging samen stellen, kunnen ze ook hun middelen bundelen.\n\nSchaalbaarheid telt mee: een oplossing die later ook voor andere lokale besturen bruikbaar is, krijgt de voorkeur.',
    steps: [
      'Dien je voorstel in',
      'Selectie door een jury van beide steden',
      'Cocreatie met medewerkers van het klantencontact',
      'Proefproject in Hasselt en Genk',
    ],
    owners: ['stad-hasselt', 'stad-genk'],
    partners: [],
    themes: ['digitale-dienstverlening', 'samenwerking'],
    status: 'open',
    opensAt: '2026-11-16T09:00:00+01:00',
    closesAt: '2027-03-15T17:00:00+01:00',
    municipalities: ['71022', '71016'],
    applyUrl: 'https://example.org/uitdagingen/e-loket-hasselt-genk',
    contact: { name: 'Projectteam e-loket Hasselt-Genk', email: 'eloket@example.org' },
    updatedAt: '2026-11-17T08:55:00+01:00',
  },
  {
    id: 'circulaire-stad-gent-leegstand',
    title: 'Geef leegstaande stadsgebouwen in Gent een tijdelijke circulaire invulling',
    summary:
      'Stad Gent wil leegstaande gebouwen tijdelijk hergebruiken als proeftuin voor de circulaire economie, met ruimte voor initiatieven van inwoners. De stad zoekt partners die een tijdelijke invulling voorstellen en mee uitvoeren.',
    description:
      'In Circulaire Stad, een onderdeel van Vlaanderen Circulair, werken steden als laboratorium voor de circulaire economie: ruimte en gebouwen hergebruiken, proeven met energie-, water-, logistieke en voedselstromen, en initiatieven die van onderuit bij inwoners ontstaan.\n\nStad Gent zoekt voor enkele leegstaande stadsgebouwen een tijdelijke invulling die dat in de praktijk brengt. Buurtbewoners, verenigingen, ondernemers en kennisinstellingen kunnen een voorstel indienen. Bij burgerinitiatieven ondersteunt de stad, maar blijft het initiatief bij de indieners.\n\nBetrek alleen de partners die je in elke fase echt nodig hebt, en combineer verschillende profielen.',
    steps: [
      'Bezoek de gebouwen op een infomoment',
      'Dien je voorstel voor een tijdelijke invulling in',
      'Selectie door Stad Gent met advies van OVAM',
      'Start van de tijdelijke invulling',
    ],
    owners: ['stad-gent'],
    partners: ['ovam'],
    themes: ['circulaire-economie', 'participatie', 'omgeving'],
    programme: 'vlaanderen-circulair',
    status: 'open',
    opensAt: '2026-11-03T09:00:00+01:00',
    closesAt: '2027-04-30T17:00:00+02:00',
    municipalities: ['44021'],
    applyUrl: 'https://example.org/uitdagingen/circulaire-stad-gent-leegstand',
    contact: { name: 'Team Circulaire Stad Gent', email: 'circulairestad@example.org' },
    updatedAt: '2026-11-04T12:00:00+01:00',
  },
  {
    id: 'gzg-oproep-frontoffice',
    title: 'Gemeente zonder gemeentehuis: projectoproep transformatieve frontofficeconcepten',
    summary:
      'Een projectoproep van het Agentschap Binnenlands Bestuur aan lokale besturen binnen Gemeente zonder gemeentehuis. Ze richtte zich op vernieuwing van de voorkant van de gemeentelijke dienstverlening, bij voorkeur samen met andere besturen en met kansen op opschaling.',
    description:
      'Gemeente zonder gemeentehuis is een project uit het herstelplan Vlaamse Veerkracht. Het programmateam bij het Agentschap Binnenlands Bestuur formuleert projectoproepen aan lokale besturen, lanceert ze, maakt ze bekend en volgt de projecten op. Het werkt daarbij rond vier werven.\n\nDeze oproep hoorde bij de eerste werf: transformatieve frontofficeconcepten. Die gaan over vernieuwing van de voorkant van de gemeentelijke organisatie en haar dienstverlening, ook in samenwerking met andere overheden, het middenveld en andere lokale besturen.\n\nDe oproepen legden vooral nadruk op samenwerking tussen lokale besturen en op het potentieel om op te schalen. Er gold geen vast maximumbedrag per project.',
    steps: [
      'Dien een projectvoorstel in',
      'Beoordeling door het programmateam',
      'Goedgekeurde projecten krijgen financiering',
      'Opvolging door het programmateam',
    ],
    owners: ['abb'],
    partners: [],
    themes: ['digitale-dienstverlening', 'samenwerking'],
    programme: 'gemeente-zonder-gemeentehuis',
    status: 'closed',
    municipalities: [],
    contact: { name: 'Programmateam Gemeente zonder gemeentehuis', email: 'gzg@example.org' },
    updatedAt: '2026-03-02T10:20:00+01:00',
    translations: {
      en: {
        title: 'Municipality without a town hall: call for transformative front-office concepts',
        summary:
          'A call for projects from the Agency for Home Affairs to local governments under Municipality without a town hall. It focused on renewing the front of municipal services, preferably together with other governments and with potential to scale up.',
        steps: [
          'Submit a project proposal',
          'Assessment by the programme team',
          'Approved projects receive funding',
          'Follow-up by the programme team',
        ],
        description:
          'Municipality without a town hall is a project from the Flemish Resilience recovery plan. The programme team at the Agency for Home Affairs formulates calls for projects to local governments, launches them, publicises them and follows up the projects. In doing so it works along four workstreams.\n\nThis call belonged to the first workstream: transformative front-office concepts. These concern renewing the front of the municipal organisation and its services, also in cooperation with other governments, civil society and other local governments.\n\nThe calls placed particular emphasis on cooperation between local governments and on the potential to scale up. There was no fixed maximum amount per project.',
      },
    },
  },
  {
    id: 'participatieve-gemeenteraad-experimenten',
    title: 'Oproep: experimenten met een participatieve gemeenteraad',
    summary:
      'Een oproep van het Departement Kanselarij en Bestuur en VVSG aan gemeenten voor experimenten die de gemeenteraad een rol geven bij de start van beleidsprocessen. Twintig gemeenten dienden een voorstel in, een jury selecteerde er vijf, waaronder Mechelen.',
    description:
      'De gemeenteraad is wettelijk verantwoordelijk voor het participatiebeleid, maar raadsleden nemen in de praktijk zelden deel aan participatie. Begin 2019 riepen het Departement Kanselarij en Bestuur en VVSG gemeenten op om daarmee te experimenteren: de raad een rol geven bij de start van een beleidsproces, of de eigen werking van de raad participatiever maken.\n\nTwintig gemeenten dienden een voorstel in en een jury selecteerde er vijf. Een voorstel moest vernieuwend zijn; ook kleine projecten die een cultuurverandering op gang brengen, kwamen in aanmerking. De geselecteerde projecten kregen begeleiding van experts van Levuur, de Vlaamse overheid en VVSG. De andere gemeenten kregen basiscoaching, en een lerend netwerk ondersteunde alle deelnemers.\n\nExperimenten liepen onder meer in Mechelen, Oud-Heverlee en Overijse, vaak met burgerloting. De projecten startten in de tweede helft van 2019 en zouden in het najaar van 2020 aflopen.',
    steps: [
      'Gemeenten dienen een projectvoorstel in',
      'Een jury selecteert',
      'Begeleiding door experts voor de geselecteerde projecten',
      'Basiscoaching voor de andere gemeenten',
      'Een lerend netwerk voor alle deelnemers',
    ],
    owners: ['kanselarij-en-bestuur', 'vvsg'],
    partners: ['kenniscentrum-participatie', 'levuur', 'stad-mechelen', 'gemeente-oud-heverlee', 'gemeente-overijse'],
    themes: ['participatie', 'lokale-democratie'],
    status: 'awarded',
    municipalities: ['12025'],
    contact: { name: 'Kenniscentrum Participatie', email: 'participatie@example.org' },
    updatedAt: '2026-02-09T14:10:00+01:00',
  },
  {
    id: 'gov-buys-innovation-begrijpelijke-brieven',
    title: 'Gov Buys Innovation: maak brieven van de federale overheid begrijpelijker',
    summary:
      'Een uitdaging van de FOD BOSA op het platform Gov Buys Innovation van NIDO. Bedrijven van elke grootte stelden oplossingen voor. Na overleg en evaluatie is één bedrijf gekozen om zijn oplossing verder te ontwikkelen en binnen de overheid te testen.',
    description:
      'Op Gov Buys Innovation, het platform dat het federale innovatielab NIDO binnen de FOD BOSA opzette, beschrijven federale overheidsdiensten een uitdaging zo duidelijk mogelijk. Bedrijven van elke grootte, van startups en kmo’s tot grote ondernemingen, reageren met een voorstel.\n\nDeze uitdaging vroeg hoe brieven aan burgers en ondernemingen begrijpelijker kunnen worden. Na overleg met de bedrijven en een evaluatie van de voorstellen is één bedrijf gekozen. Het werkt zijn oplossing verder uit en test ze binnen de overheid, via een overheidsopdracht met beperkt budget op basis van artikel 92 van de wet op de overheidsopdrachten van 17 juni 2016.\n\nGepubliceerde uitdagingen kunnen andere diensten met hetzelfde probleem inspireren. Heeft jouw dienst een gelijkaardige vraag, neem dan contact op: zo kan een gezamenlijke uitdaging ontstaan.',
    steps: [
      'Uitdaging beschreven op het platform',
      'Bedrijven stellen oplossingen voor',
      'Overleg met de bedrijven en evaluatie',
      'Eén bedrijf ontwikkelt en test de oplossing binnen de overheid',
    ],
    owners: ['fod-bosa'],
    partners: ['nido'],
    themes: ['digitale-dienstverlening', 'aankopen'],
    programme: 'gov-buys-innovation',
    status: 'awarded',
    opensAt: '2026-02-02T09:00:00+01:00',
    closesAt: '2026-03-31T17:00:00+02:00',
    municipalities: [],
    applyUrl: 'https://example.org/uitdagingen/gov-buys-innovation-begrijpelijke-brieven',
    contact: { name: 'NIDO', email: 'nido@example.org' },
    updatedAt: '2026-09-28T16:30:00+02:00',
  },
  {
    id: 'startup-in-residence-intergov-deelmobiliteit',
    title: 'Startup in Residence InterGov: deelmobiliteit in kleinere gemeenten',
    summary:
      'Een gezamenlijke uitdaging van Nederlandse overheden van verschillende bestuursniveaus binnen Startup in Residence InterGov. De gekozen startup werkt zes maanden samen met de overheden aan een proof of concept, met een ontwikkelbudget van maximaal 25.000 euro.',
    description:
      'In Startup in Residence InterGov stellen Nederlandse overheden van verschillende bestuursniveaus samen uitdagingen, in een formeel partnerschap. Het gaat uitdrukkelijk om cocreatie, niet om een relatie tussen opdrachtgever en opdrachtnemer.\n\nDeze uitdaging vroeg hoe deelmobiliteit ook in kleinere gemeenten een volwaardig alternatief kan worden. Een nationaal probleem vraagt hier een proef in gemeenten, daarom stellen het Rijk en de gemeenten de vraag samen.\n\nNa de selectie volgt een ontwikkeltraject van zes maanden waarin overheid en startup samen een proof of concept maken, gefinancierd door de overheid tot 25.000 euro. Daarna pitcht de startup het resultaat. Is dat positief, dan investeert de overheid in een pilot, en slaagt die, dan koopt ze de oplossing aan als eerste klant.\n\nDe inschrijvingen zijn gesloten. We tonen deze uitdaging als inspiratie voor gedeelde uitdagingen over bestuursniveaus heen.',
    steps: [
      'Uitdaging vastgelegd door de partners',
      'Zes maanden cocreatie aan een proof of concept',
      'Pitch van het resultaat',
      'Bij een positief resultaat: een pilot',
      'Bij een geslaagde pilot: aankoop als eerste klant',
    ],
    owners: ['ministerie-ienw', 'ministerie-bzk', 'vng'],
    partners: ['startup-in-residence'],
    themes: ['mobiliteit', 'startups', 'samenwerking'],
    programme: 'startup-in-residence',
    status: 'closed',
    opensAt: '2026-03-02T09:00:00+01:00',
    closesAt: '2026-04-30T17:00:00+02:00',
    budget: { maxAmount: 25000, currency: 'EUR', vatIncluded: false },
    municipalities: [],
    applyUrl: 'https://example.org/uitdagingen/startup-in-residence-intergov-deelmobiliteit',
    contact: { name: 'Startup in Residence InterGov', email: 'intergov@example.org' },
    updatedAt: '2026-05-06T09:05:00+02:00',
  },
];
