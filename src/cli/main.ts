/**
 * The `amgi` command line: parses options and calls the library. Each command's module is imported
 * only when that command runs, so start-up stays fast as commands are added.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { fileSystemProblem, storeProblem, systemProblemText, UserError } from '../util/errors.js';

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export function createProgram(): Command {
  const program = new Command('amgi')
    .description('Turn Korean Markdown notes into flashcards (암기).')
    .version(packageVersion(), '-V, --version')
    .addOption(new Option('--decks <dir>', 'folder of deck files').env('AMGI_DECKS').default('decks').argParser(nonEmpty('folder')))
    .addOption(new Option('--store <file>', 'review store (default: <decks>/amgi.sqlite)').env('AMGI_STORE').argParser(nonEmpty('file')))
    .showHelpAfterError('(run `amgi --help` for usage)')
    // Each command's help lists --decks and --store too, which it takes after its name.
    .configureHelp({ showGlobalOptions: true })
    // Usage errors read as amgi's other errors do (`amgi: …`), not as commander's (`error: …`).
    // Commander joins its sentence and ours with a full stop (`… is invalid. expected …`): a colon reads as one.
    .configureOutput({ outputError: (text, write) => write(`${text.replace(/^error: /, 'amgi: ').replace(/ is invalid\. /, ' is invalid: ')}${optionBeforeItsCommand(program, commandLine, text)}`) })
    .exitOverride();

  /** --decks and --store, as every store command takes them. */
  const storeOptions = () => {
    const globals = program.opts<{ decks: string; store?: string }>();
    storeInUse = globals.store ?? join(globals.decks, 'amgi.sqlite');
    return { decks: globals.decks, ...(globals.store ? { store: globals.store } : {}) };
  };

  program
    .command('build')
    .description('turn notes (files or folders of .md files) into deck files')
    .argument('[paths...]', 'notes or folders of notes (default: source-notes)', (path: string, earlier: string[] = []) => [...earlier, nonEmpty('note or folder')(path)])
    .option('--json', 'print the report as JSON')
    .option('--force', 'parse every note again, even those unchanged since the last build')
    .option('--allow-empty', 'remove the decks of a folder that holds no notes now (refused without it)')
    .action(async (paths: string[], options: { json?: boolean; force?: boolean; allowEmpty?: boolean }) => {
      const { runBuild } = await import('./build.js');
      process.exitCode = await runBuild(paths, { ...options, ...storeOptions() });
    });

  program
    .command('explain')
    .description('show every block of a note: which rule made it a card, or why it is not one')
    .argument('<note>', 'a Markdown note', nonEmpty('note'))
    .option('--json', 'print the explanation as JSON')
    .action(async (note: string, options: { json?: boolean }) => {
      const { runExplain } = await import('./explain.js');
      process.exitCode = await runExplain(note, options);
    });

  program
    .command('export')
    .description('write decks as files Anki imports (CSV by default, or .apkg)')
    .argument('[decks...]', 'deck names or deck files (default: every deck)')
    .addOption(new Option('--format <format>', 'file format').choices(['csv', 'apkg']).default('csv'))
    .addOption(new Option('--out <path>', 'output file (one deck) or folder (default: beside the deck files)').argParser(nonEmpty('file')))
    .option('--subdecks', 'put each section in an Anki subdeck (Deck::Section) as well as in tags')
    .option('--notetype <name>', 'Anki note type a CSV asks for (default: Basic, which Anki in Korean maps to 기본)')
    .option('--with-progress', 'apkg: also carry card states and review history from the review store')
    .option('--json', 'print the report as JSON')
    .action(async (decks: string[], options: { format: string; out?: string; subdecks?: boolean; notetype?: string; withProgress?: boolean; json?: boolean }) => {
      const { runExport } = await import('./export.js');
      process.exitCode = await runExport(decks, { ...options, ...storeOptions() });
    });

  /** The daily limits `due` and `review` share. */
  const withLimits = (command: Command) =>
    command
      .argument('[decks...]', 'deck names (default: every deck)')
      .option('--new-per-day <n>', 'new cards per day (default 20, or amgi.config.json)', wholeNumber)
      .option('--reviews-per-day <n>', 'reviews per day (default 200, or amgi.config.json)', wholeNumber);

  withLimits(program.command('due').description('show what is due today per deck, and the reviews of the next 7 days'))
    .option('--json', 'print the counts as JSON')
    .action(async (decks: string[], options: { json?: boolean; newPerDay?: number; reviewsPerDay?: number }) => {
      const { runDue } = await import('./due.js');
      process.exitCode = await runDue(decks, { ...options, ...storeOptions() });
    });

  withLimits(program.command('review').description('review due cards in the terminal (FSRS scheduling; answers saved as you go; --cram: practice, nothing saved)'))
    .option('--learn-ahead <minutes>', 'when nothing else is left, show a learning card due within this many minutes (default 20, or amgi.config.json; 0: wait)', wholeNumber)
    .option('--ahead <days>', 'also review cards due in the next DAYS days, as before an exam (Anki\'s "review ahead"); answers are real reviews, scheduled from the day they are given', wholeNumber)
    .option('--cram', 'practise every card of the decks, weakest first, whether due or not (before an exam); nothing is recorded and no card is rescheduled')
    .action(async (decks: string[], options: { newPerDay?: number; reviewsPerDay?: number; learnAhead?: number; ahead?: number; cram?: boolean }) => {
      const { runReview } = await import('./review.js');
      process.exitCode = await runReview(decks, { ...options, ...storeOptions() });
    });

  program
    .command('stats')
    .description('show card states, the due forecast, a year of reviews, retention and leeches')
    .argument('[decks...]', 'deck names (default: every deck)')
    .option('--json', 'print the numbers as JSON')
    .action(async (decks: string[], options: { json?: boolean }) => {
      const { runStats } = await import('./stats.js');
      process.exitCode = await runStats(decks, { ...options, ...storeOptions() });
    });

  program
    .command('unsuspend')
    .description('list suspended cards, or bring cards back into reviews')
    .argument('[ids...]', 'card ids (from the list)')
    .option('--all', 'bring back every suspended card')
    .option('--json', 'print the result as JSON')
    .action(async (ids: string[], options: { all?: boolean; json?: boolean }) => {
      const { runUnsuspend } = await import('./unsuspend.js');
      process.exitCode = await runUnsuspend(ids, { ...options, ...storeOptions() });
    });

  program
    .command('orphans')
    .description('list reviewed cards that are in no deck any more (their history is kept)')
    .option('--purge', 'delete them and their review history for good')
    .option('--any-folder', 'with --purge: purge even though the store has also served another decks folder, whose cards look like orphans here')
    .option('--json', 'print the list as JSON')
    .action(async (options: { purge?: boolean; anyFolder?: boolean; json?: boolean }) => {
      const { runOrphans } = await import('./orphans.js');
      process.exitCode = await runOrphans({ ...options, ...storeOptions() });
    });

  program
    .command('optimize')
    .description('fit FSRS parameters to your review history; adopt them if they predict your memory better')
    .option('--json', 'print the result as JSON')
    .option('--dry-run', 'fit and report, change nothing')
    .option('--force', 'adopt the fitted parameters even if they are not better')
    .option('--reschedule', 'also move due dates to what the new parameters schedule (default: memory state only)')
    .option('--all-reviews', 'fit on every review, however much memory that takes (by default a large log is fitted on a sample of its cards)')
    .action(async (options: { json?: boolean; dryRun?: boolean; force?: boolean; reschedule?: boolean; allReviews?: boolean }) => {
      const { runOptimize } = await import('./optimize.js');
      process.exitCode = await runOptimize({ ...options, ...storeOptions() });
    });

  const log = program.command('log').description('move your review history between machines and FSRS tools (CSV, FSRS revlog format)');
  log
    .command('export')
    .description('write the whole review log as CSV: card_id,review_time,review_rating,review_state,review_duration')
    .addOption(new Option('--out <file>', 'write to a file (default: standard output)').argParser(nonEmpty('file')))
    .action(async (options: { out?: string }) => {
      const { runLogExport } = await import('./log.js');
      process.exitCode = await runLogExport({ ...options, ...storeOptions() });
    });
  log
    .command('import')
    .description('merge a review log CSV into the store (a review already there is not added twice)')
    .argument('<file>', 'review log CSV (from `amgi log export` or another FSRS tool)', nonEmpty('file'))
    .option('--skip-bad', 'import the good rows of a file with bad ones (they are listed)')
    .option('--json', 'print the result as JSON')
    .action(async (file: string, options: { skipBad?: boolean; json?: boolean }) => {
      const { runLogImport } = await import('./log.js');
      process.exitCode = await runLogImport(file, { ...options, ...storeOptions() });
    });

  // `amgi help log import` shows that command's help, and `amgi help biuld` says the command is
  // unknown; commander's own help command showed the program's help for both, the second as an error.
  program.helpCommand(false);
  program
    .command('help')
    .description('display help for command')
    .argument('[command...]', 'a command, or a command and its subcommand (log import)')
    .action((names: string[]) => {
      let command: Command = program;
      for (const name of names) {
        const next = command.commands.find((sub) => sub.name() === name);
        if (!next) {
          const within = command === program ? 'amgi' : `amgi ${command.name()}`;
          const names = command.commands.map((sub) => sub.name()).filter((sub) => sub !== 'help');
          // As `amgi reveiw` is answered by commander: a name one or two typos away is offered.
          const near = names
            .map((known) => ({ known, distance: typoDistance(name, known) }))
            .filter(({ known, distance }) => distance <= Math.min(2, Math.floor(known.length / 3)))
            .sort((a, b) => a.distance - b.distance)[0]?.known;
          throw new UserError(`unknown command '${name}'${near ? ` (did you mean ${near}?)` : ''}; the commands of ${within} are ${names.join(', ')}.`, 2);
        }
        command = next;
      }
      command.help();
    });

  // A usage error points at the help of the command it was made in (`amgi log import --help`).
  const pointAtHelp = (command: Command, path: string): void => {
    for (const sub of command.commands) {
      sub.showHelpAfterError(`(run \`${path} ${sub.name()} --help\` for usage)`);
      pointAtHelp(sub, `${path} ${sub.name()}`);
    }
  };
  pointAtHelp(program, 'amgi');
  return program;
}

