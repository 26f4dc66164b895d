import { describe, expect, it } from 'vitest';
import { withParticle } from '../src/cards/particles.js';
import { sectionNumber } from '../src/cards/titles.js';
import { asksForItsParts, endsInAspect, labelsLayerOf } from '../src/cards/title-rules/aspects.js';
import { answerNamesChoice, answerNamesLetteredChoice, asksToChoose } from '../src/cards/title-rules/choices.js';
import { cleanTitle } from '../src/cards/title-rules/clean.js';
import { sharedAsked } from '../src/cards/title-rules/comparisons.js';
import { nameOneTerm } from '../src/cards/title-rules/glosses.js';
import { announcesKinds, askedLeadIn, asksHowOrWhy, asksWhichThereAre, definitionIntro, isAnnouncement, onlyLeadsIn, saysSomethingBeforeAnnouncing } from '../src/cards/title-rules/lead-ins.js';
import { isStatement, isTitleLike } from '../src/cards/title-rules/names.js';
import { asksWhy } from '../src/cards/title-rules/questions.js';
import { isAsideHeading, isNavigationLinks, isReferenceHeading } from '../src/cards/title-rules/references.js';
import { saysWhatItIs } from '../src/cards/title-rules/tasks.js';
import { splitTerm } from '../src/cards/title-rules/terms.js';

describe('saysWhatItIs', () => {
  it.each(['VPC 안의 IP 주소 범위', '트래픽 경로를 정하는 규칙 모음', '경로를 정하는 규칙이다.', 'IP 범위를 말한다', 'IP range of a VPC'])('reads %s as what a thing is', (line) => {
    expect(saysWhatItIs(line)).toBe(true);
  });

  it.each(['확인 버튼을 누른다.', '기본 VPC 선택', '리전을 고르세요', '관리자로 들어가야 함', 'add a Name tag', '', '기본값', '서울(ap-northeast-2)', '모두 체크', 'my-vpc', '10.0.0.0/16', 'Amazon Linux 2', '8GB gp2'])('reads %s as what to do or a value chosen', (line) => {
    expect(saysWhatItIs(line)).toBe(false);
  });
});

describe('isTitleLike', () => {
  it.each(['민첩성 확보', 'AWS Identity and Access Management(IAM)', '단기간 내 세계화 가능', '프로세스와 스레드의 차이는?', 'IaaS(Infrastructure-as-a-Service)', 'Software as a Service', '데이터를 처리하는 방식', 'Write-Ahead Logging'])('takes %s for a title', (text) => {
    expect(isTitleLike(text, 80)).toBe(true);
  });

  it.each(['리전은 지리적 위치입니다.', '서비스를 제공한다', '즉, 비용이 줄어듭니다', 'Ex ) AWS EC2', '예를 들어,', 'https://aws.amazon.com', ':+1:', '클라이언트는 FIN 수신하고 ACK로 응답', 'health checks are at TG level', 'can be Custom cookie'])('does not take %s for a title', (text) => {
    expect(isTitleLike(text, 80)).toBe(false);
  });

  it('limits the length', () => {
    expect(isTitleLike('가'.repeat(41), 40)).toBe(false);
    expect(isTitleLike('가'.repeat(40), 40)).toBe(true);
  });
});

describe('how a title is asked', () => {
  it.each(['컴파일러가 변환', 'JVM이 변환', '클라이언트가 서버에게 요청', '사람은 프로세스가 아님'])('takes %s for a statement, kept as written', (title) => {
    expect(isStatement(title)).toBe(true);
  });

  it.each(['서버가 로그인 처리', '서버가 토큰 발급', 'JVM이 코틀린 실행'])('takes %s for a statement, a noun that ends as a describing word does between', (title) => {
    expect(isStatement(title)).toBe(true);
  });

  it.each(['REST가 필요한 이유', '데드락이 일어나는 경우', '트래픽이 많을 때', 'UDP가 빠른 이유', '결합도가 낮은 이유', 'Docker가 가벼운 이유', '비용이 큰 경우', '길이 제한', '국가 코드', '차이 분석', '평가 지표', '가용 영역', 'EC2'])('takes %s for a name', (title) => {
    expect(isStatement(title)).toBe(false);
  });

  it('asks for what an aspect holds only where the word cannot name one thing', () => {
    expect(['REST 특징', 'HTTPS의 장단점', 'REST가 필요한 이유', 'UDP가 빠른 이유', '외부 단계', 'COCOMO 방법', '정의 기능', '로그인 방식', '특징'].map((title) => endsInAspect(title))).toEqual([
      true, true, true, true, false, false, false, false, false,
    ]);
    // 방법 after a verb noun is the ways of doing it; after a name or a describing word, one method.
    expect(['비용 산정 방법', '스레드 동기화 방법', '예측 방법', 'FP 기능점수 방법', '정형적 방법', '델파이 방법'].map((title) => endsInAspect(title))).toEqual([
      true, true, true, false, false, false,
    ]);
  });
});

