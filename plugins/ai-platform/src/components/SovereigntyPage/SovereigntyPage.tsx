import {
  SOVEREIGNTY_LABELS,
  SovereigntyReportItem,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import {
  Progress,
  ResponseErrorPanel,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import useAsync from 'react-use/esm/useAsync';
import { aiPlatformApiRef } from '../../api';
import { SovereigntyFindings, SovereigntyStatus } from '../SovereigntyStatus';
import { PluginPage } from '../PluginPage';
import { SummaryFigure, SummaryFigures } from '../SummaryFigures';
import { Caption } from '../Text';

const SUBTITLE = 'Where data may run, be stored and be sent.';

interface Row {
  id: string;
  item: SovereigntyReportItem;
  subjectText: string;
}

function Subject(props: { item: SovereigntyReportItem }) {
  const { subject } = props.item;
  if (subject.type === 'namespace') {
    return (
      <>
        <EntityRefLink entityRef={subject.clusterRef}>
          {subject.cluster}
        </EntityRefLink>{' '}
        / <strong>{subject.namespace}</strong>
        <Caption>Kubernetes namespace</Caption>
      </>
    );
  }
  return (
    <>
      <EntityRefLink entityRef={subject.ref}>
        {subject.title ?? subject.ref.split('/').pop()}
      </EntityRefLink>
      <Caption>
        {subject.kind}
        {subject.specType ? ` · ${subject.specType}` : ''}
      </Caption>
    </>
  );
}

function Where(props: { labels: Record<string, string> }) {
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
      <Caption>
        {l[SOVEREIGNTY_LABELS.dataClassification]
          ? `${l[SOVEREIGNTY_LABELS.dataClassification]} data`
          : 'no data classification'}
        {l[SOVEREIGNTY_LABELS.nonEuLawExposure] &&
        l[SOVEREIGNTY_LABELS.nonEuLawExposure] !== 'none'
          ? ` · ${l[SOVEREIGNTY_LABELS.nonEuLawExposure]}`
          : ''}
      </Caption>
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
    cellStyle: { minWidth: 300 },
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
  return (
    <SummaryFigure label={props.label} value={props.value.toLocaleString()} />
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
        // Dragging columns gives each header a second tab stop.
        draggable: false,
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
      <Typography variant="body1" paragraph>
        What a cluster&apos;s classification label means: its{' '}
        <code>ai-platform.io/data-classification</code> says which class of data
        the cluster is meant to run (and is the class of every workload on it
        that states none of its own), so the cluster is judged like a workload
        of that class; a cluster labelled <em>confidential</em> is a violation
        when the rules do not allow confidential data in its jurisdiction, with
        its provider or under its exposure to non-EU law.
      </Typography>
      <Box sx={{ mb: 3 }}>
        <SummaryFigures label="Sovereignty summary">
          <Figure label="Evaluated" value={value.evaluated} />
          <Figure label="Compliant" value={value.compliant} />
          <Figure label="Violations" value={value.violations.length} />
          <Figure label="Unknown" value={value.unknown.length} />
        </SummaryFigures>
      </Box>
      <Box sx={{ mb: 3 }}>
        <ReportTable
          title="Violations"
          items={value.violations}
          empty="No violations: everything labelled is allowed where it is."
        />
      </Box>
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
  return (
    <PluginPage title="Sovereignty" subtitle={SUBTITLE} header={props.header}>
      <SovereigntyContent />
    </PluginPage>
  );
}