/**
 * `amgi --json due`: an option of a command, written before the command's name, is read as the
 * program's, which does not have it. Says where it goes; nothing for any other error.
 */
function optionBeforeItsCommand(program: Command, args: readonly string[], error: string): string {
  const flag = /^error: unknown option '(--[^'=]+)/.exec(error)?.[1];
  if (flag === undefined) return '';
  const at = args.findIndex((arg) => arg === flag || arg.startsWith(`${flag}=`));
  const command = program.commands.find((sub) => args.indexOf(sub.name()) > at && sub.options.some((option) => option.long === flag));
  if (!command) return '';
  // As it was typed, with its value (`--format=apkg`, `--format apkg`).
  const takesValue = command.options.some((option) => option.long === flag && (option.required || option.optional));
  const next = args[at + 1];
  const written = args[at]!.includes('=') || !takesValue || next === undefined || next === command.name() ? args[at]! : `${flag} ${next}`;
  return `(options of a command go after its name: amgi ${command.name()} ${written})\n`;
}

/**
 * A path: an empty one (`--decks ''`, an unset variable in a script) would mean the current folder,
 * or be reported as a file named nothing.
 */
function nonEmpty(kind: 'folder' | 'file' | 'note' | 'note or folder'): (value: string) => string {
  return (value) => {
    if (value.trim() === '') throw new InvalidArgumentError(`expected a ${kind}, not an empty string`);
    return value;
  };
}

