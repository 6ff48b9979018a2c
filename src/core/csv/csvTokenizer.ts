/** One parsed CSV record with the 1-based line it starts on, so errors can name it. */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

/** Raised when the text is not well-formed CSV (an unterminated quote, a stray quote, a line past the limit). */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'CsvSyntaxError';
  }
}

/**
 * Reads CSV text (RFC 4180: quoted fields, doubled quotes, CRLF, LF or CR line ends) given in chunks of any size,
 * and returns each record as soon as it is complete, numbered by the line it starts on; blank lines are records
 * with one empty field, and a byte-order mark at the very start is skipped. A record longer than
 * `maxRecordChars` is refused as soon as it passes the limit, so a huge line is never held whole.
 */
export class CsvTokenizer {
  private fields: string[] = [];
  private field = '';
  private quoted = false;
  /** A quote inside a quoted field, at the end of a chunk: the end of the field, or half of a doubled quote. */
  private quoteAtChunkEnd = false;
  /** A CR at the end of a chunk: an LF may follow at the start of the next. */
  private crAtChunkEnd = false;
  /** The last character read inside a quoted field was a CR (so an LF after it ends no further line). */
  private quotedCr = false;
  private line = 1;
  private recordLine = 1;
  private recordChars = 0;
  private started = false;

  constructor(private readonly maxRecordChars = Infinity) {}

  /** Returns the records completed by this chunk of text. */
  push(chunk: string): CsvRecord[] {
    const records: CsvRecord[] = [];
    // An empty chunk changes nothing: a CR or a quote left at the end of the last one still waits for the next.
    if (chunk.length === 0) return records;
    let i = 0;
    if (!this.started) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) i = 1;
    }
    if (this.crAtChunkEnd) {
      this.crAtChunkEnd = false;
      if (chunk[0] === '\n') i = Math.max(i, 1);
    }
    if (this.quoteAtChunkEnd && i < chunk.length) {
      this.quoteAtChunkEnd = false;
      if (chunk[i] === '"') {
        this.addQuoted('"');
        i++;
      } else this.quoted = false;
    }
    for (; i < chunk.length; i++) {
      const ch = chunk[i] as string;
      if (this.quoted) {
        if (ch === '"') {
          if (i + 1 === chunk.length) this.quoteAtChunkEnd = true;
          else if (chunk[i + 1] === '"') {
            this.addQuoted('"');
            i++;
          } else this.quoted = false;
        } else {
          if (ch === '\r' || (ch === '\n' && !this.quotedCr)) this.line++;
          this.addQuoted(ch);
        }
      } else if (ch === '"') {
        if (this.field !== '') throw new CsvSyntaxError(this.line, 'a quote inside an unquoted field');
        this.quoted = true;
        this.quotedCr = false;
        this.count(1);
      } else if (ch === ',') {
        this.fields.push(this.field);
        this.field = '';
        this.count(1);
      } else if (ch === '\n' || ch === '\r') {
        if (ch === '\r') {
          if (i + 1 === chunk.length) this.crAtChunkEnd = true;
          else if (chunk[i + 1] === '\n') i++;
        }
        records.push(this.endRecord());
        this.line++;
        this.recordLine = this.line;
      } else this.add(ch);
    }
    return records;
  }

  /** Returns the last record when the text does not end with a line break; fails on an unclosed quote. */
  end(): CsvRecord[] {
    if (this.quoteAtChunkEnd) {
      this.quoteAtChunkEnd = false;
      this.quoted = false;
    }
    if (this.quoted) throw new CsvSyntaxError(this.recordLine, 'a quoted field is not closed');
    return this.field !== '' || this.fields.length > 0 ? [this.endRecord()] : [];
  }

  /** Adds a character read inside quotes, remembering whether it was a CR (an LF right after it ends no line). */
  private addQuoted(ch: string): void {
    this.quotedCr = ch === '\r';
    this.add(ch);
  }

  private add(ch: string): void {
    this.field += ch;
    this.count(1);
  }

  private count(chars: number): void {
    this.recordChars += chars;
    if (this.recordChars > this.maxRecordChars)
      throw new CsvSyntaxError(
        this.recordLine,
        `a line longer than ${withCommas(this.maxRecordChars)} characters (the limit of one line)`,
      );
  }

  private endRecord(): CsvRecord {
    this.fields.push(this.field);
    const record = { line: this.recordLine, fields: this.fields };
    this.fields = [];
    this.field = '';
    this.recordChars = 0;
    return record;
  }
}

/** Writes a whole number with commas between thousands (65536 as 65,536), whatever the locale. */
function withCommas(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}