describe('asksForItsParts', () => {
  it.each(['샤딩의 종류는?', '인덱스의 종류', '종류', 'DBMS 유형', '교착 상태의 4가지 조건', '교착 상태 발생 조건', 'OSI 7계층', 'SOLID 5원칙', '개발의 단계', 'NoSQL의 분류', 'REST 구성 요소', 'NoSQL에는 무엇이 있나요?', '클라우드 컴퓨팅의 3대 배포 모델', '두 가지 방식'])('%s asks for its parts by name', (title) => {
    expect(asksForItsParts(title)).toBe(true);
  });

  it.each(['네트워크', '인덱스', '분석 단계', '1단계', '3단계 스키마', '조건문', '유형별 정리', '웹 서버 3대', '1가지 방법'])('%s does not', (title) => {
    expect(asksForItsParts(title)).toBe(false);
  });
});

describe('cleanTitle', () => {
  it('removes emoji shortcodes, HTML and a trailing colon', () => {
    expect(cleanTitle(':question: TCP 관련 질문 <a name="q1"></a>')).toBe('TCP 관련 질문');
    expect(cleanTitle('  사용량별   과금 모델 : ')).toBe('사용량별 과금 모델');
  });
});

describe('splitTerm', () => {
  it('finds the term and where its description starts', () => {
    expect(splitTerm('온디맨드 : 필요할 때 사용')).toEqual({ term: '온디맨드', descriptionStart: 7 });
    expect(splitTerm('**RTO**: 복구 목표 시간')).toEqual({ term: 'RTO', descriptionStart: 9 });
  });

  it.each(['Note: 주의할 점', '예: 이런 경우', 'https://example.com', '10:30에 시작', 'as-a-Service 모델', '`key: value` 형식', '이것은 문장이다: 설명'])('does not split %s', (line) => {
    expect(splitTerm(line)).toBeUndefined();
  });
});

describe('definitionIntro', () => {
  it('names what the sentence defines', () => {
    expect(definitionIntro('미국 국립표준기술연구소(NIST)는 클라우드 컴퓨팅을 다음과 같이 정의하고 있습니다.')).toEqual({ subject: '클라우드 컴퓨팅' });
    expect(definitionIntro('위키백과는 데드락을 아래와 같이 설명한다.')).toEqual({ subject: '데드락' });
  });

  it('ignores sentences that introduce other blocks', () => {
    expect(definitionIntro('예제 코드는 다음과 같다.')).toBeUndefined();
    expect(definitionIntro('리전을 다음과 같이 선택합니다.')).toBeUndefined();
  });
});

describe('navigation and references', () => {
  it('recognises navigation links', () => {
    expect(isNavigationLinks(['Top', 'Back', 'Home'], ' :arrow_up:  | ')).toBe(true);
    expect(isNavigationLinks(['뒤로'], '')).toBe(true);
    expect(isNavigationLinks(['AWS 문서'], '')).toBe(false);
    expect(isNavigationLinks(['Top'], '더 읽을거리')).toBe(false);
  });

  it('recognises reference headings', () => {
    for (const title of ['Reference', 'References', '참고 자료', '참고', '출처', ':books: 참고 문헌']) expect(isReferenceHeading(title), title).toBe(true);
    expect(isReferenceHeading('참고할 만한 설계 원칙')).toBe(false);
    // `참고` is as often an aside as references: its sentences are kept (see isAsideStatement).
    for (const title of ['참고', '참고 사항', '[참고사항]', '3. 참고']) expect(isAsideHeading(title), title).toBe(true);
    for (const title of ['참고 자료', '출처', 'Reference', ':books: 참고 문헌']) expect(isAsideHeading(title), title).toBe(false);
  });
});