function wholeNumber(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number, 0 or more');
  // Beyond 2^53 a number is rounded, and the range message would quote another number than the one typed.
  if (!Number.isSafeInteger(Number(value))) throw new InvalidArgumentError(`${value} is far too large`);
  return Number(value);
}

export async function main(argv: readonly string[]): Promise<void> {
  // `amgi build | head -1`: a closed pipe ends the output quietly, as for any Unix tool.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    // A full disk or a closed output: what was asked for was not written, so the command failed.
    process.stderr.write(`amgi: cannot write the output (${systemProblemText(error.code) ?? error.message}).\n`);
    process.exit(1);
  });
  // A variable set to nothing (`AMGI_DECKS= amgi due`) is taken as not set, as shells treat it.
  for (const name of ['AMGI_DECKS', 'AMGI_STORE']) if (process.env[name] === '') delete process.env[name];
  const program = createProgram();
  commandLine = argv.slice(2);
  try {
    await program.parseAsync(argv);
  } catch (error) {
    process.exitCode = exitCodeFor(error);
  }
}

/** The arguments given (without node and the script), for usage errors that look at their order. */
let commandLine: readonly string[] = [];

/** The review store the command was given, for an SQLite error met after the store was opened. */
let storeInUse = 'the review store';

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2; // help and --version exit 0; usage errors 2
  // Trouble on the user's machine (a locked or damaged store, a folder that cannot be written, a full
  // disk) met deep in a command: said as such, with the path, not as a bug in amgi.
  error = storeProblem(storeInUse, error) ?? fileSystemProblem(error) ?? error;
  if (error instanceof UserError) {
    process.stderr.write(`amgi: ${error.message}\n`);
    return error.exitCode;
  }
  const detail = error instanceof Error ? (process.env.AMGI_DEBUG ? error.stack : error.message) : String(error);
  process.stderr.write(`amgi: internal error: ${detail}\n${process.env.AMGI_DEBUG ? '' : 'Run again with AMGI_DEBUG=1 for details, and please report it.\n'}`);
  return 1;
}

/**
 * Edits between two words, a swap of two letters side by side counting as one (`reveiw`, `biuld`):
 * the optimal string alignment distance commander uses for its own suggestions.
 */
function typoDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}
