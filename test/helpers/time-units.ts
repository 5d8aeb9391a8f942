// The shipped release's time-unit table, so unit tests use the same bands the rules do.
import { bundledReleases } from "../../worker/generated/releases.ts";

export const shippedTimeUnits = bundledReleases[bundledReleases.length - 1]!.tables.timeUnits;
export const shippedBands = shippedTimeUnits.fifteenMinute;