describe('particles', () => {
  it.each([
    ['리전', '리전이란'],
    ['온디맨드', '온디맨드란'],
    ['엣지 로케이션(POP)', '엣지 로케이션(POP)이란'],
    ['Route53', 'Route53이란'],
    ['EC2', 'EC2란'],
    ['IAM', 'IAM이란'],
    ['ELB', 'ELB란'], // 엘비
    ['VPN', 'VPN이란'], // 브이피엔
    ['VPC', 'VPC란'],
    ['FAN OUT', 'FAN OUT이란'], // 팬아웃: capitals read as a word
    ['FAN IN', 'FAN IN이란'],
    ['BACKUP', 'BACKUP이란'], // 백업
    ['AUP', 'AUP란'], // 에이유피: read letter by letter
    ['NAT', 'NAT이란'], // 냇
    ['HTTP', 'HTTP란'], // 에이치티티피
    ['Layout', 'Layout이란'], // 레이아웃
    ['Timeout', 'Timeout이란'], // 타임아웃
    // English words, by how Korean reads them
    ['public', 'public이란'], // 퍼블릭
    ['Custom Metric', 'Custom Metric이란'], // 메트릭
    ['WebSocket', 'WebSocket이란'], // 소켓
    ['commit', 'commit이란'], // 커밋
    ['Launch Template', 'Launch Template이란'], // 템플릿, though -ate is mostly 에이트 (`update`)
    ['Launch Template (Newer)', 'Launch Template (Newer)이란'], // the parenthesis is not read
    ['private', 'private이란'], // 프라이빗
    ['update', 'update란'], // 업데이트
    ['Output', 'Output이란'], // 아웃풋
    ['Bit', 'Bit란'], // 비트
    ['Cache Hit', 'Cache Hit란'], // 히트
    ['Root', 'Root란'], // 루트
    ['Thread', 'Thread란'], // 스레드
    ['Stack', 'Stack이란'], // 스택
  ])('%s → %s', (word, expected) => {
    expect(withParticle(word, '이란/란')).toBe(expected);
  });

  it('takes the particle of the word before the marks it ends with', () => {
    expect(withParticle('VPC?!', '이란/란')).toBe('VPC?!란');
    expect(withParticle('리전 ...', '은/는')).toBe('리전 ...은');
    // A letter outside the BMP (𠀀, two UTF-16 units) is no mark: the particle is not that of 리전.
    expect(withParticle('리전𠀀!', '이란/란')).toBe('리전𠀀!란');
  });

  it.each([
    // One digit written onto capitals is read in English; other numbers in Korean.
    ['S3', 'S3란'], // 에스쓰리
    ['Amazon S3', 'Amazon S3란'],
    ['CSS3', 'CSS3란'], // 씨에스에스쓰리
    ['ES6', 'ES6란'], // 이에스식스
    ['IPv6', 'IPv6란'], // 아이피브이식스
    ['HTTP/3', 'HTTP/3란'], // 에이치티티피 쓰리
    ['Lv3', 'Lv3이란'], // 레벨 삼
    ['Java 8', 'Java 8이란'], // 자바 팔
    ['OAuth 2.0', 'OAuth 2.0이란'], // 투 포인트 오, 이점영: 영
    ['x86', 'x86이란'], // 엑스팔육
    ['Vue3', 'Vue3란'], // 뷰쓰리
    ['Web3', 'Web3란'], // 웹쓰리
    ['Python3', 'Python3란'], // 파이썬쓰리
    ['IMAP', 'IMAP이란'], // 아이맵
    ['LDAP', 'LDAP이란'], // 엘댑
    // Symbols read at the end of a name.
    ['C++', 'C++이란'], // 씨플플
    ['C#', 'C#이란'], // 씨샵
    // A capital at the end, or a letter alone, is read as its name.
    ['IoC', 'IoC란'], // 아이오씨
    ['R', 'R이란'], // 알
    ['r', 'r이란'],
    // Of a compound in camel case, its last word.
    ['GitHub', 'GitHub란'], // 깃허브
    // A bracket after a lone letter is read with it; after a word it is not.
    ['O(n)', 'O(n)이란'], // 오엔
    ['O(1)', 'O(1)이란'], // 오일
    ['세션(Session)', '세션(Session)이란'],
    // English endings: -pe and -oop are 프, -ype 입, a vowel before a final c a consonant, `Check` 체크.
    ['Scope', 'Scope란'], // 스코프
    ['Pipe', 'Pipe란'], // 파이프
    ['Prototype', 'Prototype이란'], // 프로토타입
    ['Event Loop', 'Event Loop란'], // 루프
    ['Group', 'Group이란'], // 그룹
    ['Exec', 'Exec이란'], // 이그젝
    ['Health Check', 'Health Check란'], // 체크
    ['Deque', 'Deque이란'], // 덱
    // Capitals read as a word.
    ['QUIC', 'QUIC이란'], // 퀵
    ['MAC', 'MAC이란'], // 맥
    ['.NET', '.NET이란'], // 닷넷
    ['GET', 'GET이란'], // 겟
    ['HTTP PUT', 'HTTP PUT이란'], // 풋
    ['POST', 'POST란'], // 포스트, letter names: 티
  ])('%s → %s (read aloud)', (word, expected) => {
    expect(withParticle(word, '이란/란')).toBe(expected);
  });

  it('chooses 은/는, 이/가, 을/를 the same way', () => {
    expect(withParticle('스레드', '은/는')).toBe('스레드는');
    expect(withParticle('프로세스 관리', '이/가')).toBe('프로세스 관리가');
    expect(withParticle('가용영역', '을/를')).toBe('가용영역을');
    expect(withParticle('S3', '은/는')).toBe('S3는');
    expect(withParticle('C++', '을/를')).toBe('C++을');
    expect(withParticle('GitHub', '와/과')).toBe('GitHub와');
  });
});

