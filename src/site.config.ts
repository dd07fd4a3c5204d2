import { emailAddress } from './lib/contact.ts';

/**
 * Settings configured once for the whole site. Override the addresses with
 * environment variables when deploying elsewhere.
 */
export const SITE = {
  /** Public origin of the deployed site; canonical URLs, the sitemap and feeds use it. */
  url: process.env.SITE_URL || 'https://hk-it-blueprint.github.io',
  /** The repository editors work in: "edit this page" and "report a problem" point here. */
  repository: process.env.SITE_REPOSITORY || 'https://github.com/hk-it-blueprint/site',
  /** Branch that "edit this page" opens. */
  branch: process.env.SITE_BRANCH || 'main',
  /** Where readers report problems by email (the accessibility statement); without it, reports go through the repository. */
  contactEmail: emailAddress(process.env.SITE_CONTACT_EMAIL),
} as const;
