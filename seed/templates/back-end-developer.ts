import type { TemplateSeedInput } from '../schema.ts'

const summary =
  'A back-end web developer is responsible for server-side web application logic as well as the integration of the front-end part. Back-end developers are usually responsible for writing the web services and APIs used by front-end developers and mobile application developers.'

const responsibilities: TemplateSeedInput['responsibilities'] = [
  { text: 'Be involved and participate in the overall application lifecycle', category: 'primary', tags: ['lifecycle'] },
  { text: 'Main focus on coding and debugging', category: 'primary', tags: ['code-quality', 'debugging'] },
  { text: 'Collaborate with Front-end developers', category: 'primary', tags: ['collaboration'] },
  { text: 'Define and communicate technical and design requirements', category: 'primary', tags: ['requirements'] },
  { text: 'Provide training, help and support to other team members', category: 'additional', tags: ['mentoring'] },
  // "thew future" in the source, corrected.
  { text: 'Build high-quality reusable code that can be used in the future', category: 'primary', tags: ['code-quality'] },
  { text: 'Develop functional and sustainable web applications with clean codes', category: 'primary', tags: ['code-quality'] },
  { text: 'Troubleshoot and debug applications', category: 'primary', tags: ['debugging'] },
  { text: 'Learn about new technologies', category: 'additional', tags: ['learning'] },
  { text: 'Stay up to date with current best practices', category: 'additional', tags: ['learning'] },
  { text: 'Conduct UI tests and optimize performance', category: 'primary', tags: ['testing', 'performance'] },
  { text: 'Manage cutting-edge technologies to improve applications', category: 'primary', tags: ['architecture'] },
  { text: 'Collaborate with multidisciplinary team of designers, developers and system administrators', category: 'primary', tags: ['collaboration'] },
  { text: 'Participate in conferences and educational programs', category: 'additional', tags: ['learning'] },
  { text: 'Follow new and emerging technologies', category: 'additional', tags: ['learning'] },
]

/** From shared/seed-documents/004_8f6d01c2fc759b57.txt, every sentence of it. */
export const backEndDeveloper: TemplateSeedInput = {
  slug: 'back-end-developer-template',
  title: 'Back-end Developer',
  employmentType: ['FULL_TIME'],
  summary,
  responsibilities,
  requirements: [
    { text: 'BSc. degree in Computer Science or similar relevant field', category: 'education', level: 'required' },
    { text: 'x years of experience as a Back-end developer', category: 'experience', level: 'required' },
    { text: 'In-depth understanding of web development', category: 'technical_skill', level: 'required' },
    { text: 'x years of experience with programming languages like Java, Ruby, PHP and Python', category: 'experience', level: 'required' },
    { text: 'x years of experience with CMS framework', category: 'experience', level: 'required' },
    { text: 'Familiarity with front-end languages such as HTML, JavaScript and CSS', category: 'technical_skill', level: 'required' },
    { text: 'Critical thinker and problem-solving skills', category: 'soft_skill', level: 'required' },
    { text: 'Team player', category: 'soft_skill', level: 'required' },
    { text: 'Good organizational and time-management skills', category: 'soft_skill', level: 'required' },
    { text: 'Great interpersonal and communication skills', category: 'soft_skill', level: 'required' },
  ],
  // The source page opens with these three questions and answers them in its sections.
  faqs: [
    { question: 'What is the job description of a Back-end Developer?', answer: summary, audience: 'candidates' },
    {
      question: 'What are the duties and responsibilities of a Back-end Developer?',
      answer: [
        'Back-end Developer job description should contain a variety of functions and roles including:',
        '',
        ...responsibilities.map((item) => `- ${item.text}`),
      ].join('\n'),
      audience: 'candidates',
    },
    {
      question: 'What does a Back-end Developer do?',
      answer:
        'Back-end developers are usually responsible for writing the web services and APIs used by front-end developers and mobile application developers.',
      audience: 'candidates',
    },
  ],
  notesForAuthors: `
## Back-end Developer Job Description

This Back-end Developer job description example includes the list of most important Back-end Developer duties and responsibilities as shown below. It can be modified to fit the specific Back-end Developer profile you're trying to fill as a recruiter or job seeker.

## Job description of a Back-end Developer

The summary holds this section of the source.

## Back-end Developer Duties and Responsibilities

Back-end Developer job description should contain a variety of functions and roles including: the responsibilities listed on this template.

## Back-end Developer Requirements / Skills / Qualifications

Back-end Developer job description should include these common skills and qualifications: the requirements listed on this template.

## Using this template

As a hiring manager, recruiting an ideal Back-end Developer starts with crafting a good job description. Use this Back-end Developer job description template to save yourself time and help you attract the most qualified candidates. Feel free to revise it to meet your specific needs.

Job seekers interviewing for the role of a Back-end Developer may also reference it in preparation for the interview.

## Where this template comes from

A page of a library of "Job Descriptions". It opens with the questions "What is the job description of a Back-end Developer? What are the duties and responsibilities of a Back-end Developer? What does a Back-end Developer do?", which this template's FAQs answer.
`,
}