describe('numbered choices', () => {
  const choices = ['ALB', 'NLB', 'GWLB'];

  it.each(['A1. 2번', '정답 : 2', '답: ②', '**정답 : (2)**', '정답은 2번', '정답 2. NLB', 'A. 1, 3', '정답: `NLB`', 'Answer: 3', '답 : 2번이 맞다'])('reads %s as naming a choice', (line) => {
    expect(answerNamesChoice(line, choices)).toBe(true);
  });

  it.each(['A. 3가지', 'A. 1 → 2 → 3', '정답 : 4', '정답: 2.5', 'A. 3 way handshake', '정답: 1번부터 차례로', '답변: 2', '2번', '해설: 2번이 맞다'])('does not read %s as naming a choice', (line) => {
    expect(answerNamesChoice(line, choices)).toBe(false);
  });

  it('tells a question that asks to choose from one that asks for a list', () => {
    expect(['다음 중 옳은 것은?', 'L7 로드 밸런서를 고르시오.', 'DDL이 아닌 것은?', '적절하지 않은 것은?'].map(asksToChoose)).toEqual([true, true, true, true]);
    expect(['TCP 3-way handshake 과정은?', '정규화의 장점은?', '데드락의 조건은 무엇인가?'].map(asksToChoose)).toEqual([false, false, false]);
    expect(['비용을 줄이는 방법은? (2개 선택)', 'Which are serverless? (Choose two.)', '(Select TWO.)', '두 개를 고르시오'].map(asksToChoose)).toEqual([true, true, true, true]);
    expect(['스레드 두 개의 차이는?', 'How to select a region?'].map(asksToChoose)).toEqual([false, false]);
  });
});

describe('sectionNumber', () => {
  it.each([
    ['1. 일관성', 1],
    ['2) 가용성', 2],
    ['③ 분할 내성', 3],
    ['1.품질보증', 1],
  ])('reads %s as part %i', (title, number) => {
    expect(sectionNumber(title)).toBe(number);
  });

  it.each(['CAP 이론', '1-1. 갱신 이상', '3.5 버전', '2024년 회고'])('reads no part number in %s', (title) => {
    expect(sectionNumber(title)).toBeUndefined();
  });
});

