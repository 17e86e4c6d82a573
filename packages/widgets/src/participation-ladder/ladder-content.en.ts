import type { ParticipationLadder } from '@ino/sdk';
import { LADDER_VERSION, type LadderContent } from './ladder-content.js';

const ladder: ParticipationLadder = {
  version: LADDER_VERSION,
  lang: 'en',
  rungs: [
    {
      level: 1,
      key: 'overheidssturing',
      name: 'Government steering',
      summary: 'Government takes the initiative, decides and bears full responsibility as the legitimate government. Citizens and organisations follow from a distance and inform themselves now and then.',
      initiative: 'Government.',
      decision: 'Government.',
      responsibility: 'Government, fully, acting as the legitimate government.',
      examples: [],
    },
    {
      level: 2,
      key: 'burgerparticipatie',
      name: 'Citizen or policy participation',
      summary: 'Government takes the initiative, involves other actors and takes their input into account. It keeps the right to decide (primacy of politics) and bears final responsibility.',
      initiative: 'Government.',
      decision: 'Government, which keeps the right to decide (primacy of politics).',
      responsibility: 'Government bears final responsibility.',
      examples: [],
      variants: [
        { key: 'consultatie', name: 'Consultation' },
        { key: 'advies', name: 'Advice' },
        { key: 'coproductie', name: 'Co-production' },
      ],
    },
    {
      level: 3,
      key: 'cocreatie',
      name: 'Co-creation',
      summary: 'Citizens, government, civil-society organisations, companies and knowledge institutions set the agenda together, look for solutions together and decide together. They are equal partners and share responsibility, including for funding and implementation.',
      initiative: 'Joint: citizens, government, civil society, companies and knowledge institutions set the agenda together.',
      decision: 'Joint: the partners look for solutions and decide together.',
      responsibility: 'Shared: everyone is an equal partner. The partners seek funding together and implement together.',
      examples: [],
    },
    {
      level: 4,
      key: 'overheidsparticipatie',
      name: 'Government participation',
      summary: 'Citizens, entrepreneurs, knowledge institutions or civil society take the initiative bottom-up to create societal value. Government joins that initiative: it supports or facilitates when asked, or actively creates room and a framework.',
      initiative: 'Bottom-up: citizens, entrepreneurs, knowledge institutions or civil society, alone or together.',
      decision: 'The initiators.',
      responsibility: 'The initiators. Ideally, government enriches the initiative.',
      examples: ['Participatory budget', 'Temporary use', 'Right to challenge'],
    },
    {
      level: 5,
      key: 'zelfbeheer',
      name: 'Self-management',
      summary: 'Citizens, companies and organisations take the initiative themselves, decide themselves and roll it out fully, without any government involvement.',
      initiative: 'Citizens, companies and organisations.',
      decision: 'They themselves.',
      responsibility: 'They themselves. They roll the initiative out fully, without government involvement.',
      examples: [],
    },
  ],
};

export const en: LadderContent = {
  ladder,
  variantDescriptions: {
    consultatie: 'Consult on a proposal that is already in its final phase.',
    advies: 'Ask for advice through the (strategic) advisory councils.',
    coproductie: 'Other actors think along from the very start of the policy cycle. Government decides and keeps final responsibility.',
  },
};
