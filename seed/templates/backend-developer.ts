import type { TemplateSeedInput } from '../schema.ts'

/** From shared/seed-documents/000_58c1534c3ffdf0a9.txt, every sentence of it. */
export const backendDeveloper: TemplateSeedInput = {
  slug: 'backend-developer-template',
  title: 'Backend Developer',
  department: 'IT / Engineering',
  reportsTo: 'Lead Developer / CTO',
  employmentType: ['FULL_TIME'],
  summary:
    '[Your Company Name] is seeking an experienced Backend Developer to join our dynamic team. In this role, you will design and maintain the server-side components of our applications, ensuring efficient, secure, and scalable systems that enhance our user experience. You’ll work closely with front-end developers and stakeholders to integrate and support all components of the applications.',
  overview:
    'A Backend Developer plays a critical role in designing, developing, and maintaining the server-side logic, databases, and data storage solutions. This position is essential in ensuring seamless communication between the front-end and server-side functions of web applications, enabling a smooth user experience. Backend Developers drive core technical developments and ensure that applications remain fast, scalable, and efficient.',
  responsibilities: [
    { text: 'Develop and maintain server-side architecture, ensuring scalability and efficiency.', category: 'primary', tags: ['architecture', 'performance'] },
    { text: 'Collaborate with front-end developers for seamless integration of UI components.', category: 'primary', tags: ['collaboration'] },
    { text: 'Design, manage, and optimize databases and data storage solutions.', category: 'primary', tags: ['databases'] },
    { text: 'Write clean, efficient, and reusable code.', category: 'primary', tags: ['code-quality'] },
    { text: 'Implement security measures, including authentication and data encryption.', category: 'primary', tags: ['security'] },
    { text: 'Optimize applications for maximum speed and scalability.', category: 'primary', tags: ['performance'] },
    { text: 'Troubleshoot and debug applications to ensure high-quality performance.', category: 'primary', tags: ['debugging'] },
    { text: 'Develop and manage APIs for application functionality.', category: 'primary', tags: ['apis'] },
    { text: 'Conduct testing, debugging, and documentation of backend processes.', category: 'primary', tags: ['testing', 'documentation'] },
  ],
  requirements: [
    { text: 'Bachelor’s degree in Computer Science or related field.', category: 'education', level: 'required' },
    { text: 'Proven experience as a Backend Developer or in a similar role.', category: 'experience', level: 'required' },
    { text: 'Proficient in server-side languages (Node.js, Python, Java).', category: 'technical_skill', level: 'required' },
    { text: 'Knowledge of database management and optimization.', category: 'technical_skill', level: 'required' },
    { text: 'Experience with API integration and RESTful web services.', category: 'technical_skill', level: 'required' },
  ],
  // The source page prints the answers under "Frequently asked questions" without their questions;
  // the questions are written here from what each answer answers.
  faqs: [
    {
      question: 'What does a Backend Developer do?',
      answer:
        'A Backend Developer is responsible for building and maintaining the server-side logic, databases, and APIs that power applications, ensuring they operate efficiently and securely.',
      audience: 'candidates',
    },
    {
      question: 'What are the key responsibilities of a Backend Developer?',
      answer:
        'Key responsibilities include developing server-side architecture, managing databases, optimizing application performance, implementing security protocols, and collaborating with front-end developers.',
      audience: 'candidates',
    },
    {
      question: 'What skills should a Backend Developer have?',
      answer:
        'Backend Developers should have strong skills in server-side programming, database management, API integration, security, and debugging.',
      audience: 'candidates',
    },
    {
      question: 'How can I tailor this Backend Developer job description template?',
      answer:
        'The template can be tailored by adjusting the responsibilities, required skills, and technologies to better fit your organization’s specific backend development needs.',
      audience: 'authors',
    },
  ],
  notesForAuthors: `
## How to write the Backend Developer job description

Thoughtful job descriptions not only set clear expectations but also align your recruitment strategy with the essential needs of your team. This guide will provide a step-by-step approach, along with a sample template, to help you create an impactful job description that attracts the best Backend Developers for your organization.

Creating a compelling Backend Developer job description involves more than just listing tasks. Follow these six steps to ensure your description is thorough, clear, and engaging.

- Conduct a Job Analysis: Begin with a deep dive into the role. Gather insights from team members, hiring managers, and any relevant documentation to understand the skills and competencies necessary for success.
- Define the Role’s Purpose: Clearly state why the role is critical to the organization. Highlight how the Backend Developer will impact the company’s technical and business goals.
- List Key Responsibilities: Identify and categorize the primary and additional tasks. A structured list allows candidates to understand daily and occasional duties, enabling them to gauge role expectations.
- Identify Key Skills and Competencies: Specify the must-have technical skills (such as programming languages and database management) and soft skills (such as communication and teamwork).
- Set Requirements for Education & Experience: Mention necessary educational qualifications and preferred certifications, along with experience levels relevant to the role.
- Use Clear, Concise Language: Ensure clarity by using simple, direct language. This helps candidates quickly assess whether the role aligns with their experience and skills.

## Where this template comes from

It is the "Backend Developer job description template sample" from a page titled "Recruiting resources and hiring solutions". Its section "Overview of the Backend Developer job position" is this template's overview, and its "Frequently asked questions" are this template's FAQs. The page also advertised its own generator ("Don’t like this Job Description?", "Create your own job description with AI in seconds", "Generate JD for free") and ended with a "Jump To Section" menu; neither is part of the template.
`,
}