describe('answers naming a lettered choice', () => {
  it('reads the letter or the text of a choice, and not a word that begins with a letter', () => {
    const choices = ['연결 지향', 'CPU', '비연결성'];
    for (const line of ['**A.** C', '정답: C', '정답 : (C)', '답: C번', '정답: C 비연결성', '정답: 비연결성', 'A. CPU']) {
      expect(answerNamesLetteredChoice(line, choices), line).toBe(true);
    }
    for (const line of ['정답: D', '정답: CPU 사용률', '정답: A형', '비연결성', '**A.** 연결이 없다']) {
      expect(answerNamesLetteredChoice(line, choices), line).toBe(false);
    }
    // Two or more, by letters or circled marks; `and` is no letter, and a choice past the last names none.
    for (const line of ['정답: A, C', 'Answer: B and C', '답: ①③', '정답: A와 C']) expect(answerNamesLetteredChoice(line, choices), line).toBe(true);
    for (const line of ['정답: A, D', 'Answer: Band C']) expect(answerNamesLetteredChoice(line, choices), line).toBe(false);
  });
});

describe('intros that only lead into the parts under them', () => {
  it('reads a lead-in asking which there are, and not one asking how, why or for a difference', () => {
    for (const question of ['트랜잭션은 어떤 성질을 가질까?', '_어떠한 특성을 만족해야 할까?_', '캐시에는 무엇이 있을까?', '몇 가지가 있을까?', '어떤 것들이 있는가']) {
      expect(asksWhichThereAre(question), question).toBe(true);
    }
    for (const question of ['인덱스는 어떻게 관리하는가', '왜 B 트리를 쓸까?', '둘은 어떤 차이가 있을까?', '어떤 방식으로 동작할까?', '트랜잭션이란 무엇일까?', '트랜잭션은 어떤 성질을 가진다.']) {
      expect(asksWhichThereAre(question), question).toBe(false);
    }
  });

  it('reads a lead-in asking why, how, when or where, and not one asking for a difference, a meaning or what a thing is', () => {
    for (const question of ['교착 상태는 왜 생길까?', '그렇다면 DBMS는 인덱스를 어떻게 관리하는가', '_캐시는 언제 비울까?_', '어떤 이유로 느려질까?']) {
      expect(asksHowOrWhy(question), question).toBe(true);
    }
    for (const question of ['둘은 어떻게 다를까?', '왜 그런 이름일까?', '트랜잭션이란 무엇일까?', '캐시에는 무엇이 있을까?', '교착 상태는 왜 생길까? 자원을 기다려서다.']) {
      expect(asksHowOrWhy(question), question).toBe(false);
    }
  });

  it('reads a title asking why, not one asking what a reason-like word is', () => {
    for (const title of ['Why use ELB?', '왜 캐시를 쓸까?', '인덱스를 쓰는 이유는?', 'REST가 필요한 이유']) expect(asksWhy(title), title).toBe(true);
    for (const title of ['데이터 왜곡이란?', '접근 제어자란?', '이유식', 'Whyte 모델']) expect(asksWhy(title), title).toBe(false);
    // Naming the reasons or purposes without a question mark asks for them all the same.
    for (const title of ['사용 이유', 'Why ELB', '쿠키와 세션의 필요성', '목적', 'ELB 도입 배경', '가상 메모리 개발 배경']) expect(asksWhy(title), title).toBe(true);
    // Not a bare background (what to know first), nor a word holding one of those (`다목적`).
    for (const title of ['메모리 관리 배경', '다목적 도구', '배경 지식']) expect(asksWhy(title), title).toBe(false);
  });

  it('reads an announcement, and not a sentence that says more or `다음` meaning after', () => {
    for (const line of ['인덱스의 종류는 다음과 같다.', '다음과 같은 종류가 있다', '아래와 같습니다:', '크게 다음과 같이 나뉜다.', '트랜잭션은 다음의 네 가지 성질을 가진다.', '**문제3. 출제 범위는 다음과 같습니다.**', '2) 종류는 아래와 같다.']) {
      expect(isAnnouncement(line), line).toBe(true);
    }
    for (const line of ['트랜잭션이 끝난 다음의 상태를 본다.', '다음과 같이 화면에 출력된다.', '작업의 단위다. 다음과 같다.', '다음과 같은']) {
      expect(isAnnouncement(line), line).toBe(false);
    }
  });

  it('takes an intro of a lead-in question, an announcement or both as leading in, and nothing more', () => {
    expect(onlyLeadsIn('_어떤 성질을 가질까?_\n다음의 네 가지 성질을 가진다.')).toBe(true);
    expect(onlyLeadsIn('다음과 같다.')).toBe(true);
    expect(onlyLeadsIn('다음과 같다.\n\n- 원자성')).toBe(false);
    expect(onlyLeadsIn('다음과 같다.\n아래와 같다.')).toBe(false);
  });

  it('tells an announcement after a clause of its own from one after a conjunction or a subject', () => {
    for (const line of ['힙은 완전 이진 트리이며, 다음과 같은 종류가 있다.', '빠르지만 다음과 같은 단점이 있다.', '메모리를 공유하고, 크게 다음과 같이 나뉜다.', '**트리는 비선형 구조인데 다음과 같은 종류가 있다.**']) {
      expect(saysSomethingBeforeAnnouncing(line), line).toBe(true);
      expect(onlyLeadsIn(line), line).toBe(false);
    }
    for (const line of ['하지만, 다음과 같은 종류가 있다.', '인덱스의 종류는 다음과 같다.', '트랜잭션은 다음의 네 가지 성질을 가진다.', '크게 다음과 같이 나뉜다.', '힙은 완전 이진 트리이다.']) {
      expect(saysSomethingBeforeAnnouncing(line), line).toBe(false);
    }
  });

  it('reads an announcement of kinds, not of aspects or code', () => {
    for (const line of ['다음과 같은 종류가 있다.', '유형은 아래와 같다.', '크게 다음과 같이 나뉜다.', '해결 방법은 다음과 같다.']) expect(announcesKinds(line), line).toBe(true);
    for (const line of ['특징은 다음과 같다.', '코드는 다음과 같습니다.', '종류가 많다.']) expect(announcesKinds(line), line).toBe(false);
  });

  it('asks a lead-in as a front does, without `그렇다면` and with a question mark', () => {
    expect(askedLeadIn('_그렇다면 트랜잭션은 어떤 성질을 가질까_')).toBe('트랜잭션은 어떤 성질을 가질까?');
    expect(askedLeadIn('캐시에는 무엇이 있을까?')).toBe('캐시에는 무엇이 있을까?');
  });
});

