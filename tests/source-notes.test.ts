import { cp, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardsFromText } from '../src/cards/cards.js';
import { repoRoot, runAmgi, tempDir } from './helpers.js';

const NOTE = join(repoRoot, 'source-notes', '클라우드-컴퓨팅과-AWS의-개요.md');

/** Every titled concept of the user's note, counted by hand from the note, in order. */
const EXPECTED_FRONTS = [
  // ## 클라우드 컴퓨팅의 개요: the NIST definition, a callout with three terms, another callout
  '클라우드 컴퓨팅의 개요 › 클라우드 컴퓨팅이란?',
  '클라우드 컴퓨팅의 개요 › 클라우드 컴퓨팅의 3가지 특성은?', // a callout naming an aspect asks for it
  '클라우드 컴퓨팅의 3가지 특성 › 온디맨드란?',
  '클라우드 컴퓨팅의 3가지 특성 › 인터넷을 통한 자원 접근이란?',
  '클라우드 컴퓨팅의 3가지 특성 › 사용량별 과금 모델이란?',
  '클라우드 컴퓨팅의 개요 › 클라우드 컴퓨팅을 이용하는 이점은?',
  // ## AWS 기반 클라우드 컴퓨팅의 이점: seven callouts (the heading has no text of its own)
  'AWS 기반 클라우드 컴퓨팅의 이점 › 민첩성 확보',
  'AWS 기반 클라우드 컴퓨팅의 이점 › 용량에 대한 걱정 불식',
  'AWS 기반 클라우드 컴퓨팅의 이점 › 대규모 자본적 비용에서 소규모 유동 비용으로 전환',
  'AWS 기반 클라우드 컴퓨팅의 이점 › 규모의 경제 달성',
  'AWS 기반 클라우드 컴퓨팅의 이점 › 데이터 센터 구축 비용 절약',
  'AWS 기반 클라우드 컴퓨팅의 이점 › 기술 혁신성의 유지',
  'AWS 기반 클라우드 컴퓨팅의 이점 › 단기간 내 세계화 가능',
  // ## 클라우드 컴퓨팅의 3대 모델: the heading's own text, then three callouts
  '클라우드 컴퓨팅의 3대 모델',
  '클라우드 컴퓨팅의 3대 모델 › IaaS(Infrastructure-as-a-Service)',
  '클라우드 컴퓨팅의 3대 모델 › PaaS(Platform-as-a-Service)',
  '클라우드 컴퓨팅의 3대 모델 › SaaS(Software-as-a-Service)',
  // ## 클라우드 컴퓨팅의 3대 배포 모델: three callouts
  '클라우드 컴퓨팅의 3대 배포 모델은?', // a heading asking for its parts: its back names the three models
  '클라우드 컴퓨팅의 3대 배포 모델 › 퍼블릭 클라우드(올 인 클라우드)',
  '클라우드 컴퓨팅의 3대 배포 모델 › 하이브리드 클라우드',
  '클라우드 컴퓨팅의 3대 배포 모델 › 온프레미스 또는 프라이빗 클라우드',
  // ## AWS 태동과 발전: text only
  'AWS 태동과 발전',
  // ## AWS 글로벌 인프라: its own text, then five list items used as sub-titles
  'AWS 글로벌 인프라',
  'AWS 글로벌 인프라 › 리전이란?',
  'AWS 글로벌 인프라 › 가용영역이란?',
  'AWS 글로벌 인프라 › 로컬 존이란?',
  'AWS 글로벌 인프라 › 엣지 로케이션(POP)이란?',
  'AWS 글로벌 인프라 › 리전별 엣지 캐시 로케이션이란?',
  // ## AWS 보안과 준수해야할 원칙: text only
  'AWS 보안과 준수해야할 원칙',
  // ## AWS의 주요 제품과 서비스, and its three ### sections with their callouts
  'AWS의 주요 제품과 서비스',
  'AWS의 주요 제품과 서비스 › 컴퓨트',
  '컴퓨트 › Amazon Elastic Compute Cloud',
  '컴퓨트 › Amazon EC2 Auto Scailing',
  '컴퓨트 › AWS Lambda',
  '컴퓨트 › Amazon EC2 Container Service',
  '컴퓨트 › Amazone Elastic Kubernetes Service',
  '컴퓨트 › AWS Fargate',
  '컴퓨트 › AWS Elastic Beanstalk',
  '컴퓨트 › AWS Lightsail',
  '컴퓨트 › AWS Batch',
  '컴퓨트 › AWS Outposts',
  'AWS의 주요 제품과 서비스 › 네트워킹',
  '네트워킹 › Amazon Virtual Private Cloud(VPC)',
  '네트워킹 › Amazon Route53',
  '네트워킹 › Elastic Load Balancing(ELB)',
  '네트워킹 › AWS Direct Connect',
  '네트워킹 › AWS App Mesh',
  '네트워킹 › AWS Global Accelerator',
  'AWS의 주요 제품과 서비스 › 보안 및 준수 규정',
  '보안 및 준수 규정 › AWS Identity and Access Management(IAM)',
  '보안 및 준수 규정 › Amazon Inspector',
  '보안 및 준수 규정 › AWS Certificate Manager(ACM)',
  '보안 및 준수 규정 › AWS Directory Service',
  '보안 및 준수 규정 › AWS Web Application Firewall(WAF)', // its text follows by lazy continuation
];

