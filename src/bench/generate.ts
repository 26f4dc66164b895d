/**
 * Seeded inputs for `npm run bench`: Korean notes shaped like source-notes/ (headings, callouts with
 * explanations, `용어 : 설명` lists, fenced definitions), and a review history for their cards.
 * The same seed gives the same files, so runs on different days compare.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ReviewStore } from '../store/store.js';

/** mulberry32: small, fast, good enough for shaping text. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = ['클라우드', '네트워크', '데이터베이스', '운영체제', '보안', '컨테이너', '스토리지', '분산 시스템', '웹 서버', '가상화'];
const TERMS = ['리전', '가용 영역', '로드 밸런서', '오토 스케일링', '캐시', '트랜잭션', '인덱스', '스레드', '프로세스', '방화벽', '암호화', '라우팅', '서브넷', '게이트웨이', '복제', '샤딩', '큐', '토픽', '스냅샷', '볼륨'];
const ASPECTS = ['특징', '장점', '단점', '구성 요소', '동작 방식', '사용 사례', '주의할 점', '비교'];
const WORDS = ['클라우드', '자원', '서버', '요청', '응답', '데이터', '사용자', '서비스', '비용', '확장', '장애', '복구', '설정', '관리', '네트워크', '트래픽', '인스턴스', '저장', '처리', '환경'];
const ENDINGS = ['합니다.', '할 수 있습니다.', '됩니다.', '필요합니다.', '가능합니다.', '중요합니다.'];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function sentence(random: () => number): string {
  const words = Array.from({ length: 6 + Math.floor(random() * 10) }, () => pick(random, WORDS));
  return `${words.join(' ')}을 ${pick(random, ENDINGS)}`;
}

/**
 * One note: a title, `sections` sections, each with callouts (a card each, with one or two
 * paragraphs) and a term list (a card per term). About 6 cards per section.
 */
export function note(random: () => number, index: number, sections: number): string {
  const subject = `${pick(random, SUBJECTS)} ${index + 1}`;
  const lines = [`# ${subject} 정리`, '', sentence(random), ''];
  for (let s = 0; s < sections; s++) {
    lines.push(`## ${s + 1}. ${pick(random, TERMS)} ${s + 1}`, '', sentence(random), '');
    for (let c = 0; c < 3; c++) {
      lines.push(`> ${pick(random, TERMS)}의 ${pick(random, ASPECTS)} ${s + 1}-${c + 1}`, '', sentence(random), '');
      if (random() < 0.5) lines.push(sentence(random), '');
    }
    if (random() < 0.3) lines.push('```', `${pick(random, TERMS)}란 ${sentence(random)}`, '```', '');
    lines.push(`> ${pick(random, TERMS)} 용어 ${s + 1}`, '');
    for (let t = 0; t < 3; t++) lines.push(`- ${pick(random, TERMS)} ${s + 1}-${t + 1} : ${sentence(random)}`, '');
  }
  return lines.join('\n');
}

/** Write `count` notes into `dir`; returns their paths. */
export async function writeCorpus(dir: string, count: number, sectionsPerNote: number, seed: number): Promise<string[]> {
  const random = seededRandom(seed);
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (let n = 0; n < count; n++) {
    const path = join(dir, `노트-${String(n + 1).padStart(4, '0')}.md`);
    await writeFile(path, note(random, n, sectionsPerNote));
    paths.push(path);
  }
  return paths;
}

export interface SyntheticReview {
  cardId: string;
  reviewTime: number;
  rating: 1 | 2 | 3 | 4;
  stateBefore: 0 | 1 | 2 | 3;
  duration: number;
}

/**
 * Exactly `perCard` reviews of each card, the last of them before `end`: a first answer and a
 * learning step, then reviews at growing intervals, with a lapse now and then. Shaped like real use,
 * not scheduled by FSRS (the store's states come from replaying them).
 */
