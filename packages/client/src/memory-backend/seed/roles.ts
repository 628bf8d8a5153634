import type { StoredRole } from '../store.ts';
import { DEMO_IDS } from './ids.ts';

const ids = DEMO_IDS.roles;

/** Four open roles in three countries, and one that was filled. */
export function seedRoles(now: Date): StoredRole[] {
  const posted = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
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
