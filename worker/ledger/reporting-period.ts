// The progress-report period of one discipline (Pub 100-02, Ch. 15, §220.3 D): it starts on the
// episode's first day (the latest `episode.startedOn`, else the first visit recorded) and again
// the treatment day after each progress report. Shared by the progress-report facts and the
// patient summary.

export interface PeriodVisit {
  dateOfService: string;
  episodeStartedOn?: string;
  progressReport: boolean;
}

export interface ReportingPeriod {
  episodeStartedOn: string;
  lastReportOn: string | undefined;
  /** Distinct dates of service after the last report (or from the episode's start). */
  treatmentDays: number;
}

/** The period as of `asOf`, over visits of one discipline on or before it; undefined without visits. */
export function reportingPeriod(visits: readonly PeriodVisit[], asOf: string): ReportingPeriod | undefined {
  const counted = visits.filter((visit) => visit.dateOfService <= asOf);
  if (counted.length === 0) return undefined;
  let episodeStartedOn: string | undefined;
  let firstVisit = counted[0]!.dateOfService;
  for (const visit of counted) {
    if (visit.dateOfService < firstVisit) firstVisit = visit.dateOfService;
    const started = visit.episodeStartedOn;
    if (started && started <= asOf && (!episodeStartedOn || started > episodeStartedOn)) episodeStartedOn = started;
  }
  const firstDay = episodeStartedOn ?? firstVisit;
  let lastReportOn: string | undefined;
  for (const visit of counted) {
    if (
      visit.progressReport &&
      visit.dateOfService >= firstDay &&
      (!lastReportOn || visit.dateOfService > lastReportOn)
    )
      lastReportOn = visit.dateOfService;
  }
  // A report's own day belongs to the period it closes; the next one starts on the next treatment day.
  const days = new Set<string>();
  for (const visit of counted)
    if (visit.dateOfService >= firstDay && (!lastReportOn || visit.dateOfService > lastReportOn))
      days.add(visit.dateOfService);
  return { episodeStartedOn: firstDay, lastReportOn, treatmentDays: days.size };
}
