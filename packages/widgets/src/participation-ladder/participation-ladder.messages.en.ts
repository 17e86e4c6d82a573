import type { ParticipationLadderMessages } from './participation-ladder.messages.js';

export const en: ParticipationLadderMessages = {
  variantDescriptions: {
    consultatie: 'Consult on a proposal that is already in its final phase.',
    advies: 'Ask for advice through the (strategic) advisory councils.',
    coproductie: 'Other actors think along from the very start of the policy cycle. Government decides and keeps final responsibility.',
  },
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
    active:
      'Government acts actively here: it creates a framework for bottom-up initiatives. Such a framework, like a participatory budget, also belongs on this rung.',
  },
  tailorMade: 'Participation is tailor-made: you can combine several forms across the phases of the policy cycle, from agenda-setting to evaluation.',
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
        consultatie: {
          label: 'When a proposal is almost final',
          reason: 'Others respond to a proposal that is already in its final phase: that is consultation.',
        },
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
