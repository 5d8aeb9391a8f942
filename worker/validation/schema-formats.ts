// The `format`s the schemas use, as AJV checks them in the build and in the generated
// standalone validators: `date` is ClaimLint's own calendar-date parser, the rest ajv-formats'.
import { fullFormats } from "ajv-formats/dist/formats.js";
import { isCalendarDate } from "./calendar-date.ts";

export const schemaFormats = {
  date: isCalendarDate,
  "date-time": fullFormats["date-time"],
  uri: fullFormats.uri,
  email: fullFormats.email,
};
