import type { Quote } from '../../src/data/schemas/quotes';

const DICK = { speaker: 'Cressida Dick', role: 'Metropolitan Police Commissioner' } as const;
const CHISHTY = {
  speaker: 'Mak Chishty',
  role: 'Former Metropolitan Police commander, once the country’s most senior Muslim officer',
} as const;

/** The article's quotes; every paragraph must appear word for word in ../shared/sources/article.txt. */
export const QUOTES: readonly Quote[] = [
  {
    id: 'dick-attack-on-muslims',
    ...DICK,
    event: 'finsbury-park-2017',
    paragraphs: ['quite clearly an attack on Muslims'],
    context:
      'A terror attack on a group of worshippers near a mosque was “quite clearly an attack on Muslims”, Metropolitan Police Commissioner Cressida Dick has said.',
    source: 'article',
  },
  {
    id: 'dick-protect-you',
    ...DICK,
    event: 'finsbury-park-2017',
    paragraphs: [
      'This is an appalling attack on a wonderful, happy, integrated community here in London.',
      'Sadly we have suffered a number of attacks and very sad events over the last few weeks.',
      'This has shocked the Metropolitan Police as much as it has shocked everybody else and we have come here to try to say to people who are feeling utterly devastated, right here and in the wider communities, in particular in our Muslim communities, that we will be doing everything we can in our power to protect you and to support you.',
      'We take all forms of hate crime incredibly seriously and we want to stop people becoming violent extremists of any sort, however we can.',
      'Clearly it takes more than just the police.',
      'People of this community have a very good working experience with the local police, they will be seeing more police in the area – particularly around religious establishments, they will see more officers on the streets, they may see more armed officers on the streets as well.',
    ],
    context: null,
    source: 'article',
  },
  {
    id: 'chishty-relentless',
    ...CHISHTY,
    event: 'london-bridge-2017',
    paragraphs: ['relentless'],
    context:
      'In a speech last week, a former police chief warned that anti-Muslim sentiment online has been “relentless” following the London Bridge attack on June 3.',
    source: 'article',
  },
  {
    id: 'chishty-different-scale',
    ...CHISHTY,
    event: 'london-bridge-2017',
    paragraphs: ['The backlash has been something of a different scale.'],
    context: null,
    source: 'article',
  },
];
