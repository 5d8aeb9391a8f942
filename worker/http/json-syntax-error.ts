// Where a body that is not JSON goes wrong, as a position (line, column, offset) and a
// reason, never a quote of the text around it: bodies are health data. V8's own message
// quotes the body, so jsonc-parser (strict: no comments, no trailing commas) finds the place.
import { parse, printParseErrorCode, type ParseError } from "jsonc-parser";

export interface TextPosition {
  /** 1-based line of the body. */
  line: number;
  /** 1-based column within that line, in characters. */
  column: number;
  /** 0-based character offset from the start of the body. */
  offset: number;
}

const reasons: Record<ReturnType<typeof printParseErrorCode>, string> = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "malformed number",
  PropertyNameExpected: "expected a property name in double quotes",
  ValueExpected: "expected a value",
  ColonExpected: "expected a colon after the property name",
  CommaExpected: "expected a comma",
  CloseBraceExpected: "expected a comma or }",
  CloseBracketExpected: "expected a comma or ]",
  EndOfFileExpected: "unexpected content after the JSON value",
  InvalidCommentToken: "comments are not JSON",
  UnexpectedEndOfComment: "comments are not JSON",
  UnexpectedEndOfString: "unterminated string",
  UnexpectedEndOfNumber: "malformed number",
  InvalidUnicode: "malformed \\u escape",
  InvalidEscapeCharacter: "invalid escape in a string",
  InvalidCharacter: "control character in a string",
  "<unknown ParseErrorCode>": "not valid JSON",
};

/** Why `text` (which JSON.parse refused) is not JSON and where; `base` places it inside a larger body. */
export function locateSyntaxError(
  text: string,
  base: TextPosition = { line: 1, column: 1, offset: 0 },
): { reason: string; position?: TextPosition } {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return { reason: "not valid JSON" };
  return { reason: reasons[printParseErrorCode(first.error)], position: positionAt(text, first.offset, base) };
}

export function positionAt(
  text: string,
  offset: number,
  base: TextPosition = { line: 1, column: 1, offset: 0 },
): TextPosition {
  let line = base.line;
  let lineStart = 0;
  for (let index = text.indexOf("\n"); index !== -1 && index < offset; index = text.indexOf("\n", index + 1)) {
    line += 1;
    lineStart = index + 1;
  }
  const column = offset - lineStart + (line === base.line ? base.column : 1);
  return { line, column, offset: base.offset + offset };
}

export function describePosition(position: TextPosition | undefined): string {
  return position ? ` at line ${position.line}, column ${position.column} (offset ${position.offset})` : "";
}
