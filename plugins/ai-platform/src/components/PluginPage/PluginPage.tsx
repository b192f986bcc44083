import type { ReactNode } from 'react';
import { Content, Header, Page } from '@backstage/core-components';
import Typography from '@mui/material/Typography';

/**
 * The frame of every page of the suite: its title and one sentence on what
 * it shows, then the content.
 *
 * In the new frontend system the app draws the page header from the page's
 * title, so the page renders without its own (`header={false}`) and says its
 * subtitle above the content; legacy apps get the Backstage header.
 *
 * @public
 */
export function PluginPage(props: {
  title: string;
  subtitle: string;
  /** `false` when the app draws the header (the new frontend system). */
  header?: boolean;
  children: ReactNode;
}) {
  const { title, subtitle, header = true, children } = props;
  if (!header) {
    return (
      <Content>
        <Typography variant="body1" color="text.secondary" sx={{ mb: 2 }}>
          {subtitle}
        </Typography>
        {children}
      </Content>
    );
  }
  return (
    <Page themeId="tool">
      <Header title={title} subtitle={subtitle} />
      <Content>{children}</Content>
    </Page>
  );
}
