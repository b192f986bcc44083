import {
  SOVEREIGNTY_LABELS,
  SovereigntyReportItem,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import {
  Content,
  Header,
  Page,
  Progress,
  ResponseErrorPanel,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import useAsync from 'react-use/esm/useAsync';
import { aiPlatformApiRef } from '../../api';
import { SovereigntyFindings, SovereigntyStatus } from '../SovereigntyStatus';

const useStyles = makeStyles(theme => ({
  figures: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))',
    gap: theme.spacing(2),
    listStyle: 'none',
    margin: 0,
    marginBottom: theme.spacing(3),
    padding: 0,
  },
  figure: { padding: theme.spacing(2), height: '100%' },
  value: { fontWeight: 600 },
  caption: { display: 'block', color: theme.palette.text.secondary },
  section: { marginBottom: theme.spacing(3) },
}));

interface Row {
  id: string;
  item: SovereigntyReportItem;
  subjectText: string;
}

function Subject(props: { item: SovereigntyReportItem }) {
  const classes = useStyles();
  const { subject } = props.item;
  if (subject.type === 'namespace') {
    return (
      <>
        <EntityRefLink entityRef={subject.clusterRef}>
          {subject.cluster}
        </EntityRefLink>{' '}
        / <strong>{subject.namespace}</strong>
        <span className={classes.caption}>Kubernetes namespace</span>
      </>
    );
  }
  return (
    <>
      <EntityRefLink entityRef={subject.ref}>
        {subject.title ?? subject.ref.split('/').pop()}
      </EntityRefLink>
      <span className={classes.caption}>
        {subject.kind}
        {subject.specType ? ` · ${subject.specType}` : ''}
      </span>
    </>
  );
}

function Where(props: { labels: Record<string, string> }) {
  const classes = useStyles();
  const l = props.labels;
  const place = [
    l[SOVEREIGNTY_LABELS.jurisdiction],
    l[SOVEREIGNTY_LABELS.provider],
    l[SOVEREIGNTY_LABELS.region],
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <>
      <Typography variant="body2">{place || 'no placement labels'}</Typography>
      <span className={classes.caption}>
        {l[SOVEREIGNTY_LABELS.dataClassification]
          ? `${l[SOVEREIGNTY_LABELS.dataClassification]} data`
          : 'no data classification'}
        {l[SOVEREIGNTY_LABELS.nonEuLawExposure] &&
        l[SOVEREIGNTY_LABELS.nonEuLawExposure] !== 'none'
          ? ` · ${l[SOVEREIGNTY_LABELS.nonEuLawExposure]}`
          : ''}
      </span>
    </>
  );
}

const columns: TableColumn<Row>[] = [
  {
    title: 'Subject',
    field: 'subjectText',
    highlight: true,
    cellStyle: { minWidth: 200 },
    render: row => <Subject item={row.item} />,
  },
  {
    title: 'Where',
    sorting: false,
    cellStyle: { minWidth: 160 },
    render: row => <Where labels={row.item.labels} />,
  },
  {
    title: 'Verdict',
    sorting: false,
    render: row => <SovereigntyStatus status={row.item.evaluation.status} />,
  },
  {
    title: 'Reasons',
    sorting: false,
    cellStyle: { minWidth: 380 },
    render: row => (
      <SovereigntyFindings findings={row.item.evaluation.findings} />
    ),
  },
];

function toRows(items: SovereigntyReportItem[]): Row[] {
  return items.map(item => {
    const s = item.subject;
    const subjectText =
      s.type === 'entity'
        ? `${s.title ?? ''} ${s.ref}`
        : `${s.cluster}/${s.namespace}`;
    return { id: subjectText, item, subjectText };
  });
}

function Figure(props: { label: string; value: number }) {
  const classes = useStyles();
  return (
    <li aria-label={`${props.label}: ${props.value}`}>
      <Paper variant="outlined" className={classes.figure}>
        <Typography variant="h5" component="p" className={classes.value}>
          {props.value.toLocaleString('en')}
        </Typography>
        <Typography variant="body2" color="textSecondary">
          {props.label}
        </Typography>
      </Paper>
    </li>
  );
}

function ReportTable(props: {
  title: string;
  items: SovereigntyReportItem[];
  empty: string;
}) {
  const rows = toRows(props.items);
  return (
    <Table<Row>
      title={`${props.title} (${rows.length})`}
      columns={columns}
      data={rows}
      options={{
        paging: rows.length > 20,
        pageSize: 20,
        pageSizeOptions: [20, 50, 100],
        search: rows.length > 10,
        padding: 'dense',
        emptyRowsWhenPaging: false,
      }}
      emptyContent={
        <Box p={2}>
          <Typography>{props.empty}</Typography>
        </Box>
      }
    />
  );
}

/** The report: every violation and every subject that cannot be judged. */
export function SovereigntyContent() {
  const classes = useStyles();
  const api = useApi(aiPlatformApiRef);
  const { value, loading, error } = useAsync(
    () => api.getSovereigntyReport(),
    [api],
  );
  if (loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  if (!value) return null;
  return (
    <>
      <Typography variant="body1" paragraph>
        Inference services, agents (with the MCP servers and models they call),
        MCP servers, models, clusters and labelled namespaces, judged by the
        sovereignty rules of this portal. A subject whose labels are missing or
        contradict each other is unknown, never compliant.
      </Typography>
      <ul className={classes.figures} aria-label="Sovereignty summary">
        <Figure label="Evaluated" value={value.evaluated} />
        <Figure label="Compliant" value={value.compliant} />
        <Figure label="Violations" value={value.violations.length} />
        <Figure label="Unknown" value={value.unknown.length} />
      </ul>
      <div className={classes.section}>
        <ReportTable
          title="Violations"
          items={value.violations}
          empty="No violations: everything labelled is allowed where it is."
        />
      </div>
      <ReportTable
        title="Cannot be judged"
        items={value.unknown}
        empty="Every governed entity and namespace carries the labels the rules need."
      />
    </>
  );
}

/**
 * The Sovereignty page.
 *
 * @public
 */
export function SovereigntyPage(props: { header?: boolean }) {
  const content = (
    <Content>
      <SovereigntyContent />
    </Content>
  );
  if (props.header === false) return content;
  return (
    <Page themeId="tool">
      <Header
        title="Sovereignty"
        subtitle="Where data may run, be stored and be sent"
      />
      {content}
    </Page>
  );
}
