/**
 * `amgi review`: the interactive session. The I/O edge of reviewing: it reads keys, draws screens and
 * calls the store; what is due comes from queue.ts, scheduling from the ts-fsrs adapter.
 *
 * Every answer is committed before the next card is drawn, so quitting, Ctrl-C or a killed process
 * never loses one.
 */
import { spawnSync } from 'node:child_process';
import { emitKeypressEvents } from 'node:readline';
import { dirname, relative, resolve } from 'node:path';
import picocolors from 'picocolors';
import { formatInterval, RATINGS, Scheduler, type Rating } from '../schedule/fsrs.js';
import type { StoredCard } from '../store/store.js';
import { QueueStates } from '../store/queue-states.js';
import { comesUpAt, countDue, reviewsLeftAhead, decksHave, findCard, reviewsUntil, startOfStudyDay, heldBackByLimits, nextCard, nextLearningDue, scanQueue, usageToday, type DueCounts, type QueueCard, type QueueScan, type TodayUsage } from './queue.js';
import type { SessionData } from './session-data.js';
import { displayWidth, repeatToWidth, table, truncateToWidth } from '../util/columns.js';
import { answerWindow, layoutCard, packItems, scrollBy, sectionsAboveFront } from './card-layout.js';
import { wrap } from './wrap.js';
import { loadMathSyntax, mathSyntaxLoaded, mayHoldMath } from '../notes/remark-math.js';
import { rebuildCommand } from './rebuild-command.js';
import { findOnDisk, imageLocation, isUrl, lookUpImage, type ImageProblem } from '../notes/image-files.js';
import { ambiguousIsWide, setAmbiguousWidth, type AmbiguousWidth } from '../util/ambiguous-width.js';
import { AMBIGUOUS_PROBE, isCursorReport, LATE_ANSWER_MS, PROBE_TIMEOUT_MS, widthFromReport } from './ambiguous-probe.js';
import { AGAIN_GAP, CramQueue, cramCandidates, cramOrder, type CramStep } from './cram.js';

/** Keys typed with a Korean (두벌식) layout active map to the letters they sit on. */
const KOREAN_KEYS: Record<string, string> = { ㅕ: 'u', ㄴ: 's', ㄷ: 'e', ㅂ: 'q', ㅓ: 'j', ㅏ: 'k', ㅐ: 'o' };
const RATING_NAMES: Record<Rating, string> = { 1: '다시', 2: '어려움', 3: '알맞음', 4: '쉬움' };

type Mode = 'intro' | 'front' | 'back' | 'waiting' | 'done';

/** The smallest window the session draws in. */
const MIN_WIDTH = 20;
const MIN_HEIGHT = 6;
/** Below this many rows, a message is one row (cut to the width) so that the answer keeps its rows. */
const SHORT_SCREEN = 14;

/** Decks listed on the first screen at most. */
const INTRO_DECK_ROWS = 15;

interface Terminal {
  input: NodeJS.ReadStream;
  output: NodeJS.WriteStream;
}

export interface SessionSummary {
  reviewed: number;
  again: number;
  seconds: number;
  /** Cards left for today (within the limits), learning cards due later today among them; not those of `leftAhead`. */
  leftToday: number;
  /** Review cards due on a later day left to review ahead (`--ahead`), within the day's review limit. */
  leftAhead?: number;
  /** Whether one of them can be reviewed now. */
  canGoOn: boolean;
  /** When a card is next due, when none can be reviewed now; undefined when none ever is. */
  nextDue: number | undefined;
  /** A cram session (`--cram`): nothing was recorded; `passed` cards were passed, and `leftToday` counts the cards not passed yet. */
  cram?: { passed: number };
}

