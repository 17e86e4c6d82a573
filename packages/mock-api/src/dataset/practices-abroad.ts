// Foreign and federal Belgian practices (DOMAIN.md §4.2 and §4.3, and the Doe-democratie box of §2.3).
// Plain text only. Ladder rungs are an inferred, approximate classification (DOMAIN.md §4 field notes).
// Year-only dates from DOMAIN are written as the first day of that year.
import type { PracticeRecord } from './records.js';

export const practicesAbroad: PracticeRecord[] = [
  {
    id: 'novum-svb',
    title: "NOVUM: het innovatielab van de Sociale Verzekeringsbank",
    summary:
      "Het Nederlandse innovatielab van de SVB haalt voor korte periodes externe innovators binnen en maakt vroeg prototypes, altijd samen met burgers als eindgebruikers.",
    description:
      "De Sociale Verzekeringsbank voert in Nederland de wetgeving over sociale zekerheid uit. Haar lab NOVUM haalt externe experts binnen voor drie tot zes maanden: innovators in residence voor een frisse blik en een entrepreneur in residence om ondernemerschap aan te wakkeren." +
      "\n\n" +
      "Het lab maakt vroeg prototypes en test die altijd met eindgebruikers. Een prototype gaat alleen verder als gebruikers het positief beoordelen.",
    whatWorked:
      "Transparant zijn over de activiteiten en de kosten van het lab verminderde interne weerstand en scepsis. Prototypes testen met burgers voorkomt dat ideeën doorlopen die gebruikers niet willen.",
    whatDidNotWork:
      "Er was interne weerstand en scepsis tegenover het lab; die nam pas af toen het lab open werd over wat het deed en kostte. Externe innovators blijven maar drie tot zes maanden, dus hun frisse blik is tijdelijk.",
    lessons: [
      "Wees open over de activiteiten en de kosten van een lab.",
      "Laat gebruikers beslissen of een prototype verder gaat.",
    ],
    figures: [
      { label: "Medewerkers", value: "11, van wie 3 tot 4 externe innovators in residence" },
      { label: "Verblijf van externe experts", value: "3 tot 6 maanden" },
    ],
    links: [],
    contact: { name: "NOVUM", email: "novum@example.org" },
    organisations: ['svb'],
    level: 'international',
    themes: ['digitale-dienstverlening', 'welzijn', 'innovatiecultuur'],
    ladderRung: 2,
    facet: 'adaptive',
    stage: 'experiment',
    updatedAt: '2026-03-31T10:10:00+02:00',
    translations: {
      en: {
        title: "NOVUM: the innovation lab of the Dutch Social Insurance Bank",
        summary:
          "The SVB's innovation lab brings in outside innovators for short spells and prototypes early, always with citizens as end users.",
        whatWorked:
          "Being transparent about the lab's activities and costs reduced internal resistance and scepticism. Testing prototypes with citizens stops ideas that users do not want.",
        whatDidNotWork:
          "There was internal resistance and scepticism towards the lab, which only eased once the lab was open about what it did and what it cost. Outside innovators stay only three to six months, so their fresh view is temporary.",
        description:
          "The Social Insurance Bank (SVB) implements social security legislation in the Netherlands. Its lab NOVUM brings in outside experts for three to six months: innovators in residence for a fresh view and an entrepreneur in residence to stimulate entrepreneurship." +
          "\n\n" +
          "The lab makes prototypes early and always tests them with end users. A prototype only goes further if users rate it positively.",
        lessons: [
          "Be open about a lab's activities and costs.",
          "Let users decide whether a prototype goes further.",
        ],
        figures: [
          { label: "Staff", value: "11, including 3 to 4 outside innovators in residence" },
          { label: "Stay of outside experts", value: "3 to 6 months" },
        ],
      },
    },
  },
  {
    id: 'estisch-innovatieteam',
    title: "Het Estse Innovatieteam en de I-Club",
    summary:
      "Centrale innovatie-eenheid bij de Estse Staatskanselarij, sinds 2018 een gezamenlijk initiatief van zes ministeries, die overheidsdiensten gebruiksvriendelijker maakt via open innovatie met eindgebruikers.",
    description:
      "Het Innovatieteam werd in 2018 opgericht op voorstel van de taskforce voor innovatie in de publieke sector en sociale innovatie. Het maakt diensten mensgerichter via open innovatie met eindgebruikers en partners." +
      "\n\n" +
      "Het team runt de I-Club, een netwerk over de hele overheid met kennisdeling, opleidingen en workshops over service design en ideevorming, en geregelde netwerkmomenten. Er is ook een online platform met hulpmiddelen voor service design en cocreatie. Een stuurcomité van de secretarissen-generaal van de betrokken ministeries bepaalt de agenda en kiest de projecten.",
    whatWorked:
      "Een stuurcomité van secretarissen-generaal geeft het team gewicht in alle betrokken ministeries. De I-Club verspreidt methodes als service design over de hele overheid.",
    whatDidNotWork:
      "De bron meldt geen mislukkingen of projectresultaten. Omdat de secretarissen-generaal de projecten kiezen, komt alleen aan bod wat zij prioriteren.",
    lessons: ["Combineer een centraal team met een overheidsbreed netwerk dat methodes verspreidt."],
    figures: [{ label: "Betrokken ministeries", value: "6" }],
    links: [],
    contact: { name: "Innovatieteam Staatskanselarij", email: "innovatieteam.ee@example.org" },
    organisations: ['estse-staatskanselarij'],
    level: 'international',
    themes: ['digitale-dienstverlening', 'innovatiecultuur', 'samenwerking'],
    ladderRung: 2,
    facet: 'adaptive',
    stage: 'anchored',
    startedOn: '2018-01-01',
    updatedAt: '2025-02-25T13:00:00+01:00',
  },
  {
    id: 'estse-taskforces',
    title: "Estse taskforces voor strategische, sectoroverschrijdende problemen",
    summary:
      "Op voorstel van de OESO zet de Estse regering tijdelijke taskforces in voor veelzijdige, strategische problemen, met een formeel mandaat, een eigen budget en alle relevante stakeholders aan tafel.",
    description:
      "Sinds 2012 richtte de Estse regering acht taskforces op. Ze delen vijf kenmerken: ze pakken veelzijdige, strategische problemen aan; ze hebben een formeel mandaat van de regering; alle relevante stakeholders zitten aan tafel; ze krijgen een eigen budget en benoemde trekkers; en ze zijn tijdelijk, wat urgentie creëert.",
    whatWorked:
      "De combinatie van een formeel mandaat, een eigen budget, benoemde trekkers en een vaste einddatum geeft sectoroverschrijdend werk gewicht en tempo.",
    whatDidNotWork:
      "Het tijdelijke karakter creëert urgentie, maar de taskforce houdt ook op te bestaan. Wat daarna met de resultaten gebeurt, beschrijft de bron niet.",
    lessons: [
      "Geef sectoroverschrijdend werk een mandaat, een budget en benoemde trekkers.",
      "Gebruik een einddatum om urgentie te creëren, en regel vooraf wie de resultaten overneemt.",
    ],
    figures: [{ label: "Taskforces sinds 2012", value: "8" }],
    links: [{ label: "Over de Estse taskforces", url: "https://example.org/estonia/task-forces" }],
    contact: { name: "Estse Staatskanselarij, contactpunt taskforces", email: "taskforces.ee@example.org" },
    organisations: ['estse-regering'],
    level: 'international',
    themes: ['samenwerking', 'innovatiecultuur'],
    facet: 'mission-oriented',
    stage: 'anchored',
    startedOn: '2012-01-01',
    updatedAt: '2025-10-28T09:45:00+01:00',
  },
  {
    id: 'nido-federaal-innovatielab',
    title: "NIDO, het innovatielab van de federale overheid",
    summary:
      "Het federale innovatielab bij de FOD BOSA werkt aan samenwerking over diensten heen, design thinking, experimenteren en innovatie op basis van uitdagingen, ook voor andere bestuursniveaus.",
    description:
      "NIDO is het innovatielab van de Belgische federale overheid, ondergebracht bij de FOD BOSA. Het begon met een focus op technologie en werkt nu aan transversale samenwerking, gebruikersgericht design thinking, experimenteren en innovatie vanuit uitdagingen. NIDO richtte Gov Buys Innovation op en staat ook open voor andere bestuursniveaus.",
    whatWorked:
      "Een lab dat andere bestuursniveaus mee bedient en zelf een platform voor uitdagingen opzet, kan publieke diensten en bedrijven rond concrete problemen samenbrengen.",
    whatDidNotWork:
      "NIDO begon met een focus op technologie en verschoof later naar samenwerking, design thinking en experimenteren. De bron beschrijft niet wat die eerste focus opleverde of waarom ze veranderde.",
    lessons: ["Innovatie is niet alleen technologie: bouw ook op samenwerking en gebruikersgericht ontwerp."],
    figures: [],
    links: [],
    contact: { name: "NIDO", email: "nido@example.org" },
    organisations: ['nido', 'fod-bosa'],
    level: 'federal',
    themes: ['innovatiecultuur', 'samenwerking', 'aankopen'],
    facet: 'adaptive',
    stage: 'anchored',
    updatedAt: '2026-01-06T14:00:00+01:00',
  },
  {
    id: 'startup-in-residence',
    title: "Startup in Residence en Startup in Residence InterGov",
    summary:
      "Nederlandse steden, ministeries en provincies werken zes maanden samen met een startup aan een proof of concept, met een pilot en een aankoop als mogelijk vervolg.",
    description:
      "Startup in Residence is uitdrukkelijk cocreatie en geen relatie tussen opdrachtgever en opdrachtnemer. Een overheid formuleert een uitdaging, en in een ontwikkeltraject van zes maanden maken overheid en startup samen een proof of concept, betaald door de overheid. De startup pitcht het resultaat. Is dat positief, dan investeert de overheid in een pilot, en slaagt de pilot, dan koopt ze de oplossing als launching customer." +
      "\n\n" +
      "In de variant InterGov formuleren vijf of zes overheden van verschillende bestuursniveaus samen uitdagingen binnen een formeel partnerschap; de bronnen noemen beide aantallen. Een voorbeeld is een provincie met een probleem dat een pilot in gemeenten vraagt.",
    whatWorked:
      "Overheid en startup werken als partners, niet als klant en leverancier. Het pad van proof of concept over pilot naar aankoop is vooraf duidelijk, en in InterGov bundelen overheden van verschillende niveaus hun uitdagingen.",
    whatDidNotWork:
      "Het ontwikkelbudget is begrensd op 25.000 euro, en een pilot of aankoop volgt alleen als de pitch overtuigt; een proof of concept is dus geen garantie op een vervolg. Gezamenlijke uitdagingen over bestuursniveaus heen vragen bovendien een formeel partnerschap vooraf.",
    lessons: [
      "Maak het vervolgpad naar pilot en aankoop vooraf bekend.",
      "Bundel uitdagingen met andere overheden om budgetten samen te leggen.",
    ],
    figures: [
      { label: "Maximaal budget per ontwikkelfase", value: "25.000 euro" },
      { label: "Duur van het ontwikkeltraject", value: "6 maanden" },
      { label: "Overheden in InterGov", value: "5 of 6 (de bronnen verschillen)" },
    ],
    links: [{ label: "Uitdagingen van Startup in Residence", url: "https://example.org/startup-in-residence/uitdagingen" }],
    contact: { name: "Programmateam Startup in Residence", email: "sir@example.org" },
    organisations: ['startup-in-residence'],
    level: 'international',
    themes: ['startups', 'aankopen', 'samenwerking'],
    ladderRung: 3,
    facet: 'adaptive',
    stage: 'pilot',
    updatedAt: '2026-09-29T11:30:00+02:00',
    translations: {
      fr: {
        title: "Startup in Residence et Startup in Residence InterGov",
        summary:
          "Des villes, ministères et provinces néerlandais travaillent six mois avec une startup sur une preuve de concept, avec un projet pilote et un achat comme suite possible.",
        whatWorked:
          "Les pouvoirs publics et la startup travaillent en partenaires, et non comme client et fournisseur. Le chemin de la preuve de concept au pilote puis à l'achat est clair dès le départ, et dans InterGov, des autorités de différents niveaux regroupent leurs défis.",
        whatDidNotWork:
          "Le budget de développement est plafonné à 25 000 euros, et un pilote ou un achat ne suit que si la présentation convainc ; une preuve de concept ne garantit donc aucune suite. Les défis communs à plusieurs niveaux de pouvoir exigent en outre un partenariat formel préalable.",
        lessons: [
          "Annoncez dès le départ le chemin vers le pilote et l'achat.",
          "Regroupez vos défis avec d'autres autorités pour mettre les budgets en commun.",
        ],
        description:
          "Startup in Residence est explicitement de la cocréation, et non une relation entre donneur d'ordre et prestataire. Une autorité publique formule un défi, et au cours d'un trajet de développement de six mois, l'autorité et la startup réalisent ensemble une preuve de concept, payée par l'autorité. La startup présente le résultat. S'il est positif, l'autorité investit dans un projet pilote, et si le pilote réussit, elle achète la solution en tant que client de lancement." +
          "\n\n" +
          "Dans la variante InterGov, cinq ou six autorités de différents niveaux de pouvoir formulent ensemble des défis dans le cadre d'un partenariat formel ; les sources citent les deux nombres. Un exemple est une province confrontée à un problème qui nécessite un pilote dans des communes.",
        figures: [
          { label: "Budget maximal par phase de développement", value: "25 000 euros" },
          { label: "Durée du trajet de développement", value: "6 mois" },
          { label: "Autorités participant à InterGov", value: "5 ou 6 (les sources divergent)" },
        ],
        links: [{ label: "Défis de Startup in Residence", url: "https://example.org/startup-in-residence/uitdagingen" }],
      },
      en: {
        title: "Startup in Residence and Startup in Residence InterGov",
        summary:
          "Dutch cities, ministries and provinces work with a startup for six months on a proof of concept, with a pilot and a purchase as a possible next step.",
        whatWorked:
          "Government and startup work as partners, not as client and contractor. The path from proof of concept to pilot to purchase is clear up front, and in InterGov governments from different levels pool their challenges.",
        whatDidNotWork:
          "The development budget is capped at 25,000 euros, and a pilot or purchase only follows if the pitch convinces, so a proof of concept guarantees no follow-up. Joint challenges across levels of government also need a formal partnership first.",
        lessons: [
          "Announce the path to pilot and purchase up front.",
          "Pool challenges with other governments to combine budgets.",
        ],
        description:
          "Startup in Residence is explicitly co-creation, not a relationship between client and contractor. A government formulates a challenge, and in a six-month development track the government and the startup create a proof of concept together, paid for by the government. The startup pitches the result. If it is positive, the government invests in a pilot, and if the pilot succeeds, it buys the solution as launching customer." +
          "\n\n" +
          "In the InterGov variant, five or six governments from different levels of government formulate challenges together within a formal partnership; the sources give both numbers. One example is a province with a problem that calls for a pilot in municipalities.",
        figures: [
          { label: "Maximum budget per development phase", value: "25,000 euros" },
          { label: "Length of the development track", value: "6 months" },
          { label: "Governments in InterGov", value: "5 or 6 (the sources differ)" },
        ],
        links: [{ label: "Startup in Residence challenges", url: "https://example.org/startup-in-residence/uitdagingen" }],
      },
    },
  },
  {
    id: 'sitra-lab',
    title: "Sitra en Sitra Lab",
    summary:
      "Het Finse nationale innovatiefonds financiert sectoroverschrijdende consortia rond maatschappelijke uitdagingen, en Sitra Lab biedt jaarlijks een opleidingsprogramma dat voor iedereen openstaat.",
    description:
      "Sitra is onafhankelijk, maar staat onder toezicht van het Finse parlement. Het financiert projecten die passen in zijn agenda: circulaire economie, hernieuwbare energie, sociale zorg en gezondheidszorg, en levenslang leren. Ook niet-overheidsactoren kunnen financiering krijgen, maar aanvragers moeten sectoroverschrijdende consortia vormen." +
      "\n\n" +
      "Sitra Lab organiseert elk jaar een opleidingsprogramma waarvoor iedereen zich kan aanmelden. Wie geselecteerd wordt, komt in een multidisciplinair team terecht. Daarnaast is er een expertennetwerk met workshops en sprekers.",
    whatWorked:
      "Consortia over sectoren heen verplichten overheid, bedrijven, middenveld en kennisinstellingen om samen te werken, en multidisciplinaire teams in Sitra Lab brengen verschillende achtergronden samen rond één uitdaging.",
    whatDidNotWork:
      "Sitra Lab staat open voor iedereen, maar niet iedereen kan deelnemen: deelnemers worden geselecteerd. De eis van een sectoroverschrijdend consortium is een drempel voor wie alleen staat.",
    lessons: ["Vraag sectoroverschrijdende consortia als je maatschappelijke uitdagingen financiert."],
    figures: [{ label: "Opleidingsprogramma Sitra Lab", value: "1 keer per jaar" }],
    links: [],
    contact: { name: "Sitra Lab", email: "sitralab@example.org" },
    organisations: ['sitra'],
    level: 'international',
    themes: ['circulaire-economie', 'energie', 'welzijn', 'leren'],
    ladderRung: 3,
    facet: 'mission-oriented',
    stage: 'anchored',
    updatedAt: '2025-06-17T15:15:00+02:00',
  },
  {
    id: 'city-deals',
    title: "City Deals: samenwerkingsafspraken voor stedelijke transities",
    summary:
      "Nederlandse steden, de rijksoverheid, andere overheden, bedrijven en maatschappelijke organisaties maken concrete afspraken om vernieuwende antwoorden te vinden op stedelijke opgaven zoals klimaat, wonen en mobiliteit.",
    description:
      "Een City Deal is een concrete samenwerkingsafspraak rond een stedelijke transitieopgave: klimaat, voedsel, wonen, energie of mobiliteit. Voorbeelden gaan over gedeelde elektrische mobiliteit, de circulaire stad, een gezondheidshub en klimaatadaptatie. De deals hebben een dubbel doel: resultaten op inhoud en op proces en systeem." +
      "\n\n" +
      "De rijksoverheid helpt vooral door regels tijdelijk aan te passen. Dat maakt ruimte voor proeftuinen en voor aangepaste financierings- en aanbestedingsvoorwaarden.",
    whatWorked:
      "Door regels tijdelijk aan te passen, maakt de rijksoverheid ruimte voor proeftuinen zonder eerst de wet te veranderen. Het dubbele doel houdt zowel de inhoud als de manier van samenwerken in beeld.",
    whatDidNotWork:
      "De bron beschrijft vooral de opzet. Resultaten per deal, en wat er gebeurt als een tijdelijke aanpassing van de regels afloopt, zijn niet beschreven. Zeven van de negentien deals waren nog niet afgerond.",
    lessons: [
      "Stel naast inhoudelijke doelen ook doelen voor proces en systeem.",
      "Tijdelijke regelruimte kan proeftuinen mogelijk maken.",
    ],
    figures: [
      { label: "City Deals", value: "19" },
      { label: "Afgeronde City Deals", value: "12" },
    ],
    links: [],
    contact: { name: "Agenda Stad, City Deals", email: "citydeals@example.org" },
    organisations: ['city-deals', 'rijksoverheid'],
    level: 'international',
    themes: ['klimaat', 'mobiliteit', 'energie', 'circulaire-economie', 'regelgeving'],
    ladderRung: 3,
    facet: 'mission-oriented',
    updatedAt: '2026-05-26T09:40:00+02:00',
    translations: {
      en: {
        title: "City Deals: collaboration agreements for urban transitions",
        summary:
          "Dutch cities, central government, other governments, companies and social organisations make concrete agreements to find innovative answers to urban tasks such as climate, housing and mobility.",
        whatWorked:
          "By temporarily adjusting regulation, central government frees room for test beds without changing the law first. The double aim keeps both the content and the way of working together in view.",
        whatDidNotWork:
          "The source mainly describes the set-up. Results per deal, and what happens when a temporary adjustment of the rules ends, are not described. Seven of the nineteen deals were not yet completed.",
        description:
          "A City Deal is a concrete collaboration agreement around an urban transition task: climate, food, housing, energy or mobility. Examples deal with shared electric mobility, the circular city, a health hub and climate adaptation. The deals have a double aim: results on content and on process and system." +
          "\n\n" +
          "Central government helps mainly by temporarily adjusting rules. That makes room for test beds and for adapted financing and procurement conditions.",
        lessons: [
          "Alongside content goals, also set goals for process and system.",
          "Temporary room in the rules can make test beds possible.",
        ],
        figures: [
          { label: "City Deals", value: "19" },
          { label: "Completed City Deals", value: "12" },
        ],
      },
    },
  },
  {
    id: 'x-road',
    title: "X-Road: de Estse laag voor gegevensuitwisseling",
    summary:
      "Een laag voor gegevensuitwisseling waarmee Estse overheidsdatabanken automatisch met elkaar, en met sommige private partijen, communiceren. Delen is er wettelijk verplicht.",
    description:
      "X-Road laat databanken van de overheid automatisch met elkaar praten, en ook met sommige private partijen. Ambtenaren kunnen gegevens opvragen binnen hun bevoegdheden, en het systeem maakt e-diensten mogelijk. De eerste versie dateert van 2001." +
      "\n\n" +
      "Gegevens delen is er binnen wettelijke grenzen verplicht. Daardoor is Estland koploper in het once-onlyprincipe: burgers en bedrijven hoeven gegevens die de overheid al heeft niet opnieuw te geven.",
    whatWorked:
      "Omdat delen wettelijk verplicht is, kunnen diensten rekenen op gegevens uit andere databanken. Dat maakt Estland koploper in once-only en maakt e-diensten mogelijk.",
    whatDidNotWork:
      "Delen is verplicht, maar alleen binnen wettelijke grenzen, en slechts een deel van de private partijen is aangesloten. De aanpak steunt op een wettelijke plicht die in Vlaanderen niet bestaat: daar beslissen entiteiten grotendeels zelf of ze delen, wat de aanpak moeilijk overdraagbaar maakt.",
    lessons: [
      "Een wettelijke plicht om te delen maakt once-only haalbaar.",
      "Laat ambtenaren gegevens opvragen binnen hun bevoegdheden, niet daarbuiten.",
    ],
    figures: [{ label: "Eerste versie", value: "2001" }],
    links: [],
    contact: { name: "RIA, team X-Road", email: "xroad@example.org" },
    organisations: ['ria', 'estisch-ministerie-economie'],
    level: 'international',
    themes: ['data', 'digitale-dienstverlening', 'samenwerking'],
    facet: 'enhancement',
    stage: 'anchored',
    startedOn: '2001-01-01',
    updatedAt: '2026-11-03T16:00:00+01:00',
    translations: {
      fr: {
        title: "X-Road : la couche estonienne d'échange de données",
        summary:
          "Une couche d'échange de données qui permet aux bases de données publiques estoniennes de communiquer automatiquement entre elles et avec certains acteurs privés. Le partage y est une obligation légale.",
        whatWorked:
          "Comme le partage est légalement obligatoire, les services peuvent compter sur les données d'autres bases. L'Estonie est ainsi pionnière du principe « once only », et les services en ligne deviennent possibles.",
        whatDidNotWork:
          "Le partage est obligatoire, mais seulement dans les limites légales, et seule une partie des acteurs privés est connectée. L'approche repose sur une obligation légale qui n'existe pas en Flandre, où les entités décident en grande partie elles-mêmes de partager, ce qui la rend difficile à transposer.",
        lessons: [
          "Une obligation légale de partage rend le principe « once only » réaliste.",
          "Les fonctionnaires consultent les données dans les limites de leurs compétences.",
        ],
        description:
          "X-Road permet aux bases de données publiques de communiquer automatiquement entre elles, ainsi qu'avec certains acteurs privés. Les fonctionnaires peuvent consulter des données dans les limites de leurs compétences, et le système rend possibles les services en ligne. La première version date de 2001." +
          "\n\n" +
          "Le partage de données y est obligatoire dans les limites légales. L'Estonie est ainsi pionnière du principe « once only » : les citoyens et les entreprises n'ont pas à fournir une nouvelle fois des données que l'administration possède déjà.",
        figures: [{ label: "Première version", value: "2001" }],
      },
      en: {
        title: "X-Road: Estonia's data-exchange layer",
        summary:
          "A data-exchange layer that lets Estonian government databases talk to each other automatically, and to some private parties. Sharing is a legal duty.",
        whatWorked:
          "Because sharing is legally mandatory, services can rely on data from other databases. That makes Estonia the front-runner on once-only and makes eServices possible.",
        whatDidNotWork:
          "Sharing is mandatory, but only within legal limits, and only some private parties are connected. The approach rests on a legal duty that does not exist in Flanders, where entities largely decide themselves whether to share, which makes it hard to transfer.",
        lessons: [
          "A legal duty to share makes once-only feasible.",
          "Civil servants query data within their powers, not beyond them.",
        ],
        description:
          "X-Road lets government databases talk to each other automatically, and to some private parties as well. Civil servants can request data within their powers, and the system makes eServices possible. The first version dates from 2001." +
          "\n\n" +
          "Sharing data is mandatory there within legal limits. That makes Estonia the front-runner on the once-only principle: citizens and businesses do not have to provide data the government already holds a second time.",
        figures: [{ label: "First version", value: "2001" }],
      },
    },
  },
  {
    id: 'street-lab-kopenhagen',
    title: "Street Lab in Kopenhagen",
    summary:
      "Een lab in het centrum van Kopenhagen test slimme parkeeroplossingen, afvalbeheer en luchtkwaliteitsmetingen onder echte omstandigheden, om te beslissen welke oplossingen naar grotere gebieden gaan.",
    description:
      "Street Lab is een publiek-private samenwerking van Copenhagen Solutions Lab, de incubator voor de slimme stad van Kopenhagen, met bedrijven. In een deel van het stadscentrum worden oplossingen voor slim parkeren, afvalbeheer en het meten van luchtkwaliteit getest onder echte omstandigheden. De resultaten bepalen welke oplossingen de stad opschaalt naar grotere gebieden.",
    whatWorked:
      "Testen onder echte omstandigheden geeft de stad een onderbouwde basis om te beslissen wat ze opschaalt, in plaats van op beloftes van leveranciers te kopen.",
    whatDidNotWork:
      "Wat een test in één afgebakende zone oplevert, moet op grotere schaal nog blijken. Welke oplossingen uiteindelijk werden opgeschaald, beschrijft de bron niet.",
    lessons: ["Koppel een test onder echte omstandigheden aan een expliciete beslissing over opschaling."],
    figures: [],
    links: [],
    contact: { name: "Copenhagen Solutions Lab", email: "streetlab@example.org" },
    organisations: ['copenhagen-solutions-lab'],
    level: 'local',
    themes: ['slimme-stad', 'omgeving', 'mobiliteit'],
    facet: 'adaptive',
    stage: 'pilot',
    updatedAt: '2025-04-22T10:25:00+02:00',
  },
  {
    id: 'hva-fieldlabs',
    title: "Fieldlabs van de Hogeschool van Amsterdam",
    summary:
      "Living labs in drie Amsterdamse wijken met een meerjarige onderzoeksagenda, waar studenten en partners samen met bewoners wijkvraagstukken aanpakken.",
    description:
      "De Hogeschool van Amsterdam werkt met stadsdelen als strategische partners aan living labs in drie wijken. Met een meerjarige onderzoeksagenda pakken studenten en multidisciplinaire kennis vraagstukken in de wijk aan, vanuit sociale, fysieke, economische en politiek-bestuurlijke invalshoeken. Veel publieke en private partners en bewoners werken mee.",
    whatWorked:
      "Een meerjarige agenda in vaste wijken laat kennis opbouwen, en de combinatie van studenten, onderzoekers, partners en bewoners brengt verschillende invalshoeken samen.",
    whatDidNotWork:
      "Een meerjarige onderzoeksagenda vraagt een lang engagement van stadsdelen en partners. De bron beschrijft geen resultaten per wijk.",
    lessons: ["Bekijk een wijkvraagstuk vanuit meerdere invalshoeken tegelijk."],
    figures: [{ label: "Wijken met een fieldlab", value: "3" }],
    links: [],
    contact: { name: "HvA Fieldlabs", email: "fieldlabs@example.org" },
    organisations: ['hogeschool-van-amsterdam'],
    level: 'local',
    themes: ['samenwerking', 'leren', 'omgeving'],
    ladderRung: 3,
    facet: 'adaptive',
    stage: 'anchored',
    updatedAt: '2025-09-09T13:50:00+02:00',
  },
  {
    id: 'keino',
    title: "KEINO: Fins kenniscentrum voor duurzaam en innovatief aankopen",
    summary:
      "KEINO helpt Finse aankopers instrumenten te bouwen om duurzame, innovatieve aankopen te sturen en te meten, en brengt aankopers met gedeelde noden samen in inkopersgroepen.",
    description:
      "KEINO wordt gefinancierd door het ministerie van Werk en Economie en samen gestuurd door zes ministeries. Een consortium van acht organisaties voert het uit, onder meer Motiva, de Finse vereniging van lokale en regionale overheden, Business Finland en Hansel." +
      "\n\n" +
      "In inkopersgroepen ontwikkelen overheden met gedeelde noden samen met leveranciers nieuwe aankooppraktijken, in mobiliteit, logistiek en de bio- en circulaire economie, ondersteund door gezamenlijke marktanalyse en marktdialoog.",
    whatWorked:
      "Inkopersgroepen laten overheden met dezelfde noden samen optrekken, met gezamenlijke marktanalyse en marktdialoog in plaats van elk apart.",
    whatDidNotWork:
      "Samen aankopen lukt alleen waar overheden echt gedeelde noden hebben. Tot nu toe startten zeven inkopersgroepen, en de bron meldt nog geen resultaten per groep.",
    lessons: [
      "Breng aankopers met gedeelde noden samen in een groep.",
      "Voer marktanalyse en marktdialoog samen.",
    ],
    figures: [
      { label: "Gestarte inkopersgroepen", value: "7" },
      { label: "Sturende ministeries", value: "6" },
      { label: "Organisaties in het consortium", value: "8" },
    ],
    links: [{ label: "Inkopersgroepen van KEINO", url: "https://example.org/keino/inkopersgroepen" }],
    contact: { name: "KEINO", role: "Kenniscentrum", email: "keino@example.org" },
    organisations: ['keino'],
    level: 'international',
    themes: ['aankopen', 'mobiliteit', 'circulaire-economie'],
    facet: 'mission-oriented',
    stage: 'anchored',
    updatedAt: '2026-02-03T11:10:00+01:00',
  },
  {
    id: 'change-makers-network',
    title: "Change Makers Network in Finland",
    summary:
      "Een informeel, zelfsturend team van vrijwilligers uit verschillende ministeries dat een werkcultuur over silo's heen aanmoedigt en hiërarchisch management en verouderde HR-praktijken in vraag stelt.",
    description:
      "De leden zijn experts uit verschillende ministeries. Ze zijn niet aangeduid om een ministerie te vertegenwoordigen, en er is geen formele werkgroep of stuurgroep. Het netwerk ijvert voor een werkcultuur over de hele overheid heen. De grootste waarde zou liggen in het onofficiële, informele karakter." +
      "\n\n" +
      "De indeling op trede 5 (zelfbeheer) is een benadering: de ladder is gemaakt voor participatie in beleid, en hier beheren de leden hun netwerk volledig zelf, zonder mandaat of sturing van bovenaf.",
    whatWorked:
      "Het informele, onofficiële karakter is volgens de bron de grootste waarde: leden spreken in eigen naam en niet namens hun ministerie.",
    whatDidNotWork:
      "Het netwerk heeft geen mandaat: het kan hiërarchisch management en verouderde HR-praktijken in vraag stellen, maar beslist daar niet over. Een deel van de beschrijving ontbreekt in de bron, dus resultaten zijn niet bekend.",
    lessons: ["Laat mensen in eigen naam deelnemen, niet als vertegenwoordiger van hun organisatie."],
    figures: [],
    links: [],
    organisations: ['change-makers-network'],
    level: 'international',
    themes: ['innovatiecultuur', 'samenwerking', 'hr'],
    ladderRung: 5,
    facet: 'adaptive',
    updatedAt: '2025-12-16T10:35:00+01:00',
  },
  {
    id: 'tomp-api',
    title: "TOMP-API: open koppeling tussen mobiliteitsaanbieders en vervoerders",
    summary:
      "Een publiek-private werkgroep, gefaciliteerd door het Nederlandse ministerie van Infrastructuur en Waterstaat, ontwikkelt een open, gestandaardiseerde koppeling tussen MaaS-aanbieders en vervoerders.",
    description:
      "De Transport Operator to Mobility Provider API is een open, gestandaardiseerde interface tussen aanbieders van Mobility as a Service en vervoerders, bijvoorbeeld om te delen hoeveel deelfietsen beschikbaar zijn. De API maakt deel uit van zeven MaaS-pilots in zeven regio's." +
      "\n\n" +
      "De specificaties staan publiek op GitHub, omdat partijen buiten de pilots erom vroegen.",
    whatWorked:
      "Publieke en private partijen ontwikkelden de standaard samen, met het ministerie als facilitator. Door de specificaties openbaar te maken, kunnen ook partijen buiten de pilots aansluiten.",
    whatDidNotWork:
      "Partijen buiten de pilots moesten zelf om de specificaties vragen voor die publiek werden. De API wordt nog in pilots toegepast; hoe breed ze daarna wordt gebruikt, beschrijft de bron niet.",
    lessons: [
      "Publiceer open specificaties van bij de start.",
      "Laat de overheid een gedeelde standaard faciliteren in plaats van zelf te bouwen.",
    ],
    figures: [
      { label: "MaaS-pilots", value: "7" },
      { label: "Regio's", value: "7" },
    ],
    links: [{ label: "Specificaties van de TOMP-API", url: "https://example.org/tomp-api/specificaties" }],
    contact: { name: "Werkgroep TOMP-API", email: "tomp@example.org" },
    organisations: ['ministerie-ienw'],
    level: 'international',
    themes: ['mobiliteit', 'data', 'samenwerking'],
    ladderRung: 3,
    facet: 'adaptive',
    stage: 'pilot',
    updatedAt: '2026-06-09T14:45:00+02:00',
  },
  {
    id: 'duo-open-onderwijsdata',
    title: "Open API voor onderwijsdata van DUO",
    summary:
      "De uitvoeringsorganisatie van het Nederlandse ministerie van Onderwijs publiceert onderwijsdata voor hergebruik via een open API, en kreeg daardoor veel minder vragen.",
    description:
      "Dienst Uitvoering Onderwijs stelt onderwijsdata beschikbaar via een open API. Sindsdien krijgt de organisatie veel minder vragen, waardoor werklast en kosten daalden. Het voorbeeld wordt aangehaald om entiteiten aan te moedigen data open te stellen: het pleit voor een aanpak die aanspoort in plaats van bestraft, zoals Informatie Vlaanderen doet met publieke rapportering per entiteit.",
    whatWorked:
      "Open data publiceren via een API verlaagde het aantal vragen sterk, en daarmee de werklast en de kosten van de organisatie zelf.",
    whatDidNotWork:
      "De bron meldt alleen het effect op vragen, werklast en kosten. Hoeveel en door wie de data hergebruikt wordt, is niet beschreven.",
    lessons: ["Open data kan de eigen werklast verlagen, niet alleen anderen helpen."],
    figures: [],
    links: [],
    organisations: ['duo'],
    level: 'international',
    themes: ['data', 'digitale-dienstverlening'],
    facet: 'enhancement',
    stage: 'anchored',
    updatedAt: '2025-03-11T09:30:00+01:00',
  },
  {
    id: 'denktank-inwoners-en-raad',
    title: "Denktank Inwoners en Raad",
    summary:
      "Een wisselende groep raadsleden en inwoners komt elk kwartaal samen op een informele, openbare plek zoals een café, zonder vaste agenda. Inwoners brengen hun eigen ideeën mee.",
    description:
      "De denktank was een van de experimenten van de Democratic Challenge, een driejarig programma van onderuit van het Nederlandse ministerie van Binnenlandse Zaken en Koninkrijksrelaties en de Vereniging van Nederlandse Gemeenten, van 2015 tot 2018. Raadsleden en inwoners ontmoeten elkaar zonder vaste agenda, in een wisselende samenstelling.",
    whatWorked:
      "Een informele, openbare plek en het ontbreken van een vaste agenda verlagen de drempel: inwoners brengen zelf onderwerpen aan, en raadsleden horen wat er leeft.",
    whatDidNotWork:
      "Zonder vaste agenda is de band met concrete beslissingen van de raad niet vanzelfsprekend. De bron beschrijft niet wat er met de ideeën van inwoners gebeurde.",
    lessons: ["Ontmoet inwoners op hun terrein, niet alleen in het gemeentehuis."],
    figures: [{ label: "Ritme", value: "1 keer per kwartaal" }],
    links: [],
    contact: { name: "Democratic Challenge", email: "democraticchallenge@example.org" },
    organisations: ['ministerie-bzk', 'vng'],
    level: 'local',
    themes: ['lokale-democratie', 'participatie'],
    ladderRung: 2,
    facet: 'adaptive',
    stage: 'experiment',
    startedOn: '2015-01-01',
    endedOn: '2018-01-01',
    updatedAt: '2025-07-22T11:55:00+02:00',
  },
  {
    id: 'breda-begroot',
    title: "Breda Begroot: een burgerbegroting in twee wijken",
    summary:
      "In twee wijken van Breda bekeken bewoners opnieuw hoe het wijkbudget besteed wordt en legden ze hun voorstel voor aan de gemeenteraad.",
    description:
      "Breda Begroot was een experiment binnen de Democratic Challenge. Bewoners van twee wijken herbekeken de uitgaven in hun wijk en presenteerden hun keuzes aan de raad. Een factsheet dient als handleiding voor wie hetzelfde wil doen." +
      "\n\n" +
      "Een burgerbegroting is een van de voorbeelden die de participatieladder zelf geeft voor trede 4, overheidsparticipatie: de overheid schept een kader waarbinnen inwoners initiatief nemen.",
    whatWorked:
      "Prioriteiten kiezen werd makkelijker en de begroting werd transparanter. De factsheet maakt de aanpak overdraagbaar.",
    whatDidNotWork:
      "Het experiment liep in slechts twee wijken, binnen een driejarig programma dat in 2018 afliep. Of de aanpak ook in andere wijken of op het niveau van de hele stad werkt, blijkt niet uit de bron.",
    lessons: [
      "Een burgerbegroting maakt keuzes en budgetten zichtbaar.",
      "Leg de aanpak vast in een korte handleiding, zodat anderen ze kunnen overnemen.",
    ],
    figures: [{ label: "Deelnemende wijken", value: "2" }],
    links: [{ label: "Factsheet Breda Begroot", url: "https://example.org/democratic-challenge/breda-begroot" }],
    contact: { name: "Democratic Challenge", email: "bredabegroot@example.org" },
    organisations: ['ministerie-bzk', 'vng'],
    level: 'local',
    themes: ['lokale-democratie', 'participatie'],
    ladderRung: 4,
    facet: 'adaptive',
    stage: 'experiment',
    startedOn: '2015-01-01',
    endedOn: '2018-01-01',
    updatedAt: '2026-08-11T10:20:00+02:00',
  },
  {
    id: 'talent-exchange',
    title: "Talent Exchange: tijdelijke detachering over bestuursniveaus heen",
    summary:
      "Federale ambtenaren gaan tot een jaar voltijds aan de slag bij een andere overheidsdienst, binnen hun eigen overheid of bij een ander bestuursniveau.",
    description:
      "Talent Exchange is een programma van de Belgische federale overheid dat openstaat voor overheidsdiensten van alle niveaus. Het gaat om een tijdelijke voltijdse detachering, tot een jaar. Anders dan Radar gaat het over bestuursniveaus heen. Organisaties kunnen zo ook projecten starten waarvoor ze zelf de expertise missen.",
    whatWorked:
      "Omdat het programma over bestuursniveaus heen gaat, kunnen kennis en netwerken tussen federale, regionale en lokale overheden stromen. Organisaties halen tijdelijk expertise binnen die ze zelf niet hebben.",
    whatDidNotWork:
      "Het gaat om een voltijdse detachering, wat moeilijker te combineren is met een lopende job dan deeltijdse vormen. Het programma werkt bovendien in één richting: wie vertrekt, wordt niet vervangen door iemand van de ontvangende dienst, anders dan bij de Nederlandse functieruil.",
    lessons: ["Laat mobiliteit ook over bestuursniveaus heen gaan."],
    figures: [{ label: "Maximale duur", value: "1 jaar, voltijds" }],
    links: [],
    contact: { name: "Talent Exchange", email: "talentexchange@example.org" },
    organisations: ['federale-overheid'],
    level: 'federal',
    themes: ['hr', 'samenwerking', 'leren'],
    facet: 'enhancement',
    stage: 'anchored',
    updatedAt: '2025-01-28T14:30:00+01:00',
  },
  {
    id: 'functieruil',
    title: "Functieruil bij de Nederlandse overheid",
    summary:
      "Twee ambtenaren van verschillende diensten of organisaties ruilen tijdelijk van functie, zodat beide kanten geven en ontvangen.",
    description:
      "Functieruil is een ruil in twee richtingen tussen ambtenaren van verschillende eenheden of organisaties, over de bestuurslagen van de Nederlandse overheid heen. De Vlaamse en federale programma's werken in één richting." +
      "\n\n" +
      "Bij de Vlaamse Radar en de federale Talent Exchange gaat een ambtenaar tijdelijk naar een andere dienst, zonder dat iemand de omgekeerde weg aflegt. Functieruil is daarom een voorbeeld voor wie wederkerigheid zoekt.",
    whatWorked:
      "Omdat het een ruil is, verliest geen enkele organisatie tijdelijk capaciteit: beide kanten geven en ontvangen.",
    whatDidNotWork:
      "Een ruil vraagt twee passende kandidaten tegelijk, wat de mogelijkheden beperkt. De bron geeft geen aantallen of resultaten.",
    lessons: ["Een ruil in twee richtingen vermijdt dat één organisatie capaciteit verliest."],
    figures: [],
    links: [],
    organisations: ['rijksoverheid'],
    level: 'international',
    themes: ['hr', 'samenwerking'],
    facet: 'enhancement',
    stage: 'anchored',
    updatedAt: '2025-05-06T16:10:00+02:00',
  },
  {
    id: 'gov-buys-innovation',
    title: "Gov Buys Innovation: federale uitdagingen voor bedrijven",
    summary:
      "Op het platform van NIDO beschrijven federale overheidsdiensten een uitdaging, reageren bedrijven van elke grootte met oplossingen, en ontwikkelt één bedrijf zijn oplossing verder en test die binnen de overheid.",
    description:
      "Federale diensten beschrijven hun uitdaging zo duidelijk mogelijk op het platform. Startups, kmo's en grote bedrijven stellen oplossingen voor. Na overleg met de bedrijven en een evaluatie van de voorstellen wordt één bedrijf gekozen om de oplossing verder te ontwikkelen en te testen binnen de overheid, via een overheidsopdracht met beperkt budget." +
      "\n\n" +
      "Bedrijven kunnen ook zelf oplossingen voorstellen. Gepubliceerde uitdagingen kunnen andere diensten met hetzelfde probleem inspireren, wat gezamenlijke uitdagingen in de hand werkt. Het platform werd zelf in cocreatie ontwikkeld met startups en ambtenaren die met aankopen werken.",
    whatWorked:
      "De aanpak is gefaseerd en iteratief, en staat open voor bedrijven van elke grootte. Een gepubliceerde uitdaging kan andere diensten met hetzelfde probleem inspireren, en het platform werd ontworpen samen met de mensen die het gebruiken.",
    whatDidNotWork:
      "Per uitdaging wordt maar één bedrijf gekozen, met een beperkt budget; andere voorstellen krijgen binnen de uitdaging geen vervolg. Een deel van de beschrijving van het platform ontbreekt in de bron.",
    lessons: [
      "Beschrijf de uitdaging zo duidelijk mogelijk en laat de oplossing open.",
      "Maak uitdagingen publiek, zodat diensten met hetzelfde probleem kunnen aansluiten.",
    ],
    figures: [
      { label: "Wettelijke basis", value: "art. 92 van de wet overheidsopdrachten van 17 juni 2016" },
      { label: "Gekozen bedrijven per uitdaging", value: "1" },
    ],
    links: [{ label: "Uitdagingen op Gov Buys Innovation", url: "https://example.org/gov-buys-innovation/uitdagingen" }],
    contact: { name: "NIDO, team Gov Buys Innovation", email: "govbuysinnovation@example.org" },
    organisations: ['nido', 'fod-bosa'],
    level: 'federal',
    themes: ['aankopen', 'startups', 'samenwerking'],
    facet: 'adaptive',
    stage: 'anchored',
    updatedAt: '2026-04-28T08:30:00+02:00',
  },
  {
    id: 'lumen-federale-coaches',
    title: "Lumen: netwerk van federale coaches",
    summary:
      "Een netwerk van opgeleide federale ambtenaren die individuen en groepen coachen buiten hun eigen organisatie. Bijna alle FOD's zijn lid.",
    description:
      "Lumen verenigt federale ambtenaren die opgeleid zijn als coach. Ze begeleiden individuen en groepen in andere organisaties dan hun eigen. Bijna alle federale overheidsdiensten zijn lid, en het netwerk zorgt ervoor dat minder externe consultants nodig zijn." +
      "\n\n" +
      "Lumen lijkt op het Vlaamse interne netwerk van procesbegeleiders: ook daar werken ambtenaren vooral buiten hun eigen entiteit, en ook daar is de winst dat minder externe consultants nodig zijn.",
    whatWorked:
      "Interne coaches van een andere dienst bieden een onafhankelijke blik en kennen toch de overheidscontext. Dat vermindert de nood aan externe consultants.",
    whatDidNotWork:
      "De bron beschrijft niet hoe coaches hun opdrachten combineren met hun eigen job, en ook niet welke resultaten de coaching oplevert.",
    lessons: ["Laat interne coaches buiten hun eigen organisatie werken."],
    figures: [{ label: "Deelnemende FOD's", value: "bijna alle" }],
    links: [],
    contact: { name: "Lumen", email: "lumen@example.org" },
    organisations: ['lumen', 'federale-overheid'],
    level: 'federal',
    themes: ['hr', 'leren', 'samenwerking'],
    facet: 'enhancement',
    stage: 'anchored',
    updatedAt: '2025-11-25T12:40:00+01:00',
  },
  {
    id: 'aanbesteden-op-3-a4',
    title: "Aanbesteden op 3 A4",
    summary:
      "De Haagse Inkoop Samenwerking, die aankoopt voor zes ministeries, testte een aanbesteding op hoogstens drie A4-pagina's rond vier vragen.",
    description:
      "De Haagse Inkoop Samenwerking koopt aan voor zes Nederlandse ministeries. Ze testte of een aanbesteding op hoogstens drie A4-pagina's kan." +
      "\n\n" +
      "Zo'n aanbesteding draait rond vier vragen: wat voor organisatie ben je, wat wil je, wat vind je belangrijk en hoeveel, en wat wil je betalen.",
    whatWorked:
      "Vier eenvoudige vragen dwingen de aankoper om scherp te formuleren wat hij nodig heeft en wat hem belangrijk is, en maken de aanbesteding leesbaar voor leveranciers.",
    whatDidNotWork:
      "Het ging om een test. De bron meldt niet of de aanpak daarna werd aangehouden of hoe leveranciers erop reageerden.",
    lessons: ["Beperk een aanbesteding tot wat je wilt, wat je belangrijk vindt en wat je wilt betalen."],
    figures: [
      { label: "Maximale omvang", value: "3 A4-pagina's" },
      { label: "Ministeries waarvoor wordt aangekocht", value: "6" },
      { label: "Kernvragen", value: "4" },
    ],
    links: [{ label: "Sjabloon aanbesteden op 3 A4", url: "https://example.org/haagse-inkoop-samenwerking/3-a4" }],
    contact: { name: "Haagse Inkoop Samenwerking", email: "inkoop3a4@example.org" },
    organisations: ['haagse-inkoop-samenwerking'],
    level: 'international',
    themes: ['aankopen'],
    facet: 'enhancement',
    stage: 'experiment',
    updatedAt: '2026-07-21T09:55:00+02:00',
  },
  {
    id: 'prodemos-participatiewijzer',
    title: "Participatiewijzer en afwegingskader burgerparticipatie van ProDemos",
    summary:
      "Twee kant-en-klare digitale hulpmiddelen van het Nederlandse ProDemos: een ambtenaar beantwoordt gerichte vragen en ziet snel welke participatievormen bij zijn project passen.",
    description:
      "ProDemos, het Nederlandse Huis voor democratie en rechtsstaat, ondersteunt gemeenten, provincies en andere overheden bij burgerparticipatie, met workshops voor ambtenaren, informatieavonden en digitale hulpmiddelen zoals de Begrotingswijzer." +
      "\n\n" +
      "De participatiewijzer en het afwegingskader burgerparticipatie werken op dezelfde manier: wie een aantal gerichte vragen beantwoordt, krijgt snel inzicht in welke participatievormen bij dat specifieke project passen. Dit is het voorbeeld achter de aanbeveling om zo'n instrument ook op het platform van het Kenniscentrum Participatie aan te bieden.",
    whatWorked:
      "Gerichte vragen geven ambtenaren snel inzicht in welke vormen bij hun project passen, zonder eerst de hele theorie te moeten doorgronden.",
    whatDidNotWork:
      "De bron beschrijft het mechanisme, maar niet de vragen zelf of hoe vaak ambtenaren de hulpmiddelen gebruiken. Een wijzer geeft richting, maar participatie blijft maatwerk waarin vormen gecombineerd worden.",
    lessons: [
      "Laat een wijzer aanbevelen, niet voorschrijven.",
      "Bied participatiekennis aan als hulpmiddel op het moment dat iemand een project start.",
    ],
    figures: [],
    links: [],
    contact: { name: "ProDemos", email: "prodemos@example.org" },
    organisations: ['prodemos'],
    level: 'international',
    themes: ['participatie', 'lokale-democratie'],
    ladderRung: 2,
    facet: 'enhancement',
    stage: 'anchored',
    updatedAt: '2025-08-05T14:05:00+02:00',
  },
  {
    id: 'open-by-design',
    title: "Open by Design: informatie openbaar vanaf de start van een beleidsproces",
    summary:
      "Pilot uit het Nederlandse actieplan 2018-2020 voor het Open Government Partnership: informatie wordt automatisch openbaar gemaakt bij de start van een beleidsproces.",
    description:
      "Binnen het actieplan 2018-2020 voor het Open Government Partnership testte Nederland met Open by Design hoe informatie automatisch openbaar kan worden vanaf het begin van een beleidsproces." +
      "\n\n" +
      "De indeling op trede 1 (overheidssturing) is een benadering: de overheid informeert transparant, en burgers volgen van op afstand en informeren zich.",
    whatWorked:
      "Openheid wordt een vertrekpunt in plaats van een uitzondering: wie wil, kan een beleidsproces vanaf de start volgen.",
    whatDidNotWork:
      "Informatie openbaar maken is geen inspraak: burgers kunnen volgen, maar niet meebeslissen. De bron beschrijft de pilot, niet de resultaten.",
    lessons: ["Ook als de overheid alleen beslist, kan ze transparant informeren vanaf de start."],
    figures: [],
    links: [],
    contact: { name: "Open Government Partnership Nederland", email: "openbydesign@example.org" },
    organisations: ['rijksoverheid'],
    level: 'international',
    themes: ['data', 'participatie'],
    ladderRung: 1,
    facet: 'enhancement',
    stage: 'pilot',
    startedOn: '2018-01-01',
    updatedAt: '2026-03-17T15:25:00+01:00',
  },
  {
    id: 'data-overheid-nl',
    title: "Data.overheid.nl: het nationale dataportaal van Nederland",
    summary:
      "Nationaal dataportaal met meer dan 150 publicerende organisaties, waar ook data die nog niet open is kan worden aangevraagd.",
    description:
      "Data.overheid.nl bundelt open data van meer dan 150 Nederlandse overheidsorganisaties. Wie data zoekt die nog niet openbaar is, kan die via het portaal aanvragen. Het Kennis- en Exploitatiecentrum Officiële Overheidspublicaties beheert het." +
      "\n\n" +
      "De indeling op trede 1 is een benadering: de overheid stelt informatie beschikbaar, en gebruikers volgen en informeren zich.",
    whatWorked:
      "Eén nationaal portaal voor meer dan 150 organisaties maakt data vindbaar, en de mogelijkheid om niet-geopende data aan te vragen laat de vraag van gebruikers meetellen.",
    whatDidNotWork:
      "De bron meldt niet hoeveel aanvragen voor nog niet geopende data werden ingewilligd, of hoe snel.",
    lessons: ["Laat gebruikers data aanvragen die nog niet open is."],
    figures: [{ label: "Publicerende organisaties", value: "meer dan 150" }],
    links: [{ label: "data.overheid.nl", url: "https://data.overheid.nl" }],
    contact: { name: "Beheer data.overheid.nl", email: "dataoverheid@example.org" },
    organisations: ['koop'],
    level: 'international',
    themes: ['data', 'digitale-dienstverlening'],
    ladderRung: 1,
    facet: 'enhancement',
    stage: 'anchored',
    updatedAt: '2025-10-07T10:45:00+02:00',
  },
  {
    id: 'doe-democratie',
    title: "Doe-democratie: de Nederlandse kabinetsnota over burgerinitiatief",
    summary:
      "Kabinetsnota uit 2013 die drie vormen van burgerparticipatie onderscheidt en inzet op de eigen initiatieven van burgers, met een overheid die loslaat, faciliteert en ruimte maakt.",
    description:
      "De nota onderscheidt inspraak op afgewerkte plannen, interactieve beleidsvorming en eigen initiatieven van burgers. Doe-democratie richt zich op die laatste vorm: zeggenschap overdragen aan de samenleving, met een overheid die loslaat, faciliteert en ruimte maakt." +
      "\n\n" +
      "De indeling op trede 5 (zelfbeheer) is een benadering: eigen initiatieven van burgers liggen op de ladder tussen trede 4 en trede 5, afhankelijk van hoeveel de overheid nog meedoet.",
    whatWorked:
      "De nota maakt expliciet dat de overheid ook kan loslaten, en geeft burgerinitiatief een plaats naast inspraak en interactieve beleidsvorming.",
    whatDidNotWork:
      "Een kabinetsnota is een visie, geen instrument. Wat gemeenten en burgers er concreet mee deden, beschrijft de bron niet.",
    lessons: ["Maak ruimte voor initiatieven van burgers zonder ze over te nemen."],
    figures: [{ label: "Vormen van burgerparticipatie in de nota", value: "3" }],
    links: [],
    organisations: ['rijksoverheid'],
    level: 'international',
    themes: ['participatie', 'lokale-democratie'],
    ladderRung: 5,
    facet: 'mission-oriented',
    startedOn: '2013-01-01',
    updatedAt: '2026-10-13T13:15:00+02:00',
  },
];
