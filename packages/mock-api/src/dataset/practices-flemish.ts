// Flemish and Belgian practices (DOMAIN.md §4.1, with §1.1 and §4.3 where noted). Plain text only.
// Ladder rungs are nearly always an inferred, approximate classification (DOMAIN.md §4 field notes).
// Year-only dates from DOMAIN are written as the first day of that year.
import type { PracticeRecord } from './records.js';

export const flemishPractices: PracticeRecord[] = [
  {
    id: 'work-out-room',
    title: "Work out Room: het innovatielab van VDAB",
    summary:
      "Zelfsturend labteam binnen VDAB dat ondernemers met ideeën voor de arbeidsmarkt ondersteunt, cocreatie in grote publieke projecten aanmoedigt en collega's inspireert.",
    description:
      "De Work out Room is een zelfsturend labteam onder de afdeling Strategie van VDAB. Het werkt rond drie pijlers. De eerste pijler ondersteunt ondernemers met ideeën die de arbeidsmarkt en de opdrachten van VDAB vooruit kunnen helpen. Het project blijft volledig van de ondernemer: het team helpt met het businessmodel, de pitch en het zoeken naar expertise en data. Veelbelovende ideeën gaan naar de innovatieboard van VDAB, die een testomgeving en middelen kan toekennen." +
      "\n\n" +
      "De tweede pijler moedigt cocreatie aan in grote publieke projecten: het team brengt burgers, startups, bedrijven en vzw's samen bij de start van een project en bouwt soms een prototype, maar test geen al opgeschaalde concepten. De derde pijler is inspireren, met sprekers, de Future of Work Challenge en Hack Belgium." +
      "\n\n" +
      "Het team werkt zonder hiërarchie of formele leidinggevende en wordt betaald uit het eigen budget van VDAB.",
    whatWorked:
      "De belangrijkste succesfactor is een duidelijke interne dialoog, met doelen op korte en lange termijn die op papier staan zodat het team erop kan sturen. Steun van het topmanagement helpt, net als kleine experimenten in een veilige, afgebakende setting die mogen mislukken. Andere diensten van VDAB, zoals het IT-innovatieteam, vinden hun weg naar het lab. Omdat de innovatieboard top- en middenmanagement mengt, kan ze zowel de strategische fit als het operationele realisme beoordelen.",
    whatDidNotWork:
      "Een deel van de collega's wantrouwt cocreatie. Zij komen uit een tijd waarin VDAB dingen kon opleggen, terwijl cocreatie vertrekt vanuit gelijkwaardigheid. Er blijft ook scepsis over het lab zelf. Transparant communiceren over wat het lab doet is de aanbevolen remedie, maar die scepsis verdwijnt niet vanzelf.",
    lessons: [
      "Schrijf doelen op korte en lange termijn uit, zodat een zelfsturend team erop kan sturen.",
      "Laat kleine experimenten toe die mogen mislukken.",
      "Communiceer open over activiteiten en kosten om interne scepsis te verminderen.",
    ],
    figures: [
      { label: "Teamgrootte", value: "5 medewerkers (2 voltijds, 3 deeltijds)" },
      { label: "Maximale financiële steun per project", value: "30.000 euro" },
    ],
    links: [{ label: "Meer over de Work out Room", url: "https://example.org/vdab/work-out-room" }],
    contact: { name: "Work out Room-team", role: "Innovatielab VDAB", email: "workoutroom@example.org" },
    organisations: ['vdab'],
    level: 'flemish',
    themes: ['werk', 'startups', 'innovatiecultuur', 'samenwerking'],
    ladderRung: 3,
    facet: 'enhancement',
    stage: 'anchored',
    updatedAt: '2026-10-02T09:30:00+02:00',
    translations: {
      fr: {
        title: "Work out Room : le laboratoire d'innovation du VDAB",
        summary:
          "Équipe de laboratoire autogérée au sein du VDAB, qui accompagne des entrepreneurs porteurs d'idées pour le marché du travail, encourage la cocréation dans les grands projets publics et inspire les collègues.",
        whatWorked:
          "Le principal facteur de réussite est un dialogue interne clair, avec des objectifs à court et à long terme mis par écrit pour que l'équipe puisse s'y référer. Le soutien de la direction aide, tout comme de petites expériences menées dans un cadre sûr et limité, qui ont le droit d'échouer. D'autres services du VDAB, comme l'équipe d'innovation informatique, trouvent le chemin du laboratoire.",
        whatDidNotWork:
          "Certains collègues se méfient de la cocréation. Ils viennent d'une époque où le VDAB pouvait imposer les choses, alors que la cocréation part d'une relation d'égal à égal. Un certain scepticisme envers le laboratoire subsiste ; une communication transparente est recommandée, mais elle ne le fait pas disparaître d'elle-même.",
        lessons: [
          "Mettez par écrit les objectifs à court et à long terme, pour qu'une équipe autogérée puisse s'y référer.",
          "Acceptez de petites expériences qui ont le droit d'échouer.",
          "Communiquez ouvertement sur les activités et les coûts pour réduire le scepticisme interne.",
        ],
        description:
          "La Work out Room est une équipe de laboratoire autogérée rattachée à la division Stratégie du VDAB. Elle travaille autour de trois piliers. Le premier pilier soutient des entrepreneurs porteurs d'idées susceptibles de faire avancer le marché du travail et les missions du VDAB. Le projet reste entièrement celui de l'entrepreneur : l'équipe aide pour le modèle d'affaires, le pitch et la recherche d'expertise et de données. Les idées prometteuses sont soumises au comité d'innovation du VDAB, qui peut accorder un environnement de test et des moyens." +
          "\n\n" +
          "Le deuxième pilier encourage la cocréation dans les grands projets publics : l'équipe réunit citoyens, startups, entreprises et associations au début d'un projet et construit parfois un prototype, mais ne teste pas de concepts déjà déployés à grande échelle. Le troisième pilier consiste à inspirer, avec des intervenants, la Future of Work Challenge et Hack Belgium." +
          "\n\n" +
          "L'équipe travaille sans hiérarchie ni responsable formel et est financée par le budget propre du VDAB.",
        figures: [
          { label: "Taille de l'équipe", value: "5 collaborateurs (2 à temps plein, 3 à temps partiel)" },
          { label: "Soutien financier maximal par projet", value: "30 000 euros" },
        ],
        links: [{ label: "En savoir plus sur la Work out Room", url: "https://example.org/vdab/work-out-room" }],
      },
      en: {
        title: "Work out Room: VDAB's innovation lab",
        summary:
          "A self-steering lab team inside VDAB that supports entrepreneurs with ideas for the labour market, encourages co-creation in large public projects and inspires colleagues.",
        whatWorked:
          "The most important success factor is clear internal dialogue, with short- and long-term goals written down so the team can steer by them. Support from senior management helps, as do small experiments in a safe, limited setting that may fail. Other VDAB units, such as the IT innovation team, find their way to the lab.",
        whatDidNotWork:
          "Some colleagues distrust co-creation. They come from a time when VDAB could impose things, while co-creation starts as equals. Some scepticism about the lab itself remains; transparent communication is the recommended remedy, but it does not make the scepticism go away by itself.",
        lessons: [
          "Write down short- and long-term goals so a self-steering team can steer by them.",
          "Allow small experiments that may fail.",
          "Communicate openly about activities and costs to reduce internal scepticism.",
        ],
        description:
          "The Work out Room is a self-steering lab team within VDAB's Strategy division. It works around three pillars. The first pillar supports entrepreneurs with ideas that can help move forward the labour market and VDAB's tasks. The project remains entirely the entrepreneur's: the team helps with the business model, the pitch and the search for expertise and data. Promising ideas go to VDAB's innovation board, which can grant a test environment and resources." +
          "\n\n" +
          "The second pillar encourages co-creation in large public projects: the team brings citizens, startups, companies and non-profits together at the start of a project and sometimes builds a prototype, but does not test concepts that have already been scaled up. The third pillar is inspiring, with speakers, the Future of Work Challenge and Hack Belgium." +
          "\n\n" +
          "The team works without hierarchy or a formal manager and is paid from VDAB's own budget.",
        figures: [
          { label: "Team size", value: "5 staff (2 full-time, 3 part-time)" },
          { label: "Maximum financial support per project", value: "30,000 euros" },
        ],
        links: [{ label: "More about the Work out Room", url: "https://example.org/vdab/work-out-room" }],
      },
    },
  },
  {
    id: 'sandbox-vlaanderen',
    title: "Sandbox Vlaanderen: experimenteren met startups",
    summary:
      "Een veilige omgeving waarin Vlaamse entiteiten drie tot vier maanden met startups experimenteren met nieuwe producten en technologie, zonder geldstromen en zonder aanbesteding.",
    description:
      "Sandbox Vlaanderen is een initiatief van de VIT-stuurgroep. Het koppelt entiteiten en startups in twee richtingen: entiteiten lanceren uitdagingen die alleen het probleem beschrijven op een permanente online marktplaats, en startups stellen zelf iets voor met een tweepager, waarna de Sandbox-ambassadeur een passend projectteam zoekt." +
      "\n\n" +
      "Een experiment duurt drie tot vier maanden in een testomgeving los van de dagelijkse werking. Het werkt met een gesloten portefeuille: er gaat geen geld over en weer, dus er is geen aanbesteding nodig. Startups mogen deels op kantoor bij de overheid werken en krijgen toegang tot relevante overheidsdata. Resultaten worden niet geïmplementeerd; het doel is inspiratie en kennis. Wie daarna wil kopen, kan de route Kopen bij Startups volgen.",
    whatWorked:
      "Falen mag: als het mislukt, leert men eruit. Elke start van een experiment wordt breed gedeeld, ook op sociale media. Op het toonmoment vertellen teams wat het probleem was, waarom de startup meedeed, wat de resultaten, obstakels en lessen waren. Startups bereiken via incubatoren en accelerators werkt, omdat startups rechtstreeks aanspreken heel moeilijk is.",
    whatDidNotWork:
      "Niet altijd is een geschikte overheidspartner te vinden. Deelnemen komt bovenop het gewone werk, zonder voltijdse inzet, en de Vlaamse overheid heeft geen gereserveerd budget voor cocreatie of experimenten. Startups verkiezen de proactieve route boven vooraf bepaalde uitdagingen, en tot nu toe is maar één gezamenlijke uitdaging van meerdere entiteiten geformuleerd.",
    lessons: [
      "Beschrijf in een uitdaging alleen het probleem en laat de oplossing open.",
      "Bereik startups via incubatoren en accelerators.",
      "Deel ook obstakels en mislukte experimenten op het toonmoment.",
    ],
    figures: [
      { label: "Deelnemende entiteiten, elk met een Sandbox-ambassadeur", value: "14" },
      { label: "Duur van een experiment", value: "3 tot 4 maanden" },
      { label: "Werkingsbudget voor evenementen en beurzen", value: "20.000 euro" },
      { label: "Startups die zich proactief aanmeldden", value: "ongeveer 26" },
      { label: "Nieuwsbrief / LinkedIn", value: "300 contacten / 450 volgers" },
    ],
    links: [{ label: "Uitdagingen op Sandbox Vlaanderen", url: "https://example.org/sandbox-vlaanderen/uitdagingen" }],
    contact: { name: "Sandbox-coördinator", role: "Coördinator Sandbox Vlaanderen", email: "sandbox@example.org" },
    organisations: ['vit-stuurgroep', 'facilitair-bedrijf', 'vlaio'],
    level: 'flemish',
    themes: ['startups', 'innovatiecultuur', 'samenwerking'],
    ladderRung: 3,
    facet: 'anticipatory',
    stage: 'experiment',
    updatedAt: '2026-09-15T14:10:00+02:00',
    translations: {
      fr: {
        title: "Sandbox Vlaanderen : expérimenter avec des startups",
        summary:
          "Un environnement sûr où des entités flamandes expérimentent pendant trois à quatre mois avec des startups sur de nouveaux produits et technologies, sans flux financier et sans marché public.",
        whatWorked:
          "L'échec est permis : si cela ne marche pas, on en tire des leçons. Chaque lancement d'expérience est largement partagé, y compris sur les réseaux sociaux. Lors de l'événement de présentation, les équipes expliquent le problème, pourquoi la startup a participé, les résultats, les obstacles et les leçons. Atteindre les startups via les incubateurs et accélérateurs fonctionne, car les cibler directement est très difficile.",
        whatDidNotWork:
          "Il n'est pas toujours possible de trouver un partenaire public adéquat. La participation s'ajoute à la charge de travail normale, sans temps plein dédié, et le gouvernement flamand n'a pas de budget réservé à la cocréation ou aux expériences. Les startups préfèrent la voie proactive aux défis prédéfinis.",
        lessons: [
          "Ne décrivez que le problème dans un défi et laissez la solution ouverte.",
          "Atteignez les startups via les incubateurs et les accélérateurs.",
          "Partagez aussi les obstacles et les expériences qui ont échoué.",
        ],
        description:
          "Sandbox Vlaanderen est une initiative du comité de pilotage VIT. Elle met en relation entités et startups dans les deux sens : les entités lancent, sur une place de marché en ligne permanente, des défis qui ne décrivent que le problème, et les startups proposent elles-mêmes quelque chose au moyen d'un document de deux pages, après quoi l'ambassadeur Sandbox cherche une équipe de projet adaptée." +
          "\n\n" +
          "Une expérience dure trois à quatre mois dans un environnement de test séparé du fonctionnement quotidien. Elle fonctionne en portefeuille fermé : aucun argent ne change de mains, il n'y a donc pas besoin de marché public. Les startups peuvent travailler en partie dans les bureaux de l'administration et ont accès aux données publiques pertinentes. Les résultats ne sont pas mis en œuvre ; le but est l'inspiration et la connaissance. Qui souhaite acheter ensuite peut suivre la voie Kopen bij Startups (acheter auprès de startups).",
        figures: [
          { label: "Entités participantes, chacune avec un ambassadeur Sandbox", value: "14" },
          { label: "Durée d'une expérience", value: "3 à 4 mois" },
          { label: "Budget de fonctionnement pour les événements et les salons", value: "20 000 euros" },
          { label: "Startups qui se sont proposées de manière proactive", value: "environ 26" },
          { label: "Lettre d'information / LinkedIn", value: "300 contacts / 450 abonnés" },
        ],
        links: [{ label: "Défis sur Sandbox Vlaanderen", url: "https://example.org/sandbox-vlaanderen/uitdagingen" }],
      },
      en: {
        title: "Sandbox Flanders: experimenting with startups",
        summary:
          "A safe environment in which Flemish entities experiment with startups on new products and technology for three to four months, with no money changing hands and no tender.",
        whatWorked:
          "Failure is accepted: if it fails, people learn from it. Every experiment start is shared widely, including on social media. At the showcase, teams present the problem, why the startup joined, the results, obstacles and lessons. Reaching startups through incubators and accelerators works, because targeting startups directly is very hard.",
        whatDidNotWork:
          "A suitable government partner cannot always be found. Taking part comes on top of normal workload, with no full-time allocation, and the Flemish government has no reserved budget for co-creation or experiments. Startups prefer the proactive route to predefined challenges.",
        lessons: [
          "State only the problem in a challenge and leave the solution open.",
          "Reach startups through incubators and accelerators.",
          "Share obstacles and failed experiments too.",
        ],
        description:
          "Sandbox Flanders is an initiative of the VIT steering group. It matches entities and startups in two directions: entities launch challenges that describe only the problem on a permanent online marketplace, and startups propose something themselves in a two-page document, after which the Sandbox ambassador looks for a suitable project team." +
          "\n\n" +
          "An experiment lasts three to four months in a test environment separate from day-to-day operations. It works with a closed wallet: no money changes hands, so no tender is needed. Startups may partly work in government offices and get access to relevant government data. Results are not implemented; the aim is inspiration and knowledge. Anyone who wants to buy afterwards can follow the Kopen bij Startups (Buying from Startups) route.",
        figures: [
          { label: "Participating entities, each with a Sandbox ambassador", value: "14" },
          { label: "Length of an experiment", value: "3 to 4 months" },
          { label: "Operating budget for events and fairs", value: "20,000 euros" },
          { label: "Startups that applied proactively", value: "about 26" },
          { label: "Newsletter / LinkedIn", value: "300 contacts / 450 followers" },
        ],
        links: [{ label: "Challenges on Sandbox Flanders", url: "https://example.org/sandbox-vlaanderen/uitdagingen" }],
      },
    },
  },
  {
    id: 'kopen-bij-startups',
    title: "Kopen bij Startups",
    summary:
      "Vervolgroute na een Sandbox-experiment: een online marktplaats voor startups en scale-ups waar de Vlaamse overheid via vereenvoudigde maar volwaardige, formele aanbestedingen aankoopt.",
    whatWorked:
      "De route is complementair aan Sandbox Vlaanderen: Sandbox dient om te experimenteren, Kopen bij Startups om aan te kopen. Aanbestedingen worden anders georganiseerd en vereenvoudigd, zodat jonge bedrijven makkelijker kunnen meedingen.",
    whatDidNotWork:
      "Het blijft altijd een volledige, formele aanbesteding. Een geslaagd Sandbox-experiment leidt dus niet vanzelf tot een aankoop: de resultaten van Sandbox worden niet geïmplementeerd, en wie wil kopen moet de formele route alsnog doorlopen.",
    lessons: [],
    figures: [],
    links: [],
    organisations: ['vlaamse-overheid'],
    level: 'flemish',
    themes: ['aankopen', 'startups'],
    updatedAt: '2025-02-11T10:00:00+01:00',
  },
  {
    id: 'mow-innovatielab',
    title: "Innovatielab van het Departement Mobiliteit en Openbare Werken",
    summary:
      "Intern lab dat vertrekt van ideeën en van concrete vragen uit de organisatie, van voorspellend onderhoud van sluisdeuren tot de digitalisering van de rijopleiding en toekomstscenario's voor het mobiliteitsbeleid.",
    description:
      "Het innovatielab van het Departement MOW werkt zowel vanuit ideeën als vanuit concrete vragen uit de eigen organisatie. Voorbeelden zijn voorspellend onderhoud van sluisdeuren en het gebruik van INSAR-satellietdata om vervormingen van bruggen op te sporen." +
      "\n\n" +
      "Voor de digitalisering van de rijopleiding leverden brainstorms in gemengde groepen drie voorstellen en een projectcanvas op (stakeholders, meerwaarde, risico's). Daarna volgde gebruikersonderzoek met een hogeschool, met een bevraging en focusgroepen bij jongeren van 18 tot 25 jaar, en interviews in opleidings- en examencentra." +
      "\n\n" +
      "Het lab droeg ook bij aan beleid: het mobiliteitsplan 'welkom in 2040' met toekomstscenario's, en de strategische oefening 'innovatie als doelstelling'.",
    whatWorked:
      "Samenwerken met een hogeschool voor veldonderzoek, met bevraging en focusgroepen, gaf rechtstreeks zicht op de doelgroep. Interviews in opleidings- en examencentra vulden dat aan. Een externe partner voor gebruikersgericht ontwerp bracht methode binnen, en het lab volgt die principes ook zonder strikte methode.",
    whatDidNotWork:
      "De vraag hoe individuele medewerkers meer kunnen innoveren bleek te smal. De oefening 'innovatie als doelstelling' moest verschuiven naar hoe de organisatie structureel in innovatie kan investeren. Gebruikersgericht ontwerp is bovendien nog geen vaste werkwijze: het lab wil het pas via zijn sessies verder verspreiden.",
    lessons: [
      "Betrek de doelgroep vroeg via bevraging en focusgroepen.",
      "Innovatie vraagt structurele investering van de organisatie, niet alleen individuele inzet.",
    ],
    figures: [
      { label: "Voorstellen uit de brainstorms over de rijopleiding", value: "3" },
      { label: "Doelgroep van het gebruikersonderzoek", value: "jongeren van 18 tot 25 jaar" },
    ],
    links: [],
    contact: { name: "Innovatielab MOW", email: "innovatielab.mow@example.org" },
    organisations: ['mow'],
    level: 'flemish',
    themes: ['mobiliteit', 'digitale-dienstverlening', 'innovatiecultuur'],
    ladderRung: 2,
    facet: 'anticipatory',
    stage: 'experiment',
    updatedAt: '2025-05-20T11:45:00+02:00',
  },
  {
    id: 'city-of-things',
    title: "City of Things: slimme-stad-living lab in Antwerpen",
    summary:
      "Living lab van imec in Antwerpen, voor heel Vlaanderen, dat onderzoekt welke rol technologie kan spelen voor mobiliteit, omgeving en welzijn, met alle stakeholders betrokken vanaf het begin.",
    description:
      "City of Things is een living lab rond de slimme stad. imec werkt er samen met het Vlaams Gewest, de stad Antwerpen en Vlaamse universiteiten als structurele partners, aangevuld met onderzoekscentra, bedrijven, burgers en buurtorganisaties. Alle stakeholders worden van bij het begin betrokken." +
      "\n\n" +
      "Twee deelinitiatieven springen eruit. In Hackable City of Things brengen burgers zelf ideeën aan, en imec helpt de technologie en data te vinden om de stad van onderuit te verbeteren. De Antwerp Smart Zone is een woonwijk in het stadscentrum die dienstdoet als experimentele hub.",
    whatWorked:
      "Alle partijen zitten van bij de start mee aan tafel, zodat technologie wordt getest in een echte stedelijke omgeving. Via Hackable City of Things komen ideeën ook van burgers zelf, niet alleen van onderzoekers of bedrijven.",
    whatDidNotWork:
      "Drie vragen blijven open en vragen telkens opnieuw werk: hoe overtuig je burgers om deel te nemen, hoe verzoen je de nood aan informatie met privacy, en hoe stem je de verwachtingen van zoveel stakeholders op elkaar af.",
    lessons: [
      "Betrek burgers, bedrijven en kennisinstellingen vanaf de start.",
      "Maak privacy een ontwerpvraag, geen sluitstuk.",
    ],
    figures: [{ label: "Vlaamse investering via imec", value: "4 miljoen euro per jaar" }],
    links: [{ label: "Over City of Things", url: "https://example.org/imec/city-of-things" }],
    contact: { name: "City of Things-team", role: "Living lab imec", email: "cityofthings@example.org" },
    organisations: ['imec', 'stad-antwerpen', 'vlaamse-overheid'],
    level: 'flemish',
    themes: ['slimme-stad', 'mobiliteit', 'omgeving', 'welzijn'],
    ladderRung: 3,
    facet: 'anticipatory',
    stage: 'pilot',
    updatedAt: '2026-03-04T08:55:00+01:00',
  },
  {
    id: 'living-lab-veranderingsgericht-bouwen',
    title: "Living lab Veranderingsgericht bouwen op de Potterijsite in Mechelen",
    summary:
      "OVAM wil op de Potterijsite een demoplek inrichten waar lokale stakeholders samen denken, maken, tonen en testen wat aanpasbare, gezonde ruimtes in een circulaire economie kunnen zijn.",
    description:
      "Binnen het Actieprogramma materiaalbewust bouwen definieert OVAM een living lab als een coöperatieve ruimte waar men samen denkt, maakt, toont en test wat aanpasbare, gezonde ruimtes kunnen zijn. Op de Potterijsite in Mechelen wil men een demoruimte bieden waar lokale stakeholders ervaringen uitwisselen over veranderingsgericht bouwen en waar producenten van bouwmaterialen kunnen tonen hoe zij de principes toepassen.",
    whatWorked:
      "De opzet is helder afgebakend: één vaste plek, één thema en een duidelijke rol voor zowel lokale stakeholders als producenten van bouwmaterialen. Dat maakt het makkelijker om aan te sluiten.",
    whatDidNotWork:
      "Het living lab is nog in opbouw en wordt in de bron als voornemen beschreven. Er zijn nog geen resultaten of ervaringen bekend, dus de meerwaarde moet nog blijken.",
    lessons: ["Geef een living lab een fysieke plek waar partners elkaar ontmoeten en kunnen tonen wat werkt."],
    figures: [],
    links: [],
    contact: { name: "Actieprogramma materiaalbewust bouwen", email: "materiaalbewustbouwen@example.org" },
    organisations: ['ovam', 'stad-mechelen'],
    level: 'flemish',
    themes: ['circulaire-economie', 'bouwen'],
    ladderRung: 3,
    facet: 'mission-oriented',
    stage: 'idea',
    updatedAt: '2025-07-08T16:20:00+02:00',
  },
  {
    id: 'kenniscentrum-participatie-platform',
    title: "Online platform van het Kenniscentrum Participatie",
    summary:
      "Online platform voor ambtenaren, beroepsorganisaties en betrokken burgers over wat participatie is, hoe je eraan begint, de participatieladder, inspirerende projecten, instrumenten, opleiding en ondersteuning.",
    description:
      "Het Kenniscentrum Participatie van het Departement Kanselarij en Bestuur beheert een online platform dat uitlegt wat participatie is en hoe je ze opstart. Het publiceert de participatieladder met vijf treden, inspirerende voorbeeldprojecten, instrumenten, relevante opleidingen en de plaatsen waar je ondersteuning vindt.",
    whatWorked:
      "Het platform is het referentiepunt voor de participatieladder en haar woordenschat, zodat termen als coproductie en cocreatie overal hetzelfde kunnen betekenen.",
    whatDidNotWork:
      "Slechts één beleidsdocument verwees expliciet naar de ladder. Het platform mist ook interactieve hulpmiddelen zoals een afwegingskader, die ambtenaren sneller tonen welke vorm bij hun project past, en kennis per beleidsdomein.",
    lessons: [
      "Voeg interactieve hulpmiddelen toe, zoals een participatiewijzer.",
      "Verzamel participatiekennis per domein, bijvoorbeeld via het Lerend Netwerk Participatie.",
    ],
    figures: [{ label: "Treden op de participatieladder", value: "5" }],
    links: [{ label: "De participatieladder", url: "https://example.org/kenniscentrum-participatie/participatieladder" }],
    contact: { name: "Kenniscentrum Participatie", email: "participatie@example.org" },
    organisations: ['kenniscentrum-participatie', 'kanselarij-en-bestuur'],
    level: 'flemish',
    themes: ['participatie'],
    facet: 'enhancement',
    stage: 'anchored',
    updatedAt: '2025-01-14T09:05:00+01:00',
  },
  {
    id: 'participatieve-gemeenteraden',
    title: "Experimenten met participatieve gemeenteraden",
    summary:
      "Oproep van begin 2019 aan gemeenten voor experimenten die de gemeenteraad een rol geven bij de start van beleidsprocessen, onder meer met panels van gelote burgers.",
    description:
      "Begin 2019 lanceerden het Departement Kanselarij en Bestuur, via het Kenniscentrum Participatie, en de VVSG een oproep aan gemeenten. Ze zochten experimenten die de gemeenteraad een rol geven bij de start van beleidsprocessen, of die de werking van de raad zelf participatiever maken." +
      "\n\n" +
      "De achtergrond is eenvoudig. Volgens het decreet lokaal bestuur is de gemeenteraad verantwoordelijk voor het participatiebeleid en legt hij een participatiereglement vast. In de praktijk nemen raadsleden zelden zelf deel aan participatietrajecten. Ze mogen vaak pas aan het einde van een dossier ja of nee zeggen, wat bijdraagt tot verloop, vooral bij jonge raadsleden." +
      "\n\n" +
      "Projecten moesten vernieuwend zijn: nog niet, of slechts beperkt, in die vorm uitgeprobeerd. Ook kleine projecten die een cultuurverandering op gang brengen, kwamen in aanmerking. Twintig gemeenten stelden zich kandidaat en een jury koos er vijf. Die kregen begeleiding van experts van Levuur, de Vlaamse overheid en de VVSG. Gemeenten die niet geselecteerd werden, kregen basisondersteuning met coachingsessies en groepsgesprekken via video. Een apart lerend netwerk ondersteunde de hele oproep. De experimenten, onder meer in Mechelen, Oud-Heverlee en Overijse, startten in de tweede helft van 2019 en zouden in het najaar van 2020 aflopen." +
      "\n\n" +
      "De experimenten werken met burgerloting. De gemeente schrijft een willekeurige steekproef uit het bevolkingsregister aan, ongeveer 2.000 mensen. Gewoonlijk reageert 7 tot 8 procent. Van wie reageert, wordt een gestratificeerde rangschikking gemaakt, en een tweede loting levert ongeveer 50 namen op. Daaruit komt een panel van 15 burgers. De gemeenteraad bundelt zijn vragen over een dossier. Het panel komt verschillende keren samen, hoort experts en beantwoordt de vragen van de raad." +
      "\n\n" +
      "Op de participatieladder gaat het om coproductie op trede 2: het panel denkt van bij het begin mee en adviseert, maar de gemeenteraad beslist en blijft eindverantwoordelijk. De oproep zelf sprak van experimenten in burgerparticipatie (coproductie) en cocreatie; de indeling op trede 2 is een afgeleide lezing." +
      "\n\n" +
      "Wat deze experimenten leren, reikt verder dan de vijf gemeenten. Loting blijkt een neutrale manier om burgers te ontmoeten, maar de samenstelling van een panel verdient evenveel aandacht als de vragen die het krijgt. Wie reageert, is vaker man, hoger opgeleid en gepensioneerd. Zonder correctie versterkt een loting dus de stemmen die ook in andere kanalen al het luidst klinken. Daarom werken de experimenten met selectiecriteria die vooraf worden vastgelegd en bekendgemaakt, zodat iedereen weet hoe het panel tot stand komt." +
      "\n\n" +
      "Voor gemeenten die zelf met loting willen werken, is de les dat het hele proces vooraf helder moet zijn: wie aangeschreven wordt, hoe de rangschikking gebeurt, welke vragen de raad bundelt en dat de raad uiteindelijk zelf beslist. De begeleiding door experts en het lerend netwerk boden de deelnemende gemeenten een plek om die keuzes te bespreken en ervaringen onderling te delen.",
    whatWorked:
      "Raadsleden vonden burgerloting een heel neutrale manier om burgers te ontmoeten en verantwoordelijkheid te delen, zonder dat het proces gekaapt wordt door één luide groep stakeholders. Gemeenten die niet geselecteerd werden, bleven betrokken via basisondersteuning en het lerend netwerk.",
    whatDidNotWork:
      "Wie reageert op een loting is vaker man, hoger opgeleid en gepensioneerd, dus de selectie moet gecorrigeerd worden met criteria die vooraf vastliggen en bekend zijn. Raadsleden mogen bovendien vaak pas op het einde van een dossier ja of nee zeggen, wat verloop in de hand werkt, zeker bij jonge raadsleden.",
    lessons: [
      "Leg de selectiecriteria voor een panel vooraf vast en maak ze bekend.",
      "Betrek de gemeenteraad bij de start van een dossier, niet pas bij de stemming.",
      "Ondersteun ook de kandidaten die niet geselecteerd worden.",
    ],
    figures: [
      { label: "Kandidaat-gemeenten / geselecteerd", value: "20 / 5" },
      { label: "Aangeschreven burgers per loting", value: "ongeveer 2.000" },
      { label: "Gebruikelijke respons", value: "7 tot 8 procent" },
      { label: "Gelote namen / leden van het panel", value: "ongeveer 50 / 15" },
    ],
    links: [{ label: "Oproep participatieve gemeenteraden", url: "https://example.org/kenniscentrum-participatie/gemeenteraden" }],
    contact: { name: "Kenniscentrum Participatie", role: "Begeleiding experimenten", email: "gemeenteraden@example.org" },
    organisations: [
      'kanselarij-en-bestuur',
      'kenniscentrum-participatie',
      'vvsg',
      'levuur',
      'stad-mechelen',
      'gemeente-oud-heverlee',
      'gemeente-overijse',
    ],
    level: 'local',
    themes: ['participatie', 'lokale-democratie'],
    ladderRung: 2,
    facet: 'adaptive',
    stage: 'experiment',
    updatedAt: '2026-11-20T10:15:00+01:00',
    translations: {
      fr: {
        title: "Expériences de conseils communaux participatifs",
        summary:
          "Appel lancé début 2019 aux communes pour des expériences qui donnent au conseil communal un rôle dès le début des processus politiques, notamment avec des panels de citoyens tirés au sort.",
        whatWorked:
          "Les conseillers ont trouvé le tirage au sort très neutre pour rencontrer les citoyens et partager la responsabilité, sans que le processus soit accaparé par un seul groupe de parties prenantes très vocal. Les communes non sélectionnées sont restées impliquées grâce à un soutien de base et au réseau d'apprentissage.",
        whatDidNotWork:
          "Les personnes qui répondent au tirage au sort sont plus souvent des hommes, plus diplômés et retraités ; la sélection doit donc être corrigée avec des critères fixés et annoncés à l'avance. Les conseillers ne peuvent souvent dire oui ou non qu'à la fin d'un dossier, ce qui favorise les départs, surtout chez les jeunes conseillers.",
        lessons: [
          "Fixez et annoncez à l'avance les critères de sélection d'un panel.",
          "Impliquez le conseil communal au début d'un dossier, pas seulement au moment du vote.",
          "Soutenez aussi les candidats qui ne sont pas sélectionnés.",
        ],
        description:
          "Début 2019, le Département Chancellerie et Administration, par l'intermédiaire du Kenniscentrum Participatie, et la VVSG ont lancé un appel aux communes. Ils cherchaient des expériences qui donnent au conseil communal un rôle au début des processus politiques, ou qui rendent le fonctionnement du conseil lui-même plus participatif." +
          "\n\n" +
          "Le contexte est simple. Selon le décret sur l'administration locale, le conseil communal est responsable de la politique de participation et fixe un règlement de participation. Dans la pratique, les conseillers participent rarement eux-mêmes aux démarches participatives. Ils ne peuvent souvent dire oui ou non qu'à la fin d'un dossier, ce qui contribue aux départs, surtout chez les jeunes conseillers." +
          "\n\n" +
          "Les projets devaient être innovants : pas encore essayés sous cette forme, ou seulement de manière limitée. De petits projets qui amorcent un changement de culture entraient aussi en ligne de compte. Vingt communes se sont portées candidates et un jury en a retenu cinq. Celles-ci ont été accompagnées par des experts de Levuur, de l'administration flamande et de la VVSG. Les communes non sélectionnées ont reçu un soutien de base, avec des séances de coaching et des discussions de groupe par vidéo. Un réseau d'apprentissage distinct a soutenu l'ensemble de l'appel. Les expériences, notamment à Malines, Oud-Heverlee et Overijse, ont démarré au second semestre 2019 et devaient se terminer à l'automne 2020." +
          "\n\n" +
          "Les expériences recourent au tirage au sort de citoyens. La commune écrit à un échantillon aléatoire tiré du registre de la population, environ 2 000 personnes. En général, 7 à 8 pour cent répondent. Les répondants font l'objet d'un classement stratifié, et un second tirage au sort donne environ 50 noms. Il en sort un panel de 15 citoyens. Le conseil communal regroupe ses questions sur un dossier. Le panel se réunit plusieurs fois, entend des experts et répond aux questions du conseil." +
          "\n\n" +
          "Sur l'échelle de la participation, il s'agit de coproduction à l'échelon 2 : le panel réfléchit dès le début et donne des avis, mais le conseil communal décide et reste responsable en dernier ressort. L'appel lui-même parlait d'expériences de participation citoyenne (coproduction) et de cocréation ; le classement à l'échelon 2 est une lecture dérivée." +
          "\n\n" +
          "Ce que ces expériences enseignent dépasse les cinq communes. Le tirage au sort s'avère une manière neutre de rencontrer les citoyens, mais la composition d'un panel mérite autant d'attention que les questions qui lui sont posées. Les personnes qui répondent sont plus souvent des hommes, plus diplômées et retraitées. Sans correction, un tirage au sort renforce donc les voix qui se font déjà le plus entendre par d'autres canaux. C'est pourquoi les expériences travaillent avec des critères de sélection fixés et annoncés à l'avance, pour que chacun sache comment le panel est constitué." +
          "\n\n" +
          "Pour les communes qui veulent elles-mêmes recourir au tirage au sort, la leçon est que l'ensemble du processus doit être clair à l'avance : à qui l'on écrit, comment se fait le classement, quelles questions le conseil regroupe, et que le conseil décide lui-même en fin de compte. L'accompagnement par des experts et le réseau d'apprentissage ont offert aux communes participantes un lieu pour discuter de ces choix et partager leurs expériences entre elles.",
        figures: [
          { label: "Communes candidates / sélectionnées", value: "20 / 5" },
          { label: "Citoyens contactés par tirage au sort", value: "environ 2 000" },
          { label: "Taux de réponse habituel", value: "7 à 8 pour cent" },
          { label: "Noms tirés au sort / membres du panel", value: "environ 50 / 15" },
        ],
        links: [{ label: "Appel pour des conseils communaux participatifs", url: "https://example.org/kenniscentrum-participatie/gemeenteraden" }],
      },
      en: {
        title: "Experiments with participatory municipal councils",
        summary:
          "A call to municipalities in early 2019 for experiments that give the municipal council a role at the start of policy processes, among other things with panels of citizens selected by lot.",
        whatWorked:
          "Councillors found sortition a very neutral way to meet citizens and share responsibility, without the process being hijacked by one vocal stakeholder group. Municipalities that were not selected stayed involved through basic support and the learning network.",
        whatDidNotWork:
          "People who respond to a sortition letter are more often male, higher-educated and retired, so selection must be corrected with criteria fixed and announced in advance. Councillors also often only get to say yes or no at the end of a file, which drives turnover, especially among young councillors.",
        lessons: [
          "Fix and announce the selection criteria for a panel in advance.",
          "Involve the council at the start of a file, not only at the vote.",
          "Support the applicants who are not selected as well.",
        ],
        description:
          "In early 2019 the Department of Chancellery and Public Governance, through the Kenniscentrum Participatie, and VVSG launched a call to municipalities. They were looking for experiments that give the municipal council a role at the start of policy processes, or that make the way the council itself works more participatory." +
          "\n\n" +
          "The background is simple. Under the Local Government Decree, the municipal council is responsible for participation policy and lays down participation rules. In practice, councillors rarely take part in participation processes themselves. They often only get to say yes or no at the end of a file, which contributes to turnover, especially among young councillors." +
          "\n\n" +
          "Projects had to be innovative: not yet tried in that form, or only to a limited extent. Small projects that set a culture change in motion were also eligible. Twenty municipalities applied and a jury chose five. These were supported by experts from Levuur, the Flemish government and VVSG. Municipalities that were not selected received basic support with coaching sessions and group conversations by video. A separate learning network supported the whole call. The experiments, among others in Mechelen, Oud-Heverlee and Overijse, started in the second half of 2019 and were due to end in the autumn of 2020." +
          "\n\n" +
          "The experiments use sortition. The municipality writes to a random sample from the population register, about 2,000 people. Usually 7 to 8 percent respond. The respondents are ranked in a stratified way, and a second draw produces about 50 names. From these comes a panel of 15 citizens. The municipal council bundles its questions about a file. The panel meets several times, hears experts and answers the council's questions." +
          "\n\n" +
          "On the participation ladder this is co-production on rung 2: the panel thinks along from the start and advises, but the municipal council decides and remains ultimately responsible. The call itself spoke of experiments in citizen participation (co-production) and co-creation; placing it on rung 2 is a derived reading." +
          "\n\n" +
          "What these experiments teach reaches beyond the five municipalities. Sortition turns out to be a neutral way to meet citizens, but the composition of a panel deserves as much attention as the questions it is given. Those who respond are more often male, higher-educated and retired. Without correction, sortition therefore amplifies the voices that are already loudest in other channels. That is why the experiments work with selection criteria that are fixed and announced in advance, so that everyone knows how the panel comes about." +
          "\n\n" +
          "For municipalities that want to use sortition themselves, the lesson is that the whole process must be clear in advance: who is written to, how the ranking is done, which questions the council bundles, and that the council itself makes the final decision. The expert support and the learning network gave the participating municipalities a place to discuss those choices and share experiences with each other.",
        figures: [
          { label: "Applicant municipalities / selected", value: "20 / 5" },
          { label: "Citizens written to per draw", value: "about 2,000" },
          { label: "Usual response rate", value: "7 to 8 percent" },
          { label: "Names drawn / panel members", value: "about 50 / 15" },
        ],
        links: [{ label: "Call for participatory municipal councils", url: "https://example.org/kenniscentrum-participatie/gemeenteraden" }],
      },
    },
  },
  {
    id: 'lerend-netwerk-participatie',
    title: "Lerend Netwerk Participatie",
    summary:
      "Jaarlijkse cohorte van Vlaamse en lokale ambtenaren en medewerkers van vzw's die hun praktijkervaring met participatie delen en verdiepen, georganiseerd door het Kenniscentrum Participatie en de VVSG.",
    description:
      "Elk jaar start een nieuwe groep. De groep van 2020 kwam vijf volle dagen samen, gespreid over een jaar. Deelnemers delen eerst kennis en concrete ervaringen; externe experts komen alleen als de groep zelf de kennis mist. Er is ruimte voor inspirerende voorbeelden uit binnen- en buitenland, soms ter plaatse bij een participatieproject, voor het uittesten van het geleerde via interviews met intervisie, en voor inzicht in de eigen persoonlijke kwaliteiten." +
      "\n\n" +
      "Wie zich kandidaat stelt, beantwoordt twee vragen: wat breng je mee en wat verwacht je van het netwerk. Op basis daarvan wordt geselecteerd, en op de eerste bijeenkomst vormen de antwoorden de basis van de agenda. Na het traject kunnen deelnemers aansluiten bij een community of practice waarin ze elkaar blijven steunen.",
    whatWorked:
      "Een vaste groep bouwt vertrouwen op; als er steeds andere mensen komen en gaan, lukt dat niet. Door deelnemers te vragen wat ze meebrengen en verwachten, ligt de agenda meteen dicht bij hun praktijk. Eerst leren van collega's, met externe experts alleen waar nodig, houdt het netwerk concreet.",
    whatDidNotWork:
      "Het netwerk is populair, dus niet iedereen kan meedoen: van bijna 60 kandidaten werden er 28 geselecteerd. Vijf volle dagen per jaar is een forse tijdsinvestering. De opgedane kennis bereikt vooral de deelnemers zelf; ze breder toegankelijk maken voor alle ambtenaren blijft een aanbeveling.",
    lessons: [
      "Werk met stabiele cohortes om vertrouwen op te bouwen.",
      "Vraag bij de kandidatuur wat iemand meebrengt en verwacht, en bouw daarmee de agenda.",
      "Maak de tijdsinvestering vooraf duidelijk.",
    ],
    figures: [
      { label: "Kandidaten / geselecteerd (vorig jaar)", value: "bijna 60 / 28" },
      { label: "Geplande groepsgrootte", value: "ongeveer 30" },
      { label: "Bijeenkomsten (groep 2020)", value: "5 volle dagen over een jaar" },
    ],
    links: [{ label: "Kandidaat stellen voor het Lerend Netwerk", url: "https://example.org/kenniscentrum-participatie/lerend-netwerk" }],
    contact: { name: "Lerend Netwerk Participatie", email: "lerendnetwerk@example.org" },
    organisations: ['kenniscentrum-participatie', 'vvsg'],
    level: 'flemish',
    themes: ['participatie', 'leren', 'lokale-democratie'],
    facet: 'enhancement',
    stage: 'anchored',
    startedOn: '2019-01-01',
    updatedAt: '2026-06-23T13:30:00+02:00',
    translations: {
      fr: {
        title: "Réseau d'apprentissage Participation",
        summary:
          "Une cohorte annuelle de fonctionnaires flamands et locaux et de collaborateurs d'associations qui partagent et approfondissent leur expérience pratique de la participation, organisée par le Kenniscentrum Participatie et la VVSG.",
        whatWorked:
          "Un groupe stable crée la confiance ; si les personnes changent sans cesse, ce n'est pas possible. En demandant aux participants ce qu'ils apportent et ce qu'ils attendent, l'agenda reste proche de leur pratique. Apprendre d'abord entre pairs, avec des experts externes seulement si nécessaire, garde le réseau concret.",
        whatDidNotWork:
          "Le réseau est populaire et tout le monde ne peut pas y participer : sur près de 60 candidats, 28 ont été retenus. Cinq journées complètes par an représentent un investissement en temps important. Les connaissances acquises profitent surtout aux participants eux-mêmes ; les rendre accessibles à tous les fonctionnaires reste une recommandation.",
        lessons: [
          "Travaillez avec des cohortes stables pour créer la confiance.",
          "Demandez lors de la candidature ce que chacun apporte et attend, et construisez l'agenda avec ces réponses.",
          "Annoncez l'investissement en temps dès le départ.",
        ],
        description:
          "Chaque année, un nouveau groupe démarre. Le groupe de 2020 s'est réuni cinq journées complètes, réparties sur un an. Les participants partagent d'abord leurs connaissances et leurs expériences concrètes ; des experts externes n'interviennent que si le groupe lui-même ne dispose pas des connaissances. Il y a de la place pour des exemples inspirants du pays et de l'étranger, parfois sur le terrain d'un projet participatif, pour mettre à l'épreuve ce qui a été appris au moyen d'entretiens avec intervision, et pour mieux connaître ses propres qualités personnelles." +
          "\n\n" +
          "Les candidats répondent à deux questions : qu'apportez-vous et qu'attendez-vous du réseau ? La sélection se fait sur cette base, et lors de la première rencontre, les réponses servent de base à l'agenda. Après le parcours, les participants peuvent rejoindre une communauté de pratique au sein de laquelle ils continuent à se soutenir.",
        figures: [
          { label: "Candidats / sélectionnés (année précédente)", value: "près de 60 / 28" },
          { label: "Taille de groupe prévue", value: "environ 30" },
          { label: "Rencontres (groupe 2020)", value: "5 journées complètes sur un an" },
        ],
        links: [{ label: "Se porter candidat au Réseau d'apprentissage", url: "https://example.org/kenniscentrum-participatie/lerend-netwerk" }],
      },
      en: {
        title: "Learning Network on Participation",
        summary:
          "A yearly cohort of Flemish and local civil servants and non-profit staff who share and deepen their practical experience with participation, organised by the Kenniscentrum Participatie and VVSG.",
        whatWorked:
          "A stable group builds trust; if different people keep coming and going, that cannot happen. Asking participants what they bring and expect keeps the agenda close to their practice. Learning from peers first, with outside experts only where needed, keeps the network concrete.",
        whatDidNotWork:
          "The network is popular, so not everyone can join: of nearly 60 applicants, 28 were selected. Five full days a year is a considerable time investment. The knowledge gained mainly reaches the participants themselves; making it available to all civil servants is still a recommendation.",
        lessons: [
          "Work with stable cohorts to build trust.",
          "Ask applicants what they bring and expect, and build the agenda from their answers.",
          "State the time commitment up front.",
        ],
        description:
          "A new group starts every year. The 2020 group met for five full days, spread over a year. Participants first share knowledge and concrete experiences; outside experts come in only when the group itself lacks the knowledge. There is room for inspiring examples from home and abroad, sometimes on site at a participation project, for trying out what was learned through interviews with peer supervision, and for insight into one's own personal qualities." +
          "\n\n" +
          "Applicants answer two questions: what do you bring, and what do you expect from the network? Selection is based on those answers, and at the first meeting they form the basis of the agenda. After the track, participants can join a community of practice in which they keep supporting each other.",
        figures: [
          { label: "Applicants / selected (previous year)", value: "nearly 60 / 28" },
          { label: "Planned group size", value: "about 30" },
          { label: "Meetings (2020 group)", value: "5 full days over a year" },
        ],
        links: [{ label: "Apply for the Learning Network", url: "https://example.org/kenniscentrum-participatie/lerend-netwerk" }],
      },
    },
  },
  {
    id: 'green-deal-circulair-aankopen',
    title: "Green Deal Circulair Aankopen",
    summary:
      "Meer dan 150 organisaties engageerden zich om circulair aan te kopen of circulaire aankopen mogelijk te maken, en sloten na twee jaar af met meer dan 100 experimenten.",
    description:
      "OVAM huisvest Vlaanderen Circulair, het partnerschap van overheden, bedrijven, middenveld en kennisinstellingen voor de transitie naar een circulaire economie. In 2017 werd de Green Deal Circulair Aankopen opgezet met The Shift, de VVSG en Bond Beter Leefmilieu." +
      "\n\n" +
      "De deelnemers vormden een lerend netwerk, omdat circulair aankopen voor iedereen nieuw was. Na twee jaar sloot de deal af met meer dan 100 aankoopexperimenten. Een website deelt achtergrond, lespakketten, voorbeelden en instrumenten.",
    whatWorked:
      "Een lerend netwerk was nodig, omdat circulair aankopen voor iedereen nieuw was. De deelnemers leerden van elkaars experimenten, en de website houdt voorbeelden en instrumenten beschikbaar na het einde van de deal.",
    whatDidNotWork:
      "Cofinanciering is moeilijk: het is niet zo simpel als iedereen die 10.000 euro op tafel legt. Projectbudgetten kunnen niet naar het volgende jaar worden overgedragen, tenzij het project vooraf als meerjarig werd aangemerkt. Partners verwachten erkenning, en hefboomprojecten hebben formele eigenaars nodig.",
    lessons: [
      "Zorg voor een mix van profielen, bijvoorbeeld een gedragswetenschapper naast een chemisch ingenieur.",
      "Betrek in elke fase alleen de actoren die nodig zijn.",
      "Markeer projecten vooraf als meerjarig als het budget moet kunnen doorlopen.",
    ],
    figures: [
      { label: "Geëngageerde organisaties", value: "meer dan 150" },
      { label: "Circulaire aankoopexperimenten", value: "meer dan 100" },
      { label: "Looptijd", value: "2 jaar" },
      {
        label: "Gemobiliseerde organisaties voor circulaire experimenten (Vlaanderen Circulair)",
        value: "bedrijven 47%, vzw's 38%, onderzoeksinstellingen 7%, (lokale) overheden 7%, burgers 1%",
      },
    ],
    links: [{ label: "Instrumenten voor circulair aankopen", url: "https://example.org/vlaanderen-circulair/circulair-aankopen" }],
    contact: { name: "Vlaanderen Circulair", email: "circulairaankopen@example.org" },
    organisations: ['ovam', 'vlaanderen-circulair', 'the-shift', 'vvsg', 'bond-beter-leefmilieu'],
    level: 'flemish',
    themes: ['circulaire-economie', 'aankopen'],
    ladderRung: 3,
    facet: 'mission-oriented',
    stage: 'anchored',
    startedOn: '2017-01-01',
    endedOn: '2019-01-01',
    updatedAt: '2025-11-05T15:40:00+01:00',
    translations: {
      en: {
        title: "Green Deal on Circular Procurement",
        summary:
          "More than 150 organisations committed to buying circular products or enabling circular purchases, and closed the deal after two years with more than 100 experiments.",
        whatWorked:
          "A learning network was needed because circular purchasing was new for everyone. Participants learned from each other's experiments, and the website keeps examples and tools available after the deal ended.",
        whatDidNotWork:
          "Co-financing is hard: it is not as simple as everyone putting 10,000 euros on the table. Project budgets cannot be carried over to the next year unless the project was declared multi-year beforehand. Partners expect recognition, and lever projects need formal owners.",
        description:
          "OVAM hosts Circular Flanders (Vlaanderen Circulair), the partnership of governments, companies, civil society and knowledge institutions for the transition to a circular economy. In 2017 the Green Deal on Circular Procurement was set up with The Shift, VVSG and Bond Beter Leefmilieu." +
          "\n\n" +
          "The participants formed a learning network, because circular procurement was new for everyone. After two years the deal closed with more than 100 procurement experiments. A website shares background, teaching packages, examples and tools.",
        lessons: [
          "Ensure a mix of profiles, for example a behavioural scientist next to a chemical engineer.",
          "In each phase, involve only the actors who are needed.",
          "Mark projects as multi-year in advance if the budget must be able to carry over.",
        ],
        figures: [
          { label: "Committed organisations", value: "more than 150" },
          { label: "Circular procurement experiments", value: "more than 100" },
          { label: "Duration", value: "2 years" },
          {
            label: "Organisations mobilised for circular experiments (Circular Flanders)",
            value: "companies 47%, non-profits 38%, research institutions 7%, (local) governments 7%, citizens 1%",
          },
        ],
        links: [{ label: "Tools for circular procurement", url: "https://example.org/vlaanderen-circulair/circulair-aankopen" }],
      },
    },
  },
  {
    id: 'circulaire-stad',
    title: "Circulaire Stad: steden als laboratorium voor de circulaire economie",
    summary:
      "Binnen Vlaanderen Circulair worden steden proeftuinen voor de circulaire economie, met hergebruik van ruimte en gebouwen, pilots rond stromen en burgerinitiatieven van onderuit.",
    description:
      "Circulaire Stad is een spoor van Vlaanderen Circulair, gehuisvest bij OVAM. Steden fungeren als laboratorium: ze hergebruiken ruimte en gebouwen, doen pilots met energie-, water-, logistieke en voedselstromen, en geven ruimte aan burgerinitiatieven van onderuit." +
      "\n\n" +
      "Voor die burgerinitiatieven schept de overheid vooral ruimte en kaders, wat op de participatieladder overeenkomt met overheidsparticipatie op trede 4.",
    whatWorked:
      "De stad is een concrete schaal om circulaire ideeën uit te proberen: gebouwen, ruimte en stromen zijn er tastbaar, en burgers kunnen er zelf initiatief nemen.",
    whatDidNotWork:
      "Burgers blijven een kleine groep: van de organisaties die Vlaanderen Circulair voor circulaire experimenten mobiliseerde, was slechts 1 procent burgers. Zoals elders in het programma is cofinanciering moeilijk en kunnen projectbudgetten niet zomaar naar een volgend jaar.",
    lessons: ["Geef burgerinitiatieven ruimte en een kader in plaats van ze over te nemen."],
    figures: [],
    links: [],
    contact: { name: "Vlaanderen Circulair, spoor Circulaire Stad", email: "circulairestad@example.org" },
    organisations: ['ovam', 'vlaanderen-circulair'],
    level: 'local',
    themes: ['circulaire-economie', 'omgeving', 'energie'],
    ladderRung: 4,
    facet: 'mission-oriented',
    stage: 'experiment',
    updatedAt: '2025-03-27T10:30:00+01:00',
  },
  {
    id: 'kruispuntbank-vlaanderen',
    title: "Kruispuntbank Vlaanderen: centraal platform voor gegevensdeling",
    summary:
      "Centraal platform van Informatie Vlaanderen dat lokale, federale en regionale overheden toegang geeft tot authentieke gegevensbronnen en IT-diensten van Vlaamse entiteiten, met onder meer MAGDA.",
    description:
      "Kruispuntbank Vlaanderen geeft lokale, federale en regionale overheden toegang tot IT-diensten van Vlaamse entiteiten: toepassingen, financiële systemen en authentieke gegevensbronnen. Het omvat het MAGDA-platform voor veilige opvraging uit authentieke bronnen, geografische webdiensten, datavirtualisatie en automatisch advies." +
      "\n\n" +
      "Een bestuurscomité van Vlaamse entiteiten en lokale besturen, met elk beleidsdomein vertegenwoordigd, stuurt het platform. Het ontstond in 2018 als MAGDA-comité, kreeg in 2019 zijn huidige vorm en adviseert het Stuurorgaan. Informatie Vlaanderen herinvesteert opbrengsten via een tweede rechtspersoon, Eigen Vermogen.",
    whatWorked:
      "Een bestuurscomité waarin elk beleidsdomein en de lokale besturen zitten, geeft de gebruikers een stem in de koers van het platform. Opbrengsten van het platform worden opnieuw geïnvesteerd.",
    whatDidNotWork:
      "Vlaamse entiteiten beslissen op enkele uitzonderingen na zelf of ze gegevens delen; in Estland is delen een wettelijke plicht. Zorgen over kwaliteit en prestaties houden entiteiten tegen om hun gegevens als authentieke bron te laten erkennen.",
    lessons: [
      "Neem zorgen over datakwaliteit en prestaties ernstig; ze bepalen of bronnen gedeeld worden.",
      "Geef gebruikers, ook lokale besturen, een plaats in het bestuur van gedeelde infrastructuur.",
    ],
    figures: [
      { label: "Federale bronnen op het platform", value: "ongeveer 2/3" },
      { label: "Vlaamse bronnen op het platform", value: "ongeveer 30%" },
      { label: "Vergaderritme bestuurscomité", value: "om de 2 maanden" },
    ],
    links: [{ label: "Over Kruispuntbank Vlaanderen", url: "https://example.org/informatie-vlaanderen/kruispuntbank" }],
    contact: { name: "Team Kruispuntbank Vlaanderen", role: "Informatie Vlaanderen", email: "kbv@example.org" },
    organisations: ['informatie-vlaanderen'],
    level: 'flemish',
    themes: ['data', 'digitale-dienstverlening', 'samenwerking'],
    facet: 'enhancement',
    stage: 'anchored',
    updatedAt: '2026-01-19T11:00:00+01:00',
  },
  {
    id: 'vlaams-open-data-portaal',
    title: "Vlaams Open Data Portaal",
    summary:
      "Centrale vindplaats van open data van de overheden in Vlaanderen. Vlaamse entiteiten moeten er publiceren, lokale besturen mogen dat.",
    description:
      "Sinds 12 juni 2015 moet elke Vlaamse overheid data herbruikbaar maken, ter omzetting van de Europese PSI-richtlijn. Sinds 16 september 2016 moeten Vlaamse entiteiten publiceren via het Vlaams Open Data Portaal. Lokale besturen mogen dat, maar zijn niet verplicht." +
      "\n\n" +
      "Informatie Vlaanderen ondersteunt met het Kennisnetwerk Open Data, een handleiding open data en data.vlaanderen.be, en rapporteert publiek over de open-dataprestaties van elke entiteit.",
    whatWorked:
      "Informatie Vlaanderen rapporteert publiek hoe elke entiteit scoort op open data. Dat werkt als een duwtje in de rug. Aansporen en inspireren krijgen de voorkeur boven sancties.",
    whatDidNotWork:
      "Slechts 26 van de 66 entiteiten publiceren. Entiteiten maken zich zorgen over privacy, datakwaliteit en kosten, en de facturen voor publieke cloud stijgen elk jaar, waarvoor alleen eenmalige oplossingen gevonden zijn. Sommige thematische portalen zijn niet gekoppeld, data verschijnt soms zonder metadata of licentie of als pdf, en het publiek kent de regels voor hergebruik niet.",
    lessons: [
      "Publieke rapportering per entiteit werkt als aansporing.",
      "Publiceer met metadata en licentie, niet als pdf.",
    ],
    figures: [
      { label: "Entiteiten die publiceren", value: "26 van 66 (40%)" },
      { label: "Provincies die publiceren", value: "alle 5" },
      { label: "Datasets op 1 februari 2019", value: "2.800, waarvan 1.347 toegewezen aan entiteiten of domeinen" },
      { label: "Bevragingen van geografische diensten in 2019", value: "meer dan 3,5 miljard, met 50 tot 60% groei per jaar" },
    ],
    links: [{ label: "data.vlaanderen.be", url: "https://data.vlaanderen.be" }],
    contact: { name: "Kennisnetwerk Open Data", email: "opendata@example.org" },
    organisations: ['informatie-vlaanderen'],
    level: 'flemish',
    themes: ['data', 'digitale-dienstverlening'],
    facet: 'enhancement',
    stage: 'anchored',
    updatedAt: '2026-04-14T09:20:00+02:00',
    translations: {
      en: {
        title: "Flemish Open Data Portal",
        summary:
          "The central place to find open data from governments in Flanders. Flemish entities must publish there; local governments may.",
        whatWorked:
          "Information Flanders reports publicly on each entity's open-data performance, which works as a nudge. Nudging and inspiration are preferred over sanctions.",
        whatDidNotWork:
          "Only 26 of 66 entities publish. Entities worry about privacy, data quality and cost, and public-cloud bills rise every year, with only one-off fixes found so far. Some thematic portals are not linked, data is sometimes published without metadata or licence or as PDF, and the public does not know the reuse rules.",
        description:
          "Since 12 June 2015 every Flemish government body has had to make its data reusable, transposing the European PSI Directive. Since 16 September 2016 Flemish entities have had to publish through the Flemish Open Data Portal. Local governments may do so, but are not obliged to." +
          "\n\n" +
          "Information Flanders provides support with the Open Data Knowledge Network, an open data manual and data.vlaanderen.be, and reports publicly on the open-data performance of each entity.",
        lessons: [
          "Public reporting per entity works as an incentive.",
          "Publish with metadata and a licence, not as a PDF.",
        ],
        figures: [
          { label: "Entities that publish", value: "26 of 66 (40%)" },
          { label: "Provinces that publish", value: "all 5" },
          { label: "Datasets on 1 February 2019", value: "2,800, of which 1,347 assigned to entities or domains" },
          { label: "Queries of geographic services in 2019", value: "more than 3.5 billion, with 50 to 60% growth a year" },
        ],
        links: [{ label: "data.vlaanderen.be", url: "https://data.vlaanderen.be" }],
      },
    },
  },
  {
    id: 'co-gefinancierde-apis',
    title: "Co-gefinancierde API's van Informatie Vlaanderen",
    summary:
      "Nieuwe publieke API's worden alleen op vraag gebouwd en mee gefinancierd door de vragende partij, zodat beide kanten als gelijkwaardige partners financieel betrokken zijn.",
    description:
      "Informatie Vlaanderen bouwt nieuwe API's alleen op vraag, en de vragende partij financiert mee. Zo zijn publieke en private partners financieel geëngageerd als gelijken. Hergebruik is zichtbaar: Waze gebruikt de Gipod-API, bol.com de API's voor adresvalidatie en Google Maps de API's voor luchtfoto's en gebouwen." +
      "\n\n" +
      "De aanpak sluit aan bij principe 8 van Vlaanderen Radicaal Digitaal (2015): de overheid stelt data open voor hergebruik, en gebruikers van digitale diensten ontwerpen mee.",
    whatWorked:
      "Cofinanciering maakt de vragende partij mee eigenaar, en de gebouwde API's worden aantoonbaar hergebruikt door grote spelers zoals Waze, bol.com en Google Maps. De opgehaalde middelen groeiden: het bedrag van vorig jaar zou overschreden worden.",
    whatDidNotWork:
      "Het model bouwt alleen wat een partner vraagt en mee betaalt. Data waarvoor geen financierende vrager opduikt, krijgt dus geen nieuwe API, hoe nuttig ze ook zou zijn.",
    lessons: [
      "Laat de vragende partij meebetalen, zodat beide kanten als gelijken geëngageerd zijn.",
      "Maak hergebruik zichtbaar met concrete voorbeelden.",
    ],
    figures: [
      { label: "Opgehaalde cofinanciering (vorig jaar)", value: "ongeveer 3 miljoen euro" },
      { label: "Projecten", value: "30 tot 35" },
    ],
    links: [{ label: "API's van Informatie Vlaanderen", url: "https://example.org/informatie-vlaanderen/apis" }],
    contact: { name: "API-team Informatie Vlaanderen", email: "api@example.org" },
    organisations: ['informatie-vlaanderen'],
    level: 'flemish',
    themes: ['data', 'digitale-dienstverlening', 'mobiliteit'],
    ladderRung: 3,
    facet: 'adaptive',
    stage: 'scaling',
    updatedAt: '2025-09-30T17:05:00+02:00',
  },
  {
    id: 'vit-stuurgroep',
    title: "VIT-stuurgroep: een coalition of the willing van leidend ambtenaren",
    summary:
      "Veertien leidend ambtenaren van verschillende Vlaamse entiteiten werken samen aan innovatie in de administratie, uitsluitend via departementoverschrijdende projecten met externe stakeholders.",
    description:
      "De VIT-stuurgroep (Vlaamse Innovation Tour) ontstond na de reis van alle leidend ambtenaren naar Silicon Valley in 2015. Ze werkt alleen aan departementoverschrijdende projecten, samen met externe stakeholders, vanuit de overtuiging dat resultaten het best bereikt worden vanuit een ecosysteem. De stuurgroep startte Sandbox Vlaanderen en betaalt het loon van de coördinator en een werkingsbudget.",
    whatWorked:
      "Een vrijwillige coalitie van topambtenaren kan snel iets op gang brengen over de grenzen van entiteiten heen. Sandbox Vlaanderen is daar het tastbare resultaat van.",
    whatDidNotWork:
      "Een coalition of the willing bereikt vooral wie al wil. De projecten die ze opstart, zoals Sandbox, draaien op inzet bovenop het gewone werk, en de Vlaamse overheid heeft geen gereserveerd budget voor experimenten of cocreatie.",
    lessons: ["Werk over entiteiten heen en met externe partners, vanuit een ecosysteem."],
    figures: [{ label: "Leidend ambtenaren in de stuurgroep", value: "14" }],
    links: [],
    contact: { name: "Secretariaat VIT-stuurgroep", email: "vit@example.org" },
    organisations: ['vit-stuurgroep'],
    level: 'flemish',
    themes: ['innovatiecultuur', 'samenwerking'],
    facet: 'anticipatory',
    stage: 'anchored',
    updatedAt: '2025-06-03T08:40:00+02:00',
  },
  {
    id: 'stuurorgaan-ict',
    title: "Stuurorgaan Vlaams Informatie- en ICT-beleid",
    summary:
      "Sinds eind 2016 coördineert het Stuurorgaan het informatie- en ICT-beleid en bereidt het advies voor dat na goedkeuring door de Vlaamse Regering bindend wordt, ook voor provincies en lokale besturen.",
    description:
      "Het Stuurorgaan coördineert het programma Vlaanderen Radicaal Digitaal. Alle beleidsdomeinen, de provincies, steden en gemeenten, het Facilitair Bedrijf, Informatie Vlaanderen, twee externe innovatoren en twee vertegenwoordigers van de minister zetelen erin. Informatie Vlaanderen verzorgt het secretariaat en betaalt de werking." +
      "\n\n" +
      "Er zijn acht vaste werkgroepen: databeheer, authentieke bronnen, datastandaarden OSLO, juridische zaken, archief- en informatiebeheer, informatieveiligheid, digitale dienstverlening en interbestuurlijke samenwerking. Daarnaast is er een ad-hocwerkgroep over cloudstrategie.",
    whatWorked:
      "Omdat goedgekeurd advies bindend is tussen de Vlaamse overheid, de provincies en de lokale besturen, kunnen afspraken zoals de OSLO-datastandaarden over bestuursniveaus heen doorwerken.",
    whatDidNotWork:
      "De bron meldt geen concrete mislukkingen. Aandachtspunten zijn wel dat advies pas bindend wordt na goedkeuring door de Vlaamse Regering, en dat de volledige werking op één agentschap steunt.",
    lessons: ["Betrek lokale besturen mee aan tafel als afspraken ook voor hen moeten gelden."],
    figures: [
      { label: "Vaste werkgroepen", value: "8" },
      { label: "Ad-hocwerkgroepen", value: "1 (cloudstrategie)" },
      { label: "Externe innovatoren", value: "2" },
    ],
    links: [],
    organisations: ['stuurorgaan-ict', 'informatie-vlaanderen'],
    level: 'flemish',
    themes: ['digitale-dienstverlening', 'data', 'samenwerking'],
    facet: 'enhancement',
    stage: 'anchored',
    updatedAt: '2025-12-09T14:25:00+01:00',
  },
  {
    id: 'de-ambassade',
    title: "De ambassade: werkgroep rond het DNA van de Vlaamse overheid",
    summary:
      "Ambtenaren uit verschillende entiteiten bepalen en bewaken samen de gedeelde identiteit van de Vlaamse overheid, met ambassadeurs per departement als antennes.",
    description:
      "De ambassade beschrijft het DNA van de Vlaamse overheid met vier kenmerken: betrouwbaar, strategisch op lange termijn, verbindend over silo's heen, en voor en door mensen met de klant centraal. Daaruit volgen zes ambities, van optimale dienstverlening en een aantrekkelijk werkgeverschap tot grenzeloos samenwerken en ruimte voor participatie." +
      "\n\n" +
      "De identiteit werd participatief opgebouwd, met interviews bij politici en experten en focusgroepen met burgers en ambtenaren. Een online panel van interne en externe leden beoordeelt communicatie en dienstverlening.",
    whatWorked:
      "De identiteit wordt behandeld als iets dat leert en evolueert, niet als een vast sjabloon. De ambassade communiceert via bestaande netwerken, zoals het middenkaderseminarie, het netwerk van HR-businesspartners, het netwerk van communicatieverantwoordelijken en Movi.",
    whatDidNotWork:
      "De bron meldt geen mislukkingen. Een identiteit die blijft evolueren, vraagt wel volgehouden inzet van ambassadeurs in elk departement; zonder die antennes verliest de werkgroep zicht op wat er leeft.",
    lessons: [
      "Gebruik bestaande netwerken in plaats van nieuwe kanalen op te zetten.",
      "Bouw een gedeelde identiteit samen met burgers en ambtenaren op.",
    ],
    figures: [
      { label: "Online panel", value: "500 interne en 500 externe leden" },
      { label: "Ambities", value: "6" },
    ],
    links: [],
    contact: { name: "De ambassade", email: "ambassade@example.org" },
    organisations: ['de-ambassade', 'vlaamse-overheid'],
    level: 'flemish',
    themes: ['innovatiecultuur', 'samenwerking', 'digitale-dienstverlening'],
    ladderRung: 2,
    facet: 'enhancement',
    stage: 'anchored',
    updatedAt: '2026-02-17T10:50:00+01:00',
  },
  {
    id: 'intern-netwerk-procesbegeleiders',
    title: "Intern netwerk procesbegeleiders (Pro-VO)",
    summary:
      "Een pool van ongeveer 40 gecertificeerde interne procesbegeleiders uit 13 entiteiten die workshops, participatietrajecten en veranderingstrajecten begeleiden, meestal buiten hun eigen entiteit.",
    description:
      "Het Agentschap Overheidspersoneel leidt procesbegeleiders op en certificeert hen, met een reeks masterclasses op maat van de Vlaamse overheid en professionele begeleiding. Begeleiders helpen groepen van beleid naar uitvoering, bij interne verandering, participatieve projecten en evaluaties met stakeholders, en adviseren entiteiten over werkvormen." +
      "\n\n" +
      "Ongeveer een derde van de leden is beleidsmedewerker; HR is de tweede grootste groep, gevolgd door professionele begeleiders. Een online toolbox werkvormen ondersteunt hen.",
    whatWorked:
      "Begeleiders bieden een onafhankelijke blik van buitenaf en kennen toch de overheidscontext. Het netwerk bouwt interne expertise op, zodat minder externe consultants nodig zijn, en het stuurt en leert zelf.",
    whatDidNotWork:
      "Er staat geen beloning tegenover: mensen doen het uit intrinsieke motivatie. Het netwerk steunt dus volledig op de inzet en de tijd die leden zelf vrijmaken.",
    lessons: [
      "Laat begeleiders vooral buiten hun eigen entiteit werken voor een onafhankelijke blik.",
      "Deel werkvormen in een gemeenschappelijke toolbox.",
    ],
    figures: [
      { label: "Leden", value: "ongeveer 40 uit 13 entiteiten" },
      { label: "Aandeel beleidsmedewerkers", value: "ongeveer een derde" },
    ],
    links: [{ label: "Toolbox werkvormen", url: "https://example.org/ago/toolbox-werkvormen" }],
    contact: { name: "Netwerk procesbegeleiders", role: "Agentschap Overheidspersoneel", email: "procesbegeleiding@example.org" },
    organisations: ['ago'],
    level: 'flemish',
    themes: ['participatie', 'hr', 'leren'],
    facet: 'enhancement',
    stage: 'anchored',
    updatedAt: '2026-07-07T12:00:00+02:00',
  },
  {
    id: 'radar',
    title: "Radar: tijdelijke opdrachten in een andere entiteit",
    summary:
      "Ambtenaren nemen tijdelijk een uitdaging op in een ander Vlaams departement of agentschap, voltijds, deeltijds of voor enkele uren, zonder definitief van job te veranderen.",
    description:
      "Via Radar werken ambtenaren tijdelijk aan een project in een andere entiteit: voltijds of deeltijds, een vast deel van hun tijd naast hun eigen job, of occasioneel enkele uren. Kansen binnen de eigen entiteit vallen erbuiten. De coördinator van Sandbox Vlaanderen en de adviseurs van het Programma Innovatieve Overheidsopdrachten werden via Radar aangetrokken.",
    whatWorked:
      "Radar biedt een loopbaankans zonder definitieve overstap, laat mensen hun sterktes elders inzetten en verbreedt hun netwerk. Transversale initiatieven zoals Sandbox en PIO vonden er hun mensen.",
    whatDidNotWork:
      "Radar blijft binnen de Vlaamse overheid en gaat niet over bestuursniveaus heen, in tegenstelling tot de federale Talent Exchange. Er is ook geen vaste fase om na de opdracht kennis te delen.",
    lessons: ["Voorzie na elke opdracht een moment om kennis te delen, van een informele debriefing tot een formele overdracht."],
    figures: [],
    links: [],
    contact: { name: "Radar-team", email: "radar@example.org" },
    organisations: ['vlaamse-overheid'],
    level: 'flemish',
    themes: ['hr', 'samenwerking', 'leren'],
    facet: 'enhancement',
    stage: 'anchored',
    updatedAt: '2025-04-01T09:15:00+02:00',
  },
  {
    id: 'programma-innovatieve-overheidsopdrachten',
    title: "Programma Innovatieve Overheidsopdrachten (PIO)",
    summary:
      "Het Departement EWI zet de koopkracht van de overheid strategisch in voor innovatie: voorstellen met genoeg relevantie en innovatiepotentieel krijgen begeleiding en soms cofinanciering.",
    description:
      "PIO onderscheidt drie routes: oplossingen ontwikkelen door O&O-diensten aan te kopen, oplossingen aankopen die nieuw zijn op de markt en nog gevalideerd moeten worden, en gevalideerde oplossingen aankopen met een klein marktaandeel, minder dan 20 procent. Die routes sluiten aan bij precommerciële aankoop en de aankoop van innovatie, met de overheid als launching customer." +
      "\n\n" +
      "Een transversaal programmateam van EWI, VLAIO en adviseurs innovatieve overheidsopdrachten voert het programma uit. De adviseurs werden aangetrokken via een interne oproep en via Radar; ze blijven in hun eigen organisatie en vormen een virtueel team. Een entiteit kan instappen in elk van vijf fasen, van een haalbaarheidsstudie op papier tot de aankoop van een innovatieve oplossing.",
    whatWorked:
      "Een eenvoudig, interactief en gefaseerd proces en bestekken die de gewenste functionaliteit beschrijven in plaats van technische details, maken het voor kmo's en starters makkelijker om mee te dingen. Adviseurs hoeven geen specialist te zijn, maar wel dynamisch, open voor vernieuwing en oplossingsgericht.",
    whatDidNotWork:
      "Cofinanciering is er alleen in sommige gevallen en zonder vast bedrag, waardoor entiteiten vooraf weinig zekerheid hebben. Een virtueel team van adviseurs die in hun eigen organisatie blijven, vraagt voortdurend afstemming met die thuisorganisaties.",
    lessons: [
      "Beschrijf de gewenste functionaliteit, niet de technische oplossing.",
      "Laat entiteiten instappen in de fase waarin ze zitten.",
    ],
    figures: [
      { label: "Fasen waarin een entiteit kan instappen", value: "5" },
      { label: "Marktaandeel van gevalideerde oplossingen", value: "minder dan 20%" },
    ],
    links: [{ label: "Een PIO-voorstel indienen", url: "https://example.org/ewi/pio" }],
    contact: { name: "Programmateam PIO", email: "pio@example.org" },
    organisations: ['ewi', 'vlaio'],
    level: 'flemish',
    themes: ['aankopen', 'startups', 'welzijn', 'energie', 'mobiliteit'],
    facet: 'mission-oriented',
    stage: 'anchored',
    updatedAt: '2026-08-25T15:35:00+02:00',
    translations: {
      en: {
        title: "Innovative Public Procurement Programme (PIO)",
        summary:
          "The Department of Economy, Science and Innovation uses government purchasing power strategically for innovation: proposals with enough relevance and innovation potential get guidance and sometimes co-financing.",
        whatWorked:
          "A simple, interactive, phased process and specifications that state the desired functionality rather than technical detail make it easier for SMEs and starters to compete. Advisers need not be specialists, but they must be dynamic, open to renewal and solution-oriented.",
        whatDidNotWork:
          "Co-financing is available only in some cases and with no fixed amount, so entities have little certainty up front. A virtual team of advisers who stay in their own organisations needs constant coordination with those home organisations.",
        description:
          "PIO distinguishes three routes: developing solutions by buying R&D services, buying solutions that are new on the market and still need to be validated, and buying validated solutions with a small market share, less than 20 percent. These routes match pre-commercial procurement and the procurement of innovation, with the government as launching customer." +
          "\n\n" +
          "A cross-cutting programme team of EWI, VLAIO and innovative public procurement advisers runs the programme. The advisers were recruited through an internal call and through Radar; they stay in their own organisation and form a virtual team. An entity can join at any of five phases, from a feasibility study on paper to the purchase of an innovative solution.",
        lessons: [
          "Describe the desired functionality, not the technical solution.",
          "Let entities join at the phase they are in.",
        ],
        figures: [
          { label: "Phases at which an entity can join", value: "5" },
          { label: "Market share of validated solutions", value: "less than 20%" },
        ],
        links: [{ label: "Submit a PIO proposal", url: "https://example.org/ewi/pio" }],
      },
    },
  },
  {
    id: 'kennisnetwerk-overheidsopdrachten',
    title: "Kennisnetwerk Overheidsopdrachten",
    summary:
      "Een netwerk dat kennis over overheidsopdrachten verzamelt en deelt, open voor alle medewerkers van de Vlaamse overheid en gedragen door de actieve inbreng van zijn leden.",
    description:
      "Het Kennisnetwerk Overheidsopdrachten verzamelt ervaringen, goede praktijken en instrumenten rond overheidsopdrachten en deelt ze. Het ondersteunt het Vlaams Plan Overheidsopdrachten en het Programma Innovatieve Overheidsopdrachten." +
      "\n\n" +
      "Het netwerk staat open voor alle medewerkers van de Vlaamse overheid en leunt op de actieve inbreng van zijn leden. Het is een van de lerende netwerken die aan een programma gekoppeld zijn, net als het Kennisnetwerk Open Data van Informatie Vlaanderen.",
    whatWorked:
      "Het netwerk is open voor alle medewerkers van de Vlaamse overheid, zonder selectie, zodat kennis over aankopen niet in één dienst blijft hangen.",
    whatDidNotWork:
      "Een netwerk dat steunt op de actieve inbreng van zijn leden, is maar zo sterk als wat die leden delen. Zonder vaste trekkers per entiteit blijft het aanbod afhankelijk van wie tijd vrijmaakt.",
    lessons: ["Koppel een kennisnetwerk aan lopende programma's, zodat ervaringen meteen bruikbaar zijn."],
    figures: [],
    links: [],
    contact: { name: "Kennisnetwerk Overheidsopdrachten", email: "overheidsopdrachten@example.org" },
    organisations: ['vlaamse-overheid'],
    level: 'flemish',
    themes: ['aankopen', 'leren'],
    facet: 'enhancement',
    stage: 'anchored',
    updatedAt: '2025-08-19T10:05:00+02:00',
  },
  {
    id: 'experimentregelgeving-en-regelluwe-zones',
    title: "Experimentregelgeving, regelluwe zones en het recht om uit te dagen",
    summary:
      "Tijdelijke regels van maximaal tien jaar voor een gebied, doelgroep of situatie, of het tijdelijk opschorten van bestaande regels, uitgewerkt met de betrokken actoren.",
    description:
      "Experimentregelgeving is tijdelijke regelgeving, geldig voor hoogstens tien jaar, die bij wijze van experiment wordt ingevoerd voor een bepaald gebied, een doelgroep of een situatie. Een regelluwe zone schort bestaande regels tijdelijk op, eveneens voor hoogstens tien jaar. Rechtstreeks betrokken actoren werken mee aan het ontwerp, de uitvoering en de evaluatie." +
      "\n\n" +
      "Daarnaast hebben burgers en ondernemers het recht om zelf beleidsalternatieven voor te stellen: het recht om uit te dagen. Dat is een van de voorbeelden van overheidsparticipatie, trede 4 op de participatieladder. De instrumenten komen uit het regeerakkoord 2019-2024 en het Bestuursdecreet.",
    whatWorked:
      "Het kader geeft ruimte om regels eerst tijdelijk en afgebakend uit te proberen, met de betrokkenen aan tafel, in plaats van meteen algemeen te regelen.",
    whatDidNotWork:
      "De bron beschrijft het kader, niet de toepassing: hoeveel experimenten of regelluwe zones er kwamen en wat ze opleverden, is niet bekend. Omdat alles tijdelijk is, moet de evaluatie vooraf ingepland worden, anders loopt een experiment af zonder lessen.",
    lessons: ["Plan de evaluatie van een tijdelijke regeling vanaf de start."],
    figures: [{ label: "Maximale looptijd", value: "10 jaar" }],
    links: [],
    contact: { name: "Team innovatieve regelgeving", email: "regelgeving@example.org" },
    organisations: ['vlaamse-regering'],
    level: 'flemish',
    themes: ['regelgeving', 'participatie'],
    ladderRung: 4,
    facet: 'adaptive',
    updatedAt: '2026-05-12T16:45:00+02:00',
  },
  {
    id: 'hack-belgium-vdab',
    title: "VDAB als partner van Hack Belgium",
    summary:
      "VDAB legde een uitdaging voor op Hack Belgium, een jaarlijkse hackathon van drie dagen die door een startup werd georganiseerd. De startup ging failliet en het partnerschap stopte.",
    description:
      "Hack Belgium bracht jaarlijks gedurende drie dagen ondernemers, startups en universiteiten samen om in cocreatie oplossingen te bedenken. VDAB nam deel als partner en legde er een eigen uitdaging voor, als onderdeel van de pijler inspireren van de Work out Room." +
      "\n\n" +
      "De organiserende startup is intussen failliet en het uitgebreide partnerschap met VDAB is beëindigd. De indeling op trede 4 is een benadering: de overheid stapte mee in een initiatief dat een private partij organiseerde.",
    whatWorked:
      "De hackathon bracht in korte tijd ondernemers, startups en universiteiten rond een uitdaging van VDAB samen en paste in de inspiratiepijler van de Work out Room.",
    whatDidNotWork:
      "Het partnerschap hing af van één private organisator. Toen die startup failliet ging, viel het weg, en het uitgebreide partnerschap met VDAB werd stopgezet.",
    lessons: [
      "Hou rekening met de kwetsbaarheid van een partnerschap met één kleine private organisator.",
      "Deel ook het einde van een samenwerking als leerervaring.",
    ],
    figures: [{ label: "Duur van de hackathon", value: "3 dagen" }],
    links: [],
    contact: { name: "Work out Room-team", email: "workoutroom@example.org" },
    organisations: ['vdab'],
    level: 'flemish',
    themes: ['werk', 'startups', 'innovatiecultuur'],
    ladderRung: 4,
    facet: 'adaptive',
    stage: 'stopped',
    updatedAt: '2025-10-21T11:20:00+02:00',
  },
  {
    id: 'innovatienetwerk-overheid-n-project',
    title: "InnovatieNetwerk Overheid: het N-project Platform Innovatieve Beleidspraktijken",
    summary:
      "Project van de Vlaamse overheid dat van 2020 tot 2024 innovatieve beleidspraktijken opspoorde, zichtbaar maakte, kennis liet delen onder collega's en hun ontwikkeling ondersteunde.",
    description:
      "Op 17 juli 2020 besliste de Vlaamse Regering een N-project te starten met een geplande looptijd van zes jaar. Het project begon op 1 september 2020 bij het Departement Kanselarij en Bestuur en kreeg de naam InnovatieNetwerk Overheid. Het team startte niet vanuit eigen overtuigingen, maar luisterde eerst naar zijn doelgroep." +
      "\n\n" +
      "Het project leverde ontmoetingsmomenten op waar collega's delen wat werkt en wat niet, een tiental podcasts in de reeks Onverwacht Innovatief, een leertraject systeemdenken met VITO, een ontwikkelmodel innovatief ondernemerschap met Vlerick Business School en afstemming met PIO, Sandbox Vlaanderen en de Digital Leaders Academy. Het stopte op 1 september 2024.",
    whatWorked:
      "Eerst luisteren: meer dan 60 verkennende gesprekken met meer dan 110 collega's en partners uit meer dan 50 organisaties bepaalden de koers. De podcasts werden goed beluisterd, en het leertraject met VITO was het meest intensieve aanbod.",
    whatDidNotWork:
      "Het project hing aan één projectleider en stopte op 1 september 2024, toen diens eervol ontslag inging, twee jaar voor het einde van de geplande zes jaar. Het vervolg hangt af van de administratie, die volgens de regering over beleidsdomeinen heen moet blijven investeren. Geïnterviewden waarschuwden bovendien dat een kennisbank veel tijd kost om te bouwen en te onderhouden.",
    lessons: [
      "Begin met luisteren naar de doelgroep, niet met eigen overtuigingen.",
      "Mensen pikken iets op als ze het op het juiste moment tegenkomen en erover kunnen praten.",
      "Koppel een netwerk niet aan één persoon.",
    ],
    figures: [
      { label: "Werkingsbudget", value: "150.000 euro" },
      { label: "Personeel", value: "2 VTE" },
      { label: "Verkennende gesprekken", value: "meer dan 60, met meer dan 50 organisaties" },
      { label: "Afleveringen podcast Onverwacht Innovatief", value: "ongeveer 10" },
    ],
    links: [{ label: "Podcast Onverwacht Innovatief", url: "https://example.org/ino/onverwacht-innovatief" }],
    contact: { name: "InnovatieNetwerk Overheid", email: "ino@example.org" },
    organisations: ['innovatienetwerk-overheid', 'kanselarij-en-bestuur', 'vlaamse-regering'],
    level: 'flemish',
    themes: ['innovatiecultuur', 'samenwerking', 'leren'],
    facet: 'enhancement',
    stage: 'stopped',
    startedOn: '2020-09-01',
    endedOn: '2024-09-01',
    updatedAt: '2026-10-27T09:00:00+01:00',
  },
  {
    id: 'witboek-open-en-wendbare-overheid',
    title: "Witboek Open en Wendbare Overheid",
    summary:
      "Witboek uit 2017 met participatie als een van vijf pijlers, en richtlijnen om participatie op maat, proportioneel en transparant in te zetten in elke fase van de beleidscyclus.",
    description:
      "Het witboek stelt dat participatie kan gelden voor elk beleidsthema, in elke fase van de beleidscyclus: agendavorming, beleidsvoorbereiding, besluitvorming, uitvoering en evaluatie. De overheid moet transparant afwegen of participatie echte meerwaarde heeft en proportioneel is, zonder haar daadkracht te blokkeren." +
      "\n\n" +
      "De uitvoeringsprojecten rond participatie gaan onder meer over labs voor cocreatie en overheidsparticipatie, een studie naar een Vlaamse burgerbegroting, open consultaties met een portaal, burgervoorstellen, lerende netwerken en het wegwerken van drempels voor participatie.",
    whatWorked:
      "Het witboek geeft duidelijke spelregels: participatie op maat, hybride en flexibel, proportioneel, en transparant over aanpak, conclusies en het beleid dat eruit volgt.",
    whatDidNotWork:
      "De woordenschat landt niet overal. Slechts één beleidsdocument verwees expliciet naar de participatieladder, en het businessplan 2018 van Kanselarij en Bestuur plaatste coproductie bij de hoogste vormen van participatie, terwijl de ladder ze op trede 2 zet.",
    lessons: [
      "Gebruik de participatieladder als gedeelde woordenschat in beleidsdocumenten.",
      "Weeg telkens af of participatie meerwaarde heeft en in verhouding staat tot het dossier.",
    ],
    figures: [{ label: "Pijlers van het witboek", value: "5" }],
    links: [],
    contact: { name: "Departement Kanselarij en Bestuur", email: "witboek@example.org" },
    organisations: ['kanselarij-en-bestuur'],
    level: 'flemish',
    themes: ['participatie', 'innovatiecultuur'],
    facet: 'mission-oriented',
    stage: 'anchored',
    startedOn: '2017-01-01',
    updatedAt: '2025-01-21T15:50:00+01:00',
  },
];