export function reviewHistory(cardIds: readonly string[], perCard: number, end: number, seed: number): SyntheticReview[] {
  const random = seededRandom(seed);
  const day = 86_400_000;
  const reviews: SyntheticReview[] = [];
  for (const cardId of cardIds) {
    // Answers and the gaps after them first, then the history placed to end a little before `end`.
    const answers: { rating: SyntheticReview['rating']; stateBefore: SyntheticReview['stateBefore']; gap: number }[] = [];
    let interval = 1;
    let state: SyntheticReview['stateBefore'] = 0;
    for (let n = 0; n < perCard; n++) {
      const lapse: boolean = state === 2 && random() < 0.1;
      const rating: SyntheticReview['rating'] = lapse ? 1 : random() < 0.1 ? 2 : random() < 0.9 ? 3 : 4;
      let gap: number;
      const stateBefore = state;
      if (state === 0) {
        state = 1;
        gap = 10 * 60_000;
      } else {
        state = lapse ? 3 : 2;
        interval = lapse ? 1 : Math.max(1, Math.round(interval * (2 + random())));
        gap = Math.min(interval, 60) * day + Math.floor(random() * 8 * 3_600_000);
      }
      answers.push({ rating, stateBefore, gap });
    }
    const span = answers.slice(0, -1).reduce((sum, { gap }) => sum + gap, 0);
    let time = end - span - Math.floor((1 + random() * 300) * day);
    for (const { rating, stateBefore, gap } of answers) {
      reviews.push({ cardId, reviewTime: time, rating, stateBefore, duration: 2000 + Math.floor(random() * 15_000) });
      time += gap;
    }
  }
  return reviews;
}

/**
 * A store for the decks' cards: reviews from the generator, written straight into the store's
 * tables (replaying a million answers through FSRS would take most of the bench's time). Card rows
 * take reps and lapses from each card's history, and due dates as FSRS spreads them.
 */
export function fillStore(path: string, reviews: readonly SyntheticReview[], now: number): void {
  const random = seededRandom(5);
  ReviewStore.open(path).close(); // creates the schema
  const db = new Database(path);
  const day = 86_400_000;
  db.transaction(() => {
    const insert = db.prepare('INSERT INTO revlog (card_id, review_time, rating, state_before, elapsed_days, scheduled_days, duration, card_before) VALUES (?, ?, ?, ?, 0, 0, ?, NULL)');
    const card = db.prepare(
      'INSERT OR REPLACE INTO cards (id, due, stability, difficulty, scheduled_days, learning_steps, reps, lapses, state, last_review, suspended, buried_until_day) VALUES (?, ?, ?, 5, ?, 0, ?, ?, 2, ?, 0, NULL)',
    );
    let reps = 0;
    let lapses = 0;
    // In time order, as answers and imports arrive: the log's order on disk follows time.
    for (const review of [...reviews].sort((a, b) => a.reviewTime - b.reviewTime)) {
      insert.run(review.cardId, review.reviewTime, review.rating, review.stateBefore, review.duration);
    }
    reviews.forEach((review, n) => {
      reps++;
      if (review.rating === 1 && review.stateBefore === 2) lapses++;
      const next = reviews[n + 1];
      if (!next || next.cardId !== review.cardId) {
        // As FSRS keeps a collection: a few percent due today, the rest spread over the months ahead.
        const due = random() < 0.03 ? now - Math.floor(random() * 3 * day) : now + Math.floor((1 + random() * 90) * day);
        const interval = Math.max(1, Math.round((due - review.reviewTime) / day));
        card.run(review.cardId, due, interval, interval, reps, lapses, review.reviewTime);
        reps = 0;
        lapses = 0;
      }
    });
  })();
  db.close();
}

/** A copy of a store, whatever its write-ahead log still holds. */
export function copyStore(from: string, to: string): void {
  const db = new Database(from, { readonly: true });
  try {
    db.prepare('VACUUM INTO ?').run(to);
  } finally {
    db.close();
  }
}
