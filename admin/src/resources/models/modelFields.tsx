/** Small display pieces shared by the models' list, show and form. */
import type * as React from 'react';
import { Box, Chip, Step, StepLabel, Stepper, Typography } from '@mui/material';
import { Link, useCreatePath, useLocaleState, useRecordContext, useResourceDefinitions, useTranslate } from 'react-admin';
import type { Model, ModelStatus, StatusDates, Target, UnitLevel } from '../../../../rules/contract';

import { formatLocalDate } from '../../common/LocalDateField';

export const f = (source: string) => `resources.models.fields.${source}`;

const UNIT_RESOURCE: Record<UnitLevel, string> = { PROVINCE: 'provinces', WARD: 'wards', NEIGHBOURHOOD: 'neighbourhoods' };

/**
 * The unit running the model with its level: stacked in a table cell, on one line in a detail
 * view; a link to the unit when `link` and that unit has a page.
 */
export const UnitText = ({ link = false, inline = false }: { link?: boolean; inline?: boolean }) => {
  const record = useRecordContext<Model>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const definitions = useResourceDefinitions();
  if (!record) return null;
  const resource = UNIT_RESOURCE[record.unitLevel];
  const name = record.unit?.name ?? '—';
  const to = link && record.unit && definitions[resource]?.hasShow ? createPath({ resource, id: record.unitId, type: 'show' }) : null;
  return (
    <Box component="span" sx={inline ? { display: 'inline-flex', alignItems: 'baseline', gap: 1 } : { display: 'inline-flex', flexDirection: 'column' }}>
      <Typography component="span" variant="body2">
        {to ? (
          <Link to={to} onClick={(e: React.MouseEvent) => e.stopPropagation()}>
            {name}
          </Link>
        ) : (
          name
        )}
      </Typography>
      {record.unitLevel && (
        <Typography component="span" variant="caption" color="text.secondary">
          {inline ? `(${translate(`enums.UnitLevel.${record.unitLevel}`)})` : translate(`enums.UnitLevel.${record.unitLevel}`)}
        </Typography>
      )}
    </Box>
  );
};

/** The programme's name, a link to it where programmes have a page. */
export const ProgrammeText = () => {
  const record = useRecordContext<Model>();
  const createPath = useCreatePath();
  const definitions = useResourceDefinitions();
  if (!record?.programme || !record.programmeId) return <Typography variant="body2">—</Typography>;
  return definitions.programmes?.hasShow ? (
    <Link to={createPath({ resource: 'programmes', id: record.programmeId, type: 'show' })}>{record.programme.name}</Link>
  ) : (
    <Typography variant="body2">{record.programme.name}</Typography>
  );
};

export const STAGES: Array<{ key: keyof Omit<StatusDates, '__typename'>; status: ModelStatus }> = [
  { key: 'planned', status: 'PLANNED' },
  { key: 'established', status: 'ESTABLISHED' },
  { key: 'launched', status: 'LAUNCHED' },
  { key: 'operating', status: 'OPERATING' },
  { key: 'suspended', status: 'SUSPENDED' },
  { key: 'ended', status: 'ENDED' },
];

/**
 * planned → established → launched → operating → suspended → ended: the stages reached are ticked,
 * the current status is highlighted, and each stage shows its date where one is recorded.
 */
export const StatusTimeline = () => {
  const record = useRecordContext<Model>();
  const translate = useTranslate();
  if (!record) return null;
  const current = STAGES.findIndex((s) => s.status === record.status);
  const dates = record.statusDates ?? {};
  return (
    <Stepper alternativeLabel activeStep={current} sx={{ py: 1, maxWidth: 900 }}>
      {STAGES.map((stage, i) => {
        const date = dates[stage.key];
        // The main line up to the current status is passed; suspended / ended only when recorded or current.
        const reached = !!date || (i < current && i <= 3);
        return (
          <Step key={stage.key} completed={reached && i !== current} disabled={!reached && i !== current}>
            <StepLabel
              optional={
                <Typography variant="caption" color="text.secondary" display="block" textAlign="center">
                  {date ? formatLocalDate(date) : '\u00a0'}
                </Typography>
              }
            >
              {translate(`enums.ModelStatus.${stage.status}`)}
            </StepLabel>
          </Step>
        );
      })}
    </Stepper>
  );
};

/** A target's goal: shares (0..1) as a percentage, otherwise in its unit; with the comparison. */
export const TargetGoalText = () => {
  const target = useRecordContext<Target>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!target) return null;
  const number = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 2 });
  const isShare = /share$/i.test(target.metric) && target.goal <= 1;
  const goal = isShare ? `${number.format(target.goal * 100)} %` : `${number.format(target.goal)} ${target.unit}`;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {translate(`enums.TargetComparison.${target.comparison}`)} {goal}
    </Typography>
  );
};

/** A number in the console's language (1.234,5 in Vietnamese). */
export const LocaleNumberText = ({ value }: { value: number | null | undefined }) => {
  const [locale] = useLocaleState();
  if (value === null || value === undefined) return <>—</>;
  return <>{new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 2 }).format(value)}</>;
};

export const LanguageChips = ({ languages }: { languages: readonly string[] | null | undefined }) =>
  languages?.length ? (
    <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
      {languages.map((l) => (
        <Chip key={l} size="small" label={l.toUpperCase()} />
      ))}
    </Box>
  ) : (
    <>—</>
  );
