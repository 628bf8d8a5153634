import { daysAfter } from './days.ts';
import { DEMO_IDS } from './ids.ts';
import type { DemoRole } from './types.ts';

const ids = DEMO_IDS.roles;

/** Four open roles in three countries, and one that was filled. */
export function demoRoles(now: Date): DemoRole[] {
  const posted = (days: number) => daysAfter(now, -days);
  return [
    {
      id: ids.backendEngineer,
      title: 'Senior backend engineer (Go)',
      department: 'Engineering',
      location: 'Tokyo',
      remote: false,
      url: 'https://careers.example.com/jobs/senior-backend-engineer-tokyo',
      postedAt: posted(4),
      open: true,
    },
    {
      id: ids.productDesigner,
      title: 'Product designer, design systems',
      department: 'Design',
      location: 'London',
      remote: true,
      url: 'https://careers.example.com/jobs/product-designer-london',
      postedAt: posted(11),
      open: true,
    },
    {
      id: ids.dataScientist,
      title: 'Data scientist, people analytics',
      department: 'People',
      location: 'New York',
      remote: true,
      postedAt: posted(18),
      open: true,
    },
    {
      id: ids.customerSuccess,
      title: 'カスタマーサクセス マネージャー',
      department: 'カスタマーサクセス',
      location: '大阪',
      remote: false,
      url: 'https://careers.example.com/jobs/customer-success-osaka',
      postedAt: posted(25),
      open: true,
    },
    {
      id: ids.closed,
      title: 'Sales lead, EMEA',
      department: 'Sales',
      location: 'London',
      remote: false,
      postedAt: posted(90),
      open: false,
    },
  ];
}