export async function runSession(data: SessionData, decksDir: string, terminal: Terminal = { input: process.stdin, output: process.stdout }): Promise<SessionSummary> {
  const { input, output } = terminal;
  const colors = picocolors.createColors(!process.env.NO_COLOR && output.isTTY === true);
  const { store } = data;
  store.deferCheckpoints();
  let scheduler = data.scheduler;
  // Cards due after today (or the last day reviewed ahead) are not read in full; when a new study day
  // begins, they are read again.
  const aheadDays = data.reviewAheadDays ?? 0;
  const dueSoon = (now: number) => store.cardsDueBefore(reviewsUntil(scheduler, now, aheadDays));
  // A cram session has no use for what is due: it reads every card's facts instead (see newCramQueue).
  let states = data.cram ? QueueStates.fromIds('') : dueSoon(Date.now());
  let statesDay = scheduler.studyDay(Date.now());
  /**
   * The Markdown renderer brings the note parser, about 90 ms to load: the session starts without it
   * and loads it while the first front is read, then draws again if the back was waiting for it.
   */
  let markdown: typeof import('./terminal-markdown.js') | undefined;
  let markdownLoading = false;
  function loadMarkdown(): void {
    if (markdownLoading) return;
    markdownLoading = true;
    import('./terminal-markdown.js').then(
      (module) => {
        markdown = module;
        // Only the rows the formatting changed are written again: the answer does not flicker.
        if (mode === 'back' && !finished) safely(draw)();
      },
      (error: unknown) => finish(error),
    );
  }
  /**
   * TeX math syntax, loaded only for a card whose back holds `$` (see remark-math.ts), while its front is
   * read: whether the back can be drawn now. The back waits for it as for the renderer.
   */
  let mathLoading = false;
  function mathReadyFor(back: string): boolean {
    if (!mayHoldMath(back) || mathSyntaxLoaded()) return true;
    if (!mathLoading) {
      mathLoading = true;
      loadMathSyntax().then(
        () => {
          if (mode === 'back' && !finished) safely(draw)();
        },
        (error: unknown) => finish(error),
      );
    }
    return false;
  }
  /** Today's cards sorted out of all of them; scanned again only when a card's state changes or the day turns. */
  let scan: QueueScan | undefined;
  const queue = (now: number): QueueScan => {
    if (!scan || now >= scan.endOfToday) {
      // Answered today, or earlier in this session (one that goes on past the day's start at 04:00).
      const ahead = aheadDays > 0 ? { days: aheadDays, answeredToday: store.cardsAnsweredSince(Math.min(started, startOfStudyDay(scheduler, now))) } : undefined;
      scan = scanQueue(data.decks, states, scheduler, now, data.config.limits.newPerDay, ahead);
    }
    return scan;
  };
  const setState = (cardId: string, state: StoredCard | undefined) => {
    if (state) states.set(cardId, state);
    else states.delete(cardId);
    scan = undefined;
  };
  let usage: TodayUsage = usageToday(store, scheduler, Date.now());
  /** `--cram`: every card of the decks, weakest first, and nothing recorded (see cram.ts). */
  const cram = data.cram ? newCramQueue() : undefined;
  function newCramQueue(): CramQueue {
    const now = Date.now();
    // Every stored card's facts in columns: reading 100,000 of them as rows took 0.9 s.
    const { candidates, suspended } = cramCandidates(data.decks, store.cardFacts(), scheduler.settings.weights, now);
    return new CramQueue(cramOrder(candidates), suspended);
  }
  /** What this session did, newest last: `u` undoes these and nothing else (not other sessions' answers). */
  const done: Action[] = [];
  const started = Date.now();
  /** When the session ran out of cards, while it has none. */
  let doneAt: number | undefined;
  let mode: Mode = 'intro';
  let current: QueueCard | undefined;
  let shownAt = 0;
  let scroll = 0;
  /** Where the help is scrolled to, on a screen too short for it (then `helpScrolls`: its keys scroll it, others close it). */
  let helpScroll = 0;
  let helpScrolls = false;
  /** Rows the answer had when last drawn: what Page Down moves. */
  let answerRows = 1;
  /** How far up the card scrolls: below 0 on the answer side where the question is cut short (see layoutCard). */
  let minScroll = 0;
  let help = false;
  let message = '';
  let reviewed = 0;
  let again = 0;
  let timer: NodeJS.Timeout | undefined;
  /**
   * The rows on screen as last drawn, the status line last: a redraw writes only the rows that changed,
   * so nothing flickers. Undefined when the screen is to be drawn whole (entered again, resized).
   */
  let shownRows: string[] | undefined;
  let clockTimer: NodeJS.Timeout | undefined;

  const write = (text: string) => output.write(text);
  const size = () => ({ width: Math.max(MIN_WIDTH, output.columns || 80), height: Math.max(MIN_HEIGHT, output.rows || 24) });
  /** A window smaller than the session can draw in: lines the terminal wraps itself would scroll the screen away. */
  const tooSmall = () => (output.columns || 80) < MIN_WIDTH || (output.rows || 24) < MIN_HEIGHT;

  function advance(): void {
    const now = Date.now();
    if (cram) {
      let entry: QueueCard | undefined;
      for (let id = cram.next; id !== undefined && !(entry = findCard(data.decks, id)); id = cram.next) cram.keepOnly((other) => other !== id);
      if (entry) {
        current = entry;
        mode = 'front';
        doneAt = undefined;
        shownAt = now;
        scroll = 0;
      } else {
        mode = 'done';
        doneAt ??= now;
      }
      return;
    }
    usage = usageToday(store, scheduler, now); // also right after 04:00, when a new study day begins
    if (scheduler.studyDay(now) !== statesDay) {
      states = dueSoon(now);
      statesDay = scheduler.studyDay(now);
      scan = undefined;
    }
    const next = nextCard(queue(now), usage, data.config.limits, now, data.config.learnAheadMs);
    clearTimeout(timer);
    if (next) {
      current = next.card;
      mode = 'front';
      doneAt = undefined;
      shownAt = now;
      scroll = 0;
    } else if (nextLearningDue(queue(now)) !== undefined) {
      mode = 'waiting';
      // Safely: a timer's error (the store or the decks folder failing meanwhile) ends the session with a message, as a key's does.
      const tick = safely(() => {
        // Decks rebuilt meanwhile are read first (the next card may be in one of them), then the wait goes on.
        if (data.decksRebuilt?.()) {
          reloadIfRebuilt();
          timer = setTimeout(tick, 1000);
        } else {
          advance();
        }
        draw();
      });
      timer = setTimeout(tick, 1000);
    } else {
      mode = 'done';
      doneAt ??= now; // the time spent stops when the last card is answered, not when the screen is left
    }
  }

  /** `amgi optimize` may adopt new parameters while this session runs: answer with the ones in use. */
  function refreshScheduler(): void {
    const weights = store.parameters()?.weights;
    if (weights && weights.some((weight, n) => weight !== scheduler.settings.weights[n])) scheduler = new Scheduler({ ...scheduler.settings, weights });
  }

  function answer(rating: Rating): void {
    if (cram) {
      const step = cram.answer(rating);
      done.push({ kind: 'cram', step });
      reviewed++;
      if (rating === 1) again++;
      const soon = cram.next === step.id ? '바로 다시 나옵니다: 남은 카드가 없습니다 (again, now: no other card left)' : '몇 장 뒤에 다시 나옵니다 (again, a few cards later)';
      message = rating === 1 ? `다시 → ${soon}` : `${RATING_NAMES[rating]} → 통과 (passed for this session)`;
      advance();
      return;
    }
    refreshScheduler();
    const entry = current!;
    const now = Date.now();
    const { card: saved, revlogId } = store.answer(scheduler, entry.card.id, rating, now, now - shownAt);
    setState(entry.card.id, saved);
    done.push({ kind: 'answer', cardId: entry.card.id, revlogId, rating });
    reviewed++;
    if (rating === 1) again++;
    message = `${RATING_NAMES[rating]} → ${formatInterval(saved.due - now)}`;
    advance();
  }

  function undo(): void {
    const action = done.pop();
    if (!action) {
      message = '이 세션에서 되돌릴 것이 없습니다 (nothing to undo in this session)';
      return;
    }
    if (action.kind === 'cram') {
      if (!findCard(data.decks, action.step.id)) {
        message = '노트에서 지워진 카드라 되돌릴 수 없습니다 (removed from the notes)';
        return;
      }
      cram!.undo(action.step);
      reviewed = Math.max(0, reviewed - 1);
      if (action.step.rating === 1) again = Math.max(0, again - 1);
      advance(); // the undone card is next again
      message = '되돌렸습니다 (undone)';
      return;
    }
    if (action.kind === 'answer') {
      refreshScheduler();
      if (!store.undo(Date.now(), action.revlogId, scheduler)) {
        message = '이 카드는 그 뒤에 다시 답했으므로 되돌릴 수 없습니다 (answered again since)';
        return;
      }
      reviewed = Math.max(0, reviewed - 1);
      if (action.rating === 1) again = Math.max(0, again - 1);
    } else {
      store.restore(action.cardId, action.before);
    }
    setState(action.cardId, store.card(action.cardId));
    usage = usageToday(store, scheduler, Date.now());
    const entry = findCard(data.decks, action.cardId);
    if (entry) {
      current = entry;
      mode = 'front';
      doneAt = undefined;
      shownAt = Date.now();
      scroll = 0;
    }
    message = '되돌렸습니다 (undone)';
  }

  function setAside(kind: 'bury' | 'suspend'): void {
    if (cram) {
      message = '연습 중에는 카드를 묻거나 중지하지 않습니다: 아무것도 바꾸지 않습니다 (cram changes nothing)';
      return;
    }
    const cardId = current!.card.id;
    done.push({ kind, cardId, before: store.card(cardId) });
    if (kind === 'bury') store.bury(scheduler, cardId, scheduler.studyDay(Date.now()) + 1, Date.now());
    else store.setSuspended(scheduler, cardId, true, Date.now());
    updateLocal(cardId);
    message = kind === 'bury' ? '내일까지 묻어 두었습니다 (buried until tomorrow; u to undo)' : '일시 중지했습니다 (suspended; u to undo)';
    advance();
  }

  function updateLocal(cardId: string): void {
    const saved: StoredCard | undefined = store.card(cardId);
    if (saved) setState(cardId, saved);
  }

  /** The note a card came from: its source path is relative to the folder above the decks. */
  const notePath = (card: QueueCard['card']) => {
    const path = resolve(dirname(resolve(decksDir)), card.source.path);
    return findOnDisk(path) ?? path; // the note's name may be NFD on disk, its source NFC
  };

  /**
   * The images the card on screen shows, and those with no file, found once per card (its answer
   * parsed again, and the disk asked, on each key otherwise).
   */
  let shownImages: { cardId: string; sources: string[]; problems: ReadonlyMap<string, ImageProblem> } | undefined;
  function imagesOfCard(): typeof shownImages {
    const card = current?.card;
    if (!card || !markdown) return undefined;
    if (shownImages?.cardId !== card.id) {
      const sources = markdown.imageSources(`${card.front}\n\n${card.back}`);
      const note = notePath(card);
      const listings = new Map<string, string[] | undefined>();
      const problems = new Map<string, ImageProblem>();
      for (const src of sources) {
        const image = isUrl(src) ? undefined : lookUpImage(imageLocation(note, src, listings), listings);
        if (image && 'problem' in image) problems.set(src, image.problem);
      }
      shownImages = { cardId: card.id, sources, problems };
    }
    return shownImages;
  }

  /** `o` is offered when the card shows an image that has a file, or a web address (not `data:` and other schemes: see locateImages). */
  function hasImageToOpen(): boolean {
    const images = imagesOfCard();
    return images !== undefined && images.sources.some((src) => (isUrl(src) ? /^https?:\/\//i.test(src) : !images.problems.has(src)));
  }

  function openCardImages(): void {
    const sources = imagesOfCard()?.sources;
    if (!sources) return; // the renderer is still loading: the answer is not on screen yet
    message = sources.length > 0 ? '그림을 여는 중… (opening)' : '';
    const note = notePath(current!.card); // the card of the key, not the one shown once the module has loaded
    import('./open-images.js')
      .then(async ({ openImages, openedMessage }) => {
        const result = await openImages(note, sources);
        if (finished) return;
        message = openedMessage(result);
        draw();
      })
      .catch((error: unknown) => finish(error));
  }

  function edit(): void {
    const editor = process.env.VISUAL || process.env.EDITOR;
    if (!editor) {
      message = '$EDITOR가 설정되어 있지 않습니다 (set EDITOR to open the note)';
      return;
    }
    const card = current!.card;
    const note = notePath(card);
    leaveScreen();
    input.setRawMode?.(false);
    // Through the shell, as git does, so that EDITOR may carry arguments (`code --wait`, `vi -n`).
    const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
    const result = spawnSync(`${editor} +${card.source.line} ${quote(note)}`, { stdio: 'inherit', shell: true });
    input.setRawMode?.(true);
    enterScreen();
    message =
      result.error || result.status !== 0
        ? `편집기를 열지 못했습니다: ${editor} (${result.error?.message ?? `exit ${result.status}`})`
        : `노트를 고쳤다면 \`${rebuildCommand(note, decksDir)}\`로 덱을 다시 만드세요 (run it after editing)`;
  }

  function onKey(text: string | undefined, key: { name?: string; ctrl?: boolean; sequence?: string } = {}): void {
    if (key.ctrl && key.name === 'c') return finish();
    if (key.ctrl && key.name === 'z') return suspendToShell();
    if (key.ctrl && key.name === 'l') {
      // As in other terminal programs; the size is read again too, should a resize have been missed.
      // A changed size has drawn the screen whole already (its resize event).
      if (!refreshSize()) drawWhole();
      return;
    }
    // With Caps Lock on, `Q` is still q.
    const typed = KOREAN_KEYS[text ?? ''] ?? (text !== undefined && /^[A-Z]$/.test(text) ? text.toLowerCase() : text) ?? '';
    const name = key.name ?? '';
    if (tooSmall()) {
      if (typed === 'q') return finish(); // also with the help open, which cannot be seen either
      return; // no card is answered, nor anything done, unseen
    }
    message = '';
    // Decks rebuilt since the card was drawn (its note edited, or the card removed): a key that acts on
    // the card is not applied to what the screen shows, which may be gone; the card is read again and
    // drawn first, asking for the key again. Undo and help do not act on the card shown: they go on.
    if (typed !== 'q' && typed !== 'u' && typed !== '?' && !help && mode !== 'done' && data.decksRebuilt?.()) {
      message = '덱을 다시 읽는 중… (decks rebuilt: reading them again)';
      keyHeld = { text, key };
      reloadIfRebuilt();
      draw();
      return;
    }
    if (help) {
      // A help longer than the screen scrolls as an answer does; any other key goes back.
      const page = Math.max(1, size().height - 4);
      if (!helpScrolls) help = false;
      else if (name === 'down' || typed === 'j') helpScroll = scrollBy(helpScroll, 1, page + 2);
      else if (name === 'up' || typed === 'k') helpScroll = scrollBy(helpScroll, -1, page + 2);
      else if (name === 'pagedown') helpScroll = scrollBy(helpScroll, page, page + 2);
      else if (name === 'pageup') helpScroll = scrollBy(helpScroll, -page, page + 2);
      else if (name === 'home') helpScroll = 0;
      else if (name === 'end') helpScroll = Number.MAX_SAFE_INTEGER; // kept within the help as it is drawn
      else help = false;
    } else if (typed === '?') {
      help = true;
      helpScroll = 0;
    } else if (typed === 'q') {
      return finish();
    } else if (mode === 'intro') {
      if (name === 'return' || name === 'space') advance();
    } else if (mode === 'front') {
      if (name === 'return' || name === 'space') {
        mode = 'back';
        scroll = 0;
      } else if (typed === 'u') undo();
      else if (typed === 's') setAside('bury');
      else if (typed === '!') setAside('suspend');
      else if (typed === 'e') edit();
      else scroll = scrolled(scroll, name, typed) ?? scroll; // a question longer than the screen
    } else if (mode === 'back') {
      const rating = Number(typed);
      if (RATINGS.includes(rating as Rating)) answer(rating as Rating);
      else if (name === 'return' || name === 'space') answer(3);
      else if (typed === 'u') undo();
      else if (typed === 's') setAside('bury');
      else if (typed === '!') setAside('suspend');
      else if (typed === 'e') edit();
      else if (typed === 'o') openCardImages();
      else scroll = scrolled(scroll, name, typed) ?? scroll;
    } else if (typed === 'u') {
      undo();
    }
    draw();
    // The next card is on screen: the time to copy the log into the database, not during an answer.
    store.checkpointIfDue();
    reloadIfRebuilt();
  }

  /**
   * Decks rebuilt while the session runs (a note edited with `e`, then `amgi build`): read again, so
   * the card on screen shows as it is now, and a card no longer in the notes is not asked.
   */
  let reloading = false;
  /**
   * A key held back for the reload: done after it if the card on screen did not change, else the
   * message asks for it again.
   */
  let keyHeld: { text: string | undefined; key: { name?: string; ctrl?: boolean; sequence?: string } } | undefined;
  function reloadIfRebuilt(): void {
    if (!data.reloadIfRebuilt || reloading || finished) return;
    reloading = true;
    data.reloadIfRebuilt().then(
      // Safely: the key held back is done here, and its error (the store locked too long) ends the session as any key's does.
      safely((fresh) => {
        reloading = false;
        if (finished) return;
        const held = keyHeld;
        keyHeld = undefined;
        // A key held back while a reload that began before the rebuild was running: read again for it.
        if (!fresh && held && data.decksRebuilt?.()) {
          keyHeld = held;
          reloadIfRebuilt();
          return;
        }
        if (!fresh) {
          // Nothing to read again (the usual case, after every key): drawn again only to drop the notice.
          if (message.startsWith('덱을 다시 읽는 중')) {
            message = '';
            draw();
          }
          return;
        }
        data.decks = fresh.decks;
        data.deckNames = fresh.deckNames;
        scan = undefined;
        if (cram) {
          // Cards gone from the notes are dropped; cards new to them (or with new ids) join at the end.
          const ids = fresh.decks.flatMap((deck) => deck.ids);
          const inNotes = new Set(ids);
          cram.keepOnly((id) => inNotes.has(id));
          cram.addMissing(ids);
        }
        shownImages = undefined;
        // What the key just done says (`되돌렸습니다`) stays; else the rebuild is said.
        if (held) message = '덱이 다시 만들어져 카드를 다시 읽었습니다. 키를 다시 누르세요 (decks rebuilt: press the key again)';
        else if (message === '' || message.startsWith('덱')) message = '덱이 다시 만들어져 카드를 다시 읽었습니다 (decks rebuilt; card read again)';
        if (current && (mode === 'front' || mode === 'back')) {
          const entry = findCard(data.decks, current.card.id);
          if (entry) {
            // The card on screen as it was (another note edited): the key held back acts on it now.
            const unchanged = entry.card.front === current.card.front && entry.card.back === current.card.back;
            current = entry;
            if (held && unchanged) {
              message = '';
              onKey(held.text, held.key);
              return;
            }
          } else {
            message = '노트에서 지워진 카드라 건너뜁니다 (removed from the notes)';
            advance();
          }
        } else if (mode === 'done' || mode === 'waiting') {
          advance(); // a note added since may have cards for today
        }
        draw();
      }),
      (error: unknown) => {
        // A folder caught mid-build, a deck renamed or gone: the session goes on with the decks it has.
        reloading = false;
        keyHeld = undefined;
        if (finished) return;
        message = `덱을 다시 읽지 못해 지금 덱으로 계속합니다 (decks could not be read again: ${error instanceof Error ? error.message : String(error)})`;
        draw();
      },
    );
  }

  /** A key or a redraw that fails (the store locked by another program for too long, a full disk):
   *  the terminal is put back before the error is reported, never left in raw mode. */
  function safely<A extends unknown[]>(work: (...args: A) => void): (...args: A) => void {
    return (...args) => {
      try {
        work(...args);
      } catch (error) {
        finish(error);
      }
    };
  }

  /** Deck names that more than one deck file has, worked out once per set of decks. */
  let shared: { decks: SessionData['decks']; names: Set<string> } | undefined;
  function sharedDeckNames(): Set<string> {
    if (shared?.decks !== data.decks) {
      const seen = new Set<string>();
      const names = new Set<string>();
      for (const { name } of data.decks) (seen.has(name) ? names : seen).add(name);
      shared = { decks: data.decks, names };
    }
    return shared.names;
  }

  /** Where a scrolling key moves the card's scrolling part (the answer, or a long question), or undefined for another key. */
  function scrolled(at: number, name: string, typed: string): number | undefined {
    if (name === 'down' || typed === 'j') return scrollBy(at, 1, answerRows, minScroll);
    if (name === 'up' || typed === 'k') return scrollBy(at, -1, answerRows, minScroll);
    if (name === 'pagedown') return scrollBy(at, Math.max(1, answerRows - 2), answerRows, minScroll);
    if (name === 'pageup') return scrollBy(at, -Math.max(1, answerRows - 2), answerRows, minScroll);
    if (name === 'home') return minScroll;
    if (name === 'end') return Number.MAX_SAFE_INTEGER; // kept within what is drawn
    return undefined;
  }

  function draw(): void {
    if (!markdown && (mode === 'front' || mode === 'back')) loadMarkdown();
    if (tooSmall()) {
      // Said in as few columns as there are, a word to a row; keys still work (q quits).
      const columns = Math.max(1, output.columns || 80);
      const words = ['창이', '너무', '작습니다', `(${MIN_WIDTH}×${MIN_HEIGHT}+)`, 'q: 끝내기'];
      shownRows = undefined;
      write(`\x1b[H\x1b[2J${words.map((word) => truncateToWidth(word, columns)).slice(0, Math.max(1, output.rows || 24)).join('\r\n')}`);
      return;
    }
    const { width, height: full } = size();
    // A message may take up to three rows (a path to an image is worth reading whole); the screen above
    // is laid out in what is left, as if the message took one row. A short screen keeps its rows for
    // the card: the message gets one.
    // On one row, a message too long for it says its Korean part (`되돌렸습니다`) without the English after it.
    // (Only an aside after Korean text: `편집기를 … vim (exit 1)` keeps the error it names.)
    const oneRow = displayWidth(message) > width ? message.replace(/(?<=[\uac00-\ud7a3.])\s*\([^()]*\)$/, '') : message;
    const said = message ? (full >= SHORT_SCREEN ? wrap(colors.yellow(message), width).slice(0, 3) : [colors.yellow(oneRow)]) : [''];
    const height = full - (said.length - 1);
    const lines = help ? helpWindow(width, height) : mode === 'intro' ? introScreen(width, height) : mode === 'front' || mode === 'back' ? cardScreen(width, height) : endScreen(width);
    // Every line must fit: a line the terminal wraps itself would scroll the top of the screen away.
    const body = lines.slice(0, height - 2).map((line) => fit(line, width));
    const screen = [...body, ...Array(Math.max(0, height - 2 - body.length)).fill(''), ...said.map((line) => fit(line, width)), fit(statusLine(width), width)];
    paint(screen);
  }

  /** Writes the rows that differ from those on screen (all of them, on a screen to be drawn whole). */
  function paint(rows: string[]): void {
    const before = shownRows;
    shownRows = rows;
    if (before?.length !== rows.length) {
      write(`\x1b[H\x1b[2J${rows.join('\r\n')}`);
      return;
    }
    // Each row changed is erased and written in place: in one write, as the terminal draws a frame.
    const changed = rows.flatMap((row, n) => (row === before[n] ? [] : [`\x1b[${n + 1};1H\x1b[2K${row}`]));
    if (changed.length > 0) write(changed.join(''));
  }

  function introScreen(width: number, height: number): string[] {
    if (cram) return cramIntro(width, height);
    const due = countDue(queue(Date.now()), usage, data.config.limits, data.deckNames);
    // The decks with cards due today, as many as fit a screen; a thousand rows of zeros help nobody.
    const withCards = data.deckNames.filter((name) => {
      const d = due.byDeck.get(name)!;
      return d.new + d.learning + d.review > 0;
    });
    const total = due.total.new + due.total.learning + due.total.review;
    const title = wrap(colors.bold('amgi — 오늘의 복습 (today’s review)'), width);
    const ahead = aheadDays > 0 ? ` · ${aheadDays}일 뒤 복습까지 앞당김 (reviewing ${aheadDays} ${aheadDays === 1 ? 'day' : 'days'} ahead)` : '';
    const limits = wrap(`하루 한도: 새 카드 ${data.config.limits.newPerDay}, 복습 ${data.config.limits.reviewsPerDay}${ahead}`, width);
    // With nothing due, when something will be: the question a student asks next.
    const nothingDue = () => [...wrap('오늘은 복습할 카드가 없습니다 (nothing due).', width), ...wrap(summaryLines(summary())[1]!, width), ...wrap('q: 끝내기', width)];
    const start = total > 0 ? packItems(['Space 또는 Enter: 시작', '?: 도움말', 'q: 끝내기'], ' · ', width) : nothingDue();
    // The way to start always shows: on a short screen deck rows go first, then the blank lines and the
    // limits, then the table; the first layout that fits is drawn.
    const rows = height - 2;
    const tableOf = (count: number): string[] => {
      if (count === 0) return [];
      const shown = withCards.slice(0, count);
      const lines = deckTable(shown.map((name) => [name, due.byDeck.get(name)!]), width);
      const more = withCards.length - shown.length;
      const moreLine = `  … 외 ${more}개 덱 (${more} more decks)`;
      if (more > 0) lines.push(colors.dim(truncateToWidth(displayWidth(moreLine) <= width ? moreLine : `  … 외 ${more}개 덱`, width)));
      return lines;
    };
    const layout = (deckCount: number, withLimits: boolean, withGaps: boolean): string[] => {
      const tableLines = tableOf(deckCount);
      const limitLines = withLimits ? limits : [];
      // Blank lines between the parts, as many as the screen has room for.
      const spare = withGaps ? rows - title.length - tableLines.length - limitLines.length - start.length : 0;
      const gap = (n: number) => (spare > n ? [''] : []);
      return [...title, ...gap(0), ...tableLines, ...(tableLines.length > 0 ? gap(2) : []), ...limitLines, ...gap(1), ...start];
    };
    const mostDecks = Math.min(INTRO_DECK_ROWS, withCards.length);
    for (const [withLimits, withGaps] of [[true, true], [true, false], [false, false]] as const) {
      for (let count = mostDecks; count >= Math.min(1, mostDecks); count--) {
        const lines = layout(count, withLimits, withGaps);
        if (lines.length <= rows) return lines;
      }
    }
    return [...start, ...title].slice(0, Math.max(start.length, rows)); // a tiny screen: the way to start first
  }

  /** Where Again puts the card shown in a cram session: after so many other cards, or at once. */
  function cramAgainLabel(): string {
    const others = Math.min(AGAIN_GAP, cram!.left - 1);
    return others > 0 ? `${others}장 뒤` : '바로';
  }

  /** The first screen of `--cram`: how many cards, in what order, and that nothing is recorded. */
  function cramIntro(width: number, height: number): string[] {
    const title = wrap(colors.bold('amgi — 연습 (cram)'), width);
    // That nothing is recorded goes first: on a short screen it is what must not be cut.
    const about = [
      ...wrap('답해도 일정은 바뀌지 않고 기록도 남지 않습니다: 1 다시를 누르면 몇 장 뒤에 다시 나오고, 2–4는 통과입니다 (nothing is recorded).', width),
      ...(cram!.left > 0 ? wrap(`카드 ${cram!.left}장: 아직 공부하지 않은 카드, 그다음 내일 기억할 가능성이 낮은 카드부터 (weakest first).`, width) : []),
    ];
    const start = cram!.left > 0 ? packItems(['Space 또는 Enter: 시작', '?: 도움말', 'q: 끝내기'], ' · ', width) : [...wrap('연습할 카드가 없습니다 (no cards to practise).', width), ...wrap('q: 끝내기', width)];
    const lines = [...title, '', ...about, '', ...start];
    return lines.length <= height - 2 ? lines : [...start, ...title, ...about].slice(0, Math.max(start.length, height - 2));
  }

  /** The decks and their counts as a table that fits `width`: long deck names are cut (ending in `…`). */
  function deckTable(decksDue: [string, DueCounts][], width: number): string[] {
    const rowsOf = (names: string[]) => [['', '새 카드', '학습 중', '복습'], ...decksDue.map(([, d], n) => [names[n]!, String(d.new), String(d.learning), String(d.review)])];
    const names = decksDue.map(([name]) => name);
    const headed = (lines: string[]) => lines.map((line, row) => (row === 0 ? colors.dim(line) : line));
    const lines = table(rowsOf(names));
    const widest = Math.max(...lines.map((line) => displayWidth(line)));
    if (widest <= width || names.length === 0) return headed(lines);
    const nameWidth = Math.max(4, Math.max(...names.map((name) => displayWidth(name))) - (widest - width));
    const cut = table(rowsOf(names.map((name) => truncateToWidth(name, nameWidth))));
    if (Math.max(...cut.map((line) => displayWidth(line))) <= width) return headed(cut);
    // Too narrow even for names cut short: the columns would be cut off, so each deck gets its counts named under it.
    return decksDue.flatMap(([name, d]) => [truncateToWidth(name, width), ...packItems([`새 ${d.new}`, `학습 ${d.learning}`, `복습 ${d.review}`], ' · ', width - 2).map((line) => `  ${line}`)]);
  }

  function cardScreen(width: number, height: number): string[] {
    const { card, deck } = current!;
    // Two notes with the same `#` title are one deck: the note tells their cards apart, as the export does.
    // (The note as seen from where amgi runs, as the other commands print paths.)
    const deckLine = sharedDeckNames().has(deck) ? `${deck} (${relative(process.cwd(), resolve(dirname(resolve(decksDir)), card.source.path))})` : deck;
    const header = wrap(colors.dim([deckLine, ...sectionsAboveFront(card.section, card.front)].join(' › ')), width);
    // Bold line by line: a multiple-choice question's choices are lines of the front.
    const front = wrap(card.front.split('\n').map((line) => colors.bold(line)).join('\n'), width);
    const hints = (items: string[]) => packItems(items, ' · ', width).map((line) => colors.dim(line));
    const markers = {
      ...scrollMarkers(width),
      cut: (line: string) => `${wrap(line, width - 2)[0]} …`, // room kept for the mark, or fit() would cut it off
    };
    if (mode === 'front') {
      mathReadyFor(card.back); // its math syntax loads while the front is read
      const hint = hints(['Space/Enter: 정답 보기', 'u 되돌리기', ...(cram ? [] : ['s 내일로', '! 일시 중지']), 'e 편집', '? 도움말', 'q 끝내기']);
      const layout = layoutCard({ header, front, divider: [], answer: undefined, buttons: [], hint }, height - 2, scroll, markers);
      scroll = layout.scroll;
      answerRows = layout.answerRows;
      minScroll = layout.minScroll;
      return layout.lines;
    }
    const now = Date.now();
    // Crammed, a grade schedules nothing: in place of an interval, what it does in this session.
    const preview = cram ? undefined : scheduler.preview(card.id, store.card(card.id) ?? scheduler.newCard(now), now); // the full state, read for the card shown
    const buttons = packItems(
      RATINGS.map((r) => `${colors.bold(String(r))} ${RATING_NAMES[r]} ${colors.cyan(preview ? formatInterval(preview[r].due - now) : r === 1 ? cramAgainLabel() : '통과')}`),
      '   ',
      width,
    );
    // On a screen too short for the answer beside them: the buttons without their intervals, then the keys alone.
    const compactButtons = [packItems(RATINGS.map((r) => `${colors.bold(String(r))} ${RATING_NAMES[r]}`), '   ', width), [RATINGS.map((r) => colors.bold(String(r))).join(' ')]];
    const hint = hints(['Space/Enter = 3 알맞음', 'u 되돌리기', ...(cram ? [] : ['s 내일로', '! 일시 중지']), 'e 편집', ...(hasImageToOpen() ? ['o 그림 열기'] : []), '? 도움말', 'q 끝내기']);
    // Until the renderer has loaded (it is asked for as the first front is shown), the back waits a moment.
    const images = imagesOfCard();
    const answer = markdown && mathReadyFor(card.back) ? markdown.renderMarkdown(card.back, width, colors, (src) => images?.problems.get(src)) : [colors.dim('…')];
    const divider = [colors.dim(repeatToWidth('─', Math.min(width, 60)))];
    const layout = layoutCard({ header, front, divider, answer, buttons, compactButtons, hint }, height - 2, scroll, markers);
    scroll = layout.scroll;
    answerRows = layout.answerRows;
    minScroll = layout.minScroll;
    return layout.lines;
  }

  function endScreen(width: number): string[] {
    if (mode === 'waiting') {
      const dueAt = nextLearningDue(queue(Date.now()));
      const seconds = dueAt === undefined ? 0 : Math.max(0, Math.ceil((dueAt - Date.now()) / 1000));
      // It comes up by itself; meanwhile the last answer can still be taken back, as on the last screen.
      const keys = packItems(['q: 끝내기', 'u: 마지막 답 되돌리기', '?: 도움말'], ' · ', width).map((line) => colors.dim(line));
      return [...wrap(`다음 학습 카드까지 ${clockOf(seconds)} — 기다리면 나옵니다 (next learning card in ${clockOf(seconds)})`, width), '', ...keys];
    }
    const keys = packItems(['q: 끝내기', 'u: 마지막 답 되돌리기'], ' · ', width).map((line) => colors.dim(line));
    return [...wrap(colors.bold(cram ? '모든 카드를 연습했습니다 (cram done)' : '오늘의 복습을 마쳤습니다 (done for today)'), width), '', ...summaryLines(summary()).flatMap((line) => wrap(line, width)), '', ...keys];
  }

  /** The lines that count what is scrolled out of view, above and below. */
  function scrollMarkers(width: number): { above: (count: number) => string; below: (count: number) => string } {
    // The keys in a marker only where the row has room for them: cut, `(↓/j,` says less than nothing.
    const marker = (text: string, keys: string) => colors.dim(displayWidth(`${text} ${keys}`) <= width ? `${text} ${keys}` : text);
    return {
      above: (count) => marker(`↑ ${count}줄 위`, '(↑/k)'),
      below: (count) => marker(`… ${count}줄 더`, '(↓/j, PgDn)'),
    };
  }

  /** The help as the screen has room for it, with what is above and below counted. */
  function helpWindow(width: number, height: number): string[] {
    const room = height - 2;
    const still = helpScreen(width, false);
    helpScrolls = still.length > room;
    if (!helpScrolls) return still;
    const lines = helpScreen(width, true);
    const window = answerWindow(lines, room, helpScroll, scrollMarkers(width));
    helpScroll = window.scroll;
    return window.lines;
  }

  /** The help; `scrolls`: on a screen too short for it, whose last line then says how to scroll. */
  function helpScreen(width: number, scrolls: boolean): string[] {
    const keys: [string, string][] = [
      ['Space, Enter', '정답 보기 (reveal); 정답에서 다시 누르면 3\u00a0알맞음 (then Good, as in Anki)'], // a grade is never split
      ['1 2 3 4', '다시 · 어려움 · 알맞음 · 쉬움 (Again, Hard, Good, Easy)'],
      ['u (ㅕ)', cram ? '마지막 답 되돌리기 (undo)' : '마지막 답, 묻어 두기, 일시 중지 되돌리기 (undo the last answer, bury or suspend)'],
      ...(cram
        ? ([['연습 (cram)', '1 다시: 몇 장 뒤에 다시 · 2 3 4: 통과. 아무것도 기록하지 않습니다 (nothing is recorded)']] as [string, string][])
        : ([
            ['s (ㄴ)', '내일까지 묻어 두기 (bury until tomorrow)'],
            ['!', '일시 중지 (suspend)'],
          ] as [string, string][])),
      ['e (ㄷ)', '$EDITOR로 노트 열기 (open the note at the card)'],
      ['o (ㅐ)', '정답의 그림 열기 (open the answer’s images)'],
      ['↑ ↓ (k j)', '긴 질문이나 정답 스크롤 (scroll a long question or answer); ㅏ ㅓ도 됩니다'],
      ['PgUp PgDn', '한 쪽씩 스크롤; Home, End: 처음, 끝 (a page at a time)'],
      ['q (ㅂ), Ctrl-C', cram ? '끝내기 (quit)' : '끝내기 — 답은 모두 저장되어 있습니다 (quit; every answer is saved)'],
      ['Ctrl-Z', '셸로 잠시 나가기, fg로 돌아오기 (suspend to the shell)'],
      ['Ctrl-L', '화면 다시 그리기 (redraw the screen)'],
      ['?', '이 도움말 (this help)'],
    ];
    // Wide enough, a key and what it does share a line, wrapped under the text; narrow, the text goes below the key.
    const keyColumn = 16;
    const rows = keys.flatMap(([key, text]) =>
      width >= 40 ? wrap(text, width - keyColumn).map((line, n) => (n === 0 ? key.padEnd(keyColumn - 1 - (displayWidth(key) - key.length)) + ' ' : ' '.repeat(keyColumn)) + line) : [colors.bold(key), ...wrap(text, width, '  ')],
    );
    const back = scrolls ? '↑ ↓ PgUp PgDn: 스크롤 · 다른 키: 돌아가기 (any other key to go back)' : '아무 키나 누르면 돌아갑니다 (any key to go back)';
    return [colors.bold('도움말 (keys)'), '', ...rows, '', ...wrap(colors.dim(back), width)];
  }

  function statusLine(width: number): string {
    const due = cram ? undefined : countDue(queue(Date.now()), usage, data.config.limits);
    const left = due ? due.total.new + due.total.learning + due.total.review : cram!.left;
    const clock = clockOf(sessionSeconds());
    const full = due ? `완료 ${reviewed} · 남음 ${left} (새 ${due.total.new} · 학습 ${due.total.learning} · 복습 ${due.total.review}) · ${clock}` : `연습 · 완료 ${reviewed} · 남음 ${left} · 기록 안 함 · ${clock}`;
    // On a narrow screen the parts of what is left go first, then the clock: the counts that matter stay.
    const shorter = cram ? [`연습 · 완료 ${reviewed} · 남음 ${left} · ${clock}`, `연습 · 완료 ${reviewed} · 남음 ${left}`, `연습 ${reviewed}/${left}`] : [];
    const text = [full, ...shorter, `완료 ${reviewed} · 남음 ${left} · ${clock}`, `완료 ${reviewed} · 남음 ${left}`].find((line) => displayWidth(line) <= width) ?? `${reviewed}/${left}`;
    return colors.inverse(text + ' '.repeat(Math.max(0, width - displayWidth(text))));
  }

  /** The session's time: from its start to now, or to the last answer once every card is done (as the summary says). */
  function sessionSeconds(): number {
    return Math.floor(((doneAt ?? Date.now()) - started) / 1000);
  }

  /**
   * The clock moves every second, key or not: only the status line is written again, in place. The
   * screen is not cleared (no flicker), and the hidden cursor ends where a full draw leaves it.
   */
  function tickClock(): void {
    clearTimeout(clockTimer);
    if (finished) return;
    // On the second, as the session's seconds turn.
    clockTimer = setTimeout(
      safely(() => {
        redrawStatusLine();
        tickClock();
      }),
      1000 - ((Date.now() - started) % 1000),
    );
    clockTimer.unref(); // never what keeps the process alive: after q it ends at once
  }

  function redrawStatusLine(): void {
    // Done, the clock has stopped; waiting, the countdown draws the screen every second anyway.
    if (finished || !shownRows || tooSmall() || mode === 'done' || mode === 'waiting') return;
    const { width } = size();
    paint([...shownRows.slice(0, -1), fit(statusLine(width), width)]);
  }

  function summary(): SessionSummary {
    const now = Date.now();
    if (cram) return { reviewed, again, seconds: sessionSeconds(), leftToday: cram.left, canGoOn: cram.left > 0, nextDue: undefined, cram: { passed: cram.passedCount } };
    const scanned = queue(now);
    const { limits } = data.config;
    const leftToday = countDue(scanned, usage, limits).total;
    const canGoOn = nextCard(scanned, usage, limits, now, data.config.learnAheadMs) !== undefined;
    // A learning card later today; else the next review, asked of the store (cards due after tomorrow
    // were never read in full); cards the day's limits hold back come when the next study day begins.
    const candidates = [nextLearningDue(scanned), store.nextAvailableAmong((id) => decksHave(data.decks, id), now, (card) => comesUpAt(scheduler, card), (due) => scheduler.studyDayStart(scheduler.studyDay(due))), heldBackByLimits(scanned, usage, limits) ? scanned.endOfToday : undefined];
    const times = candidates.filter((time): time is number => time !== undefined);
    const nextDue = canGoOn || times.length === 0 ? undefined : Math.max(now, Math.min(...times));
    // What `--ahead` added is said apart: a session without it would not show those cards today.
    const leftAhead = aheadDays > 0 ? reviewsLeftAhead(scanned, usage, limits) : 0;
    const left = leftToday.new + leftToday.learning + leftToday.review;
    return { reviewed, again, seconds: sessionSeconds(), leftToday: left - leftAhead, ...(leftAhead > 0 ? { leftAhead } : {}), canGoOn, nextDue };
  }

  /**
   * Ctrl-Z, which raw mode turns into a key: the shell gets its screen back and stops the session, as
   * it would any program (`fg` brings it back, redrawn). Where nothing can stop it (Windows, or a
   * process group no shell controls, whose stop the system ignores), the session goes on as it was.
   */
  function suspendToShell(): void {
    if (process.platform === 'win32') return;
    let suspended = true;
    const stoppedAt = Date.now();
    const resume = (byTimer: boolean): void => {
      if (!suspended) return;
      suspended = false;
      process.off('SIGCONT', continued);
      if (finished) return;
      // Put back by its timer on time (100 ms): nothing stopped it. A stopped process runs its timer
      // late, only once continued, and no one types `fg` within 300 ms.
      if (byTimer && Date.now() - stoppedAt < 300) message = 'Ctrl-Z: 여기서는 셸로 나갈 수 없습니다 (no shell job control here)';
      input.setRawMode?.(true);
      enterScreen();
      // A resize while stopped went to the shell, not to amgi; a changed size draws the screen itself.
      if (!refreshSize()) drawWhole();
      tickClock();
      reloadIfRebuilt(); // the shell may have run `amgi build`
    };
    clearTimeout(clockTimer); // the shell has the screen: no status line is written over it
    leaveScreen();
    input.setRawMode?.(false);
    const continued = () => resume(false);
    process.once('SIGCONT', continued);
    // The whole process group, as the terminal's own Ctrl-Z would: started by npx or a script, amgi
    // alone stopping would leave the shell waiting on a parent that still runs.
    process.kill(0, 'SIGTSTP');
    // Stopped, this runs only once continued; not stopped, it puts the session back at once.
    setTimeout(() => resume(true), 100);
  }

  /**
   * Node reads the terminal's size again only on SIGWINCH, which the terminal sends to the foreground
   * job: a resize while amgi was stopped (Ctrl-Z) went to the shell. Read here, before drawing; a
   * changed size comes as a resize event, which draws the screen at it (true: drawn already). (`getWindowSize()` only gives
   * the size last read; Node reads it anew in `_refreshSize`, which SIGWINCH calls, where there is none.)
   */
  function refreshSize(): boolean {
    if (!output.isTTY || process.platform === 'win32') return false;
    const stream = output as NodeJS.WriteStream & { _refreshSize?: () => void };
    const before = `${output.columns}×${output.rows}`;
    if (typeof stream._refreshSize === 'function') stream._refreshSize();
    else if (output === process.stdout) process.kill(process.pid, 'SIGWINCH'); // its resize event comes later
    return `${output.columns}×${output.rows}` !== before;
  }


  function enterScreen(): void {
    write('\x1b[?1049h\x1b[?25l');
    shownRows = undefined; // drawn whole: the terminal may have cleared or kept what it showed
  }

  function leaveScreen(): void {
    write('\x1b[?25h\x1b[?1049l');
  }

  /**
   * `ambiguousWidth: "auto"`: the terminal is asked how wide it draws ambiguous-width characters, and
   * the first screen waits for the answer (a few milliseconds; PROBE_TIMEOUT_MS at most, then one
   * column). Keys typed meanwhile are kept, and done in order once the screen is drawn.
   */
  let probing = data.config.ambiguousWidth === 'auto' && input.isTTY === true && output.isTTY === true;
  /** Until the terminal has answered: an answer after the timeout (within LATE_ANSWER_MS) still counts, and the screen is drawn again by it. */
  let awaitingReport = probing;
  let probeTimer: NodeJS.Timeout | undefined;
  const keysWhileProbing: Parameters<typeof onKey>[] = [];
  function probeAnswered(width: AmbiguousWidth | undefined): void {
    clearTimeout(probeTimer);
    const changed = width !== undefined && width !== (ambiguousIsWide() ? 2 : 1);
    if (changed) setAmbiguousWidth(width);
    if (probing) {
      probing = false;
      start();
      for (const key of keysWhileProbing.splice(0)) if (!finished) handleKey(...key);
    } else if (changed) {
      drawWhole();
    }
  }

  let settle: { resolve: (summary: SessionSummary) => void; reject: (error: unknown) => void } | undefined;
  let finished = false;
  const handleKey = safely(onKey);
  const onKeypress = safely((text: string | undefined, key: Parameters<typeof onKey>[1] = {}): void => {
    // The terminal's answer comes as input: never a key, and read once.
    if (awaitingReport && isCursorReport(key.sequence)) {
      awaitingReport = false;
      return probeAnswered(widthFromReport(key.sequence!));
    }
    if (probing) keysWhileProbing.push([text, key]);
    else onKey(text, key);
  });
  // On a resize (the terminal may have moved or rewrapped what it showed), or asked for with Ctrl-L.
  const drawWhole = safely(() => {
    shownRows = undefined;
    draw();
  });
  const restoreTerminal = () => leaveScreen();
  function finish(error?: unknown): void {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    clearTimeout(clockTimer);
    clearTimeout(probeTimer);
    input.off('keypress', onKeypress);
    output.off('resize', drawWhole);
    process.off('exit', restoreTerminal);
    input.setRawMode?.(false);
    input.pause();
    leaveScreen();
    if (error === undefined) settle?.resolve(summary());
    else settle?.reject(error);
  }

  const session = new Promise<SessionSummary>((resolve, reject) => {
    settle = { resolve, reject };
  });
  /** The first screen, and from then on a screen drawn again on a resize. */
  function start(): void {
    output.on('resize', drawWhole);
    safely(draw)();
    tickClock();
  }
  emitKeypressEvents(input);
  // Raw before the probe: the terminal's answer is then read as input, not echoed onto the screen.
  input.setRawMode?.(true);
  input.resume();
  input.on('keypress', onKeypress);
  process.once('SIGTERM', () => finish());
  process.on('exit', restoreTerminal); // whatever happens, the shell gets its screen back
  enterScreen();
  if (probing) {
    // On the alternate screen, which the first screen clears: the probe's character is never seen.
    write(AMBIGUOUS_PROBE);
    probeTimer = setTimeout(
      safely(() => {
        probeAnswered(undefined);
        // Not an answer for ever: a key whose sequence looks like one (Alt-F3 is `ESC [1;3R`) is a key.
        setTimeout(() => (awaitingReport = false), LATE_ANSWER_MS).unref();
      }),
      PROBE_TIMEOUT_MS,
    );
  } else {
    start();
  }
  return session;
}

type Action =
  | { kind: 'answer'; cardId: string; revlogId: number; rating: Rating }
  | { kind: 'cram'; step: CramStep }
  | { kind: 'bury' | 'suspend'; cardId: string; before: StoredCard | undefined };

/** `4:05`, or past an hour `1:04:05`, as a stopwatch reads. */
function clockOf(seconds: number): string {
  const [hours, minutes] = [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60)];
  const secondsPart = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${secondsPart}` : `${minutes}:${secondsPart}`;
}

/** The part of a line that fits in `width` columns. */
function fit(line: string, width: number): string {
  return displayWidth(line) <= width ? line : wrap(line, width)[0]!;
}

export function summaryLines(summary: SessionSummary, now = Date.now()): string[] {
  // With no answer, an Again rate of 0% would be a number about nothing.
  const rate = summary.reviewed === 0 ? undefined : Math.round((summary.again / summary.reviewed) * 100);
  const [hours, minutes, seconds] = [Math.floor(summary.seconds / 3600), Math.floor((summary.seconds % 3600) / 60), summary.seconds % 60];
  const time = `걸린 시간 ${hours > 0 ? `${hours}시간 ${minutes}분 ` : minutes > 0 ? `${minutes}분 ` : ''}${seconds}초`;
  if (summary.cram) {
    const left = summary.leftToday > 0 ? `남은 카드 ${summary.leftToday}장 (${summary.leftToday} left) · ` : '';
    const answers = rate === undefined ? '답 0번' : `답 ${summary.reviewed}번 중 다시(Again) ${rate}%`;
    return [`연습: 통과 ${summary.cram.passed}장 · ${answers} · ${time}`, `${left}일정은 바뀌지 않았습니다 (cram: nothing recorded)`];
  }
  const ahead = summary.leftAhead ?? 0;
  const left =
    ahead === 0
      ? [`오늘 ${summary.leftToday}장`, `${summary.leftToday} left today`]
      : summary.leftToday === 0
        ? [`앞당긴 복습 ${ahead}장`, `${ahead} ahead`]
        : [`오늘 ${summary.leftToday}장, 앞당긴 복습 ${ahead}장`, `${summary.leftToday} left today, ${ahead} ahead`];
  const next = summary.canGoOn
    ? `남은 카드: ${left[0]} — 이어서 복습할 수 있습니다 (${left[1]})`
    : summary.nextDue === undefined
      ? '다음 카드: 없음 (none)'
      : `다음 카드: ${howSoon(summary.nextDue, now)} 뒤, ${clockTime(summary.nextDue, now)} (next card)`;
  return [`복습한 카드 ${summary.reviewed}장${rate === undefined ? '' : ` · 다시(Again) ${rate}%`} · ${time}`, next];
}

/**
 * How long until `time`: minutes or hours within a day, and from a day on the days between the
 * dates, as the date beside it reads (`3일 뒤, 12월 9일 04:00` from the evening of the 6th, though 2
 * days and 4 hours away).
 */
function howSoon(time: number, now: number): string {
  const [day, today] = [new Date(time), new Date(now)].map((at) => Date.UTC(at.getFullYear(), at.getMonth(), at.getDate()));
  return time - now >= 86_400_000 ? `${Math.round((day! - today!) / 86_400_000)}일` : formatInterval(time - now);
}

/** `06:40` today, or `12월 7일 04:00` on another day: local time, 24 hours, as Korean clocks are read. */
function clockTime(time: number, now: number): string {
  const at = new Date(time);
  const clock = `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
  return at.toDateString() === new Date(now).toDateString() ? clock : `${at.getMonth() + 1}월 ${at.getDate()}일 ${clock}`;
}
