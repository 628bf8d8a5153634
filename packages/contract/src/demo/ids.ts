/**
 * Ids of the demo data, named after what each record demonstrates, for stories, examples and
 * tests. The contract's `examples` send requests to some of them (the reunion and its alcohol
 * policy, the backend engineer role, the reunion survey, the cancellable RSVP, the first invitation).
 */
export const DEMO_IDS = {
  events: {
    /** Learning, hybrid, Asia/Tokyo, Japanese title, open call for speakers. */
    callForSpeakers: 'evt_tokyo_ai_product_night',
    /** Social, in-person, Europe/London, serves alcohol: alcohol and code-of-conduct policies. */
    servingAlcohol: 'evt_london_winter_social',
    /** Volunteer, in-person, America/New_York. */
    volunteering: 'evt_nyc_community_garden',
    /** Reunion, hybrid, Asia/Tokyo, Japanese title, serves alcohol; the contract's examples use it. */
    reunion: 'evt_tokyo_reunion_2026',
    /** Learning, virtual, Europe/London: every seat taken, people on the waitlist. */
    fullWithWaitlist: 'evt_career_paths_panel',
    /** Social, virtual, America/New_York, no seat limit. */
    unlimited: 'evt_virtual_coffee_roulette',
    /** Social, in-person, Asia/Tokyo: every seat taken and no waitlist. */
    fullWithoutWaitlist: 'evt_kyoto_walking_tour',
    /** Volunteer, in-person, Asia/Tokyo: cancelled by the organisers. */
    cancelled: 'evt_shonan_beach_cleanup',
    /** Not published yet: never listed, never found. */
    draft: 'evt_spring_offsite_draft',
    /** Learning, virtual, America/New_York, in the past. */
    pastLearning: 'evt_negotiation_workshop',
    /** Reunion, in-person, Europe/London, in the past. */
    pastReunion: 'evt_london_summer_reunion',
    /** Social, hybrid, Asia/Tokyo, in the past, Japanese title; has an anonymous feedback survey. */
    pastSocial: 'evt_tokyo_year_end_party',
  },
  roles: {
    backendEngineer: 'role_backend_engineer',
    productDesigner: 'role_product_designer_london',
    dataScientist: 'role_data_scientist_new_york',
    customerSuccess: 'role_customer_success_osaka',
    /** Filled: not listed, and referrals for it are refused. */
    closed: 'role_sales_lead_closed',
  },
  surveys: {
    /** Every question kind, about the reunion; answers are kept with the respondent. */
    reunionFeedback: 'srv_reunion_feedback',
    /** Anonymous feedback on the past social event. */
    anonymousFeedback: 'srv_year_end_party_feedback',
  },
  rsvps: {
    /** A confirmed seat at the reunion whose cancel token is known, as if from its e-mail's cancel link. */
    cancellable: { id: 'rsvp_7Hq2Lx9Pw4', cancelToken: 'ct_5f2b9c1e7a3d4b8f9e0a' },
  },
  invitations: {
    sent: 'inv_3f9c2a7b8d1e4f60',
    alsoSent: 'inv_8a1d5e2c9b7f3a04',
    opened: 'inv_c4e7b2a9d0f51e38',
  },
  members: {
    /** An alumna with preferences; her member token opens `getMe`. */
    alumna: {
      id: 'mem_hanako_yamada',
      sub: 'acme-1042',
      email: 'hanako.yamada@example.com',
      name: '山田 花子',
    },
    /** A current employee who joined during onboarding. */
    employee: {
      id: 'mem_alex_morgan',
      sub: 'acme-2210',
      email: 'alex.morgan@example.net',
      workEmail: 'alex.morgan@corp.example.com',
      name: 'Alex Morgan',
    },
  },
} as const;