describe('labels of a comparison and of a layer', () => {
  it.each([
    ['Common', 'TCP vs UDP', 'TCP와 UDP의 공통점은?'],
    ['Both', '시작 구성 vs 시작 템플릿', '시작 구성과 시작 템플릿의 공통점은?'],
    ['공통점', '뮤텍스 vs 세마포어', '뮤텍스와 세마포어의 공통점은?'],
  ])('asks %s under %s for what both have: %s', (label, comparing, asked) => {
    expect(sharedAsked(label, comparing)).toBe(asked);
  });

  it.each([
    ['Common', 'TCP와 UDP'],
    ['Common', 'A vs B vs C'],
    ['차이점', 'TCP vs UDP'],
    ['Common Closure Principle', 'TCP vs UDP'],
  ])('asks %s under %s nothing of the kind', (label, comparing) => {
    expect(sharedAsked(label, comparing)).toBeUndefined();
  });

  it.each([['Layer 4', '부하 분산기'], ['L7', 'ALB'], ['Layer 3 (Network Layer)', '게이트웨이'], ['4계층', '스위치']])('takes %s under %s for the layer it works at', (title, above) => {
    expect(labelsLayerOf(title, above)).toBe(true);
  });

  it.each([['Layer 4', 'OSI 7 Layer'], ['4계층', 'TCP/IP 계층'], ['L2TP', '터널링'], ['Layer 4 스위치', '장비']])('takes %s under %s for a name', (title, above) => {
    expect(labelsLayerOf(title, above)).toBe(false);
  });
});

describe('nameOneTerm', () => {
  it.each([['Verification', '검증(Verification)'], ['검증', '검증(Verification)'], ['검증(Verification)', 'Verification'], ['TCP', 'TCP']])('takes %s and %s for one term', (one, other) => {
    expect(nameOneTerm(one, other)).toBe(true);
  });

  it.each([['Validation', '검증(Verification)'], ['검증 기법', '검증(Verification)'], ['Verify', 'Verification']])('takes %s and %s for two', (one, other) => {
    expect(nameOneTerm(one, other)).toBe(false);
  });
});
