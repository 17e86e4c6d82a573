import type { ParticipationLadderMessages } from './participation-ladder.messages.js';

export const fr: ParticipationLadderMessages = {
  variantDescriptions: {
    consultatie: 'Consulter sur une proposition qui est déjà en phase finale.',
    advies: "Demander l'avis des conseils consultatifs (stratégiques).",
    coproductie:
      "D'autres acteurs réfléchissent dès le début du cycle de la politique publique. Les pouvoirs publics décident et gardent la responsabilité finale.",
  },
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
    active:
      'Les pouvoirs publics agissent ici de façon active : ils créent un cadre pour les initiatives venues du terrain. Un tel cadre, comme un budget participatif, relève aussi de cet échelon.',
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
        unsure: {
          label: 'Je ne sais pas encore',
          reason: 'Vous ne savez pas encore si la participation apporte quelque chose ; vos autres réponses sont donc déterminantes.',
        },
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
        'inform-only': {
          label: 'Non, nous informons seulement',
          reason: 'Les pouvoirs publics informent seulement ; ils ne demandent pas de contribution avant de décider.',
        },
        yes: { label: 'Oui', reason: "Les pouvoirs publics tiennent compte de la contribution d'autres acteurs avant de décider." },
      },
    },
    decision: {
      text: 'Qui prend la décision finale et porte la responsabilité finale, y compris pour le financement et la mise en œuvre ?',
      hint: "Ce qui distingue la coproduction (échelon 2) de la cocréation (échelon 3), c'est qui porte la responsabilité finale.",
      answers: {
        government: {
          label: 'Les pouvoirs publics (primauté du politique)',
          reason: 'Les pouvoirs publics décident et portent la responsabilité finale (primauté du politique).',
        },
        partners: {
          label: "Tous les partenaires ensemble, sur un pied d'égalité",
          reason:
            "Tous les partenaires décident ensemble, sur un pied d'égalité, et partagent la responsabilité, y compris pour le financement et la mise en œuvre.",
        },
      },
    },
    involvement: {
      text: "À quel moment associez-vous d'autres acteurs ?",
      hint: '',
      answers: {
        consultatie: {
          label: 'Quand une proposition est presque finalisée',
          reason: "D'autres acteurs réagissent à une proposition déjà en phase finale : c'est une consultation.",
        },
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
        none: {
          label: "Aucun : les porteurs de l'initiative font tout eux-mêmes",
          reason: "Les porteurs de l'initiative font tout eux-mêmes, sans les pouvoirs publics.",
        },
        'when-asked': {
          label: 'Soutenir ou faciliter quand on le leur demande',
          reason: "Les pouvoirs publics soutiennent ou facilitent quand les porteurs de l'initiative le demandent.",
        },
        active: {
          label: "Créer activement de l'espace ou un cadre, comme un budget participatif, des occupations temporaires ou le droit de défi",
          reason: "Les pouvoirs publics créent activement de l'espace ou un cadre pour les initiatives venues du terrain.",
        },
      },
    },
  },
};
