/** Links into the repository editors work in, configured once in `site.config.ts`. */
export interface RepositoryConfig {
  repository: string;
  branch: string;
}

/** The "edit this page" address of a content file. */
export function editUrl(config: RepositoryConfig, filePath: string): string {
  return `${config.repository.replace(/\/$/, '')}/edit/${config.branch}/${filePath.split('/').map(encodeURIComponent).join('/')}`;
}

/** A new-issue address, pre-filled with the page's title, address and source file. */
export function reportUrl(config: RepositoryConfig, page: { title: string; url: string; filePath?: string }): string {
  const body = [`Page: ${page.url}`, page.filePath ? `File: ${page.filePath}` : '', '', 'What is wrong:', '']
    .filter((l, i) => l !== '' || i > 1)
    .join('\n');
  const params = new URLSearchParams({ title: `Problem on "${page.title}"`, body });
  return `${config.repository.replace(/\/$/, '')}/issues/new?${params.toString()}`;
}

/** A blank new-issue address: a report about the site as a whole, not one page. */
export function newIssueUrl(config: Pick<RepositoryConfig, 'repository'>): string {
  return `${config.repository.replace(/\/$/, '')}/issues/new`;
}