describe('the user’s note in source-notes/', () => {
  it('becomes exactly one card per titled concept, each with a short front and a non-empty back', async () => {
    const { deckName, cards } = cardsFromText((await readFile(NOTE, 'utf8')).normalize('NFC'));
    expect(deckName).toBe('클라우드 컴퓨팅과 AWS의 개요');
    expect(cards.map((card) => card.front)).toEqual(EXPECTED_FRONTS);
    for (const card of cards) {
      expect(card.back.trim().length, card.front).toBeGreaterThan(0);
      expect([...card.front].length, card.front).toBeLessThanOrEqual(80);
      expect(card.front, 'a front is one line').not.toContain('\n');
    }
  });

  it('keeps explanations whole: the WAF callout’s lazy line and the 리전 item’s boxed sentence', async () => {
    const { cards } = cardsFromText((await readFile(NOTE, 'utf8')).normalize('NFC'));
    const waf = cards.find((card) => card.title === 'AWS Web Application Firewall(WAF)')!;
    expect(waf.back.startsWith('WAF는 웹 애플리케이션 방화벽으로')).toBe(true);
    const region = cards.find((card) => card.title === '리전')!;
    expect(region.back.startsWith('이들 고객에게 안정적인 서비스를 제공하기 위해')).toBe(true);
    // Boxed in a fence with no language, the sentence is prose: text that wraps, in its place.
    expect(region.back).toContain('나타냅니다.\n\n> 리전에 속한 데이터는 AWS 고객의 명시적인 동의 없이 리전 외부로 이동할 수 없습니다.\n\nAWS를 사용하려면');
    expect(region.back).not.toContain('```');
    const saas = cards.find((card) => card.title === 'SaaS(Software-as-a-Service)')!;
    expect(saas.back).toContain('Ex ) Salesforce CRM');
    expect(saas.back).toContain('![cloud_computing_model](./image/cloud_computing_model.PNG)');
  });

  it('has an up-to-date deck in decks/ (run `npm start` after changing the note or the rules)', async () => {
    const dir = await tempDir();
    await cp(join(repoRoot, 'source-notes'), join(dir, 'source-notes'), { recursive: true });
    await cp(join(repoRoot, 'decks'), join(dir, 'decks'), { recursive: true });
    const result = await runAmgi(['build', '--force', '--json'], { cwd: dir });
    expect(result.code).toBe(0);
    for (const file of await readdir(join(repoRoot, 'decks'))) {
      if (!file.endsWith('.json')) continue;
      const committed = await readFile(join(repoRoot, 'decks', file), 'utf8');
      const rebuilt = await readFile(join(dir, 'decks', file), 'utf8');
      expect(rebuilt === committed, `decks/${file} is out of date`).toBe(true);
    }
  });
});
