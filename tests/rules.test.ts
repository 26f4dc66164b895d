import { describe, expect, it } from 'vitest';
import { cardsOf, frontsOf } from './helpers.js';
import { cardsFromText } from '../src/cards/cards.js';
import { markdownToFieldHtml } from '../src/export/html.js';
import { aspectOwner } from '../src/cards/title-rules/aspects.js';
import { explainText, ruleName } from '../src/cards/explain.js';
import { assignIds } from '../src/deck/identity.js';
import { extractNote } from '../src/deck/extract-note.js';

describe('callout titles (> 제목)', () => {
  it('makes a card of a blockquote holding one short title line, with what follows as the back', () => {
    const cards = cardsOf('# 덱\n\n## 이점\n\n> 민첩성 확보\n\n자원을 즉시 확보할 수 있습니다.\n\n또한 빠르게 확장할 수 있습니다.\n\n> 규모의 경제\n\n더 저렴합니다.\n');
    expect(cards.map((card) => [card.front, card.back])).toEqual([
      ['이점 › 민첩성 확보', '자원을 즉시 확보할 수 있습니다.\n\n또한 빠르게 확장할 수 있습니다.'],
      ['이점 › 규모의 경제', '더 저렴합니다.'],
    ]);
    expect(cards[0]!.kind).toBe('callout');
    expect(cards[0]!.line).toBe(5);
  });

  it('keeps the title to the first line when the explanation joins it by lazy continuation', () => {
    const cards = cardsOf('# 덱\n\n## 보안\n\n> AWS WAF\nWAF는 웹 애플리케이션 방화벽입니다.\n\n규칙으로 트래픽을 막습니다.\n');
    expect(cards).toHaveLength(1);
    expect(cards[0]!.front).toBe('보안 › AWS WAF');
    expect(cards[0]!.back).toBe('WAF는 웹 애플리케이션 방화벽입니다.\n\n규칙으로 트래픽을 막습니다.');
  });

  it('ends a callout at the next heading', () => {
    const cards = cardsOf('# 덱\n\n## 가\n\n> 제목 하나\n\n설명 하나.\n\n## 나\n\n나의 설명입니다.\n');
    expect(cards.map((card) => card.back)).toEqual(['설명 하나.', '나의 설명입니다.']);
  });

  it('leaves a multi-line quotation in the explanation', () => {
    const cards = cardsOf('# 덱\n\n## 인용\n\n본문입니다.\n\n> 첫 줄\n> 둘째 줄도 인용입니다.\n');
    expect(frontsOf('# 덱\n\n## 인용\n\n> 첫 줄\n> 둘째 줄\n')).toEqual(['인용']);
    expect(cards[0]!.back).toBe('본문입니다.\n\n> 첫 줄\n> 둘째 줄도 인용입니다.');
  });

  it('does not take a sentence in a blockquote for a title', () => {
    expect(frontsOf('# 덱\n\n## 메모\n\n> 이것은 완전한 문장입니다.\n')).toEqual(['메모']);
  });

  it('strips GitHub/Obsidian alert markers and keeps the alert in the back', () => {
    const cards = cardsOf('# 덱\n\n## 리전\n\n리전은 지리적 위치입니다.\n\n> [!NOTE]\n> 데이터는 리전 밖으로 나가지 않습니다.\n');
    expect(cards).toHaveLength(1);
    expect(cards[0]!.back).toBe('리전은 지리적 위치입니다.\n\n> 데이터는 리전 밖으로 나가지 않습니다.');
    expect(cards[0]!.front).not.toContain('[!NOTE]');
  });

  it('makes an Obsidian callout titled with a name or an aspect a card of its body; a label of the box stays in the back as a bold line', () => {
    const note =
      '# 덱\n\n## TCP\n\n> [!note] 3-way handshake\n> SYN, SYN-ACK, ACK를 주고받는다.\n\n> [!abstract]- 특징\n> - 신뢰성\n> - 흐름 제어\n\n' +
      '> [!tip]+ 암기법\n> 연결은 세 번, 종료는 네 번.\n\n> [!warning]\n> UDP와 헷갈리지 말 것.\n\n> [!note] Note\n> 포트는 16비트이다.\n';
    const cards = cardsOf(note);
    expect(cards.map((card) => card.front)).toEqual(['TCP', 'TCP › 3-way handshake', 'TCP의 특징은?']);
    expect(cards[1]!.back).toBe('SYN, SYN-ACK, ACK를 주고받는다.');
    expect(cards[2]!.back).toBe('- 신뢰성\n- 흐름 제어');
    // The fold sign is syntax: no `-` or `+` is left before a title.
    expect(cards[0]!.back).toBe('> **암기법**\n>\n> 연결은 세 번, 종료는 네 번.\n\n> UDP와 헷갈리지 말 것.\n\n> **Note**\n>\n> 포트는 16비트이다.');
  });

  it('keeps a callout titled with a sentence, or with nothing under its title, in the back', () => {
    const cards = cardsOf('# 덱\n\n## 스택\n\n후입선출 구조이다.\n\n> [!note] 이 부분은 시험에 자주 나온다.\n> 꼭 외우자.\n\n> [!info] 호출 스택\n');
    expect(cards.map((card) => card.front)).toEqual(['스택']);
    expect(cards[0]!.back).toBe('후입선출 구조이다.\n\n> **이 부분은 시험에 자주 나온다.**\n>\n> 꼭 외우자.\n\n> **호출 스택**');
  });

  it('reads Notion’s `<aside>` callout as the quote it stands for, in cards, exports and review', async () => {
    const aside = '# 네트워크\n\n## VPC\n\n<aside>\n💡 VPC는 **전용** 가상 네트워크이다.\n</aside>\n\n<aside>\n보안 그룹\n</aside>\n\n인스턴스 단위 방화벽이다.\n';
    const quoted = '# 네트워크\n\n## VPC\n\n> 💡 VPC는 **전용** 가상 네트워크이다.\n\n> 보안 그룹\n\n인스턴스 단위 방화벽이다.\n';
    const cards = cardsOf(aside);
    expect(cards.map((card) => card.front)).toEqual(cardsOf(quoted).map((card) => card.front));
    expect(cards.map((card) => card.front)).toEqual(['VPC', 'VPC › 보안 그룹']);
    expect(markdownToFieldHtml(cards[0]!.back, () => undefined).html).toBe('<blockquote><p>💡 VPC는 <strong>전용</strong> 가상 네트워크이다.</p></blockquote>');
    const { renderMarkdown } = await import('../src/review/terminal-markdown.js');
    const { default: picocolors } = await import('picocolors');
    expect(renderMarkdown(cards[0]!.back, 60, picocolors.createColors(false))).toEqual(['▎ 💡 VPC는 전용 가상 네트워크이다.']);
  });

  it('reads TeX math and strikethrough in an `<aside>` as in the rest of the back, in exports and review', async () => {
    const back = '<aside>\n💡 넓이는 $x^2$ 이고 ~~둘레는~~ ==중요== 이다.\n</aside>';
    expect(markdownToFieldHtml(back, () => undefined).html).toBe('<blockquote><p>💡 넓이는 \\(x^2\\) 이고 <del>둘레는</del> <mark>중요</mark> 이다.</p></blockquote>');
    expect(markdownToFieldHtml('<aside>\n요금은 $5 이고 ~~무료~~\n</aside>', () => undefined).html).toBe('<blockquote><p>요금은 $5 이고 <del>무료</del></p></blockquote>');
    const { renderMarkdown } = await import('../src/review/terminal-markdown.js');
    const { default: picocolors } = await import('picocolors');
    // Struck through and cyan where colours are on: `~~` and the math read, not shown as written.
    const colored = renderMarkdown(back, 60, picocolors.createColors(true)).join('\n');
    expect(colored).toContain(picocolors.createColors(true).strikethrough('둘레는'));
    expect(colored).toContain(picocolors.createColors(true).cyan('$x^2$'));
  });

  it('reads an `<aside>` with blanks around its tags as a quote, and one never closed as the text it is', () => {
    const html = (markdown: string) => markdownToFieldHtml(markdown, () => undefined).html;
    expect(html('<aside>  \t\n💡 VPC는 **전용** 네트워크\n\t </aside> ')).toBe('<blockquote><p>💡 VPC는 <strong>전용</strong> 네트워크</p></blockquote>');
    expect(html(`<aside>${' '.repeat(50)}💡 전용 네트워크`)).toBe(`&lt;aside&gt;${' '.repeat(50)}💡 전용 네트워크`);
  });
  it('shows Obsidian wikilinks as their text in fronts and backs, and makes no card of a list of them', () => {
    const note =
      '# 네트워크\n\n## 목차\n\n- [[TCP]]\n- [[UDP]]\n  - [[QUIC]]\n\n## [[TCP]]\n\n[[UDP]]와 달리 연결형이다. [[HTTP|하이퍼텍스트 전송]], [[OSI#전송 계층]], [[OSI#^blk]]도 본다.\n\n' +
      '- [[IP]] : 주소를 붙이는 프로토콜\n\n```\nlist[[0]]\n```\n';
    const cards = cardsOf(note);
    expect(cards.map((card) => card.front)).toEqual(['TCP', 'TCP › IP란?']);
    expect(cards[0]!.back).toBe('UDP와 달리 연결형이다. 하이퍼텍스트 전송, OSI › 전송 계층, OSI도 본다.\n\n- IP\n\n```\nlist[[0]]\n```');
    expect(explainText(note).blocks.find((block) => block.line === 5)?.reason).toMatch(/^links to other notes/);
  });

  it('keeps wikilinks and highlights in a title\'s code as written (`[[nodiscard]]` is C++, not a link)', () => {
    const cards = cardsOf('# C++\n\n## `[[nodiscard]]` 속성과 ==경고==\n\n반환값을 버리면 경고한다.\n\n## `a ==b== c` 비교\n\n두 번 비교한다.\n');
    expect(cards.map((card) => card.front)).toEqual(['[[nodiscard]] 속성과 경고', 'a ==b== c 비교']);
  });

  it('names an embedded note in the back, which a card cannot show, and explain says so', () => {
    const note = '# 클라우드\n\n## 네트워크\n\n![[VPC]]\n\nVPC는 가상 네트워크이다. ![[서브넷#구성|서브넷 구성]]도 본다.\n\n![[구성도.png]]\n\n`![[코드]]`\n';
    const cards = cardsOf(note);
    expect(cards.map((card) => card.back)).toEqual(['\\[노트: VPC\\]\n\nVPC는 가상 네트워크이다. \\[노트: 서브넷 구성\\]도 본다.\n\n![[구성도.png]]\n\n`![[코드]]`']);
    const explained = explainText(note).blocks;
    expect(explained.find((block) => block.line === 5)?.embedsNotes).toEqual([{ written: '![[VPC]]', shown: '[노트: VPC]' }]);
    expect(explained.find((block) => block.line === 7)?.embedsNotes).toEqual([{ written: '![[서브넷#구성|서브넷 구성]]', shown: '[노트: 서브넷 구성]' }]);
    expect(explained.filter((block) => block.embedsNotes).map((block) => block.line)).toEqual([5, 7]);
  });

  it('keeps a list of wikilinks that says more than the links as the answer it is', () => {
    const cards = cardsOf('# 네트워크\n\n## 전송 계층 프로토콜\n\n- [[TCP]]와 [[UDP]]가 있다\n- 포트로 구분한다\n');
    expect(cards.map((card) => card.front)).toEqual(['전송 계층 프로토콜']);
    expect(cards[0]!.back).toBe('- TCP와 UDP가 있다\n- 포트로 구분한다');
  });

  it('reads `==강조==` in a title as its text, and keeps it in the back for review and export to draw', () => {
    const cards = cardsOf('# 덱\n\n## ==중요== 개념\n\n==신뢰성==을 보장한다.\n');
    expect(cards.map((card) => [card.front, card.back])).toEqual([['중요 개념은?', '==신뢰성==을 보장한다.']]);
  });

  it('drops navigation and reference blockquotes', () => {
    const cards = cardsOf('# 덱\n\n## 스레드\n\n스레드는 실행 단위이다.\n\n> :arrow_double_up:[Top](#top)    [Back](../)\n> - [참고 글](https://example.com)\n\n> 출처: https://example.com/post\n');
    expect(cards).toHaveLength(1);
    expect(cards[0]!.back).toBe('스레드는 실행 단위이다.');
  });

  it('leaves out an editor’s table of contents marker ([TOC]) and says so, but keeps a sentence about it', () => {
    for (const marker of ['[TOC]', '[toc]', '[[_TOC_]]', '${toc}']) {
      const note = `# 데이터베이스\n\n${marker}\n\n## 인덱스\n\n인덱스는 검색을 빠르게 한다.\n`;
      expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([['인덱스', '인덱스는 검색을 빠르게 한다.']]);
      expect(explainText(note).blocks.find((block) => block.line === 3)?.reason).toBe('table of contents marker ([TOC]): the editor draws the headings there');
    }
    expect(cardsOf('# 데이터베이스\n\n## 목차 만들기\n\nTypora에서는 [TOC]를 쓴다.\n').map((card) => card.back)).toEqual(['Typora에서는 [TOC]를 쓴다.']);
  });
});

describe('list items used as sub-titles', () => {
  it('makes a card of `- 제목` followed by its explanation, lazy line included', () => {
    const cards = cardsOf('# 덱\n\n## 글로벌 인프라\n\nAWS 인프라는 여러 요소로 구성됩니다.\n\n- 리전\n리전은 데이터 센터가 있는 장소입니다.\n\n여러 리전을 고를 수 있습니다.\n\n- 가용영역\n\n각 리전에는 AZ가 있습니다.\n');
    expect(cards.map((card) => card.front)).toEqual(['글로벌 인프라', '글로벌 인프라 › 리전이란?', '글로벌 인프라 › 가용영역이란?']);
    expect(cards[1]!.back).toBe('리전은 데이터 센터가 있는 장소입니다.\n\n여러 리전을 고를 수 있습니다.');
    expect(cards[2]!.back).toBe('각 리전에는 AZ가 있습니다.');
    expect(cards[0]!.back).toBe('AWS 인프라는 여러 요소로 구성됩니다.');
  });

  it('makes cards of items that head nested content, and the parent lists them', () => {
    const cards = cardsOf('# 덱\n\n## OSI 7계층\n\n1. 물리 계층\n    * 비트를 전송한다.\n2. 데이터 링크 계층\n    * 프레임을 전송한다.\n');
    expect(cards.map((card) => card.front)).toEqual(['OSI 7계층은?', 'OSI 7계층 › 물리 계층이란?', 'OSI 7계층 › 데이터 링크 계층이란?']);
    expect(cards[0]!.back).toBe('1. 물리 계층\n2. 데이터 링크 계층');
    expect(cards[1]!.back).toBe('* 비트를 전송한다.');
  });

  it('leaves an ordinary bullet list in the explanation', () => {
    const cards = cardsOf('# 덱\n\n## 장점\n\n- 빠르다\n- 싸다\n- 안전하다\n');
    expect(cards).toHaveLength(1);
    expect(cards[0]!.back).toBe('- 빠르다\n- 싸다\n- 안전하다');
  });
});

describe('headings', () => {
  it('makes a card of a heading with its own explanation, and none of one without', () => {
    expect(frontsOf('# 덱\n\n## 빈 절\n\n### 내용 있는 절\n\n설명입니다.\n')).toEqual(['빈 절 › 내용 있는 절']);
  });

  it('takes the deck name from the # title and never repeats it in a front', () => {
    const cards = cardsOf('# 클라우드\n\n## 모델\n\n세 가지 모델이 있습니다.\n');
    expect(cards[0]!.front).toBe('모델');
    expect(cards[0]!.tags).toEqual(['모델']);
  });

  it('asks a heading that ends in ? as it is, without context', () => {
    const cards = cardsOf('# 덱\n\n## 운영체제\n\n### 프로세스와 스레드의 차이는?\n\n스레드는 메모리를 공유합니다.\n');
    expect(cards.map((card) => [card.kind, card.front])).toEqual([['question', '프로세스와 스레드의 차이는?']]);
  });

  it('tags cards with the section path, `::` between levels and no spaces', () => {
    const cards = cardsOf('# 덱\n\n## AWS 주요 서비스\n\n### 컴퓨트 서비스\n\n> AWS Lambda\n\n서버리스입니다.\n');
    expect(cards[0]!.tags).toEqual(['AWS_주요_서비스::컴퓨트_서비스']);
  });

  it("adds the front matter's tags to every card of the note, Obsidian's `aws/vpc` as `aws::vpc`", () => {
    const body = '# 클라우드\n\n## 네트워크\n\nVPC는 가상 네트워크이다.\n';
    const tagsFor = (frontMatter: string) => cardsOf(`---\n${frontMatter}\n---\n${body}`)[0]!.tags;
    expect(tagsFor('tags: [aws, saa]')).toEqual(['네트워크', 'aws', 'saa']);
    expect(tagsFor('date: 2024-03-01\ntags:\n  - aws/vpc\n  - "#시험 대비"\ntitle: 노트')).toEqual(['네트워크', 'aws::vpc', '시험_대비']);
    expect(tagsFor('tags: aws saa')).toEqual(['네트워크', 'aws', 'saa']);
    // A flow list's items are between its commas, blanks and all, as TOML's array's are.
    expect(tagsFor('tags: [aws, "시험 대비", \'정보 보안\']')).toEqual(['네트워크', 'aws', '시험_대비', '정보_보안']);
    expect(tagsFor('tags: [aws,\n  시험 대비]\ntitle: 노트')).toEqual(['네트워크', 'aws', '시험_대비']);
    expect(cardsOf(`+++\ntags = ["aws", "시험 대비"]\n+++\n${body}`)[0]!.tags).toEqual(['네트워크', 'aws', '시험_대비']);
    // Hangul written decomposed (NFD, as macOS may) is one tag with the composed one.
    expect(tagsFor(`tags: [${'자격증'.normalize('NFD')}, 자격증]`)).toEqual(['네트워크', '자격증']);
    expect(tagsFor('tags: []')).toEqual(['네트워크']);
    expect(tagsFor('aliases: [aws]')).toEqual(['네트워크']);
    // The tags do not make another card: its id stays.
    expect(cardsOf(`---\ntags: [aws]\n---\n${body}`).map((card) => card.front)).toEqual(cardsOf(body).map((card) => card.front));
    // explain says where they went, rather than only that the front matter was left out.
    expect(explainText(`---\ntags: [aws, saa/vpc]\n---\n${body}`).blocks[0]?.reason).toBe('front matter (its tags go on every card: aws saa::vpc)');
    expect(explainText(`---\ntitle: 노트\n---\n${body}`).blocks[0]?.reason).toBe('front matter');
  });

  it("reads TOML front matter's tags (`+++`, `tags = [...]`) as YAML's", () => {
    const body = '# 클라우드\n\n## 네트워크\n\nVPC는 가상 네트워크이다.\n';
    expect(cardsOf(`+++\ntitle = "노트"\ntags = ["aws/vpc", "시험 대비"]\n+++\n${body}`)[0]!.tags).toEqual(['네트워크', 'aws::vpc', '시험_대비']);
    expect(cardsOf(`+++\ntags = [\n  "aws",\n  "saa",\n]\n+++\n${body}`)[0]!.tags).toEqual(['네트워크', 'aws', 'saa']);
    expect(explainText(`+++\ntags = ["aws"]\n+++\n${body}`).blocks[0]?.reason).toBe('front matter (its tags go on every card: aws)');
  });

  it("puts Obsidian's inline tags (`#aws`, `#aws/vpc`) on every card of the note, and leaves them out of the backs", () => {
    const body = '## 네트워크\n\nVPC는 가상 네트워크이다.\n\n## 보안\n\n보안 그룹은 상태를 저장한다.\n';
    const tagged = '# 클라우드\n\n#aws #자격증/saa\n\n## 네트워크\n\nVPC는 가상 네트워크이다 #aws/vpc\n\n## 보안\n\n보안 그룹은 상태를 저장한다.\n- #방화벽 인스턴스 단위\n';
    // Note tags, as Obsidian files them: a tag in the first section tags the second's card too.
    expect(cardsOf(tagged).map((card) => [card.front, card.back, card.tags])).toEqual([
      ['네트워크', 'VPC는 가상 네트워크이다', ['네트워크', 'aws', '자격증::saa', 'aws::vpc', '방화벽']],
      ['보안', '보안 그룹은 상태를 저장한다.\n\n- 인스턴스 단위', ['보안', 'aws', '자격증::saa', 'aws::vpc', '방화벽']],
    ]);
    // The tags make no card and change no front, so no id changes either.
    expect(frontsOf(tagged)).toEqual(frontsOf(`# 클라우드\n\n${body}`));
    expect(explainText(tagged).blocks.find((block) => block.line === 3)?.reason).toBe('tags (they go on every card: aws 자격증::saa)');
    // A line of only tags in a sentence's paragraph goes whole, and the sentence stays one.
    expect(cardsOf('# 덱\n\n## 서브넷\n\n서브넷은 VPC를\n#aws\n나눈 것이다.\n')[0]!.back).toBe('서브넷은 VPC를\n나눈 것이다.');
  });

  it('leaves several tags on one line out of a back, each with its blank, the words between them kept', () => {
    const back = (line: string) => cardsOf(`# 덱\n\n## 서브넷\n\n서브넷은 VPC를 나눈다.\n${line}\n`)[0]!.back;
    expect(back('#aws  #vpc\t설명 #a 끝 #b #c')).toBe('서브넷은 VPC를 나눈다.\n설명 끝');
    expect(back('> - #aws #vpc 인스턴스 #보안')).toBe('서브넷은 VPC를 나눈다.\n\n> - 인스턴스');
    expect(back('\n  #aws #vpc  \n\n다음')).toBe('서브넷은 VPC를 나눈다.\n\n다음');
  });

  it('reads a tag on an indented or quoted next line of a paragraph as the others, on every card and out of the back', () => {
    const note = '# VPC\n\n## 서브넷\n\n서브넷은 VPC의 주소 범위를 나눈 것이다.\n  #aws\n\n## 라우팅\n\n> 라우팅 테이블은\n> 길을 정한다 #network\n\n## 게이트웨이\n\n- 인터넷 게이트웨이\n  밖으로 나가는 문 #gw\n';
    expect(cardsOf(note).map((card) => [card.front, card.back, card.tags])).toEqual([
      ['서브넷', '서브넷은 VPC의 주소 범위를 나눈 것이다.', ['서브넷', 'aws', 'network', 'gw']],
      ['라우팅', '> 라우팅 테이블은\n> 길을 정한다', ['라우팅', 'aws', 'network', 'gw']],
      ['게이트웨이 › 인터넷 게이트웨이란?', '밖으로 나가는 문', ['게이트웨이', 'aws', 'network', 'gw']],
    ]);
    // Escaped there, it is text still.
    expect(cardsOf('# 덱\n\n## 해시\n\n해시는\n  \\#aws 이다\n')[0]).toMatchObject({ back: '해시는\n  \\#aws 이다', tags: ['해시'] });
  });

  it('reads a term line with blanks before its colon or dash, and front matter tags before a comment', () => {
    const note = '---\ntags: aws saa    # 메모\n---\n# 덱\n\n## 네트워크\n\n- VPC   \t : 가상 네트워크\n- 서브넷    - VPC를 나눈 것\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['네트워크', '- VPC\n- 서브넷'],
      ['네트워크 › VPC란?', '가상 네트워크'],
      ['네트워크 › 서브넷이란?', 'VPC를 나눈 것'],
    ]);
    expect(cardsOf(note)[0]!.tags).toEqual(['네트워크', 'aws', 'saa']);
  });

  it('finds what a question asks about before the marks and blanks it ends with', () => {
    const note = '# 덱\n\n## 인덱스란 무엇인가요 ? ?\n\n검색을 빠르게 한다.\n\n## 샤딩의 종류는 ?\n\n- 수평\n- 수직\n';
    expect(cardsOf(note).map((card) => card.tags)).toEqual([['인덱스'], ['샤딩']]);
  });

  it('drops the spaces and tabs that end a line of a back, and only those', () => {
    const back = (body: string) => cardsOf(`# 덱\n\n## 스택\n\n${body}\n`)[0]!.back;
    // A no-break space is no blank to Markdown: it stays, but for the back's own end.
    expect(back('후입선출 구조이다. \t \n넣고\t\t빼는 곳이\u00a0\n같다.\n\n```\npush()   \n```')).toBe('후입선출 구조이다.\n넣고\t\t빼는 곳이\u00a0\n같다.\n\n```\npush()\n```');
    expect(back(`후입선출${' '.repeat(300)}구조이다.${' '.repeat(300)}`)).toBe(`후입선출${' '.repeat(300)}구조이다.`);
  });

  it('takes no `#` for a tag that is none: headings, C#, numbers, colours, C includes, anchors, code', () => {
    const note = '# 덱\n\n## 언어\n\nC# 언어가 #1 순위, 색은 #fff, [목차](#언어), https://a.com/#x, `#code`.\n\n#include <stdio.h>\n\n```\n#define N 10\n#주석\n```\n';
    const [card] = cardsOf(note);
    expect(card!.tags).toEqual(['언어']);
    expect(card!.back).toBe('C# 언어가 #1 순위, 색은 #fff, [목차](#언어), https://a.com/#x, `#code`.\n\n#include <stdio.h>\n\n```\n#define N 10\n#주석\n```');
    // An escaped `\#aws` is text, as Obsidian shows it; a `#` glued to a word (`a#b`) starts no tag.
    expect(cardsOf('# 덱\n\n## 해시\n\n\\#aws 와 a#b\n')[0]!.tags).toEqual(['해시']);
  });

  it('puts a footnote under the card that refers to it, not on the last card of the note', () => {
    const note = '# 자료구조\n\n## 인덱스\n\n인덱스는 검색을 빠르게 하는 자료구조이다[^1]. `a[^1]`는 코드다.\n\n## 해시\n\n해시는 키를 값에 대응시킨다[^없음].\n\n## 트리\n\n트리는 계층 구조이다.\n\n[^1]: 데이터베이스 개론,\n    3판\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['인덱스', '인덱스는 검색을 빠르게 하는 자료구조이다<sup>1</sup>. `a[^1]`는 코드다.\n\n<sup>1</sup> 데이터베이스 개론, 3판'],
      ['해시', '해시는 키를 값에 대응시킨다[^없음].'], // no such footnote: left as written
      ['트리', '트리는 계층 구조이다.'],
    ]);
    expect(explainText(note).blocks.find((block) => block.line === 15)?.reason).toBe('footnote (its text goes on the cards that refer to it)');
    expect(markdownToFieldHtml(cardsOf(note)[0]!.back, () => undefined).html).toBe('<p>인덱스는 검색을 빠르게 하는 자료구조이다<sup>1</sup>. <code>a[^1]</code>는 코드다.</p><p><sup>1</sup> 데이터베이스 개론, 3판</p>');
    // A label holds no `[` (as GFM reads it): `[^[^1]` is a stray `[^` before the reference `[^1]`.
    const stray = '# 자료구조\n\n## 인덱스\n\n검색이 빠르다[^[^1] 그리고 [^a[b].\n\n[^1]: 데이터베이스 개론\n';
    expect(cardsOf(stray)[0]!.back).toBe('검색이 빠르다[^<sup>1</sup> 그리고 [^a[b].\n\n<sup>1</sup> 데이터베이스 개론');
  });

  it('puts the footnote of a title on that card\'s back, and a footnote referred to as `[^Note]` and `[^note]` there once', () => {
    const note = '# 네트워크\n\n## UDP[^2]\n\n비연결형이다[^Note]. 빠르다[^note].\n\n## 빈 제목[^2]\n\n## QUIC\n\nUDP 위에서 동작한다.\n\n[^2]: RFC 768\n[^note]: 네트워크 개론\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['UDP', '비연결형이다<sup>Note</sup>. 빠르다<sup>Note</sup>.\n\n<sup>2</sup> RFC 768\n\n<sup>Note</sup> 네트워크 개론'],
      ['QUIC', 'UDP 위에서 동작한다.'], // a title with a footnote and nothing under it makes no card
    ]);
  });

  it('makes no tag level of a question, with or without `?`: a request, a `Q.` label, a `…까`', () => {
    const note = '# 네트워크 면접\n\n## 전송 계층\n\n### Q. 3-way handshake 과정을 설명해 주세요.\n\nSYN, SYN-ACK, ACK를 주고받는다.\n\n- SYN : 연결 요청\n\n### Q. 혼잡 제어 방식\n\n**A.** 느린 시작과 혼잡 회피가 있다.\n\n### UDP는 왜 빠를까\n\n확인 응답이 없다.\n\n### 흐름 제어\n\n받는 쪽 속도에 맞춘다.\n';
    expect(cardsOf(note).map((card) => [card.front, card.tags])).toEqual([
      ['3-way handshake 과정을 설명해 주세요.', ['전송_계층']],
      ['3-way handshake 과정을 설명해 주세요. › SYN이란?', ['전송_계층']],
      ['혼잡 제어 방식', ['전송_계층']],
      ['전송 계층 › UDP는 왜 빠를까', ['전송_계층']],
      // A topic still makes its level.
      ['전송 계층 › 흐름 제어', ['전송_계층::흐름_제어']],
    ]);
  });

  it('tags what a question about one thing names, so that its aspects are not bare tags shared by every note', () => {
    const note = '# 데이터베이스\n\n## Q. 인덱스란 무엇이고 왜 사용하나요?\n\n**A.** 검색을 빠르게 하는 자료구조입니다.\n\n### 장점\n\n조회가 빠르다.\n\n## 정규화\n\n### 그래서 정규화란 무엇인가?\n\n중복을 줄이는 분해다.\n\n## 스택과 큐의 차이는?\n\n### 장점\n\n둘 다 단순하다.\n';
    expect(cardsOf(note).map((card) => [card.front, card.tags])).toEqual([
      ['인덱스란 무엇이고 왜 사용하나요?', ['인덱스']],
      ['인덱스의 장점은?', ['인덱스::장점']],
      // A level above that names it already is enough; a connective (`그래서`) is no part of the name.
      ['그래서 정규화란 무엇인가?', ['정규화']],
      // A question about two things names no one topic: no level, as before.
      ['스택과 큐의 차이는? › 장점', ['장점']],
    ]);
  });

  it('reads numbered headings right after a heading of nothing at their level as its parts, which their fronts and tags name', () => {
    for (const marks of ['##', '###']) {
      const note = `# 분산 시스템\n\n## 저장소\n\n${marks} CAP 이론\n${marks} 1. 일관성 (Consistency)\n모든 노드가 같은 값을 본다.\n${marks} 2. 가용성 (Availability)\n모든 요청이 응답을 받는다.\n${marks} 복제\n\n노드마다 사본을 둔다.\n`;
      const cards = cardsOf(note);
      expect(cards.map((card) => [card.front, card.tags])).toEqual([
        ['CAP 이론 › 일관성 (Consistency)', [marks === '##' ? 'CAP_이론::일관성_(Consistency)' : '저장소::CAP_이론::일관성_(Consistency)']],
        ['CAP 이론 › 가용성 (Availability)', [marks === '##' ? 'CAP_이론::가용성_(Availability)' : '저장소::CAP_이론::가용성_(Availability)']],
        // A heading without a number after them is the parts' sibling again, not one of them.
        marks === '##' ? ['복제', ['복제']] : ['저장소 › 복제', ['저장소::복제']],
      ]);
      // As a heading over sub-headings, the whole has no card of its own; explain says where its parts are.
      expect(explainText(note).blocks.find((block) => block.line === 5)?.reason).toBe('section with no explanation of its own: the numbered headings after it are its parts');
    }
  });

  it('reads numbered headings 1, 2… after a heading with an intro of its own, or after a question of nothing, as its parts', () => {
    const note = [
      '# 데이터베이스',
      '## 저장 방식별 분류',
      '키-값과 문서 두 가지로 나눈다.',
      '## 1. 키-값 모델',
      '키 하나에 값 하나를 둔다.',
      '## 2. 문서 모델',
      '키 하나에 문서 하나를 둔다.',
      '## 샤딩의 종류는?',
      '## 1. 범위 샤딩',
      '범위로 나눈다.',
      '## 2. 해시 샤딩',
      '해시로 나눈다.',
      '',
    ].join('\n');
    const cards = cardsOf(note);
    expect(cards.map((card) => [card.front, card.back, card.tags])).toEqual([
      // The intro stays the whole's own card.
      ['저장 방식별 분류', '키-값과 문서 두 가지로 나눈다.', ['저장_방식별_분류']],
      ['저장 방식별 분류 › 키-값 모델', '키 하나에 값 하나를 둔다.', ['저장_방식별_분류::키-값_모델']],
      ['저장 방식별 분류 › 문서 모델', '키 하나에 문서 하나를 둔다.', ['저장_방식별_분류::문서_모델']],
      // Asking for kinds, the question of nothing is answered by its parts' names.
      // A question makes a tag level of the one thing it asks about (see tagsOf), and names its parts on their fronts.
      ['샤딩의 종류는?', '- 범위 샤딩\n- 해시 샤딩', ['샤딩']],
      ['샤딩의 종류는? › 범위 샤딩', '범위로 나눈다.', ['샤딩::범위_샤딩']],
      ['샤딩의 종류는? › 해시 샤딩', '해시로 나눈다.', ['샤딩::해시_샤딩']],
    ]);
    // A question of nothing asking for no list has no card: its parts are.
    const plain = note.replace('샤딩의 종류는?', '샤딩은 어떻게 하는가?');
    expect(cardsOf(plain).map((card) => card.front)).not.toContain('샤딩은 어떻게 하는가?');
    expect(explainText(plain).blocks.find((block) => block.line === 8)?.reason).toBe('its parts are cards of their own, and it says nothing besides');
    // An intro that only explains its heading announces no parts: the numbered headings after it are chapters.
    const chapters = '# 알고리즘\n## 시간 복잡도\n입력이 커질 때 연산 횟수가 늘어나는 정도이다.\n## 1. 정렬\n값을 순서대로 늘어놓는다.\n## 2. 탐색\n값을 찾는다.\n';
    expect(cardsOf(chapters).map((card) => card.front)).toEqual(['시간 복잡도', '정렬', '탐색']);
    // … and so does one that mentions a stage in passing, with no count of stages.
    expect(cardsOf(chapters.replace('연산 횟수가 늘어나는 정도이다', '실행 단계가 몇 번 도는지 센다')).map((card) => card.front)).toEqual(['시간 복잡도', '정렬', '탐색']);
  });

  it('makes no card of a heading whose back only asks what the headings under it answer', () => {
    const note = [
      '# 데이터베이스',
      '## 인덱스 구조',
      // A question for a difference: the names of the parts do not answer it (how or why they do, see below).
      '그렇다면 두 구조는 어떤 차이가 있을까',
      '### B 트리',
      '값을 정렬해 둔다.',
      '### 해시',
      '해시 값으로 찾는다.',
      '## 트랜잭션',
      '_트랜잭션은 어떤 성질을 가질까?_',
      '',
      '네 가지 성질을 가진다.',
      '### 원자성',
      '모두 되거나 하나도 안 된다.',
      '## 잠금',
      '잠금은 왜 필요할까?',
      '',
    ].join('\n');
    // A lead-in with an answer after it, or with no headings under it to answer it, keeps its card.
    expect(frontsOf(note)).toEqual(['인덱스 구조 › B 트리', '인덱스 구조 › 해시', '트랜잭션', '트랜잭션 › 원자성', '잠금']);
    const reasons = explainText(note).blocks.filter((block) => block.line <= 3).map((block) => [block.line, block.reason]);
    expect(reasons).toEqual([
      [1, undefined],
      [2, 'it only leads into the sub-titles under it (a question, `다음과 같다`, or an aside in italics), and they are cards of their own'],
      [3, 'it only leads into the sub-titles under it (a question, `다음과 같다`, or an aside in italics), and they are cards of their own'],
    ]);
  });

  it('makes no card of a heading whose back is only a remark in italics about the note over sub-headings that are cards', () => {
    const note = '# 운영체제\n\n## 페이지 교체\n\n_참고: 알고리즘 비교는 다음 글에서 다룬다._\n\n### FIFO\n\n가장 먼저 들어온 페이지를 내보낸다.\n\n### LRU\n\n가장 오래 쓰지 않은 페이지를 내보낸다.\n';
    expect(frontsOf(note)).toEqual(['페이지 교체 › FIFO', '페이지 교체 › LRU']);
    expect(explainText(note).blocks.find((block) => block.line === 5)?.reason).toBe('it only leads into the sub-titles under it (a question, `다음과 같다`, or an aside in italics), and they are cards of their own');
    for (const remark of ['_cf) 교체는 스와핑과 다르다._', '*TODO 예제 추가*', '_Note: 그림은 생략했다._', '_자세한 내용은 [이 글](https://example.com/page)을 보자._']) {
      expect(frontsOf(note.replace('_참고: 알고리즘 비교는 다음 글에서 다룬다._', remark))).toEqual(['페이지 교체 › FIFO', '페이지 교체 › LRU']);
    }
    // With nothing under it, the remark is all the note says there: a card still. So is a bold line, and a
    // remark beside other text.
    expect(frontsOf('# 운영체제\n\n## 페이지 교체\n\n_참고: 알고리즘 비교는 다음 글에서 다룬다._\n')).toEqual(['페이지 교체']);
    expect(frontsOf(note.replace('_참고: 알고리즘 비교는 다음 글에서 다룬다._', '**참고: 알고리즘 비교는 다음 글에서 다룬다.**'))[0]).toBe('페이지 교체');
    expect(frontsOf(note.replace('._', '._\n\n페이지 부재가 나면 하나를 내보낸다.'))[0]).toBe('페이지 교체');
    // The cards may be a level further down, each kind's aspects under its sub-heading.
    const deeper = note.replace('### FIFO\n\n', '### FIFO\n\n#### 특징\n\n').replace('### LRU\n\n', '### LRU\n\n#### 특징\n\n');
    expect(frontsOf(deeper)).toEqual(['페이지 교체 › FIFO의 특징은?', '페이지 교체 › LRU의 특징은?']);
  });

  it('keeps the card of a heading whose back is only a sentence of its topic in italics, as many authors write a definition', () => {
    const note = '# 데이터베이스\n\n## 트랜잭션 격리 수준\n\n_동시에 실행되는 트랜잭션이 서로의 변경을 어디까지 보는지 정하는 것이다._\n\n### READ UNCOMMITTED\n\n커밋 전의 값도 읽는다.\n\n### READ COMMITTED\n\n커밋된 값만 읽는다.\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['트랜잭션 격리 수준', '_동시에 실행되는 트랜잭션이 서로의 변경을 어디까지 보는지 정하는 것이다._'],
      ['트랜잭션 격리 수준 › READ UNCOMMITTED', '커밋 전의 값도 읽는다.'],
      ['트랜잭션 격리 수준 › READ COMMITTED', '커밋된 값만 읽는다.'],
    ]);
    expect(frontsOf(note.replace('_동시에 실행되는 트랜잭션이 서로의 변경을 어디까지 보는지 정하는 것이다._', '*교체 대상은 메모리에 올라온 페이지들이다.*'))[0]).toBe('트랜잭션 격리 수준');
  });

  it('keeps the card of a heading whose back ends in a question but says something', () => {
    const note = [
      '# 데이터베이스',
      // A fact before the lead-in question.
      '## 인덱스 구조',
      '대부분의 DBMS는 인덱스를 B 트리로 관리한다. 그렇다면 해시는 언제 쓸까?',
      '### 해시',
      '같은 값을 찾을 때 쓴다.',
      // 인가, the noun (authorization), not the ending of a question.
      '## OAuth의 목적은?',
      '인증이 아니라 인가',
      '### 액세스 토큰',
      '권한을 나타내는 문자열이다.',
      // An answer hedged as a question asks no question word.
      '## NoSQL을 쓰는 이유',
      '수평 확장이 쉽기 때문이 아닐까?',
      '### 단점',
      '조인이 어렵다.',
      '',
    ].join('\n');
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['인덱스 구조', '대부분의 DBMS는 인덱스를 B 트리로 관리한다. 그렇다면 해시는 언제 쓸까?'],
      ['인덱스 구조 › 해시', '같은 값을 찾을 때 쓴다.'],
      ['OAuth의 목적은?', '인증이 아니라 인가'],
      ['OAuth의 목적은? › 액세스 토큰', '권한을 나타내는 문자열이다.'],
      ['NoSQL을 쓰는 이유는?', '수평 확장이 쉽기 때문이 아닐까?'],
      ['NoSQL을 쓰는 이유의 단점은?', '조인이 어렵다.'],
    ]);
  });

  it('keeps a fact said in the same sentence as an announcement, and names the kinds it announces under it', () => {
    const note = '# 자료구조\n\n## 힙\n\n힙은 완전 이진 트리이며, 다음과 같은 종류가 있다.\n\n### 최대 힙\n\n부모가 자식보다 크다.\n\n### 최소 힙\n\n부모가 자식보다 작다.\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['힙', '힙은 완전 이진 트리이며, 다음과 같은 종류가 있다.\n\n- 최대 힙\n- 최소 힙'],
      ['힙 › 최대 힙', '부모가 자식보다 크다.'],
      ['힙 › 최소 힙', '부모가 자식보다 작다.'],
    ]);
    // Said on a line of its own, the fact keeps its card as before; the kinds announced after it are named too.
    expect(cardsOf(note.replace('이며, 다음과', '이다.\n다음과'))[0]!.back).toBe('힙은 완전 이진 트리이다.\n다음과 같은 종류가 있다.\n\n- 최대 힙\n- 최소 힙');
    // A conjunction says nothing: the line only leads into the sub-headings, no card of its own.
    const conjunction = note.replace('힙은 완전 이진 트리이며, 다음과', '하지만, 다음과');
    expect(frontsOf(conjunction)).toEqual(['힙 › 최대 힙', '힙 › 최소 힙']);
    expect(explainText(conjunction).blocks.find((block) => block.line === 5)?.reason).toBe('it only leads into the sub-titles under it (a question, `다음과 같다`, or an aside in italics), and they are cards of their own');
  });

  it('keeps numbered headings siblings under a heading that explains itself where no 2. follows the 1., a numbered one, a usual section, or a numbering that does not start at 1', () => {
    const note = [
      '# 덱',
      '## CAP 이론',
      '세 성질 중 둘만 고를 수 있다.',
      '## 1. 일관성',
      '모든 노드가 같은 값을 본다.',
      '## 1. 복제',
      '## 2. 샤딩',
      '데이터를 나눈다.',
      '## 개요',
      '## 1. 설치',
      '설치한다.',
      '## 파티션',
      '## 2. 범위 파티션',
      '범위로 나눈다.',
      '',
    ].join('\n');
    expect(frontsOf(note)).toEqual(['CAP 이론', '일관성', '샤딩', '설치', '범위 파티션']);
  });

  it('drops reference sections and tables of contents', () => {
    const cards = cardsOf('# 덱\n\n- [소개](#소개)\n- [정리](#정리)\n\n## 소개\n\n소개 내용입니다.\n\n## 참고 자료\n\n- [글 하나](https://example.com)\n\n모든 내용은 책을 참고했다.\n');
    expect(cards.map((card) => [card.front, card.back])).toEqual([['소개', '소개 내용입니다.']]);
  });

  it('keeps the sentences of an aside (`### 참고`) on the card of the section it stands in, and leaves out its links and sources', () => {
    const note = [
      '# 네트워크',
      '## UDP',
      'UDP는 비연결형이다.',
      '### 참고 사항',
      'UDP는 DNS 질의에 쓰인다.',
      '- QUIC도 UDP 위에서 동작한다.',
      '- [RFC 768](https://example.com/rfc768)',
      '출처: 네트워크 교재',
      '### 헤더',
      '헤더는 8바이트이다.',
      '',
    ].join('\n\n');
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['UDP', 'UDP는 비연결형이다.\n\nUDP는 DNS 질의에 쓰인다.\n\n- QUIC도 UDP 위에서 동작한다.'],
      ['UDP › 헤더', '헤더는 8바이트이다.'],
    ]);
    const aside = 'an aside (`참고`): its sentences go on the card of the section it stands in, its links and sources are left out';
    const reasons = explainText(note).blocks.map((block) => [block.line, block.block, block.outcome, block.front ?? block.reason]);
    expect(reasons.slice(3, 9)).toEqual([
      [7, 'heading 3', 'dropped', aside],
      [9, 'paragraph', 'explanation', 'UDP'],
      [11, 'list', 'dropped', aside],
      [11, 'list item', 'explanation', 'UDP'],
      [15, 'paragraph', 'dropped', aside],
      [17, 'heading 3', 'card', 'UDP › 헤더'],
    ]);
    // Sources without a link (a book, its author and year) are no sentences; `참고 자료` is only sources.
    expect(cardsOf(note.replace('UDP는 DNS 질의에 쓰인다.', '컴퓨터 네트워킹, 쿠로스, 2017'))[0]!.back).toBe('UDP는 비연결형이다.\n\n- QUIC도 UDP 위에서 동작한다.');
    // Nor is a sentence saying where the note comes from.
    expect(cardsOf(note.replace('UDP는 DNS 질의에 쓰인다.', '모든 내용은 네트워크 책을 참고했다.'))[0]!.back).toBe('UDP는 비연결형이다.\n\n- QUIC도 UDP 위에서 동작한다.');
    expect(cardsOf(note.replace('### 참고 사항', '### 참고 자료'))[0]!.back).toBe('UDP는 비연결형이다.');
    // At the note's level, the aside is the note's: on the card of its `#` title.
    expect(cardsOf('# 네트워크\n\n## TCP\n\n연결형이다.\n\n## 참고\n\n두 프로토콜 모두 4계층이다.\n').map((card) => [card.front, card.back])).toEqual([
      ['네트워크', '두 프로토콜 모두 4계층이다.'],
      ['TCP', '연결형이다.'],
    ]);
  });
});

describe('a heading of nothing asking for kinds over its sub-titles', () => {
  it('lists the sub-headings\' names, asked as the question it is or with 은/는', () => {
    const sharding = cardsOf('# DB\n\n## 샤딩의 종류는?\n\n### 범위 샤딩\n\n범위로 나눈다.\n\n### 해시 샤딩이란?\n\n해시로 나눈다.\n');
    expect(sharding.map((card) => [card.kind, card.front, card.back])).toEqual([
      // A sub-heading asking what a thing is gives the thing's name.
      ['question', '샤딩의 종류는?', '- 범위 샤딩\n- 해시 샤딩'],
      ['heading', '샤딩의 종류는? › 범위 샤딩', '범위로 나눈다.'],
      ['question', '해시 샤딩이란?', '해시로 나눈다.'],
    ]);
    const deadlock = cardsOf('# 운영체제\n\n## 동기화\n\n### 교착 상태의 4가지 조건\n\n#### 상호 배제\n\n하나만 쓴다.\n\n#### 점유 대기\n\n들고 기다린다.\n\n#### 정리\n\n넷 다 성립해야 한다.\n');
    // A section any note has (`정리`) is no kind.
    expect(deadlock.map((card) => [card.front, card.back])[0]).toEqual(['동기화 › 교착 상태의 4가지 조건은?', '- 상호 배제\n- 점유 대기']);
    // A bare `종류` names what it is the kinds of, as a table's `| 종류 |` corner does.
    expect(frontsOf('# DB\n\n## 저장\n\n### 인덱스\n\n#### 종류\n\n##### 클러스터형 인덱스\n\n정렬된다.\n\n##### 보조 인덱스\n\n따로 둔다.\n')[0]).toBe('저장 › 인덱스의 종류는?');
    expect(frontsOf('# DB\n\n## NoSQL에는 무엇이 있나요\n\n### 몽고DB\n\n문서를 둔다.\n\n### 레디스\n\n키와 값을 둔다.\n')[0]).toBe('NoSQL에는 무엇이 있나요');
  });

  it('lists them under the note\'s `#` title as under a `##` one, though it is the note\'s name', () => {
    const kinds = cardsOf('# 샤딩의 종류\n\n## 범위 샤딩\n\n범위로 나눈다.\n\n## 해시 샤딩\n\n해시로 나눈다.\n');
    expect(kinds.map((card) => [card.front, card.back])).toEqual([
      ['샤딩의 종류는?', '- 범위 샤딩\n- 해시 샤딩'],
      ['범위 샤딩', '범위로 나눈다.'],
      ['해시 샤딩', '해시로 나눈다.'],
    ]);
    expect(cardsOf('# 캐시 정책의 종류는?\n\n> LRU\n\n오래 안 쓴 것을 뺀다.\n\n> LFU\n\n적게 쓴 것을 뺀다.\n')[0]!.back).toBe('- LRU\n- LFU');
    // A plain topic asks for no list, and a `#` title explained already keeps its own card.
    expect(frontsOf('# 샤딩\n\n## 범위 샤딩\n\n범위로 나눈다.\n\n## 해시 샤딩\n\n해시로 나눈다.\n')).toEqual(['범위 샤딩', '해시 샤딩']);
    const explained = cardsOf('# 샤딩의 종류\n\n두 가지가 있다.\n\n## 범위 샤딩\n\n범위로 나눈다.\n\n## 해시 샤딩\n\n해시로 나눈다.\n');
    expect(explained.map((card) => [card.front, card.back])[0]).toEqual(['샤딩의 종류', '두 가지가 있다.']);
  });

  it('makes no card of a plain topic, one part, parts that ask something else, or a heading explained already', () => {
    const fronts = (title: string, parts = ['### TCP\n\n연결형이다.', '### UDP\n\n비연결형이다.']) => frontsOf(`# 네트워크\n\n## ${title}\n\n${parts.join('\n\n')}\n`);
    expect(fronts('전송 계층')).toEqual(['전송 계층 › TCP', '전송 계층 › UDP']);
    expect(fronts('분석 단계', ['### 요구 수집\n\n모은다.', '### 명세\n\n적는다.'])).toEqual(['분석 단계 › 요구 수집', '분석 단계 › 명세']);
    expect(fronts('프로토콜의 종류', ['### TCP\n\n연결형이다.'])).toEqual(['프로토콜의 종류 › TCP']);
    expect(fronts('프로토콜의 종류는?', ['### TCP는 언제 쓰나?\n\n신뢰가 필요할 때.', '### UDP\n\n비연결형이다.'])).toEqual(['TCP는 언제 쓰나?', '프로토콜의 종류는? › UDP']);
    const explained = cardsOf('# 네트워크\n\n## 프로토콜의 종류\n\n두 가지가 있다.\n\n### TCP\n\n연결형이다.\n\n### UDP\n\n비연결형이다.\n');
    expect(explained.map((card) => [card.front, card.back])[0]).toEqual(['프로토콜의 종류는?', '두 가지가 있다.']);
  });

  it('lists callouts and bold sub-titles as it lists sub-headings', () => {
    const callouts = cardsOf('# AWS\n\n## EC2 인스턴스의 유형\n\n> 범용\n\n균형 잡힌 자원.\n\n> 컴퓨팅 최적화\n\nCPU가 많다.\n\n> 정리\n\n쓰임새대로 고른다.\n');
    // A section any note has (`> 정리`) is no kind.
    expect(callouts.map((card) => [card.front, card.back])[0]).toEqual(['EC2 인스턴스의 유형은?', '- 범용\n- 컴퓨팅 최적화']);
    // A callout asking what a thing is gives the thing's name.
    expect(cardsOf('# DB\n\n## 샤딩의 종류는?\n\n> 범위 샤딩\n\n범위로 나눈다.\n\n> 해시 샤딩이란?\n\n해시로 나눈다.\n')[0]!.back).toBe('- 범위 샤딩\n- 해시 샤딩');
    const bold = cardsOf('# AWS\n\n## 스토리지의 종류\n\n**블록 스토리지**\n\n디스크처럼 쓴다.\n\n**객체 스토리지**\n\n파일을 객체로 둔다.\n');
    expect(bold.map((card) => [card.kind, card.front, card.back])).toEqual([
      ['heading', '스토리지의 종류는?', '- 블록 스토리지\n- 객체 스토리지'],
      ['bold-title', '스토리지의 종류 › 블록 스토리지', '디스크처럼 쓴다.'],
      ['bold-title', '스토리지의 종류 › 객체 스토리지', '파일을 객체로 둔다.'],
    ]);
  });

  it('makes no card of a plain topic over callouts or bold sub-titles, nor of one whose callout asks something else', () => {
    expect(frontsOf('# AWS\n\n## EC2 인스턴스\n\n> 범용\n\n균형 잡힌 자원.\n\n> 컴퓨팅 최적화\n\nCPU가 많다.\n')).toEqual(['EC2 인스턴스 › 범용', 'EC2 인스턴스 › 컴퓨팅 최적화']);
    expect(frontsOf('# AWS\n\n## 보안\n\n**보안 그룹**\n\n인스턴스를 막는다.\n\n**네트워크 ACL**\n\n서브넷을 막는다.\n')).toEqual(['보안 › 보안 그룹', '보안 › 네트워크 ACL']);
    expect(frontsOf('# 네트워크\n\n## 프로토콜의 종류\n\n> TCP는 언제 쓰나?\n\n신뢰가 필요할 때.\n\n> UDP\n\n비연결형이다.\n')).not.toContain('프로토콜의 종류는?');
    expect(frontsOf('# AWS\n\n## EC2 인스턴스의 유형\n\n> 범용\n\n균형 잡힌 자원.\n')).toEqual(['EC2 인스턴스의 유형 › 범용']);
  });

  it('lists the parts of a heading whose intro only asks which there are, asking that question', () => {
    const parts = '### 원자성\n\n모두 되거나 하나도 안 된다.\n\n### 일관성\n\n규칙을 지킨다.\n\n### 정리\n\n둘 다 지킨다.';
    const properties = cardsOf(`# 데이터베이스\n\n## 트랜잭션의 성질\n\n트랜잭션은 어떤 성질을 가질까?\n\n${parts}\n`);
    // The question names the heading again: it needs no context. A usual section (`정리`) is no part.
    expect(properties.map((card) => [card.front, card.back])[0]).toEqual(['트랜잭션은 어떤 성질을 가질까?', '- 원자성\n- 일관성']);
    // A heading the question does not name is its context; `그렇다면` and the emphasis are left out.
    expect(frontsOf(`# 데이터베이스\n\n## ACID\n\n_그렇다면 트랜잭션은 어떤 성질을 가질까_\n\n${parts}\n`)[0]).toBe('ACID › 트랜잭션은 어떤 성질을 가질까?');
    // A title that already asks for them (an aspect, kinds) is asked as the kinds rule asks it.
    expect(frontsOf(`# 데이터베이스\n\n## 트랜잭션의 특성\n\n트랜잭션은 어떠한 특성을 만족해야 할까?\n\n${parts}\n`)[0]).toBe('트랜잭션의 특성은?');
    // Callouts as the parts, and `무엇이 있을까`.
    const caches = cardsOf('# 시스템\n\n## 캐시\n\n캐시에는 무엇이 있을까?\n\n> 메모리 캐시\n\n빠르다.\n\n> 디스크 캐시\n\n크다.\n');
    expect(caches.map((card) => [card.front, card.back])[0]).toEqual(['캐시에는 무엇이 있을까?', '- 메모리 캐시\n- 디스크 캐시']);
  });

  it('lists no parts where the lead-in asks for a difference, or how or why over callouts, a part is no name, or only one part follows', () => {
    const note = (question: string, parts = ['### B 트리\n\n값을 정렬해 둔다.', '### 해시\n\n해시 값으로 찾는다.']) => frontsOf(`# 데이터베이스\n\n## 인덱스\n\n${question}\n\n${parts.join('\n\n')}\n`);
    // These lead-ins are still no cards of their own (their parts answer them), but list nothing.
    expect(note('둘은 어떤 차이가 있을까?')).toEqual(['인덱스 › B 트리', '인덱스 › 해시']);
    expect(note('둘은 어떻게 다를까?')).toEqual(['인덱스 › B 트리', '인덱스 › 해시']);
    // How or why is answered by headings' names only: callouts there are as often points of prose.
    expect(note('인덱스는 어떻게 관리할까?', ['> B 트리\n\n값을 정렬해 둔다.', '> 해시\n\n해시 값으로 찾는다.'])).toEqual(['인덱스 › B 트리', '인덱스 › 해시']);
    expect(note('인덱스는 어떤 구조를 쓸까?', ['### B 트리\n\n값을 정렬해 둔다.', '### 해시로 찾으면 빠르다\n\n같은 값을 찾을 때.'])).toEqual(['인덱스 › B 트리', '인덱스 › 해시로 찾으면 빠르다']);
    expect(note('인덱스는 어떤 구조를 쓸까?', ['### B 트리\n\n값을 정렬해 둔다.'])).toEqual(['인덱스 › B 트리']);
    expect(note('인덱스는 어떤 구조를 쓸까?')[0]).toBe('인덱스는 어떤 구조를 쓸까?');
  });

  it('lists the sub-headings that answer a lead-in asking why or how, asking that question', () => {
    const conditions = '### 상호 배제\n\n자원 하나를 한 프로세스만 쓴다.\n\n### 점유 대기\n\n자원을 쥔 채 다른 자원을 기다린다.\n\n### 비선점\n\n남의 자원을 빼앗지 못한다.\n\n### 순환 대기\n\n서로를 원형으로 기다린다.';
    const note = (intro: string) => cardsOf(`# 운영체제\n\n## 교착 상태\n\n${intro}\n\n${conditions}\n\n## 기아 상태\n\n자원을 끝내 얻지 못한다.\n`);
    const why = note('교착 상태는 왜 생길까?');
    // The sub-headings directly under it, up to the next `##`, and each is still a card of its own.
    expect(why.map((card) => [card.front, card.back])).toEqual([
      ['교착 상태는 왜 생길까?', '- 상호 배제\n- 점유 대기\n- 비선점\n- 순환 대기'],
      ['교착 상태 › 상호 배제', '자원 하나를 한 프로세스만 쓴다.'],
      ['교착 상태 › 점유 대기', '자원을 쥔 채 다른 자원을 기다린다.'],
      ['교착 상태 › 비선점', '남의 자원을 빼앗지 못한다.'],
      ['교착 상태 › 순환 대기', '서로를 원형으로 기다린다.'],
      ['기아 상태', '자원을 끝내 얻지 못한다.'],
    ]);
    // `그렇다면 … 어떻게` too, asked without `그렇다면`, after the heading it does not name.
    expect(note('그렇다면 이것은 어떻게 막을까')[0]!.front).toBe('교착 상태 › 이것은 어떻게 막을까?');
    // A question answered in its own paragraph keeps that answer as its back, as before.
    const answered = note('교착 상태는 왜 생길까?\n\n프로세스들이 서로의 자원을 기다리기 때문이다.');
    expect(answered.map((card) => [card.front, card.back])[0]).toEqual(['교착 상태', '교착 상태는 왜 생길까?\n\n프로세스들이 서로의 자원을 기다리기 때문이다.']);
    // One sub-heading is no list of answers: the lead-in stays no card of its own.
    expect(frontsOf('# 운영체제\n\n## 교착 상태\n\n교착 상태는 왜 생길까?\n\n### 상호 배제\n\n자원 하나를 한 프로세스만 쓴다.\n\n## 기아 상태\n\n자원을 끝내 얻지 못한다.\n')).toEqual(['교착 상태 › 상호 배제', '기아 상태']);
    const explained = explainText(`# 운영체제\n\n## 교착 상태\n\n교착 상태는 왜 생길까?\n\n${conditions}\n`).blocks.find((block) => block.line === 3)!;
    expect([explained.outcome, explained.front, ruleName(explained)]).toEqual(['card', '교착 상태는 왜 생길까?', 'heading asking for kinds or a count, in its title or its intro, or whose intro asks how or why over its sub-headings: its back names them']);
  });

  it('makes no card of an intro that only announces its parts, or lists them under the announcement where the title asks for them', () => {
    const parts = '### 원자성\n\n모두 되거나 하나도 안 된다.\n\n### 일관성\n\n규칙을 지킨다.';
    expect(frontsOf(`# 데이터베이스\n\n## 트랜잭션\n\n트랜잭션은 다음과 같은 성질이 있다.\n\n${parts}\n`)).toEqual(['트랜잭션 › 원자성', '트랜잭션 › 일관성']);
    expect(frontsOf(`# 데이터베이스\n\n## 트랜잭션\n\n아래와 같다.\n\n${parts}\n`)).toEqual(['트랜잭션 › 원자성', '트랜잭션 › 일관성']);
    const kinds = cardsOf(`# 데이터베이스\n\n## 트랜잭션의 종류\n\n트랜잭션의 종류는 다음과 같다.\n\n${parts}\n`);
    expect(kinds.map((card) => [card.front, card.back])[0]).toEqual(['트랜잭션의 종류는?', '트랜잭션의 종류는 다음과 같다.\n\n- 원자성\n- 일관성']);
    // A question then an announcement that says a little more (`ACID`): both lead in, the announcement stays.
    const both = cardsOf(`# 데이터베이스\n\n## 트랜잭션의 특성\n\n_트랜잭션은 어떤 특성을 가질까?_\n트랜잭션은 다음의 ACID라는 네 가지 특성을 가진다.\n\n${parts}\n`);
    expect(both.map((card) => [card.front, card.back])[0]).toEqual(['트랜잭션의 특성은?', '트랜잭션은 다음의 ACID라는 네 가지 특성을 가진다.\n\n- 원자성\n- 일관성']);
    const reason = explainText(`# 데이터베이스\n\n## 트랜잭션\n\n트랜잭션은 다음과 같은 성질이 있다.\n\n${parts}\n`).blocks.find((block) => block.line === 3)!.reason;
    expect(reason).toBe('it only leads into the sub-titles under it (a question, `다음과 같다`, or an aside in italics), and they are cards of their own');
    // An announcement naming an aspect says what the parts are: asked, it lists them (no card, the
    // sub-titles would be the view's parts and `장점` lost).
    const views = (intro: string) => cardsOf(`# 데이터베이스\n\n## 뷰\n\n${intro}\n\n### 논리적 독립성\n\n구조가 바뀌어도 된다.\n\n### 보안\n\n열을 숨긴다.\n`);
    expect(views('뷰의 장점은 다음과 같다.').map((card) => [card.front, card.back])[0]).toEqual(['뷰의 장점은?', '뷰의 장점은 다음과 같다.\n\n- 논리적 독립성\n- 보안']);
    expect(views('장점은 아래와 같습니다.')[0]!.front).toBe('뷰의 장점은?');
    expect(views('뷰의 종류는 다음과 같다.')[0]!.front).toBe('뷰의 종류는?');
  });

  it('keeps the card of an intro that says something besides the announcement, or announces what no sub-title follows', () => {
    const parts = '### 원자성\n\n모두 되거나 하나도 안 된다.\n\n### 일관성\n\n규칙을 지킨다.';
    expect(cardsOf(`# 데이터베이스\n\n## 트랜잭션\n\n트랜잭션은 작업의 단위다. 다음과 같은 성질이 있다.\n\n${parts}\n`)[0]!.front).toBe('트랜잭션');
    expect(cardsOf(`# 데이터베이스\n\n## 트랜잭션\n\n트랜잭션이 끝난 다음의 상태를 본다.\n\n${parts}\n`)[0]!.front).toBe('트랜잭션');
    // An announcement over a list is its lead-in: the list is the back.
    expect(cardsOf('# 데이터베이스\n\n## 트랜잭션\n\n다음과 같은 성질이 있다.\n\n- 원자성\n- 일관성\n').map((card) => [card.front, card.back])).toEqual([['트랜잭션', '다음과 같은 성질이 있다.\n\n- 원자성\n- 일관성']]);
  });

  it('is named in amgi explain', () => {
    const note = '# DB\n\n## 인덱스의 종류\n\n### 클러스터형 인덱스\n\n정렬된다.\n\n### 보조 인덱스\n\n따로 둔다.\n';
    const block = explainText(note).blocks.find((explained) => explained.line === 3)!;
    expect([block.outcome, block.front, ruleName(block)]).toEqual(['card', '인덱스의 종류는?', 'heading asking for kinds or a count, in its title or its intro, or whose intro asks how or why over its sub-headings: its back names them']);
    expect(ruleName(explainText(note.replace('인덱스의 종류', '인덱스')).blocks.find((explained) => explained.line === 5)!)).toBe('heading with its own explanation');
    // So is the note's `#` title asking for them.
    const titled = explainText('# 인덱스의 종류\n\n## 클러스터형 인덱스\n\n정렬된다.\n\n## 보조 인덱스\n\n따로 둔다.\n').blocks.find((explained) => explained.line === 1)!;
    expect([titled.outcome, titled.front, ruleName(titled)]).toEqual(['card', '인덱스의 종류는?', 'heading asking for kinds or a count, in its title or its intro, or whose intro asks how or why over its sub-headings: its back names them']);
    // And a heading whose intro asks which there are: the rule's name says where it is asked.
    const acid = explainText('# DB\n\n## ACID\n\n트랜잭션은 어떤 성질을 가질까?\n\n### 원자성\n\n모두 되거나 안 된다.\n\n### 일관성\n\n규칙을 지킨다.\n').blocks.find((explained) => explained.line === 3)!;
    expect([acid.outcome, acid.front, ruleName(acid)]).toEqual(['card', 'ACID › 트랜잭션은 어떤 성질을 가질까?', 'heading asking for kinds or a count, in its title or its intro, or whose intro asks how or why over its sub-headings: its back names them']);
  });
});

describe('terms (용어 : 설명)', () => {
  it.each([
    ['- 온디맨드 : 필요할 때 쓴다.', '온디맨드'],
    ['- 온디맨드: 필요할 때 쓴다.', '온디맨드'],
    ['- **온디맨드**: 필요할 때 쓴다.', '온디맨드'],
    ['- 온디맨드 - 필요할 때 쓴다.', '온디맨드'],
    ['- 온디맨드 ; 필요할 때 쓴다.', '온디맨드'],
  ])('reads %s', (line, term) => {
    const cards = cardsOf(`# 덱\n\n> 특성\n\n${line}\n`);
    expect(cards.map((card) => [card.kind, card.front, card.back])).toEqual([
      ['callout', '특성', `- ${term}`],
      ['term', `특성 › ${term}란?`, '필요할 때 쓴다.'],
    ]);
  });

  it('makes one card per term, and the parent card lists the terms', () => {
    const cards = cardsOf('# 덱\n\n## 개요\n\n> 클라우드의 특성\n\n- 온디맨드 : 필요할 때 쓴다.\n\n- 사용량별 과금 모델 : 쓴 만큼 낸다.\n');
    expect(cards.map((card) => card.front)).toEqual(['개요 › 클라우드의 특성은?', '클라우드의 특성 › 온디맨드란?', '클라우드의 특성 › 사용량별 과금 모델이란?']);
    expect(cards[0]!.back).toBe('- 온디맨드\n- 사용량별 과금 모델');
    expect(cards[2]!.back).toBe('쓴 만큼 낸다.');
  });

  it('lists a term asked 이란 by its name, but keeps a label whole with the value on its line', () => {
    // A kind among kinds is named; `가용 영역 : AZ`, a label, says nothing without its value.
    const kinds = '# 클라우드\n\n## 인프라\n\n- 리전 : 데이터 센터가 모인 지리적 위치\n- 가용 영역 : AZ\n- 엣지 로케이션 : 콘텐츠를 캐시하는 곳\n';
    expect(cardsOf(kinds).map((card) => [card.front, card.back])).toEqual([
      ['인프라', '- 리전\n- 가용 영역 : AZ\n- 엣지 로케이션'],
      ['인프라 › 리전이란?', '데이터 센터가 모인 지리적 위치'],
      ['인프라 › 가용 영역', 'AZ'],
      ['인프라 › 엣지 로케이션이란?', '콘텐츠를 캐시하는 곳'],
    ]);
    // Steps stated over what they do (`컴파일러가 변환: …`) are the process's answer, whole, and no cards of their own.
    const steps = '# 자바\n\n## 컴파일 과정\n\n1. 컴파일러가 변환: 소스 코드 -> 바이트 코드\n2. JVM이 변환: 바이트 코드 -> 기계어\n3. 인터프리터로 실행한다\n';
    expect(cardsOf(steps).map((card) => [card.front, card.back])).toEqual([
      ['컴파일 과정은?', '1. 컴파일러가 변환: 소스 코드 -> 바이트 코드\n2. JVM이 변환: 바이트 코드 -> 기계어\n3. 인터프리터로 실행한다'],
    ]);
    const settings = '# 클라우드\n\n## 헬스 체크\n\n- 로드 밸런서에 꼭 필요하다\n- 필수 설정: 포트, 프로토콜, 경로\n- 응답이 200이 아니면 비정상이다\n';
    expect(cardsOf(settings)[0]!.back).toBe('- 로드 밸런서에 꼭 필요하다\n- 필수 설정: 포트, 프로토콜, 경로\n- 응답이 200이 아니면 비정상이다');
  });

  it('leaves out of the parent an aspect label whose content, under it, is its own card', () => {
    const note = '# 운영체제\n\n## 페이지 교체\n\n### FIFO\n\n먼저 들어온 페이지를 먼저 내보낸다.\n\n- 장점\n  - 이해하기 쉽다.\n- 단점\n  - 자주 쓰는 페이지도 내보낸다.\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['페이지 교체 › FIFO', '먼저 들어온 페이지를 먼저 내보낸다.'],
      ['페이지 교체 › FIFO의 장점은?', '- 이해하기 쉽다.'],
      ['페이지 교체 › FIFO의 단점은?', '- 자주 쓰는 페이지도 내보낸다.'],
    ]);
  });

  it('does not split URLs, times, hyphenated words or inline code', () => {
    const note = '# 덱\n\n## 링크\n\n- https://example.com 을 보라\n- Infrastructure-as-a-Service 모델\n- 회의는 10:30 시작\n- `Content-Type: text/html` 헤더\n';
    expect(cardsOf(note).map((card) => card.kind)).toEqual(['heading']);
  });

  it('does not split a formula at its minus sign: the line stays in the explanation above', () => {
    const note = '# 관리\n\n## 간트 차트\n\n- 막대로 일정을 그린다.\n- 여유 시간 = 늦은 시작일 - 이른 시작일\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([['간트 차트', '- 막대로 일정을 그린다.\n- 여유 시간 = 늦은 시작일 - 이른 시작일']]);
    // A term written with a colon over a formula is still a term.
    expect(frontsOf(note.replace('- 여유 시간 = 늦은 시작일 - 이른 시작일', '- 여유 시간 : 늦은 시작일 - 이른 시작일'))).toEqual(['간트 차트', '간트 차트 › 여유 시간이란?']);
  });

  it('keeps a code added to a name among bare names as a line of the list, not a term', () => {
    const note = '# 클라우드\n\n## 대상 그룹\n\n- 종류\n  - 가상 서버\n  - 컨테이너 작업 - HTTP\n  - 람다 함수\n  - 사설 IP 주소\n- 헬스 체크는 그룹 단위로 한다\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['대상 그룹', '- 헬스 체크는 그룹 단위로 한다'],
      ['대상 그룹의 종류는?', '- 가상 서버\n- 컨테이너 작업 - HTTP\n- 람다 함수\n- 사설 IP 주소'],
    ]);
    // Names each with its value pair them: each a card, as written.
    const paired = note.replace('  - 가상 서버\n', '  - 가상 서버 - HTTPS\n').replace('  - 람다 함수\n', '  - 람다 함수 - JSON\n');
    expect(frontsOf(paired)).toContain('대상 그룹의 종류 › 컨테이너 작업');
    // A word after the dash may define.
    expect(frontsOf(note.replace('컨테이너 작업 - HTTP', '컨테이너 작업 - 작업 단위'))).toContain('대상 그룹의 종류 › 컨테이너 작업이란?');
  });

  it('reads a paragraph of numbered term lines as the list it is: a card per term, the title naming them by their numbers', () => {
    const numbered = '# 설계\n\n## 응집도의 종류\n\n① 기능적 응집도: 모든 기능이 한 목적을 위해 모인다\n② 순차적 응집도: 한 활동의 출력이 다음의 입력이 된다\n③ 교환적 응집도: 같은 입력을 쓰는 활동이 모인다\n';
    expect(cardsOf(numbered).map((card) => [card.front, card.back])).toEqual([
      ['응집도의 종류는?', '① 기능적 응집도\n② 순차적 응집도\n③ 교환적 응집도'],
      ['응집도의 종류 › 기능적 응집도란?', '모든 기능이 한 목적을 위해 모인다'],
      ['응집도의 종류 › 순차적 응집도란?', '한 활동의 출력이 다음의 입력이 된다'],
      ['응집도의 종류 › 교환적 응집도란?', '같은 입력을 쓰는 활동이 모인다'],
    ]);
    // The same cards as the items written as bullets.
    expect(frontsOf(numbered)).toEqual(frontsOf(numbered.replace(/^[①②③] /gmu, '- ')));
  });

  it.each([
    ['⑴', '⑵'],
    ['(1)', '(2)'],
  ])('reads lines numbered %s, %s as items too', (one, two) => {
    const note = `# 설계\n\n## 모듈 사이\n\n${one} 자료 결합도: 값만 주고받는다\n${two} 제어 결합도: 제어 신호를 주고받는다\n`;
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['모듈 사이', `${one} 자료 결합도\n${two} 제어 결합도`],
      ['모듈 사이 › 자료 결합도란?', '값만 주고받는다'],
      ['모듈 사이 › 제어 결합도란?', '제어 신호를 주고받는다'],
    ]);
  });

  it('keeps a lead-in line above numbered lines, a wrapped line with its number, and a numbered sentence as written', () => {
    // `2)` first in a paragraph would start a list; after a line of prose it does not.
    const note = '# 설계\n\n## 결합도\n\n결합도는 다음과 같이 나뉜다.\n2) 자료 결합도: 값만\n   주고받는다\n3) 스탬프 결합도: 자료 구조를 주고받는다\n4) 제어 신호가 오가면 결합도가 높다\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['결합도', '결합도는 다음과 같이 나뉜다.\n\n2. 자료 결합도\n3. 스탬프 결합도\n4. 제어 신호가 오가면 결합도가 높다'],
      ['결합도 › 자료 결합도란?', '값만\n주고받는다'],
      ['결합도 › 스탬프 결합도란?', '자료 구조를 주고받는다'],
    ]);
  });

  it('leaves numbered sentences, numbers out of order and numbered lines under a question as prose', () => {
    const sentences = '# 설계\n\n## 모듈화\n\n① 모듈은 작을수록 좋다\n② 모듈은 서로 독립적이어야 한다\n';
    expect(cardsOf(sentences).map((card) => [card.front, card.back])).toEqual([['모듈화', '① 모듈은 작을수록 좋다\n② 모듈은 서로 독립적이어야 한다']]);
    const outOfOrder = '# 설계\n\n## 응집도\n\n① 기능적 응집도: 한 목적\n③ 순차적 응집도: 출력이 입력\n';
    expect(frontsOf(outOfOrder)).toEqual(['응집도']);
    const underQuestion = '# 설계\n\n## 문제\n\n다음 중 결합도가 가장 낮은 것은?\n① 자료 결합도: 값만 주고받는다\n② 내용 결합도: 내부를 참조한다\n';
    expect(frontsOf(underQuestion)).toEqual(['문제']);
  });

  it('reads a definition list (a term over `: ` lines) as terms, the title listing them', () => {
    const note = '# 네트워크\n\n## 방화벽\n\n보안 그룹\n: 인스턴스 수준의 방화벽. 상태 저장.\n\nNACL\n: 서브넷 수준의 방화벽. 상태 비저장.\n: 규칙 번호 순으로\n  평가한다.\n\n둘 다 VPC 안에서 쓴다.\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['방화벽', '- 보안 그룹\n- NACL\n\n둘 다 VPC 안에서 쓴다.'],
      ['방화벽 › 보안 그룹이란?', '인스턴스 수준의 방화벽. 상태 저장.'],
      ['방화벽 › NACL이란?', '서브넷 수준의 방화벽. 상태 비저장.\n\n규칙 번호 순으로\n평가한다.'],
    ]);
    // The same cards as `- 보안 그룹 : …` items.
    const asItems = '# 네트워크\n\n## 방화벽\n\n- 보안 그룹 : 인스턴스 수준의 방화벽. 상태 저장.\n- NACL : 서브넷 수준의 방화벽. 상태 비저장.\n\n둘 다 VPC 안에서 쓴다.\n';
    expect(frontsOf(note)).toEqual(frontsOf(asItems));
  });

  it('keeps a definition that labels a value as its line, and a lead-in over a `: ` line as prose', () => {
    const ports = '# 네트워크\n\n## 포트\n\nHTTP\n: 80\n\nHTTPS\n: 443\n';
    expect(cardsOf(ports).map((card) => [card.front, card.back])).toEqual([
      ['포트', '- HTTP : 80\n- HTTPS : 443'],
      ['포트 › HTTP', '80'],
      ['포트 › HTTPS', '443'],
    ]);
    const leadIn = '# 네트워크\n\n## 라우팅\n\n참고\n: 교재 3장\n';
    expect(cardsOf(leadIn).map((card) => [card.front, card.back])).toEqual([['라우팅', '참고\n: 교재 3장']]);
  });

  it('says in amgi explain which numbered line or definition made each card', () => {
    const note = '# 설계\n\n## 응집도의 종류\n\n① 기능적 응집도: 한 목적\n② 순차적 응집도: 출력이 입력\n\n## 방화벽\n\nNACL\n: 서브넷 수준\n';
    expect(explainText(note).blocks.filter((block) => block.line >= 5).map((block) => [block.line, block.block, block.outcome, block.rule, block.front])).toEqual([
      [5, 'number lines', 'explanation', undefined, '응집도의 종류는?'],
      [5, 'number line', 'card', 'term', '응집도의 종류 › 기능적 응집도란?'],
      [6, 'number line', 'card', 'term', '응집도의 종류 › 순차적 응집도란?'],
      [8, 'heading 2', 'card', 'heading', '방화벽'],
      [10, 'definitions', 'explanation', undefined, '방화벽'],
      [10, 'definition', 'card', 'term', '방화벽 › NACL이란?'],
    ]);
  });
});

describe('English `key: value` facts in a list', () => {
  const note = [
    '# AWS 정리',
    '',
    '## 고가용성 (HA)',
    '',
    '- Region: a physical location where AWS clusters data centers',
    '- Latency: 지연 시간',
    '- IGMP ; Internet Group Management Protocol',
    '- goal: to survive the loss of a data center',
    '- Pros: 장애에 강하다',
    '- increase instance size: t2.micro → t2.large',
    '- with Cross-Zone: 1/n load per instance',
    '- fixed hostname: ex) xxx.region.elb.amazonaws.com',
    '- Host Unreachable ; Code 1',
    '- Launch Configuration: 인스턴스를 시작하는 설정',
    '- on demand self service: 사용자가 원할 때 쓴다',
    '- 가용 영역 : 하나 이상의 데이터 센터',
    '- for loop: 정해진 횟수만큼 반복하는 문장',
    '- set theory: 집합을 다루는 수학',
    '- use case diagram: 사용자와 시스템의 상호작용을 그린 그림',
    '- run queue: 실행을 기다리는 프로세스의 줄',
    '- delete files: 오래된 로그를 지운다',
    '- create table: 테이블을 만든다',
    '- LB SG: HTTP/HTTPS, 80/443, src 0.0.0.0/0',
    '- attach policy: 사용자에게 정책을 붙인다',
    '- HTTP/2 : 멀티플렉싱 지원, 헤더 압축, HTTP 1.1보다 빠름',
    '',
  ].join('\n');

  it('asks definitions with 이란, aspects of the section, and keeps actions, conditions and values as written', () => {
    const cards = cardsOf(note);
    expect(cards.slice(1).map((card) => [card.front, card.back])).toEqual([
      ['고가용성 (HA) › Region이란?', 'a physical location where AWS clusters data centers'],
      ['고가용성 (HA) › Latency란?', '지연 시간'],
      ['고가용성 (HA) › IGMP란?', 'Internet Group Management Protocol'],
      ['고가용성 (HA)의 goal은?', 'to survive the loss of a data center'],
      ['고가용성 (HA)의 Pros는?', '장애에 강하다'],
      ['고가용성 (HA) › increase instance size', 't2.micro → t2.large'],
      ['고가용성 (HA) › with Cross-Zone', '1/n load per instance'],
      ['고가용성 (HA) › fixed hostname', 'ex) xxx.region.elb.amazonaws.com'],
      // A value naming what its number is (`Code 1`) is asked for.
      ['고가용성 (HA) › Host Unreachable의 Code는?', 'Code 1'],
      ['고가용성 (HA) › Launch Configuration이란?', '인스턴스를 시작하는 설정'],
      ['고가용성 (HA) › on demand self service란?', '사용자가 원할 때 쓴다'],
      ['고가용성 (HA) › 가용 영역이란?', '하나 이상의 데이터 센터'],
      // Names led by a preposition or a verb, ended by their head noun.
      ['고가용성 (HA) › for loop란?', '정해진 횟수만큼 반복하는 문장'],
      ['고가용성 (HA) › set theory란?', '집합을 다루는 수학'],
      ['고가용성 (HA) › use case diagram이란?', '사용자와 시스템의 상호작용을 그린 그림'],
      ['고가용성 (HA) › run queue란?', '실행을 기다리는 프로세스의 줄'],
      // An action on a plural, or on a noun actions take, is still kept as written.
      ['고가용성 (HA) › delete files', '오래된 로그를 지운다'],
      ['고가용성 (HA) › create table', '테이블을 만든다'],
      // Values to set, one of them a number (a port, an address range), beside terms asked 이란: as written.
      ['고가용성 (HA) › LB SG', 'HTTP/HTTPS, 80/443, src 0.0.0.0/0'],
      // An action on a noun that ends names, after a verb that begins none: an action still.
      ['고가용성 (HA) › attach policy', '사용자에게 정책을 붙인다'],
      // A version in a definition is no setting.
      ['고가용성 (HA) › HTTP/2란?', '멀티플렉싱 지원, 헤더 압축, HTTP 1.1보다 빠름'],
    ]);
    // Names asked 이란 are listed by their names; a label over its value keeps it, as the note wrote it.
    expect(cards[0]!.back).toContain('- Region\n- Latency\n- IGMP\n- goal: to survive the loss of a data center\n- Pros: 장애에 강하다\n- increase instance size: t2.micro → t2.large');
  });

  it('keeps an action\'s -ing form sending something somewhere as written, and still asks the thing it names', () => {
    const note = '# AWS\n\n## 부하 분산기\n\n- routing requests to other groups\n  - path (ex. /a)\n  - host (ex. a.example.com)\n- routing table\n  - 경로를 적은 표\n';
    expect(frontsOf(note)).toEqual(['부하 분산기', '부하 분산기 › routing requests to other groups', '부하 분산기 › routing table이란?']);
  });

  it('keeps a lower-case key or a common setting\'s word over one word of a value as written, a setting as a port number is, and still asks names and definitions with 이란', () => {
    const note = [
      '# DB',
      '',
      '## DB 연결 설정',
      '- host: localhost',
      '- port: 5432',
      '- user: admin',
      '- engine: InnoDB',
      '- ssl: true',
      '- cache: 자주 쓰는 데이터를 두는 곳',
      '- latency: network delay between nodes',
      '',
      '## RDS 설정',
      '- Engine: InnoDB',
      '- Region: ap-northeast-2',
      '- Charset: utf8mb4',
      '- Type: 인스턴스의 크기와 성능을 정하는 값',
      '',
      '## AWS',
      '- EC2: 가상 서버',
      '- Lambda: serverless',
      '- IaaS: Infrastructure as a Service',
      '- Stack : 지역 변수',
      '',
    ].join('\n');
    expect(frontsOf(note)).toEqual([
      'DB 연결 설정',
      'DB 연결 설정 › host',
      'DB 연결 설정 › port',
      'DB 연결 설정 › user',
      'DB 연결 설정 › engine',
      'DB 연결 설정 › ssl',
      'DB 연결 설정 › cache란?',
      'DB 연결 설정 › latency란?',
      'RDS 설정',
      // A common setting's word is a key however it is written; over a definition it is asked still.
      'RDS 설정 › Engine',
      'RDS 설정 › Region',
      'RDS 설정 › Charset',
      'RDS 설정 › Type이란?',
      'AWS',
      'AWS › EC2란?',
      // A name (capitalised) over one English word may well be defined by it.
      'AWS › Lambda란?',
      'AWS › IaaS란?',
      'AWS › Stack이란?',
    ]);
  });
});

describe('`장 ;` and `단 ;` for 장점 and 단점', () => {
  it('asks them as the aspects of the item above, where a list has both', () => {
    const note = '# 설계\n\n## 패턴\n\n- 디자인 패턴\n  - 자주 쓰는 설계를 정리한 것.\n  - 장 ; 의사소통이 쉽다.\n  - 단 ; 남용하면 복잡해진다.\n';
    const cards = cardsOf(note);
    expect(cards.map((card) => [card.front, card.back])).toEqual([
      ['패턴 › 디자인 패턴이란?', '- 자주 쓰는 설계를 정리한 것.\n- 장 ; 의사소통이 쉽다.\n- 단 ; 남용하면 복잡해진다.'],
      ['패턴 › 디자인 패턴의 장점은?', '의사소통이 쉽다.'],
      ['패턴 › 디자인 패턴의 단점은?', '남용하면 복잡해진다.'],
    ]);
  });

  it('leaves `단 :` alone (as often "however") and `장 :` alone as they were', () => {
    const note = '# 설계\n\n## 규칙\n\n- 입력은 검증한다.\n- 단 : 내부 호출은 예외로 한다.\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([['규칙', '- 입력은 검증한다.\n- 단 : 내부 호출은 예외로 한다.']]);
  });
});

describe('an author\'s preface under the note\'s title', () => {
  it('leaves out a preface and a list of links to other pages, and keeps what follows them', () => {
    const note = [
      '# 네트워크 정리',
      '',
      '이 문서는 네트워크 강의를 들으며 공부하면서 정리한 내용입니다. 틀린 부분이 있으면 알려주세요~',
      '',
      '> - 면접 답변에 초점을 두고 키워드를 기록했습니다.',
      '> - 출처를 참고하여 작성했습니다.',
      '',
      '- [운영체제](https://example.com/notes/README.md#운영체제)',
      '- [데이터베이스](https://example.com/notes/README.md#데이터베이스)',
      '',
      '네트워크는 컴퓨터들이 데이터를 주고받는 통신망이다.',
      '',
      '## TCP',
      '',
      'TCP는 연결형 프로토콜이다.',
      '',
    ].join('\n');
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['네트워크 정리', '네트워크는 컴퓨터들이 데이터를 주고받는 통신망이다.'],
      ['TCP', 'TCP는 연결형 프로토콜이다.'],
    ]);
  });

  it('keeps a first paragraph that also says something to learn, and a preface-like line further down', () => {
    const definition = '# 클라우드\n\n이 문서는 클라우드를 정리한 것입니다. 클라우드는 인터넷으로 IT 자원을 빌려 쓰는 것이다.\n';
    expect(cardsOf(definition).map((card) => card.back)).toEqual(['이 문서는 클라우드를 정리한 것입니다. 클라우드는 인터넷으로 IT 자원을 빌려 쓰는 것이다.']);
    // Sentences that only look like writing about the note are content: kept.
    const content = '# Git\n\nGit은 파일의 변경 내용을 기록합니다. 커밋마다 작성자를 기록했다.\n\n## 커밋\n\n변경의 단위.\n';
    expect(cardsOf(content).map((card) => card.back)).toEqual(['Git은 파일의 변경 내용을 기록합니다. 커밋마다 작성자를 기록했다.', '변경의 단위.']);
    // The note named as what was written, with words between: a preface all the same.
    const named = '# 로드 밸런서\n\nAWS 시험 대비로 정리한 로드 밸런서 노트입니다. 공부하면서 헷갈린 부분 위주.\n\n## ALB\n\nL7에서 동작한다.\n';
    expect(cardsOf(named).map((card) => card.front)).toEqual(['ALB']);
    // A `※` remark on how the part matters for an exam says nothing to learn; one with a colon gives what to learn.
    const remark = '# S3 스토리지 클래스\n\n※ 시험에 매년 나오는 파트\n\n## S3 Standard\n\n자주 접근하는 데이터용이다.\n';
    expect(cardsOf(remark).map((card) => card.front)).toEqual(['S3 Standard']);
    expect(explainText(remark).blocks.find((block) => block.line === 3)?.reason).toBe("the author's preface");
    const formula = '# 물리\n\n※ 시험에 나오는 공식: 힘은 질량 곱하기 가속도이다\n\n## 운동\n\n물체가 움직인다.\n';
    expect(cardsOf(formula).map((card) => card.front)).toEqual(['물리', '운동']);
    // Words of writing around something said of a topic, or a definition: content, kept.
    const notes = [
      '# Java 8\n\n이 문서는 자바 8을 정리한 것입니다.\n\nJava 8은 람다와 스트림을 추가했습니다.\n',
      '# 프로세스\n\n정리해 보면, 프로세스는 실행 중인 프로그램이다.\n',
      '# TCP\n\n공부하면서 알게 된 점: TCP는 연결 지향 프로토콜이다.\n',
    ];
    expect(notes.map((note) => cardsOf(note).map((card) => card.back))).toEqual([
      ['Java 8은 람다와 스트림을 추가했습니다.'],
      ['정리해 보면, 프로세스는 실행 중인 프로그램이다.'],
      ['공부하면서 알게 된 점: TCP는 연결 지향 프로토콜이다.'],
    ]);
    const later = '# 클라우드\n\n클라우드는 IT 자원을 빌려 쓰는 것이다.\n\n아래는 강의를 참고하여 작성했습니다.\n';
    expect(cardsOf(later).map((card) => card.back)).toEqual(['클라우드는 IT 자원을 빌려 쓰는 것이다.\n\n아래는 강의를 참고하여 작성했습니다.']);
  });
});

describe('definitions introduced by a sentence and a fenced block', () => {
  it('makes a definition card asked as "(이)란?", the sentence and the block as the back (boxed prose as a quote)', () => {
    const cards = cardsOf('# 덱\n\n## 개요\n\nNIST는 클라우드 컴퓨팅을 다음과 같이 정의하고 있습니다.\n\n```\n클라우드 컴퓨팅이란 공유 자원에 접근하는 기술입니다.\n```\n\n즉, 인터넷으로 쓰는 자원입니다.\n');
    expect(cards).toHaveLength(1);
    expect(cards[0]!.kind).toBe('definition');
    expect(cards[0]!.front).toBe('개요 › 클라우드 컴퓨팅이란?');
    expect(cards[0]!.back).toBe('NIST는 클라우드 컴퓨팅을 다음과 같이 정의하고 있습니다.\n\n> 클라우드 컴퓨팅이란 공유 자원에 접근하는 기술입니다.\n\n즉, 인터넷으로 쓰는 자원입니다.');
  });

  it('leaves a code block introduced by other words in the explanation', () => {
    expect(cardsOf('# 덱\n\n## 예제\n\n코드는 아래와 같다.\n\n```js\nrun();\n```\n').map((card) => card.kind)).toEqual(['heading']);
  });
});

describe('questions already in the notes', () => {
  it('reads <details><summary>질문</summary>답</details>', () => {
    const cards = cardsOf('# 덱\n\n## 퀴즈\n\n<details>\n<summary>TCP와 UDP의 차이는?</summary>\n\nTCP는 연결형, UDP는 비연결형이다.\n\n</details>\n');
    expect(cards.map((card) => [card.kind, card.front, card.back])).toEqual([['details', 'TCP와 UDP의 차이는?', 'TCP는 연결형, UDP는 비연결형이다.']]);
  });

  it('reads <details><summary>정답</summary> as the answer to the question right above it, not a question `정답`', () => {
    const box = (label: string, answer: string) => `<details><summary>${label}</summary>\n\n${answer}\n\n</details>`;
    const note = [
      '# 운영체제',
      '## 퀴즈',
      'Q. 교착 상태의 네 가지 조건은?',
      box('정답', '상호 배제, 점유 대기, 비선점, 순환 대기'),
      '1. 스레드와 프로세스의 차이는?',
      '<details>\n<summary>해설</summary>\n\n스레드는 자원을 공유한다.\n\n</details>',
      '### 세마포어란 무엇인가?',
      box('답', '공유 자원에 접근하는 수를 세는 변수이다.'),
      '**뮤텍스는 왜 쓰는가?**',
      box('👉 정답 보기', '한 번에 하나만 들어가게 하려고.'),
      '가상 메모리란 무엇일까?',
      box('Answer', '디스크를 메모리처럼 쓰는 기법이다.'),
      // A summary that asks is a question of its own, as before.
      box('페이징이란?', '메모리를 같은 크기로 나눈다.'),
    ].join('\n\n');
    expect(cardsOf(note).map((card) => [card.kind, card.front, card.back])).toEqual([
      ['qa', '교착 상태의 네 가지 조건은?', '상호 배제, 점유 대기, 비선점, 순환 대기'],
      ['qa', '스레드와 프로세스의 차이는?', '스레드는 자원을 공유한다.'],
      ['question', '세마포어란 무엇인가?', '공유 자원에 접근하는 수를 세는 변수이다.'],
      ['qa', '뮤텍스는 왜 쓰는가?', '한 번에 하나만 들어가게 하려고.'],
      ['qa', '가상 메모리란 무엇일까?', '디스크를 메모리처럼 쓰는 기법이다.'],
      ['details', '페이징이란?', '메모리를 같은 크기로 나눈다.'],
    ]);
    // Written inside the question's own item, the box is left off the back too.
    const inItem = '# 네트워크\n\n## 연습\n\n- TCP와 UDP의 차이는?\n  <details><summary>펼치기</summary>\n\n  TCP는 연결형이다.\n\n  </details>\n';
    expect(cardsOf(inItem).map((card) => card.back)).toEqual(['TCP는 연결형이다.']);
    // With no question right above it, the answer is the section's, not a card `정답`.
    const alone = `# 네트워크\n\n## 다음 중 TCP의 특징이 아닌 것\n\n${box('풀이', '비연결형은 UDP의 특징이다.')}\n`;
    expect(cardsOf(alone).map((card) => [card.front, card.back])).toEqual([['다음 중 TCP의 특징이 아닌 것', '비연결형은 UDP의 특징이다.']]);
  });

  it('reads <details><summary>정답</summary> under a question and its choices as that question\'s answer, the choices on its front', () => {
    const box = (answer: string) => `<details><summary>정답</summary>\n\n${answer}\n\n</details>`;
    const note = [
      '# 네트워크 문제',
      '## 전송 계층',
      '**1. 다음 중 연결형 프로토콜은?**',
      '① IP ② TCP ③ UDP',
      box('② TCP'),
      '**2. 흐름 제어를 맡는 계층은?**\n① 물리 계층\n② 전송 계층',
      box('② 전송 계층'),
    ].join('\n\n');
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['다음 중 연결형 프로토콜은?\n① IP\n② TCP\n③ UDP', '② TCP'],
      ['흐름 제어를 맡는 계층은?\n① 물리 계층\n② 전송 계층', '② 전송 계층'],
    ]);
  });

  it('reads Q. and A. lines, in one paragraph or two', () => {
    const cards = cardsOf('# 덱\n\n## 문제\n\nQ. 리전이란 무엇인가?\nA. 데이터 센터가 모인 지리적 위치.\n\nQ. AZ는 몇 개의 데이터 센터로 구성되나?\n\nA. 한 개에서 여섯 개.\n');
    expect(cards.map((card) => [card.front, card.back])).toEqual([
      ['리전이란 무엇인가?', '데이터 센터가 모인 지리적 위치.'],
      ['AZ는 몇 개의 데이터 센터로 구성되나?', '한 개에서 여섯 개.'],
    ]);
  });

  it('reads `## Q.` headings as their question, with the `**A.**` label left out of the answer', () => {
    const note = [
      '# 운영체제',
      '',
      '## Q. 캐시 메모리란?',
      '',
      '**A.** CPU와 주기억장치 사이에 두는 빠른 기억장치이다.',
      '',
      '- 적중률 : 찾는 데이터가 캐시에 있는 비율',
      '',
      '## Q2. 페이징 기법을 설명해 주세요.',
      '',
      '**A.**',
      '',
      '메모리를 같은 크기의 페이지로 나눈다.',
      '',
      '## Q. 캐시 교체 정책',
      '',
      'A. LRU, FIFO가 있다.',
      '',
    ].join('\n');
    expect(cardsOf(note).map((card) => [card.kind, card.front, card.back])).toEqual([
      ['question', '캐시 메모리란?', 'CPU와 주기억장치 사이에 두는 빠른 기억장치이다.\n\n- 적중률 : 찾는 데이터가 캐시에 있는 비율'],
      // The context is what the question asks about, without its label.
      ['term', '캐시 메모리 › 적중률이란?', '찾는 데이터가 캐시에 있는 비율'],
      // Labelled a question, though it ends in `.`: asked as written.
      ['question', '페이징 기법을 설명해 주세요.', '메모리를 같은 크기의 페이지로 나눈다.'],
      ['question', '캐시 교체 정책', 'LRU, FIFO가 있다.'],
    ]);
    // An `A.` under a heading with no `Q.` label may be a choice, and stays as written.
    expect(cardsOf('# 덱\n\n## 보기\n\nA. 첫째 보기\n').map((card) => card.back)).toEqual(['A. 첫째 보기']);
    // Under `Q.`, an `A.` followed by `B.`, `C.` is the first choice, not the answer's label: the answer
    // line names it by its letter, and the choices go on the front (see the multiple-choice tests).
    const choices = 'A. 고정 IP 주소\nB. 헬스 체크\nC. SSL 종료\n\n정답: A\n';
    const asked = ['ELB가 제공하지 않는 기능은?\nA. 고정 IP 주소\nB. 헬스 체크\nC. SSL 종료', '정답: A\n\n- A. 고정 IP 주소'];
    expect(cardsOf(`# 덱\n\n## Q. ELB가 제공하지 않는 기능은?\n\n${choices}`).map((card) => [card.front, card.back])).toEqual([asked]);
    expect(cardsOf(`# 덱\n\nQ. ELB가 제공하지 않는 기능은?\n\n${choices}`).map((card) => [card.front, card.back])).toEqual([asked]);
  });

  it('leaves a follow-up label (`꼬리 질문:`, `Follow-up:`) off the front, and says a follow-up that points back after its question', () => {
    const note = [
      '# 운영체제 면접',
      '## Q. 프로세스와 스레드의 차이는?\n\n**A.** 메모리를 공유하는지가 다릅니다.',
      '<details><summary>꼬리 질문: 교착 상태를 예방하는 방법은?</summary>\n\n네 조건 중 하나를 깹니다.\n\n</details>',
      '<details><summary>꼬리질문 2) 그렇다면 그 단점은?</summary>\n\n문맥 교환이 잦습니다.\n\n</details>',
      '<details><summary>Q. 스레드 풀이란?</summary>\n\n미리 만든 스레드 묶음입니다.\n\n</details>',
      '### Follow-up: 멀티스레드의 단점은?\n\n동기화가 어렵습니다.',
      '추가 질문: 뮤텍스란 무엇인가요?\n\n잠금 하나입니다.',
    ].join('\n\n');
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['프로세스와 스레드의 차이는?', '메모리를 공유하는지가 다릅니다.'],
      ['교착 상태를 예방하는 방법은?', '네 조건 중 하나를 깹니다.'],
      ['프로세스와 스레드의 차이는? › 그렇다면 그 단점은?', '문맥 교환이 잦습니다.'],
      ['스레드 풀이란?', '미리 만든 스레드 묶음입니다.'],
      ['멀티스레드의 단점은?', '동기화가 어렵습니다.'],
      ['뮤텍스란 무엇인가요?', '잠금 하나입니다.'],
    ]);
    // A label that leads no question (it asks nothing, nothing answers it) stays a line of the answer.
    expect(cardsOf('# 덱\n\n## Q. 캐시란?\n\n**A.** 빠른 기억장치입니다.\n\n추가 질문: 없음\n').map((card) => card.back)).toEqual(['빠른 기억장치입니다.\n\n추가 질문: 없음']);
  });

  it('places a question for an aspect of nothing it names (`단점은 없을까?`) under the title above it', () => {
    const note = '# 데이터베이스\n\n## 정규화\n\n### 1. 정규화란 무엇인가?\n\n중복을 줄이도록 릴레이션을 나눈다.\n\n### 2. 단점은 없을까?\n\n조인이 많아진다.\n\n### 3. 장점은?\n\n이상 현상이 사라진다.\n';
    expect(frontsOf(note)).toEqual(['정규화란 무엇인가?', '정규화 › 단점은 없을까?', '정규화 › 장점은?']);
    // An aspect that is the object of another verb leaves the question to name its subject further on.
    expect(frontsOf('# 데이터베이스\n\n## 정규화\n\n### 단점을 보았을 때 언제 정규화를 피하는가?\n\n조회가 잦을 때.\n')).toEqual(['단점을 보았을 때 언제 정규화를 피하는가?']);
  });

  it('reads `* Q.` list items with `* A.` answers nested under them', () => {
    const note = '# 덱\n\n## TCP 관련 질문 1\n* Q. 연결 종료가 4단계인 이유?\n  * A. 서버가 보낼 데이터가 남아 있을 수 있기 때문이다.\n  * [관련 Reference](https://example.com)\n';
    expect(cardsOf(note).map((card) => [card.kind, card.front, card.back])).toEqual([
      ['qa', '연결 종료가 4단계인 이유?', '서버가 보낼 데이터가 남아 있을 수 있기 때문이다.\n\n* [관련 Reference](https://example.com)'],
    ]);
  });

  it('shows numbered choices nested under a `* Q.` item on the front where its `* A.` answer names one, and keeps a numbered answer on the back', () => {
    const note = [
      '# AWS',
      '',
      '## 퀴즈',
      '* Q. 다음 중 AWS의 객체 스토리지 서비스는?',
      '  1. EC2',
      '  2. S3',
      '  3. RDS',
      '  * A. 2',
      '* Q. 블록 스토리지는?',
      '  1. EBS',
      '  2. S3',
      '',
      '  A. EBS',
      '* Q. TCP 연결 과정은?',
      '  1. SYN',
      '  2. SYN-ACK',
      '  3. ACK',
      '',
    ].join('\n');
    expect(cardsOf(note).map((card) => [card.kind, card.front, card.back])).toEqual([
      ['qa', '다음 중 AWS의 객체 스토리지 서비스는?\n1. EC2\n2. S3\n3. RDS', 'A. 2\n\n- 2\\. S3'],
      // An answer may name its choice by its text, in a paragraph of the item.
      ['qa', '블록 스토리지는?\n1. EBS\n2. S3', 'A. EBS'],
      // Nothing names a choice, and nothing asks to choose: the steps are the answer.
      ['qa', 'TCP 연결 과정은?', '1. SYN\n2. SYN-ACK\n3. ACK'],
    ]);
  });

  it('makes one card per row of a two-column term table', () => {
    const cards = cardsOf('# 덱\n\n## 용어\n\n| 용어 | 설명 |\n| --- | --- |\n| 리전 | 지리적 위치 |\n| 엣지 로케이션(POP) | CDN 접속 지점 |\n');
    expect(cards.map((card) => [card.front, card.back])).toEqual([
      ['용어', '- 리전\n- 엣지 로케이션(POP)'],
      ['용어 › 리전이란?', '지리적 위치'],
      ['용어 › 엣지 로케이션(POP)이란?', 'CDN 접속 지점'],
    ]);
  });

  it('asks each row of a two-column table for the property its second column names', () => {
    const note = '# 네트워크\n\n## 포트 번호\n\n| 서비스 | 포트 |\n| --- | --- |\n| SSH | 22 |\n| HTTP | 80 |\n\n## 계층별 PDU\n\n| 계층 | PDU |\n| --- | --- |\n| 전송 계층 | 세그먼트 |\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['포트 번호', '- SSH\n- HTTP'],
      ['포트 번호 › SSH의 포트는?', '22'],
      ['포트 번호 › HTTP의 포트는?', '80'],
      ['계층별 PDU', '- 전송 계층'],
      ['계층별 PDU › 전송 계층의 PDU는?', '세그먼트'],
    ]);
    // A column describing the row (`내용`, `내용 요약`, `풀이`, `Description`), or an answer or value paired
    // with it (`| Before | After |`, `| 질문 | 답 |`), asks what the row is, or the row's question as written.
    for (const header of ['| 번호 | 내용 요약 |', '| 약어 | 풀이 |', '| Before | After |', '| Key | Value |']) {
      expect(frontsOf(`# 네트워크\n\n## 장비\n\n${header}\n| --- | --- |\n| 라우터 | 경로를 정한다 |\n`), header).toEqual(['장비', '장비 › 라우터란?']);
    }
    expect(frontsOf('# 네트워크\n\n## 문제\n\n| 질문 | 답 |\n| --- | --- |\n| 3계층은? | 네트워크 계층 |\n').at(-1)).toBe('문제 › 3계층은?');
    expect(frontsOf('# 네트워크\n\n## 장비\n\n| 장비 | 내용 |\n| --- | --- |\n| 라우터 | 경로를 정한다 |\n')).toEqual(['장비', '장비 › 라우터란?']);
    expect(frontsOf('# 네트워크\n\n## 장비\n\n| Device | Description |\n| --- | --- |\n| 라우터 | 경로를 정한다 |\n')).toEqual(['장비', '장비 › 라우터란?']);
  });

  it('reads the header of a two-column table written without one as its first row', () => {
    // Markdown makes `| TCP | 연결형 |` the header: it is a pair like those below it, not a property `연결형`.
    const note = '# 네트워크\n\n## 전송 계층 프로토콜\n\n| TCP | 연결형 |\n| --- | --- |\n| UDP | 비연결형 |\n| SCTP | 다중 스트림 |\n';
    expect(cardsOf(note).map((card) => [card.front, card.back, card.line])).toEqual([
      ['전송 계층 프로토콜', '- TCP\n- UDP\n- SCTP', 3],
      ['전송 계층 프로토콜 › TCP란?', '연결형', 5],
      ['전송 계층 프로토콜 › UDP란?', '비연결형', 7],
      ['전송 계층 프로토콜 › SCTP란?', '다중 스트림', 8],
    ]);
    // Numbers, or a phrase describing the name, are values too.
    expect(frontsOf('# 네트워크\n\n## 기본 포트\n\n| SSH | 22 |\n| --- | --- |\n| HTTP | 80 |\n')).toEqual(['기본 포트', '기본 포트 › SSH란?', '기본 포트 › HTTP란?']);
    expect(frontsOf('# 운영체제\n\n## 실행 단위\n\n| 프로세스 | 실행 중인 프로그램 |\n| --- | --- |\n| 스레드 | 프로세스 안의 실행 흐름 |\n')).toEqual([
      '실행 단위',
      '실행 단위 › 프로세스란?',
      '실행 단위 › 스레드란?',
    ]);
    // A header naming its columns stays one: a kind the names share (`계층` over `물리 계층`), an aspect
    // (`특징`), a Korean word over names in capitals (`프로토콜` over `TCP`).
    expect(frontsOf('# 네트워크\n\n## 계층별 PDU\n\n| 계층 | PDU |\n| --- | --- |\n| 물리 계층 | BIT |\n| 전송 계층 | SEGMENT |\n')).toEqual([
      '계층별 PDU',
      '계층별 PDU › 물리 계층의 PDU는?',
      '계층별 PDU › 전송 계층의 PDU는?',
    ]);
    expect(frontsOf('# 네트워크\n\n## 전송 계층\n\n| 프로토콜 | 특징 |\n| --- | --- |\n| TCP | 연결형 |\n| UDP | 비연결형 |\n')).toEqual([
      '전송 계층',
      '전송 계층 › TCP의 특징은?',
      '전송 계층 › UDP의 특징은?',
    ]);
  });

  it('shows a Latin alias after ` ; ` in a row\'s name as a gloss, and keeps Korean words after it as written', () => {
    const note = '# 공학\n\n## 팀 구성\n\n| 형태 | 설명 |\n| --- | --- |\n| 중앙 집중형 ; star | 한 사람이 이끈다 |\n| 분산형 ; mesh | 모두가 같다 |\n\n## 조직 형태\n\n| 형태 | 장점 | 단점 |\n| --- | --- | --- |\n| 계층형 ; tree | 대규모에 맞다 | 느리다 |\n| 혼합형 ; 여러 팀 | 유연하다 | 복잡하다 |\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['팀 구성', '- 중앙 집중형 (star)\n- 분산형 (mesh)'],
      ['팀 구성 › 중앙 집중형 (star)이란?', '한 사람이 이끈다'],
      ['팀 구성 › 분산형 (mesh)이란?', '모두가 같다'],
      ['조직 형태', '| 형태 | 장점 | 단점 |\n| --- | --- | --- |\n| 계층형 ; tree | 대규모에 맞다 | 느리다 |\n| 혼합형 ; 여러 팀 | 유연하다 | 복잡하다 |'],
      ['조직 형태 › 계층형 (tree)이란?', '- **장점**: 대규모에 맞다\n- **단점**: 느리다'],
      ['조직 형태 › 혼합형 ; 여러 팀이란?', '- **장점**: 유연하다\n- **단점**: 복잡하다'],
    ]);
    // A name glossed already takes the alias into its gloss: one bracket, not `민주형(Democratic) (ring)`.
    expect(frontsOf(note.replace('| 분산형 ; mesh |', '| 민주형(Democratic) ; ring |'))).toContain('팀 구성 › 민주형(Democratic, ring)이란?');
  });

  it('makes a card per row of a wider table, the other cells under their headers; the table stays above', () => {
    const cards = cardsOf('# 스케줄링\n\n## 알고리즘\n\n| 종류 | 방식 | 선점 |\n|---|---|---|\n| FCFS | 도착 순서대로 처리한다 | 비선점 |\n| RR | 일정 시간씩 번갈아 처리한다 | 선점 |\n');
    expect(cards.map((card) => [card.front, card.back])).toEqual([
      ['알고리즘', '| 종류 | 방식 | 선점 |\n|---|---|---|\n| FCFS | 도착 순서대로 처리한다 | 비선점 |\n| RR | 일정 시간씩 번갈아 처리한다 | 선점 |'],
      ['알고리즘 › FCFS란?', '- **방식**: 도착 순서대로 처리한다\n- **선점**: 비선점'],
      ['알고리즘 › RR이란?', '- **방식**: 일정 시간씩 번갈아 처리한다\n- **선점**: 선점'],
    ]);
    expect(cards[1]!.kind).toBe('table-row');
  });

  it('makes a card per group of a table whose first column is blank on the rows that go on with the group above, and names the groups above', () => {
    const note =
      '# 품질\n\n## 품질 모델\n\n- 품질 표준 ; 여섯 가지 특성\n\n  - 암기법 ; **기신효**\n\n    | 특성 | 뜻 | 세부 특성 |\n    | --- | --- | --- |\n    | 기능성 | 요구한 기능을 준다 | 정확성 |\n    |  |  | 보안성 |\n    | 신뢰성 | 성능을 유지한다 | 성숙성 |\n    |  |  | 회복성 |\n    | 효율성 | 자원을 알맞게 쓴다 | 시간 효율성 |\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['품질 모델', '- 품질 표준'],
      ['품질 모델 › 품질 표준이란?', '여섯 가지 특성\n\n- 암기법 ; **기신효**\n\n- 기능성\n- 신뢰성\n- 효율성'],
      ['품질 표준 › 기능성이란?', '- **뜻**: 요구한 기능을 준다\n- **세부 특성**: 정확성, 보안성'],
      ['품질 표준 › 신뢰성이란?', '- **뜻**: 성능을 유지한다\n- **세부 특성**: 성숙성, 회복성'],
      ['품질 표준 › 효율성이란?', '- **뜻**: 자원을 알맞게 쓴다\n- **세부 특성**: 시간 효율성'],
    ]);
    // Several columns going on down a group's rows stay a table of those rows, without the blank first column;
    // a first header naming kinds asks for the groups as a `| 종류 |` column does.
    const marks =
      '# 설계\n\n## 모델\n\n| 모델의 종류 | 도표 | 분석 | 설계 |\n| --- | --- | --- | --- |\n| 정적 모델 | 클래스 | O | O |\n|  | 객체 | O |  |\n|  | 패키지 |  | O |\n| 동적 모델 | 상태 | O | O |\n';
    expect(cardsOf(marks).map((card) => [card.front, card.back])).toEqual([
      ['모델의 종류는?', '- 정적 모델\n- 동적 모델'],
      ['모델 › 정적 모델이란?', '| 도표 | 분석 | 설계 |\n| --- | --- | --- |\n| 클래스 | O | O |\n| 객체 | O |  |\n| 패키지 |  | O |'],
      ['모델 › 동적 모델이란?', '| 도표 | 분석 | 설계 |\n| --- | --- | --- |\n| 상태 | O | O |'],
    ]);
    // A last row that only notes something of the table (`※ n은 원소 수`) continues no group: the table is
    // read as any other, its note kept with it, not said as a sorting method's average.
    const noted =
      '# 알고리즘\n\n## 정렬\n\n| 방법 | 평균 | 최악 |\n| --- | --- | --- |\n| 병합 정렬 | O(n log n) | O(n log n) |\n|  | 안정 정렬 |  |\n| 퀵 정렬 | O(n log n) | O(n²) |\n|  | ※ n은 원소 수 |  |\n';
    const backs = cardsOf(noted).map((card) => card.back);
    expect(backs.join('\n')).toContain('※ n은 원소 수');
    expect(backs.some((back) => back.includes('O(n log n), ※'))).toBe(false);
  });

  it('makes one card of a term an item defines and a row of a table under the same title names, the row\'s cells under the item\'s text', () => {
    const note = '# 공학\n\n## 품질 관리\n\n- 품질 활동\n  - 확인(Validation) ; 요구를 채우는지 본다\n  - 검증(Verification) ; 명세대로 만들었는지 본다\n\n|              | 관점   | 대상   |\n| ------------ | ------ | ------ |\n| Validation   | 사용자 | 요구   |\n| Verification | 개발자 | 명세서 |\n| 감사         | 관리자 | 산출물 |\n';
    expect(cardsOf(note).slice(1).map((card) => [card.front, card.back])).toEqual([
      ['품질 활동 › 확인(Validation)이란?', '요구를 채우는지 본다\n\n- **관점**: 사용자\n- **대상**: 요구'],
      ['품질 활동 › 검증(Verification)이란?', '명세대로 만들었는지 본다\n\n- **관점**: 개발자\n- **대상**: 명세서'],
      // A row naming no item's term is a card of its own, as before.
      ['품질 활동 › 감사란?', '- **관점**: 관리자\n- **대상**: 산출물'],
    ]);
    expect(explainText(note).blocks.find((block) => block.line === 12)?.reason).toBe('names a term an item under the same title defines: its cells are on that card');
    // Under another title, the same name is another card: a section may say more of it.
    const apart = note.replace('\n|              |', '\n## 시험 관점\n\n|              |');
    expect(frontsOf(apart)).toContain('시험 관점 › Verification이란?');
  });

  it('makes one card of a question a note asks twice of one thing, and two where the things differ', () => {
    // A title above the second names the thing: the same question, one card, both backs on the first.
    const named = '# 품질\n\n## 품질 모델\n\n- 신뢰성 ; 기능을 계속 수행하는 정도\n- 효율성 ; 자원을 적게 쓰는 정도\n\n## 측정\n\n### 측정과 신뢰성\n\n- 신뢰성 ; 고장 없이 돌아가는 시간으로 잰다\n- 가용성 ; 쓸 수 있는 시간의 비율\n';
    expect(cardsOf(named).map((card) => [card.front, card.back])).toEqual([
      ['품질 모델', '- 신뢰성\n- 효율성'],
      ['품질 모델 › 신뢰성이란?', '기능을 계속 수행하는 정도\n\n고장 없이 돌아가는 시간으로 잰다'],
      ['품질 모델 › 효율성이란?', '자원을 적게 쓰는 정도'],
      ['측정과 신뢰성', '- 신뢰성\n- 가용성'],
      ['측정과 신뢰성 › 가용성이란?', '쓸 수 있는 시간의 비율'],
    ]);
    expect(explainText(named).blocks.find((block) => block.line === 12 && block.block === 'list item')?.reason).toBe('asks again what a card above asks of the same thing: its back is on that card');
    // So in numbered sections of one chapter, parts of a summary in order rather than things side by side.
    const numbered = '# 공학\n\n## 품질\n\n### 1. 품질 요인\n\n- 신뢰성 ; 기능을 계속 수행하는 정도\n- 효율성 ; 자원을 적게 쓰는 정도\n\n### 2. 측정과 신뢰성\n\n- 신뢰성 ; 고장 없이 돌아가는 시간으로 잰다\n- 가용성 ; 쓸 수 있는 시간의 비율\n';
    expect(frontsOf(numbered).filter((front) => front.endsWith('신뢰성이란?'))).toEqual(['품질 요인 › 신뢰성이란?']);
    // Backs saying much the same under titles that are no pair: one card; what the first says already is not said twice.
    const standards = '# 품질\n\n## 표준\n\n- ISO 9126 ; 제품 품질 모델\n\n- ISO 14598\n\n  - 품질 평가 방법과 절차 정의\n\n- ISO 25000\n\n  - 둘을 합친 것이다.\n  - ISO 14598 ; 품질 평가 방법과 절차\n';
    const joined = cardsOf(standards).filter((card) => card.front.endsWith('ISO 14598이란?'));
    expect(joined.map((card) => [card.front, card.back])).toEqual([['표준 › ISO 14598이란?', '- 품질 평가 방법과 절차 정의']]);
    // A name spaced otherwise (`ISO / IEC 7000`, `ISO/IEC 7000`) asked again within the first one's section is
    // the same question, however the answers differ: the later answer after the first's.
    const spaced = '# 품질\n\n## 표준\n\n- ISO / IEC 7000 ; 제품의 품질 특성을 정한 표준\n\n- ISO 8000\n\n  - 둘을 합친 것이다.\n  - ISO/IEC 7000 ; 품질 모델\n';
    expect(cardsOf(spaced).filter((card) => card.front.includes('7000')).map((card) => [card.front, card.back])).toEqual([['표준 › ISO / IEC 7000이란?', '제품의 품질 특성을 정한 표준\n\n품질 모델']]);
    // A line the first answer says already is not said twice.
    const twice = '# 품질\n\n## 표준\n\nQ. ISO / IEC 7000이란?\n\nA. 제품 품질 모델이다.\n\n특성 6가지\n\nQ. ISO/IEC 7000이란?\n\nA. 특성 6가지\n\n1991년 제정\n';
    expect(cardsOf(twice).map((card) => [card.front, card.back])).toEqual([['ISO / IEC 7000이란?', '제품 품질 모델이다.\n\n특성 6가지\n\n1991년 제정']]);
    // Korean spaced otherwise (`교착상태`, `교착 상태`) is the same question too.
    const korean = '# 운영체제\n\n## 교착 상태\n\n### 교착상태란?\n\n서로를 기다리며 멈춘 상태이다.\n\n### 교착 상태란?\n\n자원을 쥔 채 기다린다.\n';
    expect(cardsOf(korean).map((card) => [card.front, card.back])).toEqual([['교착상태란?', '서로를 기다리며 멈춘 상태이다.\n\n자원을 쥔 채 기다린다.']]);
    // The same question of parallel things (`TCP 헤더`, `UDP 헤더`), or of things the backs tell apart, stays two cards.
    const parallel = '# 망\n\n## 헤더\n\n### TCP 헤더\n\n- 체크섬 ; 오류를 찾는 값\n- 순서 번호 ; 보낸 바이트의 위치\n\n### UDP 헤더\n\n- 체크섬 ; 오류를 찾는 값\n- 길이 ; 데이터그램의 길이\n';
    expect(frontsOf(parallel)).toEqual(expect.arrayContaining(['TCP 헤더 › 체크섬이란?', 'UDP 헤더 › 체크섬이란?']));
    const different = '# DB\n\n## 트랜잭션의 특성\n\n- 원자성 ; 모두 되거나 하나도 안 된다\n- 일관성 ; 끝난 뒤에도 제약 조건을 지킨다\n\n## CAP 이론\n\n- 일관성 ; 어느 노드에서 읽어도 같은 값을 본다\n- 가용성 ; 늘 응답한다\n';
    expect(frontsOf(different)).toEqual(expect.arrayContaining(['트랜잭션의 특성 › 일관성이란?', 'CAP 이론 › 일관성이란?']));
    // A common word in two chapters is each chapter's thing, however alike the backs: ACID's 일관성 keeps its
    // own words (it once took CAP's, which said all it did and more), a UDP field is not TCP's.
    const alike = '# 저장소\n\n## 관계형\n\n### 트랜잭션 성질\n\n- 일관성 : 데이터가 늘 맞는 상태를 유지\n- 원자성 : 전부 되거나 전혀 안 된다\n\n## 분산형\n\n### CAP 정리\n\n- 일관성 : 모든 노드의 데이터가 늘 맞는 상태를 유지\n- 가용성 : 늘 응답한다\n';
    expect(cardsOf(alike).filter((card) => card.front.endsWith('일관성이란?')).map((card) => [card.front, card.back])).toEqual([
      ['트랜잭션 성질 › 일관성이란?', '데이터가 늘 맞는 상태를 유지'],
      ['CAP 정리 › 일관성이란?', '모든 노드의 데이터가 늘 맞는 상태를 유지'],
    ]);
    const chapters = '# 전송\n\n## 1. TCP\n\n### TCP 헤더 필드\n\n- Source Port : 보내는 쪽 포트 번호\n- Window : 받을 수 있는 양\n\n## 2. UDP\n\n### UDP 헤더 필드\n\n- Source Port : 보내는 쪽 포트 번호\n- Length : 데이터그램의 길이\n';
    expect(frontsOf(chapters)).toEqual(expect.arrayContaining(['TCP 헤더 필드 › Source Port란?', 'UDP 헤더 필드 › Source Port란?']));
    // Asked twice under one title, it is one thing however the answers differ: one card, whose id an edit
    // to either answer does not split off.
    const interview = '# 자바 면접\n\nQ. JVM이란?\n\nA. 바이트코드를 실행하는 가상 머신이다.\n\nQ. GC란?\n\nA. 안 쓰는 객체를 치운다.\n\nQ. JVM이란?\n\nA. 어느 운영체제에서나 같은 코드를 돌리게 해 준다.\n';
    expect(cardsOf(interview).map((card) => [card.front, card.back])).toEqual([
      ['JVM이란?', '바이트코드를 실행하는 가상 머신이다.\n\n어느 운영체제에서나 같은 코드를 돌리게 해 준다.'],
      ['GC란?', '안 쓰는 객체를 치운다.'],
    ]);
  });

  it('answers a title asking for an aspect over a wider table with the rows\' names, each row a card of its own', () => {
    // `팀 관리 방법은?` asks for the methods: their names, not the whole table every row's card says again.
    const table = '| 분류 | 정의 | 장점 | 단점 |\n| --- | --- | --- | --- |\n| 중앙 집중형 | 한 사람이 이끈다 | 결정이 빠르다 | 그 사람에 달렸다 |\n| 분산형 | 모두가 같다 | 소통이 많다 | 느리다 |\n';
    const cards = cardsOf(`# 공학\n\n## 조직 계획\n\n- 팀 관리 방법\n\n  ${table.replace(/\n(?=.)/g, '\n  ')}`);
    expect(cards.map((card) => [card.front, card.back])).toEqual([
      ['조직 계획 › 팀 관리 방법은?', '- 중앙 집중형\n- 분산형'],
      ['팀 관리 방법 › 중앙 집중형이란?', '- **정의**: 한 사람이 이끈다\n- **장점**: 결정이 빠르다\n- **단점**: 그 사람에 달렸다'],
      ['팀 관리 방법 › 분산형이란?', '- **정의**: 모두가 같다\n- **장점**: 소통이 많다\n- **단점**: 느리다'],
    ]);
    // A title naming the topic only keeps the whole table, as does one asking for all of it.
    expect(cardsOf(`# 공학\n\n## 팀 구성\n\n${table}`)[0]!.back).toBe(table.trim());
    expect(cardsOf(`# 공학\n\n## 중앙 집중형과 분산형의 차이\n\n${table}`)[0]!.back).toBe(table.trim());
  });

  it('asks each row of a table comparing columns (| 구분 | TCP | UDP |) of all of them, where the title names them', () => {
    const cards = cardsOf('# 덱\n\n## TCP와 UDP의 비교\n\n| 구분 | TCP | UDP |\n| --- | --- | --- |\n| 연결 방식 | 연결형 | 비연결형 |\n| 순서 보장 | ○ | × |\n');
    expect(cards.map((card) => [card.front, card.back])).toEqual([
      ['TCP와 UDP의 비교는?', '| 구분 | TCP | UDP |\n| --- | --- | --- |\n| 연결 방식 | 연결형 | 비연결형 |\n| 순서 보장 | ○ | × |'],
      // The question names TCP and UDP: the title naming them again is no context.
      ['TCP와 UDP의 연결 방식은?', '- **TCP**: 연결형\n- **UDP**: 비연결형'],
      ['TCP와 UDP의 순서 보장은?', '- **TCP**: ○\n- **UDP**: ×'],
    ]);
    // The title above the comparison is context where it places it, and where fronts would collide.
    expect(frontsOf('# 덱\n\n## 전송 계층\n\n### TCP와 UDP 비교\n\n| 구분 | TCP | UDP |\n| --- | --- | --- |\n| 연결 | 연결 지향 | 비연결 |\n')).toEqual(['전송 계층 › TCP와 UDP 비교', '전송 계층 › TCP와 UDP의 연결은?']);
    expect(frontsOf('# 덱\n\n## TCP와 UDP의 비교\n\n| 구분 | TCP | UDP |\n|---|---|---|\n| 연결 | 연결형 | 비연결형 |\n\n## TCP와 UDP 정리\n\n| 구분 | TCP | UDP |\n|---|---|---|\n| 연결 | 가상 회선 | 없음 |\n')).toEqual([
      'TCP와 UDP의 비교는?',
      'TCP와 UDP의 비교 › TCP와 UDP의 연결은?',
      'TCP와 UDP 정리',
      'TCP와 UDP 정리 › TCP와 UDP의 연결은?',
    ]);
    // Columns glossed in English (`오버로딩 overloading`) are asked by the names the title gives them.
    expect(cardsOf('# 덱\n\n## 오버로딩 vs 오버라이딩\n\n|  | 오버로딩 overloading | 오버라이딩 overriding |\n|---|---|---|\n| 의미 | 중복 정의 | 재정의 |\n').slice(1).map((card) => [card.front, card.back])).toEqual([
      ['오버로딩과 오버라이딩의 의미는?', '- **오버로딩 overloading**: 중복 정의\n- **오버라이딩 overriding**: 재정의'],
    ]);
    // Several English words, hyphens among them, or English in brackets: the Korean before them is the name.
    const binding = (first: string, second: string) =>
      frontsOf(`# 덱\n\n## 정적 바인딩 vs 동적 바인딩\n\n|  | ${first} | ${second} |\n|---|---|---|\n| 시점 | 컴파일 시간 | 실행 시간 |\n`).at(-1);
    expect(binding('정적 바인딩 Static - early binding', '동적 바인딩 late-binding')).toBe('정적 바인딩과 동적 바인딩의 시점은?');
    expect(binding('정적 바인딩  static binding', '동적 바인딩 (dynamic binding)')).toBe('정적 바인딩과 동적 바인딩의 시점은?');
    // A two-column table of terms keeps its cards, each asked with its title above as context.
    expect(frontsOf('# 덱\n\n## TCP와 UDP의 비교\n\n| 구분 | 설명 |\n|---|---|\n| TCP | 연결형 |\n| UDP | 비연결형 |\n')).toEqual(['TCP와 UDP의 비교는?', 'TCP와 UDP의 비교 › TCP란?', 'TCP와 UDP의 비교 › UDP란?']);
    // Rows that each name an aspect (`장점`, `용도`) are asked of the columns though no title names them.
    expect(frontsOf('# 덱\n\n## 전송 계층\n\n| 구분 | TCP | UDP |\n|---|---|---|\n| 장점 | 신뢰성 | 속도 |\n| 용도 | 웹 | 스트리밍 |\n')).toEqual([
      '전송 계층',
      '전송 계층 › TCP와 UDP의 장점은?',
      '전송 계층 › TCP와 UDP의 용도는?',
    ]);
    // Columns the title does not name may be properties: each row is shown by its name, asked nothing.
    expect(frontsOf('# 덱\n\n## S3 스토리지 클래스\n\n| 구분 | 가용성 | 최소 저장 기간 |\n|---|---|---|\n| S3 Standard-IA | 99.9% | 30일 |\n')).toEqual(['S3 스토리지 클래스', 'S3 스토리지 클래스 › S3 Standard-IA']);
    expect(frontsOf('# 덱\n\n## 전송 계층\n\n|  | TCP | UDP |\n|---|---|---|\n| 연결 | 연결형 | 비연결형 |\n')).toEqual(['전송 계층', '전송 계층 › 연결']);
    // Aspects as headers: the rows are the things (`구분` says nothing more).
    expect(frontsOf('# 덱\n\n## 모형\n\n| 구분 | 설명 | 장점 |\n|---|---|---|\n| 폭포수 | 단계별로 진행 | 가시성 |\n')).toContain('모형 › 폭포수란?');
  });

  it('keeps a wider table whose rows are not entries (numbers, a scale drawn with marks) in the explanation', () => {
    expect(cardsOf('# 덱\n\n## 결합도\n\n| 자료 | 스탬프 | 내용 |\n|---|---|---|\n| 약 | < | 강 |\n').map((card) => card.kind)).toEqual(['heading']);
    expect(cardsOf('# 덱\n\n## 표\n\n| 1 | 2 | 3 |\n|---|---|---|\n| 가 | 나 | 다 |\n').map((card) => card.kind)).toEqual(['heading']);
    expect(cardsOf('# 덱\n\n## 개발 단계\n\n| 단계 | 주요 활동 | 산출물 |\n|---|---|---|\n| 1단계 | 요구사항 분석 | 명세서 |\n| 2단계 | 설계 | 설계서 |\n').map((card) => card.kind)).toEqual(['heading']);
  });
});

describe('backs keep the Markdown structure', () => {
  it('keeps lists, code, emphasis, images and `Ex )` examples', () => {
    const note = '# 덱\n\n## 모델\n\n> IaaS\n\n**인프라**를 제공합니다.\n\n- 컴퓨팅\n  - EC2\n- 스토리지\n\n```bash\naws ec2 run-instances\n```\n\nEx ) AWS EC2\n\n![그림](./image/iaas.png)\n';
    expect(cardsOf(note)[0]!.back).toBe('**인프라**를 제공합니다.\n\n- 컴퓨팅\n  - EC2\n- 스토리지\n\n```bash\naws ec2 run-instances\n```\n\nEx ) AWS EC2\n\n![그림](./image/iaas.png)');
  });

  it('lists items kept as written and items made cards as one list, whatever their marker', () => {
    const field = (markdown: string) => markdownToFieldHtml(markdown, () => undefined).html;
    const bullets = cardsOf('# 덱\n\n## 정렬 방법\n\n* 비교 정렬\n  * 퀵 정렬 : 피벗을 기준으로 나눔\n  * 병합 정렬 : 반씩 나누어 합침\n* 계수 정렬\n* 기수 정렬\n');
    expect(bullets[0]!.back).toBe('- 비교 정렬\n- 계수 정렬\n- 기수 정렬');
    expect(field(bullets[0]!.back)).toBe('<ul><li>비교 정렬</li><li>계수 정렬</li><li>기수 정렬</li></ul>');
    const numbered = cardsOf('# 덱\n\n## 정렬 방법\n\n1) 비교 정렬\n   * 퀵 정렬 : 피벗을 기준으로 나눔\n   * 병합 정렬 : 반씩 나누어 합침\n2) 계수 정렬\n3) 기수 정렬은 자릿수별로 나누어\n   정수를 정렬한다.\n');
    expect(numbered[0]!.back).toBe('1. 비교 정렬\n2. 계수 정렬\n3. 기수 정렬은 자릿수별로 나누어\n   정수를 정렬한다.');
    expect(field(numbered[0]!.back)).toBe('<ol><li>비교 정렬</li><li>계수 정렬</li><li>기수 정렬은 자릿수별로 나누어<br>정수를 정렬한다.</li></ol>');
  });

  it('leaves out a bullet with nothing after it, but keeps a lone `-` inside a fenced block', () => {
    const cards = cardsOf('# 덱\n\n## 검사 도구\n\n- CASE\n- \n\n## 설정\n\n설정 파일이다.\n\n```yaml\nitems:\n  -\n```\n');
    expect(cards.map((card) => card.back)).toEqual(['- CASE', '설정 파일이다.\n\n```yaml\nitems:\n  -\n```']);
    // An item whose content starts on the line under its marker is no empty bullet: without the marker,
    // its text would read as part of the item above.
    const below = '- 지역성\n-\n  시간 지역성과 공간 지역성\n- \n  - LRU\n  - LFU';
    expect(cardsOf(`# 덱\n\n## 캐시\n\n${below}\n`).map((card) => card.back)).toEqual([below.replace('- \n', '-\n')]);
    // A fence line with an info string is code, not the fence's end: the lone `-` after it stays.
    const nested = '```md\n```js\n-\n```';
    expect(cardsOf(`# 덱\n\n## 예시\n\n마크다운 예시다.\n\n${nested}\n`).map((card) => card.back)).toEqual([`마크다운 예시다.\n\n${nested}`]);
  });

  it('strips front matter and HTML comments', () => {
    const cards = cardsOf('---\ntitle: 메모\n---\n\n# 덱\n\n## 비밀\n\n<!-- 나만 보는 메모 -->\n\n공개 설명입니다. <!-- 숨김 -->\n');
    expect(cards.map((card) => [card.front, card.back])).toEqual([['비밀', '공개 설명입니다.']]);
  });
});

describe('a section that sums up its topic', () => {
  it('asks for the summary of the topic above it, as a heading, a callout or a term', () => {
    const note = (label: string) => frontsOf(`# 데이터베이스\n\n## 인덱스\n\n빠르게 찾는 구조다.\n\n### ${label}\n\n찾기가 빠르다.\n`)[1];
    expect(note('정리')).toBe('인덱스를 정리하면?');
    expect(note('마무리')).toBe('인덱스를 정리하면?');
    expect(note('요약')).toBe('인덱스를 요약하면?');
    expect(note('결론')).toBe('인덱스의 결론은?');
    // A callout, a term; and a summary of a topic that is an aspect is all of it (`…의 종류를`).
    expect(frontsOf('# 데이터베이스\n\n## 캐시 서버\n\n메모리에 둔다.\n\n> 정리\n\n빠르다.\n\n> 결론\n\n쓰자.\n')).toEqual(['캐시 서버', '캐시 서버를 정리하면?', '캐시 서버의 결론은?']);
    expect(frontsOf('# 데이터베이스\n\n## 인덱스\n\n- 요약 : 찾기가 빠르다.\n- 장점 : 좋다.\n')).toEqual(['인덱스를 요약하면?', '인덱스의 장점은?']);
    expect(frontsOf('# 데이터베이스\n\n## 인덱스의 종류\n\n두 가지다.\n\n### 정리\n\n빠르다.\n\n#### 핵심\n\n좋다.\n')).toEqual(['인덱스의 종류는?', '인덱스의 종류를 정리하면?', '인덱스의 종류 정리 › 핵심']);
    // Under a title asking what a thing is, the thing is the topic.
    expect(frontsOf('# 데이터베이스\n\n## 인덱스란?\n\n빠르게 찾는 구조다.\n\n### 정리\n\n빠르다.\n')[1]).toBe('인덱스를 정리하면?');
  });

  it('keeps the label as written under a question about no one thing, under the note\'s title, or as a step, and a bold summary line in the text', () => {
    expect(frontsOf('# 데이터베이스\n\n## 인덱스와 해시의 차이는?\n\n다르다.\n\n### 정리\n\n빠르다.\n')[1]).toBe('인덱스와 해시의 차이는? › 정리');
    expect(frontsOf('# 데이터베이스\n\n## 정리\n\n찾기가 빠르다.\n')).toEqual(['정리']);
    expect(frontsOf('# 서버\n\n## 서버 설치 과정\n\n1. 정리\n   파일을 지운다.\n2. 설치\n   패키지를 받는다.\n')).toContain('서버 설치 과정 › 정리');
    expect(cardsOf('# 데이터베이스\n\n## 인덱스\n\n빠르게 찾는다.\n\n**정리**\n\n쓰자.\n\n**결론**\n\n꼭 쓰자.\n').map((card) => card.front)).toEqual(['인덱스']);
  });
});

describe('fronts', () => {
  it('adds context until fronts within a note are unique', () => {
    const fronts = frontsOf('# 덱\n\n## EC2\n\n> 요금 체계\n\n초 단위 과금.\n\n## S3\n\n> 요금 체계\n\n용량 과금.\n');
    expect(fronts).toEqual(['EC2 › 요금 체계', 'S3 › 요금 체계']);
    const deeper = frontsOf('# 덱\n\n## 가\n\n### 공통\n\n> 요금 체계\n\n하나.\n\n## 나\n\n### 공통\n\n> 요금 체계\n\n둘.\n');
    expect(deeper).toEqual(['가 › 공통 › 요금 체계', '나 › 공통 › 요금 체계']);
  });

  it('numbers fronts that context cannot tell apart rather than dropping a card', () => {
    expect(frontsOf('# 덱\n\n## 가\n\n> 요금 체계\n\n하나.\n\n> 요금 체계\n\n둘.\n')).toEqual(['가 › 요금 체계', '가 › 요금 체계 (2)']);
  });

  it('asks an aspect label about the concept above it', () => {
    expect(frontsOf('# 덱\n\n## REST\n\n> 장점\n\n단순하다.\n\n> 단점\n\n표준이 없다.\n')).toEqual(['REST의 장점은?', 'REST의 단점은?']);
  });

  it('asks a title that names an aspect with 은/는, and a named stage or method with 이란', () => {
    const note = '# 덱\n\n## REST\n\n- REST가 필요한 이유 : 클라이언트가 다양해졌다.\n- HTTPS의 장단점 : 안전하지만 느리다.\n- REST 특징 : 무상태.\n- 외부 단계 : 사용자가 보는 스키마.\n- 정의 기능 : 구조를 정한다.\n';
    expect(frontsOf(note)).toEqual(['REST', 'REST가 필요한 이유는?', 'REST › HTTPS의 장단점은?', 'REST 특징은?', 'REST › 외부 단계란?', 'REST › 정의 기능이란?']);
    // 방법 after a verb noun names the ways of doing it; after a name, one method.
    const methods = '# 공학\n\n## 계획\n\n- 일정 산정 방법\n  - 전문가 판단\n  - 과거 자료 비교\n- 델파이 방법\n  - 전문가 여럿이 합의할 때까지 묻는다\n';
    expect(cardsOf(methods).map((card) => [card.front, card.back])).toEqual([
      ['계획', '- 일정 산정 방법\n- 델파이 방법'],
      ['계획 › 일정 산정 방법은?', '- 전문가 판단\n- 과거 자료 비교'],
      ['계획 › 델파이 방법이란?', '- 전문가 여럿이 합의할 때까지 묻는다'],
    ]);
  });

  it('asks a heading, callout or bold sub-title that names an aspect as a list title naming one is', () => {
    const headings = '# 데이터베이스\n\n## DBMS 장점\n\n- 중복을 줄인다.\n\n## 보안\n\n### HTTPS의 장단점\n\n안전하지만 느리다.\n\n## REST\n\n잘 쓰인다.\n\n### REST가 필요한 이유\n\n클라이언트가 다양해졌다.\n';
    expect(frontsOf(headings)).toEqual(['DBMS 장점은?', '보안 › HTTPS의 장단점은?', 'REST', 'REST가 필요한 이유는?']);
    const callouts = '# 클라우드\n\n## 개요\n\n> 클라우드를 이용하는 이점\n\n서버를 사지 않아도 된다.\n\n> 민첩성 확보\n\n바로 시작한다.\n';
    expect(frontsOf(callouts)).toEqual(['개요 › 클라우드를 이용하는 이점은?', '개요 › 민첩성 확보']);
    const bold = '# 캐시\n\n## 메모리\n\n**캐시의 장점**\n\n빠르다.\n\n**캐시 교체**\n\n오래된 것을 뺀다.\n';
    expect(frontsOf(bold)).toEqual(['메모리 › 캐시의 장점은?', '메모리 › 캐시 교체']);
  });

  it('asks a title ending in 항목 or 목록 for its items, as one ending in 종류 is, not what it is', () => {
    const note = '# 웹\n\n## HTTP 헤더\n\n- 요청 헤더 (Request Header) 항목\n  - 요청 메시지에만 쓰인다.\n  - **Host**: 요청하는 호스트의 이름\n- 항목\n  - 이름과 값의 쌍이다.\n\n## 쿠키 속성 목록\n\n### Domain\n\n쿠키를 보낼 도메인.\n\n### Path\n\n쿠키를 보낼 경로.\n\n## 연결 리스트\n\n노드가 다음 노드를 가리킨다.\n';
    const cards = cardsOf(note);
    expect(cards.map((card) => card.front)).toEqual([
      'HTTP 헤더 › 요청 헤더 (Request Header) 항목은?',
      '요청 헤더 (Request Header) 항목 › Host란?',
      'HTTP 헤더의 항목은?',
      '쿠키 속성 목록은?',
      '쿠키 속성 목록 › Domain',
      '쿠키 속성 목록 › Path',
      '연결 리스트',
    ]);
    // A heading of nothing over its parts, asking for them, names them.
    expect(cards.find((card) => card.front === '쿠키 속성 목록은?')!.back).toBe('- Domain\n- Path');
  });

  it('keeps a sub-title as written where it names no aspect, already asks, is only the aspect word or is a step', () => {
    const kept = '# 클라우드\n\n## AWS 글로벌 인프라\n\n리전이 여럿이다.\n\n## 트랜잭션을 쓰는 이유는?\n\n일관성 때문이다.\n\n## 스레드\n\n실행 단위다.\n\n### 장점\n\n가볍다.\n\n## VPC 설정\n\n### 1. 서브넷 생성 과정\n\n서브넷을 만든다.\n';
    expect(frontsOf(kept)).toEqual(['AWS 글로벌 인프라', '트랜잭션을 쓰는 이유는?', '스레드', '스레드의 장점은?', 'VPC 설정 › 서브넷 생성 과정']);
  });

  it('makes no second card of a label asking again the aspect its heading asks for', () => {
    const note = '# 동기화\n\n## 뮤텍스와 세마포어의 차이\n\n* 뮤텍스\n    * 한 스레드만 들어간다.\n    * 잠근 스레드가 푼다.\n* 세마포어\n    * 여럿이 들어간다.\n    * 카운터로 센다.\n* 차이\n    1. 대상의 개수가 다르다.\n    2. 소유할 수 있는지가 다르다.\n';
    const cards = cardsOf(note);
    expect(cards.map((card) => card.front)).toEqual(['뮤텍스와 세마포어의 차이는?', '뮤텍스와 세마포어의 차이 › 뮤텍스란?', '뮤텍스와 세마포어의 차이 › 세마포어란?']);
    expect(cards[0]!.back).toContain('대상의 개수가 다르다.');
    // A label naming another aspect than its heading's keeps its card.
    expect(frontsOf('# 웹\n\n## HTTPS의 장단점\n\n- 장점\n    - 안전하다.\n    - 믿을 만하다.\n- 단점\n    - 느리다.\n    - 비싸다.\n')).toContain('HTTPS의 장점은?');
  });

  it('drops a part or chapter number, says a question as context by what it asks about, and does not repeat what the question names', () => {
    // `PART 01` and `제2장` are for the note's reader; `REST란` as context is `REST`.
    expect(frontsOf('# 소프트웨어공학\n\n## PART 01 소프트웨어공학의 개념\n\n> 위기\n\n비용이 늘었다.\n\n## 제2장 설계\n\n> 모듈화\n\n나눈다.\n\n## Chapter 3 – 프로세스\n\n> 모델\n\n폭포수.\n')).toEqual(['소프트웨어공학의 개념 › 위기', '설계 › 모듈화', '프로세스 › 모델']);
    expect(frontsOf('# 웹\n\n## 개념\n\n- CORS란\n  - Origin : 프로토콜, 호스트와 포트입니다.\n')).toEqual(['개념 › CORS란?', 'CORS › Origin이란?']);
    // `쿠키 사용 예는?` names 쿠키: the context above `쿠키(Cookie)란?` tells more.
    const cookies = '# 웹\n\n## 쿠키와 세션\n\n- 쿠키(Cookie)란?\n  - 개념\n    - 클라이언트에 저장되는 작은 파일이다.\n  - 쿠키 사용 예\n    - 장바구니\n';
    expect(frontsOf(cookies)).toEqual(['쿠키와 세션 › 쿠키(Cookie)란?', '쿠키와 세션 › 쿠키 사용 예는?']); // its 개념 is what the first asks
    // A `#` title that asks is a card, never a context.
    expect(frontsOf('# Cloud Computing?\n\n인터넷으로 빌려 쓰는 IT 자원이다.\n\n## 5 Essential Characteristics\n\n셀프 서비스와 탄력성.\n')).toEqual(['Cloud Computing?', '5 Essential Characteristics']);
    // The same question of two things, each `신뢰성이란?` under a `#### 신뢰성` of its own, is told apart by
    // the title above the one it names. (`#### 신뢰성`, whose back would only name its `- 신뢰성` again, is a
    // table of contents: no card.)
    const twice = '# 덱\n\n## 품질\n\n### 하드웨어\n\n부품의 품질.\n\n#### 신뢰성\n\n- 신뢰성 : 부품이 고장 없이 버티는 시간.\n\n### 소프트웨어\n\n코드의 품질.\n\n#### 신뢰성\n\n- 신뢰성 : 정해진 기간 동안 고장 없이 동작할 확률.\n';
    expect(frontsOf(twice)).toEqual(['품질 › 하드웨어', '하드웨어 › 신뢰성이란?', '품질 › 소프트웨어', '소프트웨어 › 신뢰성이란?']);
    // The same question of one thing under a title naming it is one card (see joinRepeatedQuestions).
    const again = '# 덱\n\n## 품질\n\n### 매트릭스 & 신뢰성\n\n- 신뢰성 : 고장 없이 동작하는 정도.\n\n#### 신뢰성\n\n- 신뢰성 : 정해진 기간 동안 고장 없이 동작할 확률.\n';
    expect(cardsOf(again).map((card) => [card.front, card.back])).toEqual([
      ['품질 › 매트릭스 & 신뢰성', '- 신뢰성'],
      ['매트릭스 & 신뢰성 › 신뢰성이란?', '고장 없이 동작하는 정도.\n\n정해진 기간 동안 고장 없이 동작할 확률.'],
    ]);
  });

  it('never shows a context that is the question again: a heading repeating the one above it, an item named as the one it is under', () => {
    // `## PART 3 캐시` over `### 1. 캐시`: the part's title, as context, would be the question twice.
    const headings = '# 컴퓨터 구조\n\n## PART 3 캐시\n\n### 1. 캐시\n\n자주 쓰는 데이터를 가까이 둔다.\n\n### 2. 지역성\n\n가까운 곳을 다시 쓴다.\n';
    expect(frontsOf(headings)).toEqual(['캐시', '캐시 › 지역성']);
    // `- 가용성` under `- 가용성 ; …` says more of it (its formula): on its back, not a card asking it again.
    const item = '# 품질\n\n## 측정\n\n도구로 잰다.\n\n- 가용성 ; 서비스를 쓸 수 있는 정도\n  - 평균 가동 시간\n    - 고장 없이 동작한 시간의 평균\n  - 가용성\n    - 가용성 = 가동 시간 / 전체 시간\n';
    expect(cardsOf(item).map((card) => [card.front, card.back])).toEqual([
      ['측정', '도구로 잰다.\n\n- 가용성'],
      ['측정 › 가용성이란?', '서비스를 쓸 수 있는 정도\n\n- 평균 가동 시간\n- 가용성\n  - 가용성 = 가동 시간 / 전체 시간'],
      ['가용성 › 평균 가동 시간이란?', '- 고장 없이 동작한 시간의 평균'],
    ]);
    // An item named otherwise is a card of its own, as before.
    expect(frontsOf(item.replace('  - 가용성\n', '  - 가용률\n'))).toContain('가용성 › 가용률이란?');
  });

  it('reads a name given another (`X = **Y**`) as a title, as its siblings are, but not a formula', () => {
    const note = '# 운영체제\n\n## 교착상태\n\n- 4가지 조건\n  1. 상호 배제(mutual exclusion)\n      * 한 번에 한 프로세스만 자원을 쓴다.\n  2. 들고 기다리기(hold and wait) = **점유대기**\n      * 자원을 쥐고 다른 자원을 기다린다.\n';
    expect(frontsOf(note)).toContain('4가지 조건 › 들고 기다리기(hold and wait) = 점유대기');
    expect(frontsOf('# 트랜잭션\n\n## 성질\n\n- 원자성(atomicity) = **All or Nothing**\n  - 모두 반영되거나 하나도 반영되지 않는다.\n- 일관성(consistency)\n  - 결과가 늘 일관된다.\n')).toContain('성질 › 원자성(atomicity) = All or Nothing');
    expect(frontsOf('# 물리\n\n## 법칙\n\n- F = ma\n  - 힘은 질량 곱하기 가속도이다.\n- 관성\n  - 그대로 있으려 한다.\n').some((front) => front.includes('F = ma'))).toBe(false); // a formula
    const formula = '# 성능\n\n## 지표\n\n- 응답 시간\n  - 요청부터 응답까지 걸린 시간이다.\n- 처리율 = 작업 수 / 시간\n  - 단위 시간에 끝낸 작업의 수이다.\n';
    expect(frontsOf(formula).some((front) => front.includes('처리율 ='))).toBe(false);
    // A one-letter name given a Korean one is a name, not a variable.
    expect(frontsOf('# 생물\n\n## 영양\n\n- 비타민 C = 아스코르브산\n  - 항산화 작용을 한다.\n- 플랜 B = 대안 계획\n  - 실패할 때 쓴다.\n')).toContain('영양 › 비타민 C = 아스코르브산');
    // A Korean name on the left does not make a formula a name: one-letter variables on either side.
    expect(frontsOf('# 물리\n\n## 법칙\n\n- 운동 제2법칙 F = ma\n  - 힘은 질량 곱하기 가속도이다.\n- 관성\n  - 그대로 있으려 한다.\n').some((front) => front.includes('= ma'))).toBe(false);
    expect(frontsOf('# 수학\n\n## 도형\n\n- 넓이 = 가로 x 세로\n  - 직사각형의 넓이이다.\n- 둘레\n  - 네 변의 합이다.\n').some((front) => front.includes('넓이 ='))).toBe(false);
  });

  it('reads numbered and Korean question labels (Q1., **Q.**, 문제 1., 질문 1:) with their answers, a `문제 1.` statement right over a list as a question the list answers, but not a section numbered 문제', () => {
    const note = '# 퀴즈\n\n## 오토 스케일링\n\n질문 1:\n인스턴스 크기를 키우는 것을 무엇이라 하나요?\n\n답 : 수직 스케일링\n\n**Q2.** 인스턴스 수를 늘리는 것은?\n\n**A2.** 수평 스케일링\n\n문제 3. ELB가 주는 것\n정답: 정적 DNS 이름\n\n## 안내\n\n**문제1. 응시자는 다음 지식을 가지고 있어야 합니다.**\n\n1. 컴퓨팅\n2. 네트워킹\n\n**문제2. 시험은 온라인으로 봅니다.**\n\n집에서 볼 수 있다.\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['인스턴스 크기를 키우는 것을 무엇이라 하나요?', '수직 스케일링'],
      ['인스턴스 수를 늘리는 것은?', '수평 스케일링'],
      ['ELB가 주는 것', '정적 DNS 이름'],
      // The list is the whole answer: what follows it is the section's again.
      ['안내', '**문제2. 시험은 온라인으로 봅니다.**\n\n집에서 볼 수 있다.'],
      ['응시자는 다음 지식을 가지고 있어야 합니다.', '1. 컴퓨팅\n2. 네트워킹'],
    ]);
    // A question the note does not answer is no card, and stays a line of its section: nothing is lost.
    const unanswered = '# 복습\n\n## 네트워크\n\nTCP는 연결 지향이다.\n\nQ1. TCP와 UDP의 차이는?\n\n## 운영체제\n\n1. Q1. 프로세스와 스레드의 차이는?\n2. Q2. 교착 상태의 조건은?\n';
    expect(cardsOf(unanswered).map((card) => [card.front, card.back])).toEqual([
      ['네트워크', 'TCP는 연결 지향이다.\n\nQ1. TCP와 UDP의 차이는?'],
      ['운영체제', '1. Q1. 프로세스와 스레드의 차이는?\n2. Q2. 교착 상태의 조건은?'],
    ]);
  });

  it('asks a question of a list of questions on its own card where the note answers it, the others lines of the section', () => {
    const note = [
      '# 운영체제',
      '',
      '## 면접 질문',
      '',
      '1. 프로세스와 스레드의 차이는 무엇인가요?',
      '',
      '2. 문맥 교환이 무엇인지 설명해보세요.',
      '',
      '   > 실행 중인 프로세스의 상태를 저장하고 다음 프로세스의 상태를 불러오는 일',
      '',
      '3. 교착 상태의 네 가지 조건을 말해보세요.',
      '',
    ].join('\n');
    expect(cardsOf(note).map((card) => [card.front, card.back, card.kind])).toEqual([
      ['면접 질문', '1. 프로세스와 스레드의 차이는 무엇인가요?\n3. 교착 상태의 네 가지 조건을 말해보세요.', 'heading'],
      ['문맥 교환이 무엇인지 설명해보세요.', '> 실행 중인 프로세스의 상태를 저장하고 다음 프로세스의 상태를 불러오는 일', 'qa'],
    ]);
    // Every question answered: a card each, and none left for the section, which said only them.
    expect(cardsOf('# 웹\n\n## 쿠키와 세션\n\n- 세션이란?\n  - 서버가 유지하는 상태\n- 쿠키란?\n  - 브라우저에 저장되는 데이터\n').map((card) => [card.front, card.back])).toEqual([
      ['세션이란?', '- 서버가 유지하는 상태'],
      ['쿠키란?', '- 브라우저에 저장되는 데이터'],
    ]);
    // Steps telling what to do (`…실행하세요.`) ask nothing: they stay the section's back, bullets and all.
    expect(frontsOf('# 설치\n\n## 순서\n\n1. 설치 파일을 내려받아 실행하세요.\n   - 관리자 권한이 필요하다.\n2. 설치가 끝나면 컴퓨터를 다시 시작하세요.\n')).toEqual(['순서']);
    // Beside an item that asks nothing, it is no list of questions: items with their bullets, in the section's back.
    expect(frontsOf('# 웹\n\n## 쿠키와 세션\n\n- 세션이란?\n  - 서버가 유지하는 상태\n- 쿠키\n  - 브라우저에 저장되는 데이터\n')).toEqual(['쿠키와 세션']);
  });

  it('makes no card of a definition label under a title asking what something is: the title\'s card says it', () => {
    const note = '# 웹\n\n## 쿠키와 세션\n\n- 세션(Session)이란?\n  - 사전적 의미: 서버가 유지하는 사용자 상태\n  - 특징\n    - 서버에 저장된다.\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      // Its other sections, each a card of its own, are left to their cards (see carded-parts.ts).
      ['쿠키와 세션 › 세션(Session)이란?', '- 사전적 의미: 서버가 유지하는 사용자 상태'],
      ['쿠키와 세션 › 세션(Session)의 특징은?', '- 서버에 저장된다.'],
    ]);
    // A callout's text is its own, not its heading's: it keeps its card.
    expect(frontsOf('# 웹\n\n## CORS란?\n\n> 정의\n\n다른 출처의 자원을 쓰게 하는 규칙이다.\n')).toEqual(['CORS의 정의는?']);
  });

  it('makes no card of a reason under a title asking why: the title\'s card answers with all of it', () => {
    const note = '# 클라우드\n\n## 왜 로드 밸런서를 쓸까?\n\n- 부하 분산\n  - 여러 서버에 요청을 나눈다\n  - 한 서버가 넘치지 않는다\n- 장애 대응\n  - 죽은 서버로는 보내지 않는다\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['왜 로드 밸런서를 쓸까?', '- 부하 분산\n  - 여러 서버에 요청을 나눈다\n  - 한 서버가 넘치지 않는다\n- 장애 대응\n  - 죽은 서버로는 보내지 않는다'],
    ]);
    expect(explainText(note).blocks.find((block) => block.line === 5 && block.block === 'list item')?.reason).toBe('a reason answering the title above, which asks why: its card says it');
    // In English, or asking for the reason by name; and what a reason holds (a term) is part of it too.
    expect(frontsOf('# 클라우드\n\n## Why use CDN?\n\n- 빠른 응답\n  - 가까운 곳에서 내려준다\n- 비용 절감\n  - 원본 서버의 짐을 던다\n  - 오리진 : 원본 서버\n')).toEqual(['Why use CDN?']);
    expect(frontsOf('# DB\n\n## 인덱스를 쓰는 이유는?\n\n- 빠른 검색\n  - 모든 행을 읽지 않는다\n- 정렬 생략\n  - 이미 정렬되어 있다\n')).toEqual(['인덱스를 쓰는 이유는?']);
    // One reason alone is the answer as several are: not a sub-title of its own.
    const oneReason = '# 클라우드\n\n## Why use CDN?\n\n- 빠른 응답\n  - 가까운 곳에서 내려준다\n  - 원본 서버까지 가지 않는다\n';
    expect(cardsOf(oneReason).map((card) => [card.front, card.back])).toEqual([['Why use CDN?', '- 빠른 응답\n  - 가까운 곳에서 내려준다\n  - 원본 서버까지 가지 않는다']]);
    expect(explainText(oneReason).blocks.find((block) => block.line === 5 && block.block === 'list item')?.reason).toBe('a reason answering the title above, which asks why: its card says it');
    // One aspect alone still asks (`단점`), and one item under a title asking what something is is its sub-title.
    expect(frontsOf('# 클라우드\n\n## 왜 로드 밸런서를 쓸까?\n\n- 단점\n  - 비용이 더 든다\n')).toEqual(['왜 로드 밸런서를 쓸까? › 단점']);
    expect(frontsOf('# 클라우드\n\n## CDN이란?\n\n- 빠른 응답\n  - 가까운 곳에서 내려준다\n')).toEqual(['CDN › 빠른 응답이란?']);
    // An aspect among them is no reason: still asked on its own card.
    expect(frontsOf('# 클라우드\n\n## 왜 로드 밸런서를 쓸까?\n\n- 부하 분산\n  - 여러 서버에 요청을 나눈다\n- 단점\n  - 비용이 더 든다\n')).toEqual(['왜 로드 밸런서를 쓸까?', '왜 로드 밸런서를 쓸까? › 단점']);
    // Under a question asking what something is, the parts named are still cards of their own.
    expect(frontsOf('# 자바\n\n## 접근 제어자란?\n\n- public\n  - 어디서나 쓸 수 있다\n- private\n  - 클래스 안에서만 쓸 수 있다\n')).toEqual(['접근 제어자란?', '접근 제어자 › public이란?', '접근 제어자 › private이란?']);
  });

  it('makes no card of a reason under a title naming the reasons or purposes without a question mark, as under one asking why', () => {
    const reasons = '- 부하 분산\n  - 요청을 나눈다\n- 장애 대응\n  - 죽은 서버로는 보내지 않는다\n';
    const back = '- 부하 분산\n  - 요청을 나눈다\n- 장애 대응\n  - 죽은 서버로는 보내지 않는다';
    const note = `# 클라우드\n\n## ELB를 사용하는 이유\n\n${reasons}`;
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([['ELB를 사용하는 이유는?', back]]);
    expect(explainText(note).blocks.find((block) => block.line === 5 && block.block === 'list item')?.reason).toBe('a reason answering the title above, which asks why: its card says it');
    // Under a topic, asked of it as its other aspects are (`ELB의 장점은?`); in English, with the mark it leaves off.
    const underTopic = (title: string) => cardsOf(`# 클라우드\n\n## ELB\n\nELB는 로드 밸런서다.\n\n### ${title}\n\n${reasons}`).map((card) => [card.front, card.back]);
    expect(underTopic('사용 이유')).toEqual([['ELB', 'ELB는 로드 밸런서다.'], ['ELB의 사용 이유는?', back]]);
    expect(underTopic('필요성')).toEqual([['ELB', 'ELB는 로드 밸런서다.'], ['ELB의 필요성은?', back]]);
    expect(underTopic('목적')).toEqual([['ELB', 'ELB는 로드 밸런서다.'], ['ELB의 목적은?', back]]);
    expect(underTopic('도입 배경')).toEqual([['ELB', 'ELB는 로드 밸런서다.'], ['ELB의 도입 배경은?', back]]);
    expect(cardsOf(`# 클라우드\n\n## Why ELB\n\n${reasons}`).map((card) => [card.front, card.back])).toEqual([['Why ELB?', back]]);
    // A callout line naming them over the list: its card, as a heading's.
    expect(cardsOf(`# 클라우드\n\n## ELB\n\nELB는 로드 밸런서다.\n\n> 사용하는 이유\n\n${reasons}`).map((card) => [card.front, card.back])).toEqual([
      ['ELB', 'ELB는 로드 밸런서다.'],
      ['ELB › 사용하는 이유는?', back],
    ]);
    // Labelled reasons (`- 가용성 : …`) answer together, asked why or not: the back says them whole. Under
    // a title naming purposes, defined terms are terms to learn as well, as under any topic.
    const labelled = '- 가용성 : 서버 하나가 죽어도 서비스가 된다\n- 확장성 : 서버를 늘리기 쉽다\n';
    expect(cardsOf(`# 클라우드\n\n## Why use ELB?\n\n${labelled}`).map((card) => [card.front, card.back])).toEqual([['Why use ELB?', labelled.trim()]]);
    expect(cardsOf(`# 클라우드\n\n## 왜 ELB를 쓸까\n\n${labelled}`).map((card) => card.front)).toEqual(['왜 ELB를 쓸까']);
    expect(cardsOf(`# 클라우드\n\n## ELB를 사용하는 이유\n\n${labelled}`).map((card) => [card.front, card.back])).toEqual([['ELB를 사용하는 이유는?', labelled.trim()]]);
    expect(frontsOf(`# 클라우드\n\n## ELB\n\nELB는 로드 밸런서다.\n\n### 도입 배경\n\n${labelled}`)).toEqual(['ELB', 'ELB의 도입 배경은?']);
    expect(frontsOf('# 보안\n\n## 정보보안의 목적\n\n- 기밀성 : 인가된 사람만 읽는다\n- 무결성 : 바뀌지 않는다\n')).toEqual([
      '정보보안의 목적은?',
      '정보보안의 목적 › 기밀성이란?',
      '정보보안의 목적 › 무결성이란?',
    ]);
    // Other aspects name parts that are cards of their own, and a bare background sets out terms to know first.
    expect(frontsOf(`# 클라우드\n\n## ELB\n\nELB는 로드 밸런서다.\n\n### 장점\n\n${reasons}`)).toEqual(['ELB', 'ELB의 장점은?', 'ELB의 장점 › 부하 분산이란?', 'ELB의 장점 › 장애 대응이란?']);
    expect(frontsOf('# 운영체제\n\n## 메모리 관리 배경\n\n- 단편화 : 쓰지 못하는 작은 틈\n- 압축 : 틈을 한쪽으로 모은다\n')).toEqual(['메모리 관리 배경', '메모리 관리 배경 › 단편화란?', '메모리 관리 배경 › 압축이란?']);
  });

  it('makes no tag level of a heading that asks', () => {
    const note = '# VPC\n\n## 보안 기능\n\n### SG와 NACL의 차이는?\n\nSG는 상태를 기억한다.\n\n> SG\n\n인스턴스 단위 방화벽이다.\n';
    expect(cardsOf(note).map((card) => [card.front, card.tags])).toEqual([
      ['SG와 NACL의 차이는?', ['보안_기능']],
      ['SG와 NACL의 차이는? › SG', ['보안_기능']],
    ]);
  });

  it('answers a title asking for a difference with what its parts say, not their names', () => {
    const note = '# 운영체제\n\n## 뮤텍스와 세마포어의 차이\n\n- 뮤텍스(Mutex)\n  - 한 스레드만 접근하게 한다.\n- 세마포어(Semaphore)\n  - 정해진 수만 동시에 접근한다.\n';
    const cards = cardsOf(note);
    expect(cards.map((card) => card.front)).toEqual(['뮤텍스와 세마포어의 차이는?', '뮤텍스와 세마포어의 차이 › 뮤텍스(Mutex)란?', '뮤텍스와 세마포어의 차이 › 세마포어(Semaphore)란?']);
    expect(cards[0]!.back).toContain('한 스레드만 접근하게 한다.');
    expect(cards[0]!.back).toContain('정해진 수만 동시에 접근한다.');
  });

  it('reads a bold line alone over its explanation as a sub-title, but not a bold lead-in or sentence', () => {
    const note = '# CLB\n\n## CLB 생성\n\n**보안 그룹 설정**\n\n80 포트를 연다.\n\n**상태 검사 구성**\n\n- index.html로 헬스체크한다.\n\n## 정리\n\n**참고**\n\n공식 문서를 본다.\n\n**이 부분은 시험에 자주 나온다.**\n\n꼭 외운다.\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['CLB 생성 › 보안 그룹 설정', '80 포트를 연다.'],
      ['CLB 생성 › 상태 검사 구성', '- index.html로 헬스체크한다.'],
      ['정리', '**참고**\n\n공식 문서를 본다.\n\n**이 부분은 시험에 자주 나온다.**\n\n꼭 외운다.'],
    ]);
    expect(cardsOf(note)[0]!.kind).toBe('bold-title');
    // One bold line alone is emphasis, a lead-in is no name, and under a question bold lines set out its answer.
    expect(frontsOf('# TCP\n\n## 연결\n\n처음 문장.\n\n**3-way handshake**\n\n연결을 맺는다.\n')).toEqual(['연결']);
    expect(frontsOf('# TCP\n\n## 연결\n\n**예를 들면**\n\n웹이다.\n\n**정리하자면**\n\n믿을 만하다.\n')).toEqual(['연결']);
    expect(cardsOf('# 웹\n\n## 토큰이란?\n\n**개념**\n\n서명된 문자열이다.\n\n**구조**\n\n세 부분이다.\n').map((card) => card.front)).toEqual(['토큰이란?']);
  });

  it('reads plain label lines in a row, each right over its list, as sub-titles that place their items', () => {
    const note = '# 자격증\n\n## 시험 범위\n\n영역 1. 네트워크 설계 (40%)\n\n- 서브넷 나누기\n    - 주소 범위를 정한다\n- 라우팅 구성\n    - 경로를 정한다\n\n영역 2. 보안 설계 (60%)\n\n- 접근 제어\n    - 권한을 나눈다\n';
    const cards = cardsOf(note);
    expect(cards.map((card) => card.front)).toEqual([
      '시험 범위 › 영역 1. 네트워크 설계 (40%)',
      '영역 1. 네트워크 설계 (40%) › 서브넷 나누기란?',
      '영역 1. 네트워크 설계 (40%) › 라우팅 구성이란?',
      '영역 2. 보안 설계 (60%) › 접근 제어란?',
    ]);
    expect(cards[0]).toMatchObject({ kind: 'bold-title', back: '- 서브넷 나누기\n- 라우팅 구성' });
    // One such line alone leads into its list, and lines over paragraphs are prose: both stay in the text.
    expect(frontsOf('# 자격증\n\n## 시험 범위\n\n다음 영역을 다룬다\n\n- 서브넷 나누기\n    - 주소 범위를 정한다\n- 라우팅 구성\n    - 경로를 정한다\n')).toEqual(['시험 범위', '시험 범위 › 서브넷 나누기란?', '시험 범위 › 라우팅 구성이란?']);
    expect(frontsOf('# 자격증\n\n## 시험 범위\n\n네트워크 설계\n\n서브넷을 나눈다.\n\n보안 설계\n\n권한을 나눈다.\n')).toEqual(['시험 범위']);
  });

  it('lists the sub-titles an announcement ending the parent\'s back leads into, after it', () => {
    // Plain label lines over their lists, announced by a numbered bold line after text of its own.
    const labels =
      '# 자격증\n\n## 시험 안내\n\n시험은 두 시간이다.\n\n**문제2. 출제 범위는 다음과 같습니다.**\n\n영역 1. 네트워크 설계 (40%)\n\n- 서브넷 나누기\n    - 주소 범위를 정한다\n- 라우팅 구성\n    - 경로를 정한다\n\n영역 2. 보안 설계 (60%)\n\n- 접근 제어\n    - 권한을 나눈다\n- 암호화\n    - 키를 관리한다\n';
    expect(cardsOf(labels)[0]).toMatchObject({
      front: '시험 안내',
      back: '시험은 두 시간이다.\n\n**문제2. 출제 범위는 다음과 같습니다.**\n\n- 영역 1. 네트워크 설계 (40%)\n- 영역 2. 보안 설계 (60%)',
    });
    expect(frontsOf(labels)).toContain('시험 안내 › 영역 2. 보안 설계 (60%)'); // each still a card of its own
    // Bold lines and callouts after a label ending in a colon, or after `다음과 같이 나뉜다`.
    const bold = '# 웹\n\n## 캐시\n\n자주 쓰는 데이터를 가까이 둔다.\n\n캐시의 위치:\n\n**브라우저 캐시**\n\n사용자 쪽에 둔다.\n\n**CDN 캐시**\n\n엣지 서버에 둔다.\n';
    expect(cardsOf(bold)[0]!.back).toBe('자주 쓰는 데이터를 가까이 둔다.\n\n캐시의 위치:\n\n- 브라우저 캐시\n- CDN 캐시');
    const callouts = '# 운영체제\n\n## 스케줄링\n\nCPU를 나눠 쓴다.\n크게 다음과 같이 나뉜다.\n\n> 선점형\n\n빼앗을 수 있다.\n\n> 비선점형\n\n빼앗을 수 없다.\n';
    expect(cardsOf(callouts)[0]!.back).toBe('CPU를 나눠 쓴다.\n크게 다음과 같이 나뉜다.\n\n- 선점형\n- 비선점형');
    // Sub-headings are sections of their own, which an announcement may not mean (the code it promises left out).
    const headings = '# 정렬\n\n## 예제\n\n버블 정렬을 구현했다.\n\n코드는 다음과 같습니다.\n\n### 실행 환경\n\n노드 20이다.\n\n### 회고\n\n느렸다.\n';
    expect(cardsOf(headings)[0]!.back).toBe('버블 정렬을 구현했다.\n\n코드는 다음과 같습니다.');
    // Without an announcement right before them, the parent keeps its own text only.
    const unannounced = '# 웹\n\n## 캐시\n\n자주 쓰는 데이터를 가까이 둔다.\n\n**브라우저 캐시**\n\n사용자 쪽에 둔다.\n\n**CDN 캐시**\n\n엣지 서버에 둔다.\n';
    expect(cardsOf(unannounced)[0]!.back).toBe('자주 쓰는 데이터를 가까이 둔다.');
    // Aspects (`장점`, `단점`) would show a bare word: the announcement stays as written.
    const aspects = '# DB\n\n## 뷰\n\n가상 테이블이다.\n\n특징은 다음과 같다.\n\n**장점**\n\n보안이 좋다.\n\n**단점**\n\n수정이 어렵다.\n';
    expect(cardsOf(aspects)[0]!.back).toBe('가상 테이블이다.\n\n특징은 다음과 같다.');
    // A count of kinds (`세 가지 종류가 있다`) says which sections it means: as many sub-headings as it counts.
    const counted =
      '# 운영체제\n\n## 메모리 할당\n\n빈 공간에 프로세스를 넣는다.\n\n이때 쓰는 방법에는 **세 가지 종류가** 있다.\n\n### 최초 적합\n\n처음 맞는 곳에 넣는다.\n\n### 최적 적합\n\n가장 딱 맞는 곳에 넣는다.\n\n### 최악 적합\n\n가장 큰 곳에 넣는다.\n';
    expect(cardsOf(counted).map((card) => [card.front, card.back])).toEqual([
      ['메모리 할당', '빈 공간에 프로세스를 넣는다.\n\n이때 쓰는 방법에는 **세 가지 종류가** 있다.\n\n- 최초 적합\n- 최적 적합\n- 최악 적합'],
      ['메모리 할당 › 최초 적합', '처음 맞는 곳에 넣는다.'],
      ['메모리 할당 › 최적 적합', '가장 딱 맞는 곳에 넣는다.'],
      ['메모리 할당 › 최악 적합', '가장 큰 곳에 넣는다.'],
    ]);
    // Another number than there are sub-headings: they may be sections of another kind.
    expect(cardsOf(counted.replace('세 가지', '두 가지'))[0]!.back).toBe('빈 공간에 프로세스를 넣는다.\n\n이때 쓰는 방법에는 **두 가지 종류가** 있다.');
    // A count of the title's own kinds (`메모리 할당에도 …`) answers what they are: the topic asks it.
    const ownKinds = counted.replace('이때 쓰는 방법에는', '메모리 할당에도 크게');
    expect(cardsOf(ownKinds).map((card) => card.front).slice(0, 2)).toEqual(['메모리 할당의 종류는?', '메모리 할당 › 최초 적합']);
  });

  it('asks an announcement set as a question (`문제2. …은 다음과 같습니다.`) over the sub-titles it announces, and keeps an outline of tasks whole on its sub-title\'s card', () => {
    const note =
      '# 자격증\n\n## 시험 안내서\n\n**문제1. 응시자는 다음 지식을 갖추어야 합니다.**\n\n1. 네트워크 실무 경험\n2. 보안 기본 지식\n\n**문제2. 출제 영역과 비율은 다음과 같습니다.**\n\n' +
      '영역 1. 안정적인 네트워크 설계 (40%)\n\n- 다중 가용 영역 네트워크 설계\n    - 요구 사항에 따라 적절한 서브넷 구성을 선택\n    - 장애 시 트래픽을 넘기는 방법을 결정\n' +
      '- 적절한 연결 옵션 선택\n    - 온프레미스와 연결하는 방식을 결정합니다.\n\n영역 2. 안전한 접근 설계 (60%)\n\n- 계정 보호 전략 설계\n    - 루트 계정을 보호하는 기술을 선택\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      // The question is on the front: the line it was is not said again on the back.
      ['시험 안내서 › 출제 영역과 비율은?', '- 영역 1. 안정적인 네트워크 설계 (40%)\n- 영역 2. 안전한 접근 설계 (60%)'],
      ['응시자는 다음 지식을 갖추어야 합니다.', '1. 네트워크 실무 경험\n2. 보안 기본 지식'],
      // Tasks over the tasks they are made of are what the exam covers, no card each.
      [
        '시험 안내서 › 영역 1. 안정적인 네트워크 설계 (40%)',
        '- 다중 가용 영역 네트워크 설계\n    - 요구 사항에 따라 적절한 서브넷 구성을 선택\n    - 장애 시 트래픽을 넘기는 방법을 결정\n- 적절한 연결 옵션 선택\n    - 온프레미스와 연결하는 방식을 결정합니다.',
      ],
      ['시험 안내서 › 영역 2. 안전한 접근 설계 (60%)', '- 계정 보호 전략 설계\n    - 루트 계정을 보호하는 기술을 선택'],
    ]);
    // An announcement with no such label, of no aspect, asks nothing: its sub-titles' names do not answer it.
    const unlabelled = '# 자격증\n\n## 시험 안내서\n\n출제 영역과 비율은 다음과 같습니다.\n\n영역 1. 네트워크 (40%)\n\n- 서브넷\n    - 주소 범위\n- 라우팅\n    - 경로\n\n영역 2. 보안 (60%)\n\n- 접근 제어\n    - 권한\n- 암호화\n    - 키\n';
    expect(frontsOf(unlabelled)[0]).toBe('시험 안내서 › 영역 1. 네트워크 (40%)');
  });

  it('reads a numbered line over a quote of terms as a sub-title whose terms they are', () => {
    const note = '# DB\n\n## 트랜잭션 관리\n\n1) DBMS의 구조\n\n> 입출력 단위 : 고정 길이의 page 단위로 읽고 쓴다.\n>\n> 저장 공간 : 비휘발성 저장 장치인 disk에 저장한다.\n\n2) Buffer Manager\n\n> Buffer Pool\n\n메모리에 둔 페이지들이다.\n';
    expect(frontsOf(note)).toEqual(['트랜잭션 관리 › DBMS의 구조는?', 'DBMS의 구조 › 입출력 단위란?', 'DBMS의 구조 › 저장 공간이란?', '트랜잭션 관리 › Buffer Pool']); // a callout title is no explanation
  });

  it('asks a Korean term labelling an English value as written, not "…이란?"', () => {
    const note = '# 네트워크\n\n## PDU\n\n각 계층의 데이터 단위이다.\n\n- 물리 계층: Bit\n- 데이터링크 계층: Frame\n- 전송 계층 : 세그먼트 단위로 나눈다.\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['PDU', expect.stringContaining('각 계층의 데이터 단위이다.')],
      ['PDU › 물리 계층', 'Bit'],
      ['PDU › 데이터링크 계층', 'Frame'],
      ['PDU › 전송 계층이란?', '세그먼트 단위로 나눈다.'],
    ]);
    // A term whose description only lists names is asked which they are, unless its title asks for them (a count).
    const listed = '# 언어\n\n## 프로그래밍 언어\n\n- 특수어\n  - 인공지능 ; LISP, PROLOG\n  - 객체지향 ; C++, JAVA, Smalltalk\n  - 5대 구성요소 ; Input, Process, Output\n';
    expect(frontsOf('# 망\n\n## 정책\n\n- TCP : 연결형, 신뢰성 높음\n- UDP : 비연결형, 빠름\n')).toEqual(['정책', '정책 › TCP란?', '정책 › UDP란?']); // properties, not names
    expect(frontsOf(listed)).toEqual(['프로그래밍 언어 › 특수어란?', '특수어 › 인공지능에 해당하는 것은?', '특수어 › 객체지향에 해당하는 것은?', '특수어 › 5대 구성요소는?']);
    // So is a title over a list of names that head nothing (`- 정보 공학`): an example, no definition. Names
    // said in the title already would be the answer on the front: it stays as written.
    const names = '# 분석\n\n## 요구 분석\n\n### 자료 중심 분석 기법\n\n- 정보 공학\n\n### 구조적 분석 도구\n\n- 자료 흐름도\n- 자료 사전\n\n### 선점 / 비선점 방식\n\n- 선점\n- 비선점\n';
    // A title naming a class of things (`…기법`, `…도구`) asks for its kinds (see namesAClass), where there are
    // two or more: one alone is a member.
    expect(frontsOf(names)).toEqual(['요구 분석 › 자료 중심 분석 기법에 해당하는 것은?', '요구 분석 › 구조적 분석 도구의 종류는?', '요구 분석 › 선점 / 비선점 방식']);
    // Names written as code are names, however many words each has; code in a sentence still defines.
    const coded = '# 운영체제\n\n## 스케줄러\n\n- 선점 방식 : `Timer Interrupt`, `I/O or Event Done`, `Exit`\n- 비선점 방식 : `I/O or Event Wait`, `Exit`\n';
    expect(cardsOf(coded).map((card) => [card.front, card.back])).toEqual([
      ['스케줄러', '- 선점 방식 : `Timer Interrupt`, `I/O or Event Done`, `Exit`\n- 비선점 방식 : `I/O or Event Wait`, `Exit`'],
      ['스케줄러 › 선점 방식에 해당하는 것은?', '`Timer Interrupt`, `I/O or Event Done`, `Exit`'],
      ['스케줄러 › 비선점 방식에 해당하는 것은?', '`I/O or Event Wait`, `Exit`'],
    ]);
    // Under a title naming the states or transitions its items hold, the names are each label's transitions,
    // not its members: labels, as written.
    expect(frontsOf(coded.replace('## 스케줄러', '## 상태 전이'))).toEqual(['상태 전이', '상태 전이 › 선점 방식', '상태 전이 › 비선점 방식']);
    expect(frontsOf(coded.replace('## 스케줄러', '## 프로세스 상태'))).toEqual(['프로세스 상태', '프로세스 상태 › 선점 방식', '프로세스 상태 › 비선점 방식']);
    // A title saying what is done is answered by what it weighs or how, no things of its kind: a label too.
    const done = '# 교착 상태\n\n## 회복\n\n- 종료 비용 최소화 ; 우선순위, 사용 시간, 남은 시간\n- 자원의 우선순위 할당 ; 희생자 선택, 롤백, 기아 방지\n- 회복 도구 ; 체크포인트, 로그\n';
    expect(frontsOf(done)).toEqual(['회복', '회복 › 종료 비용 최소화', '회복 › 자원의 우선순위 할당', '회복 도구의 종류는?']);
    // A system among the parts of the whole above it, which its words list so, names its own parts.
    const parts = '# DB\n\n## 데이터베이스 시스템\n\n> 사용자, 데이터베이스 관리 시스템, 컴퓨터로 구성\n\n### 데이터베이스 사용자\n\n- 관리자\n- 응용 프로그래머\n\n### 데이터베이스 관리 시스템\n\n- 질의 처리기\n- 저장 데이터 관리자\n';
    expect(frontsOf(parts)).toEqual(expect.arrayContaining(['데이터베이스 시스템 › 데이터베이스 사용자에 해당하는 것은?', '데이터베이스 시스템 › 데이터베이스 관리 시스템의 구성 요소는?']));
    expect(frontsOf(parts.replace('> 사용자, 데이터베이스 관리 시스템, 컴퓨터로 구성', '> 데이터를 모아 관리하는 체계'))).toContain('데이터베이스 시스템 › 데이터베이스 관리 시스템에 해당하는 것은?');
    expect(frontsOf('# 운영체제\n\n## 락\n\n- 스핀락 : `while` 루프로 기다리는 락\n- 뮤텍스 : `lock`, `unlock`으로 여닫는 락\n')).toEqual(['락', '락 › 스핀락이란?', '락 › 뮤텍스란?']);
    // An aspect is asked of its owner, whatever answers it.
    expect(frontsOf('# 네트워크\n\n## REST\n\n- 목적 : Stateless API\n- 장점 : Caching\n')).toEqual(['REST의 목적은?', 'REST의 장점은?']);
    // An English term spelled out is still asked what it is.
    expect(frontsOf('# 클라우드\n\n## 모델\n\n- IaaS : Infrastructure as a Service\n- PaaS : Platform as a Service\n')).toContain('모델 › IaaS란?');
  });

  it('asks a term or label of names alone which names they are, not what it is: `인수 시험의 종류는?`', () => {
    // A term asked "…이란?" beside terms defined, whose description only names things: kinds where each name
    // ends in a word of the title, members otherwise; a phrase that describes (`점진적인 결합`) still defines.
    const terms = '# 소프트웨어 공학\n\n## 소프트웨어 시험\n\n- 단위 시험 : 모듈 하나를 따로 검사하는 시험\n- 인수 시험 : 알파 시험, 베타 시험\n- 동적 모델 : 상태 다이어그램, 순서 다이어그램\n- 통합 시험 : 점진적인 결합, 인터페이스 검사\n';
    expect(frontsOf(terms)).toEqual([
      '소프트웨어 시험',
      '소프트웨어 시험 › 단위 시험이란?',
      '소프트웨어 시험 › 인수 시험의 종류는?',
      '소프트웨어 시험 › 동적 모델에 해당하는 것은?',
      '소프트웨어 시험 › 통합 시험이란?',
    ]);
    // A label alone over its members, each a card: its parts where the title is made of some of them.
    const whole = '# 네트워크\n\n## 구조\n\n- 클라이언트-서버 구조\n  - 클라이언트 : 요청을 보내는 쪽\n  - 서버 : 요청에 답하는 쪽\n  - 네트워크 : 둘을 잇는 통로\n';
    expect(cardsOf(whole).map((card) => [card.front, card.back])[0]).toEqual(['구조 › 클라이언트-서버 구조의 구성 요소는?', '- 클라이언트\n- 서버\n- 네트워크']);
    const kinds = '# 데이터베이스\n\n## 검색\n\n- 인덱스 구조\n  - 해시 인덱스 : 키를 해시해 찾는다\n  - 트리 인덱스 : 정렬된 트리로 찾는다\n';
    expect(frontsOf(kinds)[0]).toBe('검색 › 인덱스 구조의 종류는?');
    // Asked under a title of its own name, that title says nothing more.
    const repeated = '# 운영체제\n\n## 교착 상태 대책\n\n- 교착 상태 대책 ; 예방, 회피, 탐지\n- 기아 상태 : 오래 기다리는 상태\n';
    expect(frontsOf(repeated)).toEqual(['교착 상태 대책에 해당하는 것은?', '교착 상태 대책 › 기아 상태란?']);
    // Over its members' cards, a label is asked so only where they are plainly its kinds or parts: a whole
    // they are regions of (`프로세스` over `코드 영역`) stays asked what it is.
    expect(frontsOf('# 운영체제\n\n## 메모리\n\n- 프로세스\n  - 코드 영역 : 명령어가 있는 곳\n  - 힙 영역 : 동적으로 잡는 곳\n')[0]).toBe('메모리 › 프로세스란?');
    // A title naming a class of things (…도구, …분야, …요인, …뷰) over its members' cards asks for its kinds,
    // whatever they are called.
    const tools = '# 소프트웨어 공학\n\n## 유지보수\n\n- 자동화 도구\n  - 텍스트 편집기 : 글을 고친다\n  - 디버거 : 오류를 찾는다\n';
    expect(cardsOf(tools).map((card) => [card.front, card.back])[0]).toEqual(['유지보수 › 자동화 도구의 종류는?', '- 텍스트 편집기\n- 디버거']);
    expect(frontsOf(tools.replace('자동화 도구', '품질 분야'))[0]).toBe('유지보수 › 품질 분야의 종류는?');
    expect(frontsOf(tools.replace('자동화 도구', '4+1뷰(view)'))[0]).toBe('유지보수 › 4+1뷰(view)의 종류는?');
    // Not 뷰 inside a word (`코드 리뷰`, `인터뷰`), nor where the names are its aspects, no members of it.
    expect(frontsOf(tools.replace('자동화 도구', '코드 리뷰'))[0]).not.toBe('유지보수 › 코드 리뷰의 종류는?');
    const aspects = '# 알고리즘\n\n## 탐색\n\n- 이진 탐색 알고리즘\n  - 시간 복잡도 : 로그 시간에 찾는다\n  - 공간 복잡도 : 추가 공간이 거의 없다\n';
    expect(frontsOf(aspects)[0]).not.toBe('탐색 › 이진 탐색 알고리즘의 종류는?');
    expect(frontsOf(aspects.replace('시간 복잡도', '장점').replace('공간 복잡도', '단점'))[0]).not.toBe('탐색 › 이진 탐색 알고리즘의 종류는?');
  });

  it('asks a term still what it is where its names say what it does or describe it (`정규화 ; 중복 제거, 이상 현상 방지`)', () => {
    const note = '# 데이터베이스\n\n## 개념\n\n- 정규화 : 중복 제거, 이상 현상 방지\n- 로드 밸런서 : 트래픽 분산, 장애 감지\n- 캡슐화 : 데이터 묶음, 정보 은닉\n- 트랜잭션 : 논리적 작업 단위, 회복 단위\n- 입력 장치 : 키보드, 마우스\n- 비용 요소 : 관리적 요소, 기술적 요소\n- 조직 프로세스 : 프로세스 정의, 심사, 개선\n';
    expect(frontsOf(note).slice(1)).toEqual([
      '개념 › 정규화란?',
      '개념 › 로드 밸런서란?',
      '개념 › 캡슐화란?',
      '개념 › 트랜잭션이란?',
      // Things it covers: which they are.
      '개념 › 입력 장치에 해당하는 것은?',
      // Its kinds, however they are told apart; a process's doings are its members.
      '개념 › 비용 요소의 종류는?',
      '개념 › 조직 프로세스에 해당하는 것은?',
    ]);
  });

  it('leaves out of a back the names of its terms that a line of it already says all together (a formula)', () => {
    const formula = '# 비용\n\n## 추정\n\n- 노력 모형\n  - E = a + b S\n  - E ; 드는 노력\n  - a ; 고정 비용\n  - b ; 규모에 따른 비용\n  - S ; 프로그램의 크기\n';
    expect(cardsOf(formula).map((card) => [card.front, card.back]).slice(0, 2)).toEqual([
      ['추정 › 노력 모형이란?', '- E = a + b S'],
      ['노력 모형 › E란?', '드는 노력'],
    ]);
    // A name the line does not say keeps them all listed.
    expect(cardsOf(formula.replace('E = a + b S', 'E = a + b'))[0]!.back).toBe('- E = a + b\n- E\n- a\n- b\n- S');
  });

  it('asks each value under a term spelled out for that term: `물리 계층의 PDU는?`', () => {
    const note = '# 네트워크\n\n## 계층별 단위\n\n### PDU (Protocol Data Unit)\n\n각 계층의 데이터 단위이다.\n\n- 물리 계층: Bit\n- 데이터링크 계층: Frame\n- 전송 계층 : Segment\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['계층별 단위 › PDU (Protocol Data Unit)', expect.stringContaining('각 계층의 데이터 단위이다.')],
      ['계층별 단위 › 물리 계층의 PDU는?', 'Bit'],
      ['계층별 단위 › 데이터링크 계층의 PDU는?', 'Frame'],
      ['계층별 단위 › 전송 계층의 PDU는?', 'Segment'],
    ]);
    // The particle is the one the acronym takes as read (`TTL` 티티엘 → 은).
    expect(frontsOf('# 네트워크\n\n## TTL (Time To Live)\n\n- 리눅스 기본 : Sixty-four\n- 윈도우 기본 : One-twenty-eight\n')).toEqual(['TTL (Time To Live)', '리눅스 기본의 TTL은?', '윈도우 기본의 TTL은?']);
  });

  it('keeps values as written under a title that is no term spelled out, or beside an item that defines', () => {
    // `3세대` is a group the items are kinds of, a setting's keys are no one's, and `OSI 7계층` spells nothing out.
    expect(frontsOf('# 언어\n\n## 3세대\n\n- 구조적 언어 : PASCAL\n- 객체지향 언어 : Smalltalk\n')).toEqual(['3세대', '3세대 › 구조적 언어', '3세대 › 객체지향 언어']);
    expect(frontsOf('# DB\n\n## DB 연결 설정 (DB Connection)\n\n- host: localhost\n- port: 5432\n')).toEqual(['DB 연결 설정 (DB Connection)', 'DB 연결 설정 (DB Connection) › host', 'DB 연결 설정 (DB Connection) › port']);
    expect(frontsOf('# 네트워크\n\n## OSI (Open Systems Interconnection)\n\n- 물리 계층: Bit\n- 전송 계층 : 종단 간 전달을 맡는다\n')).toEqual([
      'OSI (Open Systems Interconnection)',
      'OSI (Open Systems Interconnection) › 물리 계층',
      'OSI (Open Systems Interconnection) › 전송 계층이란?',
    ]);
  });

  it('keeps a term over only a quantity as written: a number with its unit, a date or a range is no definition', () => {
    const note = '# 자격증\n\n## 시험 정보\n\n- 시험 시간 : 130분\n- 문항 수 : 65문항\n- 합격 점수 : 1000점 만점에 720점\n- 결과 발표 : 3~5일\n- SLA : 서비스 수준 협약\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['시험 정보', '- 시험 시간 : 130분\n- 문항 수 : 65문항\n- 합격 점수 : 1000점 만점에 720점\n- 결과 발표 : 3~5일\n- SLA'],
      ['시험 정보 › 시험 시간', '130분'],
      ['시험 정보 › 문항 수', '65문항'],
      ['시험 정보 › 합격 점수', '1000점 만점에 720점'],
      ['시험 정보 › 결과 발표', '3~5일'],
      ['시험 정보 › SLA란?', '서비스 수준 협약'],
    ]);
    expect(frontsOf('# 요금\n\n## 한도\n\n- 접수 기간 : 2024년 3월\n- 버킷 수 : 최대 5개\n- 가용성 : 99.99%\n- 용량 : 5 GB\n')).toEqual(['한도', '한도 › 접수 기간', '한도 › 버킷 수', '한도 › 가용성', '한도 › 용량']);
    // A number that begins a description naming something still defines it.
    expect(frontsOf('# 네트워크\n\n## 구성\n\n- 서브넷 : 2개의 가용 영역에 걸친 네트워크\n')).toContain('구성 › 서브넷이란?');
  });

  it('asks a term over a value naming what its number is for it: `Port Unreachable의 Code는?`', () => {
    const note = '# 네트워크\n\n## ICMP\n\n- Destination Unreachable ; 목적지에 닿지 못함\n  - Host Unreachable ; Code 1\n  - Port Unreachable ; Code 3\n- Secure Shell : TCP 22\n- 웹 서버 포트 : 443\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['ICMP', '- Destination Unreachable\n- Secure Shell : TCP 22\n- 웹 서버 포트 : 443'],
      ['ICMP › Destination Unreachable이란?', '목적지에 닿지 못함\n\n- Host Unreachable ; Code 1\n- Port Unreachable ; Code 3'],
      ['Destination Unreachable › Host Unreachable의 Code는?', 'Code 1'],
      ['Destination Unreachable › Port Unreachable의 Code는?', 'Code 3'],
      // A name before the number (`TCP 22`) is not what the number is, and a bare number names nothing: as written.
      ['ICMP › Secure Shell', 'TCP 22'],
      ['ICMP › 웹 서버 포트', '443'],
    ]);
  });

  it('asks for a number only by a word naming a field (`ID 7`, `Error 404`), never by a name before its version (`Java 8`)', () => {
    const versions = '# 자바 정리\n\n## 버전별 기능\n\n- 람다 표현식 ; Java 8\n- 화면 배율 ; Windows 10\n- 패턴 매칭 ; Python 3.10\n';
    expect(frontsOf(versions)).toEqual(['버전별 기능', '버전별 기능 › 람다 표현식', '버전별 기능 › 화면 배율', '버전별 기능 › 패턴 매칭']);
    const fields = '# 웹\n\n## 응답\n\n- Not Found ; Error 404\n- Admin User ; ID 7\n- Echo Request ; Type 8\n- Guest User ; No. 3\n';
    expect(frontsOf(fields)).toEqual(['응답', '응답 › Not Found의 Error는?', '응답 › Admin User의 ID는?', '응답 › Echo Request의 Type은?', '응답 › Guest User의 No는?']);
  });

  it('asks a level code (`Lv1`, `1단계`, `2세대`) with the scale it is a step of, placed by what the scale is of unless the scale names it', () => {
    const note =
      '# 소프트웨어 공학\n\n## 프로세스 평가\n\n- SPICE ; 프로세스 능력 평가 표준\n  - 수행 능력 - 여섯 단계로 평가\n    - Lv0 : 불완전 ; 결과물 없음\n    - Lv1 : 수행 ; 목적 달성\n' +
      '- CMMI\n  - 성숙도 단계\n    - 1단계 : 초기\n    - 2단계 : 관리\n\n## 언어\n\n- 프로그래밍 언어의 종류\n  - 1세대 ; 기계어\n  - 2세대 ; FORTRAN, COBOL\n';
    const cards = cardsOf(note);
    expect(cards.map((card) => card.front)).toEqual([
      '프로세스 평가',
      '프로세스 평가 › SPICE란?',
      'SPICE › 수행 능력이란?',
      // SPICE and CMMI both have levels: the scale and what it is of say whose.
      'SPICE › 수행 능력 Lv0은?',
      'SPICE › 수행 능력 Lv1은?',
      '프로세스 평가 › CMMI란?',
      'CMMI › 성숙도 단계란?',
      'CMMI › 성숙도 1단계는?',
      'CMMI › 성숙도 2단계는?',
      '언어 › 프로그래밍 언어의 종류는?',
      '프로그래밍 언어 1세대는?',
      '프로그래밍 언어 2세대는?',
    ]);
    // A bare code names nothing: the scale's back lists each level with what its line says.
    expect(cards[2]!.back).toBe('여섯 단계로 평가\n\n- Lv0 : 불완전 ; 결과물 없음\n- Lv1 : 수행 ; 목적 달성');
    expect(cards[3]!.back).toBe('불완전 ; 결과물 없음');
    // Right under the note's `#` title, a level is a topic of the note (`3세대`), kept as written.
    expect(frontsOf('# 언어\n\n## 3세대\n\n절차형 언어가 나왔다.\n')).toEqual(['3세대']);
  });

  it('asks the terms of one list alike: names listed beside a term asked "…이란?" are asked so too', () => {
    const note = '# 운영체제\n\n## 메모리 영역\n\n- Heap : 동적 할당 시 사용하는 영역\n- Stack : 지역 변수, 매개 변수, 리턴 값\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['메모리 영역', '- Heap\n- Stack'],
      ['메모리 영역 › Heap이란?', '동적 할당 시 사용하는 영역'],
      ['메모리 영역 › Stack이란?', '지역 변수, 매개 변수, 리턴 값'],
    ]);
    // A single value would not answer "…이란?": it stays as written among them.
    expect(frontsOf('# 클라우드\n\n## 인프라\n\n- 리전 : 데이터 센터가 모인 지리적 위치\n- 가용 영역 : AZ\n')).toEqual(['인프라', '인프라 › 리전이란?', '인프라 › 가용 영역']);
    // Siblings in another list are not its siblings.
    expect(frontsOf('# 운영체제\n\n## 메모리 영역\n\n- Heap : 동적 할당 시 사용하는 영역\n\n문장 하나.\n\n- Stack : 지역 변수, 매개 변수, 리턴 값\n')).toContain('메모리 영역 › Stack');
  });

  it('asks a label of nothing but its members, beside labels alike, which are its own: `…에 해당하는 것은?`', () => {
    const groups = '# 자료구조\n\n## 자료구조의 분류\n\n- 선형 구조\n  - 스택 : 나중에 넣은 것을 먼저 꺼내는 구조\n  - 큐 : 먼저 넣은 것을 먼저 꺼내는 구조\n- 비선형 구조\n  - 트리 : 계층을 이루는 구조\n  - 그래프 : 정점과 간선으로 이루어진 구조\n';
    expect(cardsOf(groups).map((card) => [card.front, card.back])).toEqual([
      ['자료구조의 분류는?', '- 선형 구조\n- 비선형 구조'],
      ['자료구조의 분류 › 선형 구조에 해당하는 것은?', '- 스택\n- 큐'],
      ['선형 구조 › 스택이란?', '나중에 넣은 것을 먼저 꺼내는 구조'],
      ['선형 구조 › 큐란?', '먼저 넣은 것을 먼저 꺼내는 구조'],
      ['자료구조의 분류 › 비선형 구조에 해당하는 것은?', '- 트리\n- 그래프'],
      ['비선형 구조 › 트리란?', '계층을 이루는 구조'],
      ['비선형 구조 › 그래프란?', '정점과 간선으로 이루어진 구조'],
    ]);
    // Members explained under their own lines are members too, and a name alone beside the labels is one of them.
    const scheduling = '# 운영체제\n\n## 스케줄링의 종류\n\n- 비선점\n  1. FCFS\n     - 도착한 순서대로 처리한다.\n  2. SJF\n     - 짧은 작업부터 처리한다.\n- 선점\n  1. Round Robin\n     - 정해진 시간만큼씩 돌아가며 처리한다.\n- 다단계 큐\n';
    expect(frontsOf(scheduling)).toEqual(['스케줄링의 종류는?', '스케줄링의 종류 › 비선점에 해당하는 것은?', '비선점 › FCFS란?', '비선점 › SJF란?', '스케줄링의 종류 › 선점에 해당하는 것은?', '선점 › Round Robin이란?']);
    // A label with words of its own is defined by them, and its siblings are then no labels alike.
    expect(frontsOf(groups.replace('- 선형 구조\n', '- 선형 구조\n  한 줄로 늘어선 구조이다.\n\n'))).toEqual(expect.arrayContaining(['자료구조의 분류 › 선형 구조란?', '자료구조의 분류 › 비선형 구조란?']));
    // Nor is a label over an aspect of its own (`특징`), nor one beside a term defined on its line.
    expect(frontsOf(groups.replace('  - 큐 : 먼저 넣은 것을 먼저 꺼내는 구조\n', '  - 특징 : 순서가 있다\n'))).toEqual(expect.arrayContaining(['자료구조의 분류 › 선형 구조란?', '자료구조의 분류 › 비선형 구조란?']));
    expect(frontsOf(`${groups}- 해시 : 키로 값을 찾는 구조\n`)).toEqual(expect.arrayContaining(['자료구조의 분류 › 선형 구조란?', '자료구조의 분류 › 비선형 구조란?']));
    // A label alone over its parts may name a whole of them (`컴퓨터` over `CPU`, `메모리`): asked what it is.
    expect(frontsOf('# 하드웨어\n\n## 구성\n\n- 컴퓨터\n  - CPU : 명령을 처리하는 장치\n  - 메모리 : 데이터를 담아 두는 장치\n')).toEqual(['구성 › 컴퓨터란?', '컴퓨터 › CPU란?', '컴퓨터 › 메모리란?']);
    expect(frontsOf(groups.replace(/- 비선형 구조\n(  - .*\n)+/u, ''))).toContain('자료구조의 분류 › 선형 구조란?');
  });

  it('asks labels for their members only where they plainly name categories: kinds above them, or kinds of what the title names', () => {
    // Wholes side by side over their parts (a process's regions, a thread's) are no categories: their parts are no members.
    const wholes = '# 운영체제\n\n## 프로세스와 스레드의 메모리\n\n- 프로세스\n  - 코드 영역 : 실행할 코드를 담는다\n  - 데이터 영역 : 전역 변수를 담는다\n- 스레드\n  - 스택 영역 : 지역 변수를 담는다\n  - 레지스터 : 실행 상태를 담는다\n';
    expect(frontsOf(wholes)).toEqual(expect.arrayContaining(['프로세스와 스레드의 메모리 › 프로세스란?', '프로세스와 스레드의 메모리 › 스레드란?']));
    expect(frontsOf(wholes).filter((front) => front.endsWith('해당하는 것은?'))).toEqual([]);
    const communication = '# 네트워크\n\n## 소켓 통신\n\n- 클라이언트\n  - connect : 서버에 연결을 요청한다\n  - send : 데이터를 보낸다\n- 서버\n  - bind : 주소를 묶는다\n  - accept : 연결을 받아들인다\n';
    expect(frontsOf(communication).filter((front) => front.endsWith('해당하는 것은?'))).toEqual([]);
    // Labels each a kind of what the title names (`…데이터 모델` under `데이터 모델`) are categories, and so are labels under factors.
    const models = '# 데이터베이스\n\n## 데이터 모델\n\n- 개념적 데이터 모델\n  - 개체-관계 모델 : 개체와 관계로 나타낸다\n- 논리적 데이터 모델\n  - 관계 데이터 모델 : 테이블로 나타낸다\n  - 계층 데이터 모델 : 트리로 나타낸다\n';
    expect(frontsOf(models)).toEqual(expect.arrayContaining(['데이터 모델 › 개념적 데이터 모델에 해당하는 것은?', '데이터 모델 › 논리적 데이터 모델에 해당하는 것은?']));
    const factors = '# 품질\n\n## 소프트웨어 품질요인\n\n- 운영\n  - 정확성 : 요구를 만족하는 정도\n  - 신뢰성 : 오류 없이 동작하는 정도\n- 개조\n  - 유연성 : 고치기 쉬운 정도\n  - 시험성 : 시험하기 쉬운 정도\n';
    expect(frontsOf(factors)).toEqual(expect.arrayContaining(['소프트웨어 품질요인 › 운영에 해당하는 것은?', '소프트웨어 품질요인 › 개조에 해당하는 것은?']));
  });

  it('asks an aspect\'s word between names of one list as a name, as its siblings are', () => {
    // `정의` is one of the stages here, not the definition of 발달 단계.
    const stages = '# 심리학\n\n## 발달\n\n- 발달 단계\n  - 탐색 ; 주변을 살핀다\n  - 모방 ; 따라 한다\n  - 정의 ; 스스로 규칙을 세운다\n  - 숙달 ; 익숙해진다\n';
    expect(frontsOf(stages)).toEqual(['발달 › 발달 단계란?', '발달 단계 › 탐색이란?', '발달 단계 › 모방이란?', '발달 단계 › 정의란?', '발달 단계 › 숙달이란?']);
    // First or last in its list, it is still an aspect of the title above.
    expect(frontsOf(stages.replace('  - 정의 ; 스스로 규칙을 세운다\n', '').replace('  - 탐색', '  - 정의 ; 성장의 순서\n  - 탐색'))).toContain('발달 단계의 정의는?');
    expect(frontsOf(stages.replace('  - 정의 ; 스스로 규칙을 세운다\n', '').concat('  - 특징 ; 순서대로 거친다\n'))).toContain('발달 단계의 특징은?');
    // Beside another aspect, both are the title's aspects, wherever they stand.
    expect(frontsOf(stages.replace('  - 모방 ;', '  - 특징 ;'))).toEqual(expect.arrayContaining(['발달 단계의 특징은?', '발달 단계의 정의는?']));
    // Under a title that asks for no parts, an aspect's word between terms is still its aspect.
    const topic = '# 네트워크\n\n## TCP\n\n- 3-way handshake : 연결을 맺는 절차\n- 특징 : 신뢰성을 보장한다\n- 흐름 제어 : 받는 쪽 속도에 맞춘다\n';
    expect(frontsOf(topic)).toEqual(['TCP', 'TCP › 3-way handshake란?', 'TCP의 특징은?', 'TCP › 흐름 제어란?']);
  });

  it('answers a title that asks without a question mark (`스레드(Thread) 란`) with what its parts say, as a question', () => {
    const note = '# 운영체제\n\n## 프로세스와 스레드\n\n- 스레드(Thread) 란\n  - 사전적 의미: 프로세스 안의 실행 흐름\n  - 스택만 따로 할당받는다.\n  - 특징\n    - 코드 영역을 공유한다.\n';
    const cards = cardsOf(note);
    const thread = cards.find((card) => card.front.endsWith('스레드(Thread)란?'))!;
    expect(thread.back).toBe('- 사전적 의미: 프로세스 안의 실행 흐름\n- 스택만 따로 할당받는다.');
    // Its section `특징` is a card of its own, which it asks what the thing is without.
    expect(cards.find((card) => card.front.endsWith('스레드(Thread)의 특징은?'))?.back).toBe('- 코드 영역을 공유한다.');
  });

  it('writes 이란 on its word when the note puts a space before it, with the particle the word takes', () => {
    const note = '# 운영체제\n\n## 용어\n\n- 프로세스(Process) 란\n  - 사전적 의미: 실행 중인 프로그램\n  - 자원을 할당받는 단위\n- 3-way handshake 이란\n  - 연결을 맺는 절차\n  - 세 번 주고받는다\n- 입력 란\n  - 값을 적는 칸\n  - 폼에 있다\n- 스레드란\n  - 실행 흐름\n  - 스택을 따로 가진다\n';
    // `입력 란` is a field (란 a noun, not the particle 입력 would take): asked what it is, as any noun is.
    expect(frontsOf(note)).toEqual(['용어', '용어 › 프로세스(Process)란?', '용어 › 3-way handshake란?', '용어 › 입력 란이란?', '용어 › 스레드란?']);
  });

  it('asks a title `X란` written on its word, with no space, mark or gloss, what X is, its aspects of X', () => {
    const note = (title: string) => `# 데이터베이스\n\n## 기본 개념\n\n- ${title}\n  - 특징\n    - 검색 속도를 높인다.\n  - 장점\n    - 조회가 빠르다.\n`;
    const spaced = frontsOf(note('인덱스 란'));
    expect(spaced).toEqual(['기본 개념 › 인덱스란?', '기본 개념 › 인덱스의 특징은?', '기본 개념 › 인덱스의 장점은?']);
    expect(frontsOf(note('인덱스란'))).toEqual(spaced);
    expect(frontsOf(note('교착 상태란'))).toEqual(['기본 개념 › 교착 상태란?', '기본 개념 › 교착 상태의 특징은?', '기본 개념 › 교착 상태의 장점은?']);
    // 란 after a final consonant, after one syllable, or of a word known to end in it is the word's own.
    expect(frontsOf(note('혼란'))).toEqual(['기본 개념 › 혼란의 특징은?', '기본 개념 › 혼란의 장점은?']);
    expect(frontsOf(note('계란'))).toEqual(['기본 개념 › 계란의 특징은?', '기본 개념 › 계란의 장점은?']);
    expect(frontsOf(note('커다란'))).toEqual(['기본 개념 › 커다란의 특징은?', '기본 개념 › 커다란의 장점은?']);
    expect(frontsOf(note('사프란'))).toEqual(['기본 개념 › 사프란의 특징은?', '기본 개념 › 사프란의 장점은?']);
    expect(frontsOf(note('동그란'))).toEqual(['기본 개념 › 동그란의 특징은?', '기본 개념 › 동그란의 장점은?']);
    // Such a word alone over what it is is asked what it is, not `혼란?`.
    const defined = (title: string) => frontsOf(`# 사회\n\n## 용어\n\n- ${title}\n  - 질서가 무너진 상태\n  - 오래 가지 않는다\n`);
    expect(defined('혼란')).toEqual(['용어 › 혼란이란?']);
    expect(defined('무질서란')).toEqual(['용어 › 무질서란?']);
  });

  it('asks a heading `X 이란 무엇인가?` as `X란?`/`X이란?`, the particle on its word', () => {
    const asked = (heading: string) => frontsOf(`# 배포\n\n## ${heading}\n\n차트로 앱을 설치하는 도구다.\n\n### 특징\n\n버전을 되돌릴 수 있다.\n`);
    expect(asked('Helm 이란 무엇인가?')).toEqual(['Helm이란?', 'Helm의 특징은?']);
    expect(asked('Helm 란 무엇인가요?')).toEqual(['Helm이란?', 'Helm의 특징은?']);
    expect(asked('쿠버네티스 이란?')[0]).toBe('쿠버네티스 이란?'); // 이란 not the particle 쿠버네티스 takes: not surely one
    expect(asked('쿠버네티스 란?')).toEqual(['쿠버네티스란?', '쿠버네티스의 특징은?']);
    expect(asked('차트(Chart) 란 무엇인가?')[0]).toBe('차트(Chart)란?');
    // Written on its word, the question stays as its author put it; a question about two things is no 이란.
    expect(asked('Helm이란 무엇인가?')[0]).toBe('Helm이란 무엇인가?');
    expect(asked('미국과 이란?')[0]).toBe('미국과 이란?');
  });

  it('asks a heading\'s 란 once: an item asking it again, the name spelled out, stays on the heading\'s back', () => {
    const note = (heading: string) => cardsOf(`# 네트워크\n\n## ${heading}\n\n- CORS(Cross Origin Resource Sharing)란\n  - 다른 출처의 자원 요청을 허용하는 방식\n- 배경\n  - 보안 때문에 막혀 있었다\n`);
    const asked = note('CORS란');
    expect(asked.map((card) => card.front)).toEqual(['CORS란?', 'CORS의 배경은?']);
    expect(asked[0]!.back).toContain('다른 출처의 자원 요청을 허용하는 방식');
    // A heading that only names it asks nothing: the item is the card that asks.
    expect(note('CORS').map((card) => card.front)).toEqual(['CORS(Cross Origin Resource Sharing)란?', 'CORS의 배경은?']);
  });

  it('asks a term spelled out once: an item under it naming it by its acronym is a line of its back', () => {
    const note = '# 네트워크\n\n## 프로토콜\n\n- ARP Address Resolution Protocol\n  - IP 주소로 MAC 주소를 찾는 프로토콜\n  - ARP ; 브로드캐스트로 묻고 유니캐스트로 답한다\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['프로토콜 › ARP Address Resolution Protocol이란?', '- IP 주소로 MAC 주소를 찾는 프로토콜\n- ARP ; 브로드캐스트로 묻고 유니캐스트로 답한다'],
    ]);
    // Words after a name that do not spell it out (`ARP 테이블`) name another thing: its own card.
    expect(frontsOf(note.replace('ARP Address Resolution Protocol', 'ARP 캐시'))).toContain('ARP 캐시 › ARP란?');
  });

  it('leaves out a line to a blog\'s readers, which is nothing to learn', () => {
    const post = '# Deadlock\n\n궁금한 점이나 오류는 댓글로 달아주시면, 답변 혹은 수정하겠습니다!\n\n## 조건\n\n> 상호 배제\n\n한 번에 한 프로세스만 쓴다.\n';
    expect(cardsOf(post).map((card) => card.back)).toEqual(['한 번에 한 프로세스만 쓴다.']);
    expect(cardsOf('# 덱\n\n## 댓글\n\n> 댓글 기능\n\n게시글에 댓글을 달 수 있다.\n').map((card) => card.back)).toEqual(['게시글에 댓글을 달 수 있다.']); // about comments, not to readers
    // Nor a line about a link the card does not keep, nor the author's mark of the note's end.
    const ends = '# OS\n\n## 캐시\n\n자주 쓰는 데이터를 둔다.\n\n_설명이 어려워 그림이 있는 링크를 첨부합니다._\n\n## 매핑\n\n세 가지 방식이 있다.\n\n_OS.end_\n';
    expect(cardsOf(ends).map((card) => card.back)).toEqual(['자주 쓰는 데이터를 둔다.', '세 가지 방식이 있다.']);
    expect(cardsOf('# 소설\n\n## 결말\n\n주인공은 떠난다.\n\n**끝**\n').map((card) => card.back)).toEqual(['주인공은 떠난다.']);
    expect(cardsOf('# 덱\n\n## 반복문\n\n조건이 거짓이면 끝난다.\n\n_while 문의 end_\n').map((card) => card.back)).toEqual(['조건이 거짓이면 끝난다.\n\n_while 문의 end_']);
  });

  it('asks English names with the particle they take read aloud', () => {
    const note = '# 개발\n\n## 용어\n\n- S3 : 객체 저장소\n- C++ : 객체지향 언어\n- GitHub : 코드 호스팅\n- O(n) : 선형 시간\n- 세션(Session) : 서버 쪽 상태\n';
    expect(frontsOf(note)).toEqual(['용어', '용어 › S3란?', '용어 › C++이란?', '용어 › GitHub란?', '용어 › O(n)이란?', '용어 › 세션(Session)이란?']);
  });

  it('keeps a title that ends as a predicate or a task as written, without 이란', () => {
    const note = '# OS\n\n## 특징\n\n- 상태정보 유지 안 함(Stateless)\n  - 연결이 끝나면 상태를 잊는다\n- Thread-safe하게 구현하기\n  - 임계 영역을 동기화한다\n- 디스패처 필요\n  - 처리할 곳을 정한다\n- 더하기\n  - 두 수를 합한다\n- 스레드 풀 만들기\n  - 스레드를 미리 띄워 둔다\n';
    expect(frontsOf(note)).toEqual(['특징', '특징 › 상태정보 유지 안 함(Stateless)', '특징 › Thread-safe하게 구현하기', '특징 › 디스패처 필요', '특징 › 더하기란?', '특징 › 스레드 풀 만들기']);
  });

  it('keeps a step written as a statement over what it does in its answer, not as a card of its own', () => {
    const note = '# 덱\n\n## Java 컴파일 과정\n\n1. 컴파일러가 변환: 소스코드 -> 바이트코드\n2. JVM이 변환: 바이트코드 -> 기계어\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([['Java 컴파일 과정은?', '1. 컴파일러가 변환: 소스코드 -> 바이트코드\n2. JVM이 변환: 바이트코드 -> 기계어']]);
    // So is a predicate over what it means (`디스패처 필요 - …`); a name over its description is still a term.
    const predicate = '# OS\n\n## 트랜잭션 처리\n\n- 디스패처 필요 - 처리할 곳을 정한다\n- 디스패처 : 요청을 나누는 모듈\n';
    expect(cardsOf(predicate).map((card) => [card.front, card.back])).toEqual([
      ['트랜잭션 처리', '- 디스패처 필요 - 처리할 곳을 정한다\n- 디스패처'],
      ['트랜잭션 처리 › 디스패처란?', '요청을 나누는 모듈'],
    ]);
  });

  it('keeps a clause said of a title in its explanation, with the aspects under it, not as a sub-title', () => {
    const note = '# 공학\n\n## 견적 방법\n\n- 고객 면담\n  - 숙련된 3명 이상의 담당자에게 질문\n    - 장점 : 빠름, 쉬움\n    - 단점 : 주관적\n- 표준 모형\n  - 통계로 만든 공식\n  - 수식 기반 기법이지만 경험적 모형\n    - 소형 : 1만 줄 이하\n    - 대형 : 10만 줄 이상\n';
    const cards = cardsOf(note);
    expect(cards.map((card) => card.front)).toEqual(['견적 방법은?', '견적 방법 › 고객 면담이란?', '견적 방법 › 표준 모형이란?']);
    expect(cards[1]!.back).toBe('- 숙련된 3명 이상의 담당자에게 질문\n  - 장점 : 빠름, 쉬움\n  - 단점 : 주관적');
    // A name over its aspects, and a statement with its subject over what it holds, are still sub-titles.
    const named = '# 공학\n\n## 견적 방법\n\n- 고객 면담\n  - 담당자 면담\n    - 장점 : 빠름\n- HTTP 동작\n  - 클라이언트가 서버에게 요청\n    - 헤더 : 요청의 메타 정보\n';
    expect(frontsOf(named)).toContain('고객 면담 › 담당자 면담의 장점은?');
    expect(frontsOf(named)).toContain('클라이언트가 서버에게 요청 › 헤더란?');
  });

  it('keeps a clause over tables in the explanation of the title above, and gives it the tables', () => {
    const note = '# 관리\n\n## 비용 산정\n\n- COCOMO\n\n  - 보헴이 만든 규모 기반 모델\n\n  - 수학적 기법이지만 비정형 모델\n\n    | 유형 | 설명 |\n    | --- | --- |\n    | 조직형 | 5만 라인 이하 |\n    | 내장형 | 30만 라인 이상 |\n\n    | 모델 | 설명 |\n    | --- | --- |\n    | 기본형 | 라인 수로만 계산 |\n    | 중간형 | 요인을 곱한다 |\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['비용 산정 › COCOMO란?', '- 보헴이 만든 규모 기반 모델\n- 수학적 기법이지만 비정형 모델\n\n- 기본형\n- 중간형'],
      ['COCOMO › 조직형이란?', '5만 라인 이하'],
      ['COCOMO › 내장형이란?', '30만 라인 이상'],
      ['비용 산정 › COCOMO의 유형은?', '- 조직형\n- 내장형'],
      ['COCOMO › 기본형이란?', '라인 수로만 계산'],
      ['COCOMO › 중간형이란?', '요인을 곱한다'],
    ]);
    // A name over a table is still a sub-title: its rows are asked in its context, which names its owner
    // where it is a generic label of parts (`개발 유형`, whose types are COCOMO's).
    expect(frontsOf(note.replace('수학적 기법이지만 비정형 모델', '개발 유형'))).toContain('COCOMO › 개발 유형 › 조직형이란?');
  });

  it('asks for the rows of a table whose first header names their classification (`…에 따른 분류`), as `| 유형 |` is', () => {
    const note = (corner: string) =>
      `# 관리\n\n## 비용 산정\n\n- COCOMO\n\n  - 보헴이 만든 규모 기반 모델\n\n  - 수학적 기법이지만 비정형 모델\n\n    | ${corner} | 설명 |\n    | --- | --- |\n    | 기본형 | 라인 수로만 계산 |\n    | 중간형 | 요인을 곱한다 |\n`;
    expect(cardsOf(note('계산 정도에 따른 분류')).map((card) => [card.front, card.back])).toEqual([
      ['비용 산정 › COCOMO란?', '- 보헴이 만든 규모 기반 모델\n- 수학적 기법이지만 비정형 모델'],
      ['COCOMO › 기본형이란?', '라인 수로만 계산'],
      ['COCOMO › 중간형이란?', '요인을 곱한다'],
      ['COCOMO › 계산 정도에 따른 분류는?', '- 기본형\n- 중간형'],
    ]);
    expect(frontsOf(note('모델의 종류'))).toContain('COCOMO › 모델의 종류는?');
    // A header naming no classification leaves the rows' names on the card above, as before.
    expect(cardsOf(note('모델')).map((card) => card.back)[0]).toBe('- 보헴이 만든 규모 기반 모델\n- 수학적 기법이지만 비정형 모델\n\n- 기본형\n- 중간형');
  });

  it('keeps the numbered steps of a procedure as written, and a verb noun after its object, without 이란', () => {
    const steps = '# 클라우드\n\n## VPC 생성\n\n1. 리전 선택\n   - 가까운 리전을 고른다.\n2. 서브넷 추가\n   - 가용 영역마다 하나씩 둔다.\n3. 생성\n   - 만들기 단추를 누른다.\n';
    expect(frontsOf(steps)).toEqual(['VPC 생성', 'VPC 생성 › 리전 선택', 'VPC 생성 › 서브넷 추가', 'VPC 생성 › 생성']);
    expect(frontsOf(steps.replace('## VPC 생성', '## VPC 설정 방법'))).toContain('VPC 설정 방법 › 리전 선택');
    expect(frontsOf(steps.replace('## VPC 생성', '## VPC 만들기'))).toContain('VPC 만들기 › 리전 선택');
    expect(frontsOf(steps.replace('## VPC 생성', '## 요청 처리 과정'))).toContain('요청 처리 과정 › 생성');
    // Steps after a sub-title of the procedure's section are its steps too; `데이터 전송` is one, as `서브넷 추가` is,
    // placed by the procedure, not by that sub-title.
    const afterSubTitle = '# 보안\n\n## TLS 연결 과정\n\n* 두 방식을 섞은 하이브리드 방식\n  * 키는 공개키로 나누고 데이터는 대칭키로 암호화한다\n1. **서로 인사하며 쓸 암호화 방식을 정한다**\n2. **데이터 전송**\n    * 세션 키를 쓰는 대칭키 암호화로 송수신\n3. **세션 키 폐기**\n';
    expect(frontsOf(afterSubTitle)).toContain('TLS 연결 과정 › 데이터 전송');
    expect(frontsOf(afterSubTitle.replace('## TLS 연결 과정', '## TLS'))).toContain('두 방식을 섞은 하이브리드 방식 › 데이터 전송이란?');
    expect(frontsOf(afterSubTitle.replace(/\* 두 방식.*\n.*\n/u, ''))).toEqual(['TLS 연결 과정은?', 'TLS 연결 과정 › 데이터 전송']);
    // A step of a process answered by a name alone asks nothing: the name goes under its line on the process's card.
    const process = '# 웹\n\n## 요청 처리 과정\n\n1. **브라우저가 주소를 해석**\n2. **브라우저와 서버 사이 연결 수립**\n    * 3-way handshake\n3. **서버의 응답**\n    * 상태 코드와 본문을 담아 돌려준다\n';
    expect(cardsOf(process).map((card) => [card.front, card.back])).toEqual([
      ['요청 처리 과정은?', '1. **브라우저가 주소를 해석**\n2. 브라우저와 서버 사이 연결 수립\n   * 3-way handshake\n3. 서버의 응답'],
      ['요청 처리 과정 › 서버의 응답', '* 상태 코드와 본문을 담아 돌려준다'],
    ]);
    expect(explainText(process).blocks.find((block) => block.line === 6)?.reason).toMatch(/^a step answered by a name or two/);
    // So is a step that is a heading of its own under the process's heading: never asked which things it is.
    const headings = '# 인증\n\n## 토큰 발급 과정\n\n1. 로그인 요청\n2. 권한 동의\n3. 토큰 교환\n\n### 권한 동의\n\n- 스코프\n\n### 토큰 교환\n\n- 액세스 토큰\n- 리프레시 토큰\n';
    expect(cardsOf(headings).map((card) => [card.front, card.back])).toEqual([
      ['토큰 발급 과정은?', '1. 로그인 요청\n2. 권한 동의\n   - 스코프\n3. 토큰 교환\n   - 액세스 토큰\n   - 리프레시 토큰'],
    ]);
    // Numbered items under a title that names no procedure are names, asked as before …
    const kinds = '# 운영체제\n\n## 동기화 방법\n\n1. 뮤텍스\n   - 한 번에 하나만 들어간다.\n2. 세마포어\n   - 정해진 수만큼 들어간다.\n';
    expect(frontsOf(kinds)).toEqual(['동기화 방법은?', '동기화 방법 › 뮤텍스란?', '동기화 방법 › 세마포어란?']);
    // … and so are bullets under a procedure: they are not said to be its steps.
    expect(frontsOf(steps.replace(/^\d\./gm, '-'))).toContain('VPC 생성 › 리전 선택이란?');
    // A term defined on its line under a procedure is what it sets up, not a step; a step so written stays one.
    const setUp = '# 클라우드\n\n## VPC 설정\n\n1. 서브넷 : VPC 안의 IP 주소 범위\n2. 라우팅 테이블 : 트래픽 경로를 정하는 규칙\n3. 리전 선택 : 가까운 리전을 고른다\n';
    expect(frontsOf(setUp)).toEqual(['VPC 설정', 'VPC 설정 › 서브넷이란?', 'VPC 설정 › 라우팅 테이블이란?', 'VPC 설정 › 리전 선택']);
    // So is a short name defined under its line (in a nested list or a paragraph), in Korean or English …
    const defined = '# 클라우드\n\n## VPC 설정\n\n1. 서브넷\n   - VPC 안의 IP 주소 범위\n2. 라우팅 테이블\n\n   트래픽 경로를 정하는 규칙이다.\n\n3. Subnet\n   - IP range of a VPC\n';
    expect(frontsOf(defined)).toEqual(['VPC 설정', 'VPC 설정 › 서브넷이란?', 'VPC 설정 › 라우팅 테이블이란?', 'VPC 설정 › Subnet이란?']);
    // … but a name over what to do, or a step's verb noun over anything, is still a step.
    const todo = '# 클라우드\n\n## VPC 설정\n\n1. 네트워크\n   - 기본 VPC 선택\n2. 보안 그룹\n   - 인바운드 규칙을 추가한다.\n3. Tags\n   - add a Name tag\n4. 생성\n   - 관리 콘솔의 버튼\n';
    expect(frontsOf(todo)).toEqual(['VPC 설정', 'VPC 설정 › 네트워크', 'VPC 설정 › 보안 그룹', 'VPC 설정 › Tags', 'VPC 설정 › 생성']);
    // A value chosen in the console is no definition: `테넌시란?` answered `기본값` would teach a wrong fact.
    const chosen = '# 클라우드\n\n## VPC 생성\n\n1. 이름 태그\n   - my-vpc\n2. IPv4 CIDR\n   - 10.0.0.0/16\n3. 테넌시\n   - 기본값\n4. AMI\n   - Amazon Linux 2\n5. 리전\n   - 서울(ap-northeast-2)\n6. 퍼블릭 액세스 차단\n   - 모두 체크\n7. 서브넷\n   - VPC 안의 IP 주소 범위\n';
    expect(frontsOf(chosen)).toEqual(['VPC 생성', 'VPC 생성 › 이름 태그', 'VPC 생성 › IPv4 CIDR', 'VPC 생성 › 테넌시', 'VPC 생성 › AMI', 'VPC 생성 › 리전', 'VPC 생성 › 퍼블릭 액세스 차단', 'VPC 생성 › 서브넷이란?']);
    // A procedure's steps in order are its answer, though a step names an aspect of what it makes.
    const launch = '# 클라우드\n\n## EC2 인스턴스 만들기\n\n1. 리전\n   - 서울\n2. 인스턴스 유형\n   - t2.micro\n3. 키 페어\n   - 새로 만들어 받아 둔다\n';
    expect(cardsOf(launch).map((card) => [card.front, card.back])[0]).toEqual(['EC2 인스턴스 만들기', '1. 리전\n2. 인스턴스 유형\n3. 키 페어']);
    // `변경을 수용` does something to its object: no name to ask "…이란?" of. `마을 회관` is a name.
    const principles = '# 애자일\n\n## 원칙\n\n- 변경을 수용 : 변경을 반길 수 있게 설계한다\n- 고객 참여 : 고객이 개발 내내 함께한다\n- 마을 회관 : 모두가 모이는 곳\n';
    expect(frontsOf(principles)).toEqual(['원칙', '원칙 › 변경을 수용', '원칙 › 고객 참여란?', '원칙 › 마을 회관이란?']);
  });

  it('keeps a tag a title names as code or as text, and reads a <details> summary’s character references', () => {
    const note = '# 웹\n\n## `<div>` 태그와 `<span>` 태그의 차이\n\n블록과 인라인.\n\n## &lt;p&gt; 태그와 AT&amp;T\n\n문단.\n\n## <b>굵은</b> 제목\n\n설명.\n\n<details><summary><b>TCP</b>와 UDP의 차이 &amp; 공통점은?</summary>\n\n답.\n\n</details>\n';
    expect(frontsOf(note)).toEqual(['<div> 태그와 <span> 태그의 차이는?', '<p> 태그와 AT&T', '굵은 제목', 'TCP와 UDP의 차이 & 공통점은?']);
    // Written as HTML, an element nothing closes is named, not markup.
    expect(frontsOf('# 웹\n\n## <div>와 <span>의 차이\n\n블록과 인라인.\n')).toEqual(['<div>와 <span>의 차이는?']);
  });

  it('drops section numbers and completes `…란` as a question', () => {
    expect(frontsOf('# 덱\n\n## 2. 스케줄링\n\n### 3) CORS란\n\n출처가 다른 요청을 허용하는 정책.\n')).toEqual(['스케줄링 › CORS란?']);
  });
});

describe('edge cases found in review', () => {
  it('never lets an unclosed or inline </details> swallow the rest of the note', () => {
    const unclosed = '# 덱\n\n## 퀴즈\n\n<details>\n<summary>질문?</summary>\n\n답입니다.\n\n## 다음 절\n\n> 방화벽\n\n설명.\n';
    expect(frontsOf(unclosed)).toEqual(['질문?', '다음 절 › 방화벽']);
    const inline = '# 덱\n\n## 퀴즈\n\n<details>\n<summary>질문?</summary>\n\n답입니다. </details>\n\n> 방화벽\n\n설명.\n';
    expect(cardsOf(inline).map((card) => [card.front, card.back])).toEqual([['질문?', '답입니다.'], ['퀴즈 › 방화벽', '설명.']]);
  });

  it('makes no title, and no empty context, of a heading that is only an emoji, and keeps what it heads', () => {
    const cards = cardsOf('# 덱\n\n## :memo:\n\n메모 내용.\n\n> 방화벽\n\n설명.\n\n> 장점\n\n빠르다.\n');
    expect(cards.map((card) => [card.front, card.back])).toEqual([['덱', '메모 내용.'], ['방화벽', '설명.'], ['장점', '빠르다.']]);
  });

  it('keeps generics such as Optional<T> in titles', () => {
    expect(frontsOf('# 덱\n\n## `Optional<T>` 사용법\n\nnull 대신 쓴다.\n')).toEqual(['Optional<T> 사용법은?']);
  });

  it('reads terms with underscores', () => {
    expect(frontsOf('# 덱\n\n> 설정\n\n- max_connections : 최대 연결 수\n')).toEqual(['설정', '설정 › max_connections란?']);
  });

  it('keeps reference-style links working in long notes', () => {
    const long = `# 덱\n\n## 링크\n\n[위로][top] 문서를 보라.\n\n${'## 절\n\n내용입니다.\n\n'.repeat(400)}[top]: #덱\n`;
    const cards = cardsOf(long);
    // The definition goes with the back, so the link is one wherever the back is read.
    expect(cards[0]!.back).toBe('[top]: <#덱>\n\n[위로][top] 문서를 보라.');
  });
});

describe('what the review of other people’s notes taught', () => {
  it('takes a one-line definition quoted under a heading for the heading’s explanation', () => {
    const cards = cardsOf('# 덱\n\n## DBMS\n\n> 사용자와 데이터베이스 사이에서 정보를 생성해주고, 데이터베이스를 관리해주는 소프트웨어\n\n## 멀티프로세스\n\n> 하나의 프로그램을 여러 개의 프로세스로 구성하여 작업을 처리하도록 하는 것\n\n<br>\n');
    expect(cards.map((card) => [card.front, card.back])).toEqual([
      ['DBMS', '> 사용자와 데이터베이스 사이에서 정보를 생성해주고, 데이터베이스를 관리해주는 소프트웨어'],
      ['멀티프로세스', '> 하나의 프로그램을 여러 개의 프로세스로 구성하여 작업을 처리하도록 하는 것'],
    ]);
  });

  it('gives a short quote with nothing after it back to the explanation above', () => {
    const cards = cardsOf('# 덱\n\n## 조인\n\n> 두 테이블을 묶는 연산\n\n## 다음\n\n내용.\n');
    expect(cards.map((card) => [card.front, card.back])).toEqual([['조인', '> 두 테이블을 묶는 연산'], ['다음', '내용.']]);
  });

  it('reads every sibling item alike: loose items with a paragraph are titles', () => {
    const note = '# 덱\n\n## 5가지 특성\n\n* **on demand self service**\n\n  사용자가 원할 때 원하는 서비스 제공\n\n* **broad network access**\n\n  네트워크 통하여 자원에 접근\n';
    expect(frontsOf(note)).toEqual(['5가지 특성은?', '5가지 특성 › on demand self service란?', '5가지 특성 › broad network access란?']);
    const nested = '# 덱\n\n## 비선점 스케줄링\n\n1. FCFS\n    - 큐에 도착한 순서대로 CPU 할당\n2. SJF\n    - 수행시간이 가장 짧은 작업을 먼저 수행\n';
    expect(frontsOf(nested)).toEqual(['비선점 스케줄링', '비선점 스케줄링 › FCFS란?', '비선점 스케줄링 › SJF란?']);
  });

  it('does not take clauses, formulas or broken fragments for titles', () => {
    const note = '# 덱\n\n## 과정\n\n- 클라이언트는 SYN 세그먼트를 서버에 보냄\n    - 연결 요청이다.\n- 편차 = [(최악치 - 최선치) : 6]\n';
    expect(cardsOf(note).map((card) => card.kind)).toEqual(['heading']);
  });

  it('keeps tab-indented nested lists as lists', () => {
    const cards = cardsOf('# 덱\n\n## 회피\n\n- 은행원 알고리즘\n\t- OS는 자원 상태를 감시한다\n\t- 안전 상태만 허용한다\n');
    expect(cards.map((card) => [card.front, card.back])).toEqual([['회피 › 은행원 알고리즘이란?', '- OS는 자원 상태를 감시한다\n- 안전 상태만 허용한다']]);
  });

  it('drops `[to the Top]` links and mixed tables of contents', () => {
    const note = '# 덱\n\n- 목차\n  - [소개](#소개)\n  - [정리](#정리)\n\n## 소개\n\n소개 내용입니다.\n\n[to the Top](#덱)\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([['소개', '소개 내용입니다.']]);
  });

  it('drops a table of contents whose linked sections list their parts without links', () => {
    const note = '# 운영체제\n\n* [스케줄러](#스케줄러)\n  * 장기 스케줄러\n  * 단기 스케줄러\n* [가상 메모리](#가상-메모리)\n  * 가상 메모리가 하는 일\n\n## 스케줄러\n\n프로세스 실행 순서를 정하는 모듈이다.\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([['스케줄러', '프로세스 실행 순서를 정하는 모듈이다.']]);
  });

  it('keeps a list of in-page links that says what each section is: no table of contents', () => {
    const note = '# 운영체제\n\n- [프로세스](#프로세스) : 실행 중인 프로그램\n- [스레드](#스레드) : 실행 흐름의 단위\n\n## 프로세스\n\n독립된 메모리를 가진다.\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['운영체제', '- [프로세스](#프로세스) : 실행 중인 프로그램\n- [스레드](#스레드) : 실행 흐름의 단위'],
      ['프로세스', '독립된 메모리를 가진다.'],
    ]);
    // Numbers beside the links say nothing of the sections: a table of contents still.
    expect(frontsOf('# 운영체제\n\n- 1. [프로세스](#프로세스)\n- 2. [스레드](#스레드)\n\n## 프로세스\n\n독립된 메모리를 가진다.\n')).toEqual(['프로세스']);
  });

  it('asks an aspect of a concept whose title is a question about the concept, not about the question', () => {
    expect(frontsOf('# 덱\n\n## 쿠키와 세션\n\n- 쿠키(Cookie)란?\n  - 특징\n    - 클라이언트에 저장되는 키-값 데이터이다.\n')).toContain('쿠키와 세션 › 쿠키(Cookie)의 특징은?');
    expect(frontsOf('# 덱\n\n## CORS란\n\n> 배경\n\n브라우저는 다른 출처의 요청을 막는다.\n')).toEqual(['CORS의 배경은?']);
    expect(frontsOf('# 덱\n\n### 접근 제어자란? (Access Modifier)\n\n> 종류\n\npublic, protected, default, private가 있다.\n')).toEqual(['접근 제어자 (Access Modifier)의 종류는?']);
  });

  it('asks each compared thing for each property when a list compares the things its title names', () => {
    const note = '# 웹\n\n## 쿠키와 세션의 차이\n\n- 저장 위치\n  - 쿠키 : 클라이언트\n  - 세션 : 서버\n- 보안\n  - 쿠키 : 탈취될 수 있다\n  - 세션 : 비교적 안전하다\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['쿠키와 세션의 차이는?', '- 저장 위치\n  - 쿠키 : 클라이언트\n  - 세션 : 서버\n- 보안\n  - 쿠키 : 탈취될 수 있다\n  - 세션 : 비교적 안전하다'], // the difference is all of it
      ['쿠키와 세션의 차이 › 저장 위치는?', '- 쿠키 : 클라이언트\n- 세션 : 서버'],
      ['쿠키와 세션의 차이 › 쿠키의 저장 위치는?', '클라이언트'],
      ['쿠키와 세션의 차이 › 세션의 저장 위치는?', '서버'],
      ['쿠키와 세션의 차이 › 보안은?', '- 쿠키 : 탈취될 수 있다\n- 세션 : 비교적 안전하다'],
      ['쿠키와 세션의 차이 › 쿠키의 보안은?', '탈취될 수 있다'],
      ['쿠키와 세션의 차이 › 세션의 보안은?', '비교적 안전하다'],
    ]);
    // Kinds under concepts the title does not name: each kind is a concept of its label, as before.
    const kinds = '# 덱\n\n## 추상화\n\n- 자료 추상화\n  - 기본적 추상화 : 변수 선언\n  - 구조적 추상화 : 배열과 레코드\n- 제어 추상화\n  - 기본적 추상화 : 배정문\n  - 구조적 추상화 : 반복문\n';
    expect(frontsOf(kinds)).toContain('자료 추상화 › 기본적 추상화란?');
    // Labels over different terms are concepts too.
    expect(frontsOf('# 덱\n\n## 쿠키와 세션\n\n- 쿠키\n  - 개념 : 작은 데이터\n  - 위치 : 클라이언트\n- 세션\n  - 개념 : 서버의 상태\n')).toContain('쿠키 › 위치란?');
  });

  it('asks what two things compared have in common, where a label under `A vs B` names it (`Common`, `공통점`)', () => {
    const note = '# 클라우드\n\n## 배포\n\n### 시작 템플릿 vs 시작 구성\n\n- Common\n  - 이미지를 지정한다\n  - 보안 그룹을 정한다\n- 시작 구성\n  - 바꾸려면 새로 만든다\n- 시작 템플릿\n  - 버전으로 관리한다\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toContainEqual(['시작 템플릿과 시작 구성의 공통점은?', '- 이미지를 지정한다\n- 보안 그룹을 정한다']);
    expect(frontsOf(note)).toContain('시작 템플릿 vs 시작 구성 › 시작 구성이란?');
    expect(frontsOf(note.replace('- Common', '- 공통점'))).toContain('시작 템플릿과 시작 구성의 공통점은?');
    // Under a title comparing nothing, `Common` is what the note calls it: a term as any other.
    expect(frontsOf(note.replace('시작 템플릿 vs 시작 구성', '시작 설정'))).toContain('시작 설정 › Common이란?');
  });

  it('keeps a layer\'s number as written under a thing that works at that layer, and asks it under a title about layers', () => {
    const note = '# 네트워크\n\n## 부하 분산기\n\n- Layer 4\n  - TCP와 UDP를 전달한다\n  - 초당 수백만 요청을 처리한다\n- 고정 IP를 준다\n- L7 - HTTP 헤더로 나눈다\n\n## OSI 7 Layer\n\n- Layer 4\n  - 세그먼트를 다룬다\n  - 포트 번호로 프로세스를 찾는다\n- Layer 3\n  - 패킷을 다룬다\n  - 경로를 정한다\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['부하 분산기', '- Layer 4\n- 고정 IP를 준다\n- L7 - HTTP 헤더로 나눈다'],
      ['부하 분산기 › Layer 4', '- TCP와 UDP를 전달한다\n- 초당 수백만 요청을 처리한다'],
      // `L7 - HTTP 헤더로 나눈다` is a line of its owner's back, whole: a card `부하 분산기 › L7` would ask nothing.
      ['OSI 7 Layer', '- Layer 4\n- Layer 3'],
      ['OSI 7 Layer › Layer 4란?', '- 세그먼트를 다룬다\n- 포트 번호로 프로세스를 찾는다'],
      ['OSI 7 Layer › Layer 3이란?', '- 패킷을 다룬다\n- 경로를 정한다'],
    ]);
  });

  it('makes no card of a layer a thing works at whose value, a few words, is its line on the owner\'s back', () => {
    const note = '# 네트워크\n\n## 게이트웨이 부하 분산기\n\n- 보안 장비 앞에 둔다\n- Layer 3 (Network Layer) - IP 패킷\n- Layer 4 - TCP 연결을 그대로 넘기고 연결마다 대상 하나를 골라 끝까지 유지한다\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['게이트웨이 부하 분산기', '- 보안 장비 앞에 둔다\n- Layer 3 (Network Layer) - IP 패킷\n- Layer 4 - TCP 연결을 그대로 넘기고 연결마다 대상 하나를 골라 끝까지 유지한다'],
      // More than a few words explain: a card of its own still.
      ['게이트웨이 부하 분산기 › Layer 4', 'TCP 연결을 그대로 넘기고 연결마다 대상 하나를 골라 끝까지 유지한다'],
    ]);
    expect(explainText(note).blocks.find((block) => block.line === 6)?.reason).toBe('the layer the title above works at, a few words its card says on this line');
  });

  it('keeps as written things the note has sections of, listed together under other topics, each saying how it does there', () => {
    const note = '# 캐시\n\n## 로컬 캐시 (LC)\n\n- 서버 메모리에 둔다\n\n## 분산 캐시 (DC)\n\n- 별도 서버에 둔다\n\n## 만료 정책\n\n- LC\n  - 서버마다 따로 만료된다\n- DC\n  - 한 번에 만료된다\n\n## 일관성\n\n- LC (약함)\n  - 서버마다 값이 다를 수 있다\n- DC\n  - 모든 서버가 같은 값을 본다\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['로컬 캐시 (LC)', '- 서버 메모리에 둔다'],
      ['분산 캐시 (DC)', '- 별도 서버에 둔다'],
      ['만료 정책', '- LC\n- DC'],
      ['만료 정책 › LC', '- 서버마다 따로 만료된다'],
      ['만료 정책 › DC', '- 한 번에 만료된다'],
      ['일관성', '- LC (약함)\n- DC'],
      ['일관성 › LC (약함)', '- 서버마다 값이 다를 수 있다'],
      ['일관성 › DC', '- 모든 서버가 같은 값을 본다'],
    ]);
    // Without sections of their own, they may be terms defined again: asked as before.
    const noSections = note.replace('## 로컬 캐시 (LC)', '## 로컬 캐시').replace('## 분산 캐시 (DC)', '## 분산 캐시');
    expect(frontsOf(noSections)).toEqual(['로컬 캐시', '분산 캐시', '만료 정책', '만료 정책 › LC란?', '만료 정책 › DC란?', '일관성', '일관성 › LC (약함)란?', '일관성 › DC란?']);
    // Under one topic only, each is what it is there.
    const once = note.slice(0, note.indexOf('## 일관성'));
    expect(frontsOf(once)).toContain('만료 정책 › LC란?');
  });

  it('makes no card of a `- 참고` item: its note stays in the explanation', () => {
    const cards = cardsOf('# 덱\n\n## TCP와 UDP\n\n두 프로토콜은 전송 계층에 속한다.\n\n- 참고\n  - 포트 번호 공간을 따로 쓴다.\n');
    expect(cards.map((card) => card.front)).toEqual(['TCP와 UDP']);
    expect(cards[0]!.back).toContain('포트 번호 공간을 따로 쓴다.');
  });

  it('reads an interview answer template as the question\'s own answer, the answer first, then the intent and follow-ups with their labels', () => {
    const note = '# 자바 면접\n\n### 오버로딩과 오버라이딩의 차이는?\n\n> 배경 & 질문 의도\n\n- 다형성의 이해\n\n> 답변\n\n오버로딩은 같은 이름의 메소드를 매개변수만 다르게 정의하는 것입니다.\n\n- 오버라이딩은 재정의입니다.\n\n> 키워드 & 꼬리 질문\n\n- 다형성\n';
    const cards = cardsOf(note);
    expect(cards.map((card) => card.front)).toEqual(['오버로딩과 오버라이딩의 차이는?']);
    expect(cards[0]!.back).toBe(
      '> 답변\n\n오버로딩은 같은 이름의 메소드를 매개변수만 다르게 정의하는 것입니다.\n\n- 오버라이딩은 재정의입니다.\n\n> 배경 & 질문 의도\n\n- 다형성의 이해\n\n> 키워드 & 꼬리 질문\n\n- 다형성',
    );
  });

  it('puts the answer first also where each label shares its quote with what it labels', () => {
    const note = '# 자바\n\n### 제네릭이란?\n\n> 배경 & 질문 의도\n> - 타입 안정성의 이해\n\n> 답변\n> - 타입을 매개변수로 받습니다.\n\n> 키워드 & 꼬리 질문\n> - 와일드카드\n';
    expect(cardsOf(note).map((card) => card.back)).toEqual(['> 답변\n> - 타입을 매개변수로 받습니다.\n\n> 배경 & 질문 의도\n> - 타입 안정성의 이해\n\n> 키워드 & 꼬리 질문\n> - 와일드카드']);
  });

  it('keeps a template that starts with its answer in the note\'s order, and text above the labels first', () => {
    const note = '# 자바 면접\n\n### 제네릭이란?\n\n자주 나오는 질문이다.\n\n> 답변\n\n타입을 매개변수로 받습니다.\n\n> 꼬리 질문\n\n- 와일드카드\n\n### 람다란?\n\n함수형 인터페이스를 짧게 쓴다.\n\n> 질문 의도\n\n- 자바 8의 이해\n\n> 모범 답안\n\n익명 함수입니다.\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['제네릭이란?', '자주 나오는 질문이다.\n\n> 답변\n\n타입을 매개변수로 받습니다.\n\n> 꼬리 질문\n\n- 와일드카드'],
      ['람다란?', '함수형 인터페이스를 짧게 쓴다.\n\n> 모범 답안\n\n익명 함수입니다.\n\n> 질문 의도\n\n- 자바 8의 이해'],
    ]);
  });

  it('leaves out a label of the answer template left empty, another label or the next title right after it', () => {
    const note = '# 자바 면접\n\n### 추상 클래스와 인터페이스의 차이는?\n\n> 배경 & 질문 의도\n\n> 답변\n\n인터페이스는 다중 상속을 지원합니다.\n\n> 키워드 & 꼬리 질문\n\n### 제네릭이란?\n\n타입을 매개변수로 받습니다.\n';
    const cards = cardsOf(note);
    expect(cards.map((card) => [card.front, card.back])).toEqual([
      ['추상 클래스와 인터페이스의 차이는?', '> 답변\n\n인터페이스는 다중 상속을 지원합니다.'],
      ['제네릭이란?', '타입을 매개변수로 받습니다.'],
    ]);
    expect(explainText(note).blocks.filter((block) => block.line === 5 || block.line === 11).map((block) => block.reason)).toEqual([
      'a label of the answer template with nothing under it',
      'a label of the answer template with nothing under it',
    ]);
  });

  it('keeps a label of the answer template whose quote goes on with the answer, a title right after it', () => {
    const note = '# 자바 면접\n\n### 제네릭이란?\n\n> 답변\n> 타입을 매개변수로 받습니다.\n\n### 람다란?\n\n> 답변\n익명 함수입니다.\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['제네릭이란?', '> 답변\n> 타입을 매개변수로 받습니다.'],
      ['람다란?', '> 답변\n익명 함수입니다.'],
    ]);
  });

  it('keeps `용어 : …` lines under `> 키워드 & 꼬리 질문` in the answer: they point at follow-up questions', () => {
    const note = '# 자바 면접\n\n### Java의 메모리 영역은?\n\n> 답변\n\n- 메소드, 힙, 스택 영역으로 구분됩니다.\n\n> 키워드 & 꼬리 질문\n\n- Stack Area\n    - 지역 변수가 저장됩니다.\n    - 스레드 : 스레드마다 하나씩 생깁니다.\n- Java : GC, 컴파일/런타임 차이\n\n### 다음 질문은?\n\n- 용어 : 설명입니다.\n';
    const cards = cardsOf(note);
    // The concept under the label stays a card, with its own terms; the label's own `Java : …` does not.
    expect(cards.map((card) => card.front)).toEqual(['Java의 메모리 영역은?', 'Java의 메모리 영역은? › Stack Area란?', 'Stack Area › 스레드란?', '다음 질문은?', '다음 질문은? › 용어란?']);
    expect(cards[0]!.back).toContain('- Java : GC, 컴파일/런타임 차이');
  });

  it('keeps an aspect of a question that is not about one thing as written, after the question', () => {
    expect(frontsOf('# 덱\n\n### StringBuilder와 StringBuffer의 차이는?\n\n> 차이점\n\nStringBuilder는 동기화를 지원하지 않는다.\n')).toEqual(['StringBuilder와 StringBuffer의 차이는? › 차이점']);
    // A long question places nothing: its subject where it names one, else the title above it; a label of
    // it kept as written still says it, and a short question stays the context it is.
    const long = '# DB\n\n## 정규화\n\n### 단점을 보았을 때 어떤 상황에서 정규화를 해야 하는가? 그 대응책은?\n\n조인이 많으면 반정규화를 한다.\n\n#### 반정규화\n\n중복을 허용해 조회를 빠르게 한다.\n\n### 갱신 이상에는 어떤 것들이 있는가?\n\n세 가지가 있다.\n\n#### 삽입 이상\n\n넣을 수 없다.\n';
    expect(frontsOf(long)).toEqual(['단점을 보았을 때 어떤 상황에서 정규화를 해야 하는가? 그 대응책은?', '정규화 › 반정규화', '갱신 이상에는 어떤 것들이 있는가?', '갱신 이상에는 어떤 것들이 있는가? › 삽입 이상']);
    const subject = '# DB\n\n## 인덱스\n\n### 인덱스란 무엇이고 왜 사용하며 어떤 장단점이 있는지 자세히 설명해 주실 수 있나요?\n\n찾기를 빠르게 한다.\n\n#### B 트리\n\n균형 트리다.\n\n### 클러스터형 인덱스와 넌클러스터형 인덱스는 각각 무엇이며 어떻게 다른가요?\n\n> 차이점\n\n정렬 여부가 다르다.\n';
    expect(frontsOf(subject).slice(1)).toEqual(['인덱스 › B 트리', '클러스터형 인덱스와 넌클러스터형 인덱스는 각각 무엇이며 어떻게 다른가요? › 차이점']);
    // A task named with how it is done is a sub-title as its siblings are, kept as written; a sentence with a topic is not.
    const tasks = '# SAA\n\n## 영역 1\n\n- 고가용성 아키텍처 설계\n    - 단일 장애 지점을 완화하는 고가용성 구성을 선택\n    - 여러 가용 영역에 걸친 내결함성 구성을 결정\n- AWS 서비스를 사용하여 결합 해제 메커니즘 설계\n    - 구성 요소의 소결합을 위해 활용할 서비스를 결정\n    - 서버리스 기술을 활용할 시기를 결정\n- 하이픈은 URI 가독성을 높이는 데 사용\n    - 불가피하게 긴 경로를 쓸 때 읽기 쉽게 나눈다\n';
    expect(frontsOf(tasks)).toEqual(['영역 1', '영역 1 › 고가용성 아키텍처 설계란?', '영역 1 › AWS 서비스를 사용하여 결합 해제 메커니즘 설계']);
    // With nothing else above, a title kept as written keeps the question, or it would ask nothing.
    const alone = '# 면접\n\n## 트랜잭션 격리 수준별로 생기는 문제와 각각을 막는 수준은 무엇인가?\n\n낮을수록 많다.\n\n### Dirty Read\n\n커밋 전 데이터를 읽는다.\n';
    expect(frontsOf(alone)[1]).toBe('트랜잭션 격리 수준별로 생기는 문제와 각각을 막는 수준은 무엇인가? › Dirty Read');
  });

  it('asks an aspect of a question about one thing as an aspect of that thing', () => {
    const note = [
      '# 면접',
      '## Q. 인덱스란 무엇이고 왜 사용하나요?\n\n**A.** 검색을 빠르게 하는 자료구조입니다.\n\n- 장점 : 조회가 빠르다\n- 단점 : 쓰기가 느려진다',
      '## Q. 트랜잭션은 무엇인가요?\n\n작업의 단위입니다.\n\n- 특징 : 나눌 수 없다',
      '## Q. 캐시를 사용하는 이유는?\n\n빠르기 때문입니다.\n\n- 단점 : 값이 낡을 수 있다',
      '## Q. 해시 테이블의 장단점은?\n\n- 장점 : 평균 상수 시간\n- 단점 : 충돌이 난다',
      '## Q. 정규화에 대해 설명해 주세요.\n\n중복을 줄이는 설계입니다.\n\n- 장점 : 이상 현상이 줄어든다',
    ].join('\n\n');
    expect(frontsOf(note)).toEqual([
      '인덱스란 무엇이고 왜 사용하나요?', '인덱스의 장점은?', '인덱스의 단점은?',
      '트랜잭션은 무엇인가요?', '트랜잭션의 특징은?',
      '캐시를 사용하는 이유는?', '캐시의 단점은?',
      '해시 테이블의 장단점은?', '해시 테이블의 장점은?', '해시 테이블의 단점은?',
      '정규화에 대해 설명해 주세요.', '정규화의 장점은?',
    ]);
  });

  it('keeps an aspect as written under a question about two things or one it does not name first', () => {
    const note = [
      '# 면접',
      '## Q. 프로세스와 스레드의 차이는?\n\n메모리 공유가 다릅니다.\n\n- 장점 : 안정적이다',
      '## Q. 왜 락을 쓰나요?\n\n동시성 때문입니다.\n\n- 단점 : 느리다',
      '## Q. 혼란 무엇이 문제인가요?\n\n헷갈린다.\n\n- 원인 : 이름이 같다',
      // Asking what a second thing is too: `스택의 차이점은?` would ask of the stack alone.
      '## Q. 스택은 무엇이고 큐는 무엇인가요?\n\n둘 다 선형 구조입니다.\n\n- 차이점 : 꺼내는 순서',
      '## Q. 프로세스란 무엇이고 스레드는 무엇인가요?\n\n실행 단위입니다.\n\n- 장점 : 스레드는 가볍다',
      // An aspect asked so is still the first thing's.
      '## Q. 인덱스란 무엇이고 장점은 무엇인가요?\n\n검색용 구조입니다.\n\n- 단점 : 쓰기가 느리다',
    ].join('\n\n');
    expect(frontsOf(note)).toEqual([
      '프로세스와 스레드의 차이는?', '프로세스와 스레드의 차이는? › 장점',
      '왜 락을 쓰나요?', '왜 락을 쓰나요? › 단점',
      '혼란 무엇이 문제인가요?', '혼란 무엇이 문제인가요? › 원인',
      '스택은 무엇이고 큐는 무엇인가요?', '스택은 무엇이고 큐는 무엇인가요? › 차이점',
      '프로세스란 무엇이고 스레드는 무엇인가요?', '프로세스란 무엇이고 스레드는 무엇인가요? › 장점',
      '인덱스란 무엇이고 장점은 무엇인가요?', '인덱스의 단점은?',
    ]);
  });

  it('makes a term card of a bold `**용어** : 설명` paragraph or quote line, which stays in the explanation', () => {
    const note = '# 프로세스 & 스레드\n\n## 개념\n\n> **프로세스** : 메모리에서 실행 중인 프로그램\n>\n> **스레드** : 프로세스 안의 실행 흐름\n\n## 멀티프로세스\n\n여러 프로세스로 작업한다.\n\n**장점** : 안전하다\n\n보통 줄 : 이것은 문장이다\n';
    const cards = cardsOf(note);
    expect(cards.map((card) => [card.front, card.back])).toEqual([
      ['개념', '> **프로세스** : 메모리에서 실행 중인 프로그램\n>\n> **스레드** : 프로세스 안의 실행 흐름'],
      ['개념 › 프로세스란?', '메모리에서 실행 중인 프로그램'],
      ['개념 › 스레드란?', '프로세스 안의 실행 흐름'],
      ['멀티프로세스', '여러 프로세스로 작업한다.\n\n**장점** : 안전하다\n\n보통 줄 : 이것은 문장이다'],
      ['멀티프로세스의 장점은?', '안전하다'],
    ]);
  });

  it('names the bold `**용어** : 설명` paragraphs of a section on its back, as a list of terms, also one glossed or written without bold among them', () => {
    const note =
      '# 운영체제\n\n## 메모리 관리\n\n프로세스마다 메모리 공간이 따로 있다.\n\n**스와핑** : 메모리를 디스크로 내보내고 다시 불러온다.\n\n> 내보내기를 swap-out이라 한다.\n\n**단편화** (**Fragmentation**) : 쓰지 못하는 작은 빈 공간이 생기는 것이다.\n\n**재배치** : 프로세스를 다른 주소로 옮긴다.\n\n압축 : 프로세스를 한쪽으로 몰아 빈 공간을 만든다.\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['메모리 관리', '프로세스마다 메모리 공간이 따로 있다.\n\n- 스와핑\n\n> 내보내기를 swap-out이라 한다.\n\n- 단편화 (Fragmentation)\n- 재배치\n- 압축'],
      ['메모리 관리 › 스와핑이란?', '메모리를 디스크로 내보내고 다시 불러온다.'],
      ['메모리 관리 › 단편화 (Fragmentation)란?', '쓰지 못하는 작은 빈 공간이 생기는 것이다.'],
      ['메모리 관리 › 재배치란?', '프로세스를 다른 주소로 옮긴다.'],
      ['메모리 관리 › 압축이란?', '프로세스를 한쪽으로 몰아 빈 공간을 만든다.'],
    ]);
    // Without a bold term before it, a plain `압축 : …` paragraph is prose of the section.
    const plainOnly = '# 운영체제\n\n## 메모리 관리\n\n압축 : 프로세스를 한쪽으로 몰아 빈 공간을 만든다.\n';
    expect(cardsOf(plainOnly).map((card) => card.front)).toEqual(['메모리 관리']);
    // Nor one leading into a remark (`참고로 말하면 : …`), or coming after prose past the terms (`주의할 점 : …`).
    const terms = '# 운영체제\n\n## 메모리 관리\n\n**단편화** : 빈 공간이 조각나는 것이다.\n\n';
    expect(frontsOf(`${terms}참고로 말하면 : 요즘은 페이징을 쓴다.\n`)).toEqual(['메모리 관리', '메모리 관리 › 단편화란?']);
    expect(frontsOf(`${terms}크기마다 다르다.\n\n비용 : 모으는 데 시간이 든다.\n`)).toEqual(['메모리 관리', '메모리 관리 › 단편화란?']);
  });

  it('takes `1) 제목` over a bullet list for a numbered sub-title, so its aspects are asked of it', () => {
    const note = '# SW공학\n\n## 개발 방법론\n\n1) 애자일\n- 반복적으로 개발하는 방식이다.\n- 장점\n  - 요구 변경을 쉽게 반영한다.\n\n2) 폭포수\n- 단계를 차례로 밟는 방식이다.\n';
    expect(frontsOf(note)).toEqual(['개발 방법론 › 애자일이란?', '개발 방법론 › 애자일의 장점은?', '개발 방법론 › 폭포수란?']);
  });

  it('ends a numbered sub-title\'s section at the next number of the same shape, however long its title', () => {
    const note =
      '# SW공학\n\n## 개발 모형\n\n5) 신속 개발(Rapid Development)\n\n- 짧은 주기로 만든다.\n\n' +
      '6) 부품 기반 개발(PBD ; Part-based Software Development)\n\n- 만들어 둔 부품을 다시 쓴다.\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['개발 모형 › 신속 개발(Rapid Development)이란?', '- 짧은 주기로 만든다.'],
      ['개발 모형 › 부품 기반 개발(PBD ; Part-based Software Development)이란?', '- 만들어 둔 부품을 다시 쓴다.'],
    ]);
    // A number that does not go on from it (`8)` after `5)`), or another mark (`6.`), is no sibling: a line of its section.
    expect(frontsOf(note.replace('6) 부품', '8) 부품'))).toEqual(['개발 모형 › 신속 개발(Rapid Development)이란?']);
    // Its gloss may say anything: `7)`'s name is judged alone.
    const glossed = `${note}\n7) 나선형 모형(Spiral ; 위험을 분석하며 조금씩 키워 가는 모형)\n\n- 위험 분석을 되풀이한다.\n`;
    expect(cardsOf(glossed).map((card) => card.back)).toEqual(['- 짧은 주기로 만든다.', '- 만들어 둔 부품을 다시 쓴다.', '- 위험 분석을 되풀이한다.']);
  });

  it('makes a card of a numbered multiple-choice question: the question and its choices in front, what follows on the back', () => {
    const note = '# SAA 문제\n\n## 샘플 문항\n\n1. 인스턴스 중 하나에 장애가 발생하면 어떻게 됩니까?\n\n   **A. 로드 밸런서가 요청을 보내지 않습니다.**\n\n   B. 로드 밸런서가 인스턴스를 종료합니다.\n\n```\n헬스 체크로 판단한다.\n```\n\n**정답 : (A)**\n\n2. 세션 상태를 저장하기에 알맞은 서비스는? (Select TWO.)\n\n   A. CloudWatch\n\n   **B. DynamoDB**\n\n**정답 : (B)**\n';
    const cards = cardsOf(note);
    // The choice the note marks in bold is not given away on the front.
    expect(cards.map((card) => [card.front, card.kind])).toEqual([
      ['인스턴스 중 하나에 장애가 발생하면 어떻게 됩니까?\nA. 로드 밸런서가 요청을 보내지 않습니다.\nB. 로드 밸런서가 인스턴스를 종료합니다.', 'qa'],
      ['세션 상태를 저장하기에 알맞은 서비스는? (Select TWO.)\nA. CloudWatch\nB. DynamoDB', 'qa'],
    ]);
    // The answer first, the reasoning written above it after.
    expect(cards[0]!.back).toBe('**정답 : (A)**\n\n- A. 로드 밸런서가 요청을 보내지 않습니다.\n\n> 헬스 체크로 판단한다.');
    expect(cards[0]!.title).toBe('인스턴스 중 하나에 장애가 발생하면 어떻게 됩니까?');
    // A numbered question without choices is not one.
    expect(frontsOf('# 덱\n\n## 질문\n\n1. 왜 그럴까?\n\n   이유는 모른다.\n')).not.toContain('왜 그럴까?');
  });

  it('what the second review found: numbered steps with bullets, back-to-back bold terms, lead-in labels, aspects under labels', () => {
    // Bullets indented less than the number's width still belong to it; the heading keeps the steps.
    const steps = '# ASG\n\n### ASG 구성 요소\n1. 시작 구성\n  - AMI\n  - 인스턴스 유형\n2. 최소/최대 용량\n3. 서브넷 정보\n';
    expect(cardsOf(steps).map((card) => [card.front, card.back])).toEqual([['ASG 구성 요소는?', '1. 시작 구성\n  - AMI\n  - 인스턴스 유형\n2. 최소/최대 용량\n3. 서브넷 정보']]);
    const bold = '# OS\n\n## 멀티프로세스\n\n**장점** : 하나가 죽어도 영향이 없다\n**단점** : 문맥 교환 비용이 크다\n\n**중요** : 둘 다 외울 것\n';
    expect(cardsOf(bold).map((card) => [card.front, card.back]).slice(1)).toEqual([
      ['멀티프로세스의 장점은?', '하나가 죽어도 영향이 없다'],
      ['멀티프로세스의 단점은?', '문맥 교환 비용이 크다'],
    ]);
    expect(frontsOf('# 덱\n\n## 인덱스\n\n인덱스는 검색을 빠르게 한다.\n\n- 참고 사항\n  - B+Tree로 구현되는 경우가 많다는 점을 기억한다.\n')).toEqual(['인덱스']);
    expect(frontsOf('# 덱\n\n### 가비지 컬렉션이란?\n\n> 💡 답변\n\n힙의 객체를 관리하는 기능입니다.\n')).toEqual(['가비지 컬렉션이란?']);
    const aspects = '# 덱\n\n## 장점과 단점\n\n- EBS\n  - 장점 : 빠르다\n  - 단점 : 한 인스턴스에만 붙는다\n- EFS\n  - 장점 : 여럿이 공유한다\n  - 단점 : 비싸다\n';
    expect(frontsOf(aspects)).toContain('장점과 단점 › EBS의 장점은?');
    expect(frontsOf(aspects)).not.toContain('장점과 단점 › 장점의 EBS는?');
  });

  it('reads multiple-choice questions with their choices on the lines below, and exam-style `고르시오.`', () => {
    const note = '# 데이터베이스\n\n## 기출\n\n1. 다음 중 DDL에 해당하지 않는 것은?\n   ① CREATE\n   ② ALTER\n   ③ SELECT\n\n2. 다음 중 DML을 고르시오.\n\n   ① DROP\n\n   ② UPDATE\n';
    const cards = cardsOf(note);
    expect(cards.map((card) => card.front)).toEqual(['다음 중 DDL에 해당하지 않는 것은?', '다음 중 DML을 고르시오.']);
    // The note gives no answer: the choices stay on the back, all there is to reveal.
    expect(cards[0]!.back).toBe('① CREATE\n② ALTER\n③ SELECT');
  });

  it('reads choices written flush left after a blank line under a numbered question as its choices, each question its own card', () => {
    const note = '# 모의고사\n\n## 1회차\n\n1. 라우팅을 담당하는 계층은 무엇입니까?\n\nA. 데이터 링크 계층\nB. 네트워크 계층\n\n**정답 : (B)**\n\n2. TCP의 3-way handshake에서 두 번째 패킷은 무엇입니까?\n\nA. SYN\n\n**B. SYN+ACK**\n\n**정답 : (B)**\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['라우팅을 담당하는 계층은 무엇입니까?\nA. 데이터 링크 계층\nB. 네트워크 계층', '**정답 : (B)**\n\n- B. 네트워크 계층'],
      ['TCP의 3-way handshake에서 두 번째 패킷은 무엇입니까?\nA. SYN\nB. SYN+ACK', '**정답 : (B)**\n\n- B. SYN+ACK'],
    ]);
  });

  it('ends the choices at an answer line written under them, and keeps marks of the answer off the front', () => {
    const under = '# 퀴즈\n\n## 1회\n\n1. 다음 중 옳은 것은?\n   A. 하나\n   B. 둘\n   정답: B\n\n   해설: 둘이 맞다.\n';
    expect(cardsOf(under).map((card) => [card.front, card.back])).toEqual([['다음 중 옳은 것은?\nA. 하나\nB. 둘', '정답: B\n\n- B. 둘\n\n해설: 둘이 맞다.']]);
    const flush = '# 퀴즈\n\n## 1회\n\n1. 다음 중 옳은 것은?\n\nA. 하나\nB. 둘 (정답)\n정답: B\n';
    expect(cardsOf(flush).map((card) => [card.front, card.back])).toEqual([['다음 중 옳은 것은?\nA. 하나\nB. 둘', '정답: B\n\n- B. 둘']]);
  });

  it('reads a numbered item with a hard-broken title line over more as a title, and a lone bullet so written as the answer above', () => {
    const numbered = '# DB\n\n## 무결성\n\n2.  데이터의 무결성   \n    잘못된 데이터를 막는다.\n    - 개체 무결성 : 기본키는 널이 아니다\n';
    expect(frontsOf(numbered)).toEqual(['무결성 › 데이터의 무결성이란?', '데이터의 무결성 › 개체 무결성이란?']);
    const bullet = '# OS\n\n#### FCFS의 문제점\n\n* convoy effect  \n  긴 작업이 먼저 와서 모두 기다린다.\n';
    expect(cardsOf(bullet).map((card) => [card.front, card.back])).toEqual([['FCFS의 문제점은?', '* convoy effect\n  긴 작업이 먼저 와서 모두 기다린다.']]);
  });

  it('reads a list whose every item is a title line over its sentence as titles, and one such item alone as prose', () => {
    const anomalies = '# DB\n\n### 갱신 이상에는 어떠한 것들이 있는가?\n\n* 삽입 이상(insertion anomalies)\n  원하지 않는 자료가 삽입된다.\n\n* 삭제 이상(deletion anomalies)\n  필요한 정보까지 함께 삭제된다.\n';
    expect(frontsOf(anomalies)).toEqual(['갱신 이상에는 어떠한 것들이 있는가?', '갱신 이상에는 어떠한 것들이 있는가? › 삽입 이상(insertion anomalies)이란?', '갱신 이상에는 어떠한 것들이 있는가? › 삭제 이상(deletion anomalies)이란?']);
    const wrapped = '# DB\n\n## 정규화\n\n정규화는 중복을 줄인다.\n\n- 테이블을 나누는 과정은\n  여러 단계로 이루어진다.\n- 각 단계를 정규형이라 한다.\n';
    expect(frontsOf(wrapped)).toEqual(['정규화']);
    // Every item a sentence wrapped in two: their first lines end as no name does.
    const prose = '# 네트워크\n\n## TCP 특징\n\n- 연결 지향 프로토콜로서 신뢰성 있는\n  데이터 전송을 보장한다.\n- 흐름 제어와 혼잡 제어를 통해 네트워크\n  상태에 맞게 전송 속도를 조절한다.\n- 순서 보장 없이\n  빠르게 보낸다.\n';
    expect(frontsOf(prose)).toEqual(['TCP 특징은?']);
  });

  it('keeps a question whose parts are aspect labels: its back is all they say', () => {
    const note = '# 자료구조\n\n### 배열의 장단점은?\n\n- 장점\n\n  인덱스로 빠르게 접근한다.\n\n- 단점\n\n  크기가 고정되어 있다.\n';
    const cards = cardsOf(note);
    // The labels are aspects of the one thing the question asks about (see questionSubject).
    expect(cards.map((card) => card.front)).toEqual(['배열의 장단점은?', '배열의 장점은?', '배열의 단점은?']);
    expect(cards[0]!.back).toContain('인덱스로 빠르게 접근한다.');
  });

  it('sets apart the choices a heading question has in a fenced block, when its answer follows', () => {
    const note = '# 퀴즈\n\n## 3. ELB는 ...를 제공합니다.\n```\nA. static IPv4\nB. static DNS Name\n```\n```\n정답 B\n```\n## 4. 답이 없는 문제는?\n```\nA. 하나\nB. 둘\n```\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      // The fence around the answer line alone is unwrapped: it is prose.
      ['ELB는 ...를 제공합니다.\nA. static IPv4\nB. static DNS Name', '정답 B\n\n- B. static DNS Name'],
      // Not choices, the lettered lines boxed are prose: text, each on its line.
      ['답이 없는 문제는?', '> A. 하나\n> B. 둘'],
    ]);
  });

  it('sets apart choices without letters in a fenced block, only where an answer line follows them', () => {
    const note = '# 퀴즈\n\n## 14. 하나의 리스너에 여러 인증서를 쓰려면 무엇을 쓸까요?\n```\n- TLS Termination\n- SNI\n```\n```\n정답 SNI\n```\n## 15. 로드 밸런서의 역할은?\n```\n- 부하 분산\n- 상태 확인\n```\n```\n둘 다 한다.\n```\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['하나의 리스너에 여러 인증서를 쓰려면 무엇을 쓸까요?\n- TLS Termination\n- SNI', '> 정답 SNI'],
      // Boxed, the bullets are lines as written (`\-`: text, not a list), quoted.
      ['로드 밸런서의 역할은?', '> \\- 부하 분산\n> \\- 상태 확인\n\n> 둘 다 한다.'],
    ]);
  });

  it('reads a quiz written inside a fenced block: the question on the front, the answer kept in its fence (as a quote where it is prose in a bare fence)', () => {
    const note = [
      '# 스케일링',
      '',
      '## 퀴즈 풀이',
      '',
      '```text',
      '질문 1:',
      'EC2 인스턴스를 더 큰 타입으로 바꾸는 것을 ..........이라 합니다.',
      '',
      '답 : 수직 스케일링',
      '👉 인스턴스 하나의 크기를 늘린다.',
      '```',
      '',
      '```',
      '인스턴스 수를 늘리는 것을 무엇이라 할까요?',
      '',
      '정답: 수평 스케일링',
      '```',
      '',
      '정답은 강의 자료에 있다.',
      '',
      '```python',
      'print("질문 없음")',
      '```',
      '',
    ].join('\n');
    const cards = cardsOf(note);
    expect(cards.map((card) => [card.kind, card.front, card.back])).toEqual([
      ['heading', '퀴즈 풀이', '정답은 강의 자료에 있다.\n\n```python\nprint("질문 없음")\n```'],
      ['qa', 'EC2 인스턴스를 더 큰 타입으로 바꾸는 것을 ..........이라 합니다.', '```text\n수직 스케일링\n👉 인스턴스 하나의 크기를 늘린다.\n```'],
      ['qa', '인스턴스 수를 늘리는 것을 무엇이라 할까요?', '> 수평 스케일링'],
    ]);
  });

  it('reads neither indented code nor a call with an answer line as a quiz', () => {
    const indented = '# 네트워크\n\n## 퀴즈\n\n    질문 1: TCP는 몇 단계 핸드셰이크인가?\n    답: 3단계\n';
    const cards = cardsOf(indented);
    expect(cards.map((card) => card.front)).toEqual(['퀴즈']);
    expect(cards[0]!.back).toContain('질문 1: TCP는 몇 단계 핸드셰이크인가?');
    const call = '# 파이썬\n\n## 출력\n\n```\nprint()\n답: 3\n```\n';
    expect(cardsOf(call).map((card) => [card.kind, card.front])).toEqual([['heading', '출력']]);
  });

  it('reads choices written one to a line in a paragraph of their own, after a blank line under the question', () => {
    const cards = cardsOf('# 시험\n\n## 기출\n\n1. 다음 중 고가용성을 확보하는 방법은 어떻게 됩니까?\n\n   A. 단일 가용 영역에 둔다\n   B. 두 개 이상의 가용 영역에 둔다\n   C. 인스턴스를 키운다\n   D. 스팟을 쓴다\n\n정답 : B\n');
    expect(cards.map((card) => [card.kind, card.front, card.back])).toEqual([
      ['qa', '다음 중 고가용성을 확보하는 방법은 어떻게 됩니까?\nA. 단일 가용 영역에 둔다\nB. 두 개 이상의 가용 영역에 둔다\nC. 인스턴스를 키운다\nD. 스팟을 쓴다', '정답 : B'],
    ]);
  });

  it('ends choices written in a paragraph of their own at an answer line under them', () => {
    const cards = cardsOf('# 시험\n\n## 기출\n\n1. 다음 중 고가용성을 확보하는 방법은 무엇입니까?\n\n   A. 단일 가용 영역에 둔다\n   B. 두 개 이상의 가용 영역에 둔다\n   C. 인스턴스를 키운다\n   정답: B\n\n   여러 영역이 필요하다.\n');
    expect(cards.map((card) => [card.kind, card.front, card.back])).toEqual([
      ['qa', '다음 중 고가용성을 확보하는 방법은 무엇입니까?\nA. 단일 가용 영역에 둔다\nB. 두 개 이상의 가용 영역에 둔다\nC. 인스턴스를 키운다', '정답: B\n\n- B. 두 개 이상의 가용 영역에 둔다\n\n여러 영역이 필요하다.'],
    ]);
  });

  it('reads a long exam question, and one whose first choice is written right under it, each as its own card', () => {
    const scenario = '회사는 여러 리전에서 웹 애플리케이션을 운영하며 사용자 요청이 늘어날 때마다 인스턴스를 늘리고 있습니다. '.repeat(8);
    const note = `# SAA\n\n## 모의고사\n\n1. ${scenario}가장 비용 효율적인 방법은 무엇입니까?\n\n   A. 예약 인스턴스를 구매합니다.\n\n   B. 스팟 인스턴스를 사용합니다.\n\n**정답 : (B)**\n\n2. 데이터를 암호화하는 옵션은 무엇입니까?  (2 개 항목 선택)\n   **A. SSE-S3를 사용합니다.**\n\n   B. SSE-KMS를 사용합니다.\n\n   C. 암호화하지 않습니다.\n\n**정답 : (A, B)**\n`;
    const cards = cardsOf(note);
    expect(cards.map((card) => card.back)).toEqual(['**정답 : (B)**', '**정답 : (A, B)**']);
    expect(cards[0]!.front).toMatch(/가장 비용 효율적인 방법은 무엇입니까\?\nA\. 예약 인스턴스를 구매합니다\.\nB\. 스팟 인스턴스를 사용합니다\.$/);
    expect(cards[1]!.front).toBe('데이터를 암호화하는 옵션은 무엇입니까? (2 개 항목 선택)\nA. SSE-S3를 사용합니다.\nB. SSE-KMS를 사용합니다.\nC. 암호화하지 않습니다.');
  });

  it('shows numbered choices on the front of a `Q1.` question whose answer line names one of them, and keeps a numbered answer on the back', () => {
    const note = '# 네트워크\n\n## 퀴즈\n\nQ1. 초당 수백만 건의 요청을 처리할 로드 밸런서는 무엇인가?\n1. ALB\n2. NLB\n3. GWLB\n\nA1. 2번\n\nQ2. TCP 3-way handshake 과정은?\n1. SYN\n2. SYN-ACK\n3. ACK\n\nQ3. 연결을 끊는 과정은?\n1. FIN\n2. ACK\n\nA3. 1 → 2, 상대도 같은 순서로 보낸다.\n';
    expect(cardsOf(note).map((card) => [card.kind, card.front, card.back])).toEqual([
      ['qa', '초당 수백만 건의 요청을 처리할 로드 밸런서는 무엇인가?\n1. ALB\n2. NLB\n3. GWLB', 'A1. 2번\n\n- 2\\. NLB'],
      // No answer line names a choice, and nothing asks to choose: the list is the answer.
      ['qa', 'TCP 3-way handshake 과정은?', '1. SYN\n2. SYN-ACK\n3. ACK'],
      ['qa', '연결을 끊는 과정은?', '1. FIN\n2. ACK\n\nA3. 1 → 2, 상대도 같은 순서로 보낸다.'],
    ]);
  });

  it('reads numbered choices written `①`, `(1)` and `1)`, in their own paragraph or under the question, up to the answer line', () => {
    const note = [
      '# 퀴즈',
      '',
      '## 1회',
      '',
      '문제 1. 다음 중 L7 로드 밸런서를 고르시오.',
      '',
      '① ALB',
      '② NLB',
      '정답 : ①',
      '',
      '**Q2.** 전송 계층 프로토콜은 무엇인가?',
      '(1) IP',
      '(2) **TCP** (정답)',
      '**정답: (2)**',
      '',
      '질문 3:',
      'HTTP의 기본 포트는?',
      '1) 21',
      '2) 80',
      'A3. 2',
      '',
      'Q4. 객체 스토리지는?',
      '1. EBS',
      '2. S3',
      '',
      '정답 : S3',
      '',
      '버킷에 객체를 담는다.',
      '',
    ].join('\n');
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['다음 중 L7 로드 밸런서를 고르시오.\n① ALB\n② NLB', '정답 : ①\n\n- ① ALB'],
      // The mark of the answer stays off the front, as it does for lettered choices.
      ['전송 계층 프로토콜은 무엇인가?\n(1) IP\n(2) TCP', '**정답: (2)**\n\n- (2) TCP'],
      ['HTTP의 기본 포트는?\n1) 21\n2) 80', 'A3. 2\n\n- 2\\) 80'],
      // An answer may name its choice by its text.
      ['객체 스토리지는?\n1. EBS\n2. S3', '정답 : S3\n\n버킷에 객체를 담는다.'],
    ]);
  });

  it('sets apart the numbered choices of a heading that asks, and leaves a count, a sum or a number past the last choice as an answer', () => {
    const heading = '# 네트워크\n\n### 6. 사설 IP 대역은?\n\n1. 10.0.0.0/8\n2. 8.8.8.0/24\n\n정답 : 1번\n\n### 7. OSI 하위 계층을 순서대로 쓰면?\n\n1. 물리\n2. 데이터 링크\n3. 네트워크\n\n아래에서 위로 쌓인다.\n';
    expect(cardsOf(heading).map((card) => [card.kind, card.front, card.back])).toEqual([
      ['question', '사설 IP 대역은?\n1. 10.0.0.0/8\n2. 8.8.8.0/24', '정답 : 1번\n\n- 1\\. 10.0.0.0/8'],
      ['question', 'OSI 하위 계층을 순서대로 쓰면?', '1. 물리\n2. 데이터 링크\n3. 네트워크\n\n아래에서 위로 쌓인다.'],
    ]);
    const notNamed = (answer: string) => cardsOf(`# 덱\n\n## 정규화\n\nQ. 정규화의 장점은?\n1. 중복 제거\n2. 이상 현상 방지\n3. 확장 용이\n\nA. ${answer}\n`)[0]!.front;
    for (const answer of ['3가지', '1 → 2 → 3', '4', '3 way로 외운다']) expect(notNamed(answer), answer).toBe('정규화의 장점은?');
    expect(notNamed('(3)')).toBe('정규화의 장점은?\n1. 중복 제거\n2. 이상 현상 방지\n3. 확장 용이');
  });

  it('takes numbered lines for choices without an answer line where the question asks to choose, and loses none of them unanswered', () => {
    const asked = '# DB\n\n## 기출\n\nQ. 다음 중 DDL이 아닌 것은?\n\n1. CREATE\n2. SELECT\n\n해설: SELECT는 DML이다.\n';
    expect(cardsOf(asked).map((card) => [card.front, card.back])).toEqual([['다음 중 DDL이 아닌 것은?\n1. CREATE\n2. SELECT', '해설: SELECT는 DML이다.']]);
    // Nothing answers them: the choices are the back.
    const bare = '# DB\n\n## 기출\n\nQ. 다음 중 DML을 고르시오.\n1. DROP\n2. UPDATE\n';
    expect(cardsOf(bare).map((card) => [card.front, card.back])).toEqual([['다음 중 DML을 고르시오.', '1. DROP\n2. UPDATE']]);
    // Written under the question in its paragraph and unanswered, a question stays a line of its section, choices and all.
    const inline = '# DB\n\n## 기출\n\n문제는 아래와 같다.\n\nQ. 다음 중 DML을 고르시오.\n① DROP\n② UPDATE\n';
    expect(cardsOf(inline).map((card) => [card.front, card.back])).toEqual([['기출', '문제는 아래와 같다.\n\nQ. 다음 중 DML을 고르시오.\n① DROP\n② UPDATE']]);
  });

  it('sets apart the lettered choices of a `## Q.` heading, a heading that asks or a `Q.` paragraph: on the front, one to a line, the answer on the back', () => {
    const asked = '다음 중 TCP의 특징이 아닌 것은?\nA. 연결 지향\nB. 신뢰성 보장\nC. 비연결성\nD. 흐름 제어';
    const choices = 'A. 연결 지향\nB. 신뢰성 보장\nC. 비연결성\nD. 흐름 제어';
    // One to a line in a paragraph, then `**A.** C`: the label, which would read as the choice A, is left out.
    const labelled = cardsOf(`# 네트워크\n\n## Q. 다음 중 TCP의 특징이 아닌 것은?\n\n${choices}\n\n**A.** C\n\n비연결성은 UDP의 특징이다.\n`);
    expect(labelled.map((card) => [card.kind, card.front, card.back])).toEqual([['question', asked, 'C\n\n- C. 비연결성\n\n비연결성은 UDP의 특징이다.']]);
    // One to a paragraph, then `정답: C`, under a heading that asks without a label.
    const spaced = cardsOf(`# 네트워크\n\n### 다음 중 TCP의 특징이 아닌 것은?\n\n${choices.replace(/\n/g, '\n\n')}\n\n정답: C\n`);
    expect(spaced.map((card) => [card.front, card.back])).toEqual([[asked, '정답: C\n\n- C. 비연결성']]);
    // The answer line right under the last choice, and a `Q.` paragraph whose answer names the choice by letter.
    const inline = cardsOf(`# 네트워크\n\nQ. TCP가 하지 않는 일은?\n\nA. 재전송\nB. 브로드캐스트\n정답: B\n`);
    expect(inline.map((card) => [card.kind, card.front, card.back])).toEqual([['qa', 'TCP가 하지 않는 일은?\nA. 재전송\nB. 브로드캐스트', '정답: B\n\n- B. 브로드캐스트']]);
    // Written on the lines under `Q.` in its paragraph: `A. 연결 지향` is the first choice, not the answer's label.
    const sameParagraph = cardsOf(`# 네트워크\n\nQ. 다음 중 TCP의 특징이 아닌 것은?\n${choices}\n정답: C\n`);
    expect(sameParagraph.map((card) => [card.front, card.back])).toEqual([[asked, '정답: C\n\n- C. 비연결성']]);
    const explained = explainText(`# 네트워크\n\n## Q. 다음 중 TCP의 특징이 아닌 것은?\n\n${choices}\n\n**A.** C\n`).blocks.map((block) => [block.line, block.outcome]);
    expect(explained).toEqual([[1, 'deck-title'], [3, 'card'], [5, 'choices'], [10, 'explanation']]);
  });

  it('sets apart lettered choices written as list items, and writes out on the back each choice an answer names by its mark', () => {
    const items = '- A. EC2 단일 인스턴스\n- B. Elastic Load Balancing\n- C. S3 Glacier\n- D. IAM';
    const asked = '다음 중 고가용성을 위한 서비스는?\nA. EC2 단일 인스턴스\nB. Elastic Load Balancing\nC. S3 Glacier\nD. IAM';
    const heading = cardsOf(`# AWS\n\n## Q. 다음 중 고가용성을 위한 서비스는?\n\n${items}\n\n정답: B\n\nELB는 여러 AZ에 트래픽을 나눈다.\n`);
    expect(heading.map((card) => [card.kind, card.front, card.back])).toEqual([
      ['question', asked, '정답: B\n\n- B. Elastic Load Balancing\n\nELB는 여러 AZ에 트래픽을 나눈다.'],
    ]);
    // Under a `Q.` paragraph, circled marks, the answer run on under the last item.
    const paragraph = cardsOf('# AWS\n\nQ. 정적 웹 사이트를 호스팅할 서비스는?\n\n- ① S3\n- ② EBS\n- ③ EFS\n답: ①\n해설: S3가 정적 호스팅을 한다.\n');
    expect(paragraph.map((card) => [card.kind, card.front, card.back])).toEqual([
      ['qa', '정적 웹 사이트를 호스팅할 서비스는?\n① S3\n② EBS\n③ EFS', '답: ①\n\n- ① S3\n\n해설: S3가 정적 호스팅을 한다.'],
    ]);
    // Bullets under a heading that asks nothing to choose, with no answer naming one, stay its answer.
    expect(cardsOf(`# AWS\n\n## Q. 고가용성 서비스는?\n\n- A. 하나\n- B. 둘\n`).map((card) => [card.front, card.back])).toEqual([['고가용성 서비스는?', '- A. 하나\n- B. 둘']]);
    // An answer that writes its choice out gets nothing added.
    expect(cardsOf(`# AWS\n\n## Q. 다음 중 객체 스토리지는?\n\n- A. EBS\n- B. S3\n\n정답: B. S3\n`)[0]!.back).toBe('정답: B. S3');
    // The id follows the question alone, as before the choices were set apart.
    const note = `# AWS\n\n## Q. 다음 중 고가용성을 위한 서비스는?\n\n${items}\n\n정답: B\n`;
    const [id] = assignIds('AWS', cardsOf(note), []);
    const [plainId] = assignIds('AWS', cardsOf('# AWS\n\n## Q. 다음 중 고가용성을 위한 서비스는?\n\n설명만 있다.\n'), []);
    expect(id).toBe(plainId);
  });

  it('writes out on the back each of two or more choices an answer names', () => {
    const lettered = (answer: string, question = '비용을 줄이는 방법은? (2개 선택)') =>
      cardsOf(`# AWS\n\n## Q. ${question}\n\nA. 예약 인스턴스 구매\nB. 온디맨드만 사용\nC. 스팟 인스턴스 사용\nD. 더 큰 인스턴스\n\n${answer}\n`)[0]!;
    const both = '- A. 예약 인스턴스 구매\n- C. 스팟 인스턴스 사용';
    for (const answer of ['정답: A, C', '정답: A와 C', 'Answer: A and C', '**정답 : (A), (C)**']) {
      const card = lettered(answer);
      expect(card.front, answer).toBe('비용을 줄이는 방법은? (2개 선택)\nA. 예약 인스턴스 구매\nB. 온디맨드만 사용\nC. 스팟 인스턴스 사용\nD. 더 큰 인스턴스');
      expect(card.back, answer).toBe(`${answer}\n\n${both}`);
    }
    // Asked to choose two, with no answer line: the choices are still the front's, the note's reasoning the back.
    expect(lettered('예약과 스팟이 싸다.', 'Which options cut costs? (Choose two.)').front).toMatch(/^Which options cut costs\? \(Choose two\.\)\nA\. /);
    // Numbered choices under a `Q3.` heading with an exam's note after its question mark.
    const numbered = cardsOf('# AWS\n\n## Q3. Which services are serverless? (Choose two.)\n\n1) Lambda\n2) EC2\n3) DynamoDB\n4) RDS\n\nAnswer: 1 and 3\n')[0]!;
    expect([numbered.front, numbered.back]).toEqual(['Which services are serverless? (Choose two.)\n1) Lambda\n2) EC2\n3) DynamoDB\n4) RDS', 'Answer: 1 and 3\n\n- 1\\) Lambda\n- 3\\) DynamoDB']);
    const circled = cardsOf('# AWS\n\nQ. 다음 중 서버리스 서비스를 모두 고르시오.\n① Lambda\n② EC2\n③ DynamoDB\n답: ①③\n')[0]!;
    expect(circled.back).toBe('답: ①③\n\n- ① Lambda\n- ③ DynamoDB');
  });

  it('puts the answer line of a multiple-choice question first on its back, the reasoning written above it after, and the line boxed as code as text', () => {
    const question = '1. 회사는 매일 올리는 문서를 실수로 지우지 않도록 보호하려고 합니다. 어떻게 해야 합니까?\n\n   A. EBS 볼륨에 저장하고 매주 스냅샷을 만듭니다.\n\n   B. S3 버킷에 저장하고 버전 관리를 켭니다.\n\n   C. 인스턴스 스토어에 저장합니다.\n';
    const reasoning = '```\n스냅샷은 주 1회라 그 사이에 지운 문서는 못 살린다.\n그래서 B를 골랐다.\n```';
    const [card] = cardsOf(`# SAA\n\n## 모의고사\n\n${question}\n${reasoning}\n\n**\`정답 : (B)\`**\n\n<br>\n`);
    expect(card!.front).toBe('회사는 매일 올리는 문서를 실수로 지우지 않도록 보호하려고 합니다. 어떻게 해야 합니까?\nA. EBS 볼륨에 저장하고 매주 스냅샷을 만듭니다.\nB. S3 버킷에 저장하고 버전 관리를 켭니다.\nC. 인스턴스 스토어에 저장합니다.');
    // The reasoning boxed in a fence is prose: text, line by line.
    expect(card!.back).toBe('**정답 : (B)**\n\n- B. S3 버킷에 저장하고 버전 관리를 켭니다.\n\n> 스냅샷은 주 1회라 그 사이에 지운 문서는 못 살린다.\n> 그래서 B를 골랐다.');
    // The id follows the question, as where the answer came right under the choices.
    const [answeredFirst] = cardsOf(`# SAA\n\n## 모의고사\n\n${question}\n**정답 : (B)**\n`);
    expect(assignIds('SAA', [card!], [])).toEqual(assignIds('SAA', [answeredFirst!], []));
    // A paragraph of reasoning, then the answer with its explanation under it: the line first, the rest as written.
    const explained = cardsOf('# AWS\n\n## Q. 비용을 줄이는 방법은? (2개 선택)\n\nA. 예약 인스턴스 구매\nB. 온디맨드만 사용\nC. 스팟 인스턴스 사용\n\n온디맨드는 비싸서 뺐다.\n\n정답: A, C\n해설: 예약과 스팟이 싸다.\n')[0]!;
    expect(explained.back).toBe('정답: A, C\n\n- A. 예약 인스턴스 구매\n- C. 스팟 인스턴스 사용\n\n온디맨드는 비싸서 뺐다.\n\n해설: 예약과 스팟이 싸다.');
    // A fence holding only the answer line, right under the choices, reads as text.
    const fenced = cardsOf('# 네트워크\n\n## Q. 다음 중 L4 로드 밸런서는?\n\nA. ALB\nB. NLB\n\n```\n정답 : B\n```\n')[0]!;
    expect(fenced.back).toBe('정답 : B\n\n- B. NLB');
  });

  it('reads prose boxed in a fence with no language as a quote, a line each as written, and keeps code, diagrams and output in their fences', () => {
    const quiz = [
      '# 스케일링 퀴즈',
      '## 1. 인스턴스를 더 큰 타입으로 바꾸는 것을 ...이라 합니다.',
      '```',
      '수직 확장',
      '```',
      '## 2. 지연 시간이 가장 낮은 로드 밸런서는?',
      '```',
      'A. ALB',
      'B. NLB',
      '```',
      '```',
      '정답 B',
      'NLB는 4계층에서 연결을 나눠 지연 시간이 가장 짧습니다.',
      '```',
      '## 3. 세션이 자꾸 끊기는 이유는 무엇일까요?',
      '```',
      '고정 세션이 꺼져 있습니다.',
      'https://example.com/docs/sticky_sessions?lang=ko',
      '',
      '- 쿠키로 대상을 고정한다',
      '1. 먼저 대상 그룹을 연다',
      '```',
      '',
    ].join('\n');
    expect(cardsOf(quiz).map((card) => card.back)).toEqual([
      '> 수직 확장',
      // The answer line first with the choice it names, then the sentence under it, quoted.
      '정답 B\n\n- B. NLB\n\n> NLB는 4계층에서 연결을 나눠 지연 시간이 가장 짧습니다.',
      // A blank line stays a paragraph break; a line Markdown would read as a list item is escaped to stay a line.
      '> 고정 세션이 꺼져 있습니다.\n> https://example.com/docs/sticky_sessions?lang=ko\n>\n> \\- 쿠키로 대상을 고정한다\n> 1\\. 먼저 대상 그룹을 연다',
    ]);
    // Code and what code prints stay code blocks, Korean in them or not.
    const kept = [
      '```bash\n서버를 띄운다\n```',
      '```\n$ npm install\n설치가 끝났다\n```',
      '```\n# 목록을 만든다\n목록 = [1, 2]\n```',
      '```\nconst 이름 = "홍길동";\n```',
      '```\n결과를 출력한다\nprint()\n```',
      '```\n{\n  "이름": "홍길동"\n}\n```',
      '```\n서버:\n  포트: 8080\n```',
      '```\n| 이름 | 나이 |\n+------+------+\n```',
      '```\n┌──────┐\n│ 서버 │\n└──────┘\n```',
      '```\n[클라이언트] --> [서버]\n```',
      '```\n요청 -> 로드 밸런서 -> 인스턴스\n```',
      '```\n커밋 해시\n3f2a9c0d1e4b5a6978c0d1e2f3a4b5c6d7e8f901\n```',
      '```\nyum install -y httpd\n웹 서버를 설치한다\n```',
      '```\nHello World\n```',
      '```\nSELECT * FROM 회원 WHERE 나이 > 20\n```',
      // What a program prints or a machine logs, Korean in it or not.
      '```\n안녕하세요\n합계: 15\n```',
      '```\n1\n2\n피즈\n```',
      '```\n포트 = 8080\n```',
      '```\n/home/ubuntu/프로젝트/src\n설정 파일은 위에 있다\n```',
      '```\nC:\\Users\\홍길동\\과제\n```',
      '```\n2023-01-01 12:00:00 서버 시작\n```',
      '```\n[INFO] 서버가 시작되었습니다\n```',
      '```\n이름  나이  직업\n철수  20  학생\n```',
      '```\nubuntu@ip-10-0-0-1:~$ ls\n문서\n```',
      '```\n객체가 생성되었습니다.\nException in thread "main" java.lang.NullPointerException\n```',
      '```\n오류가 났다\nerror: 빌드 실패\n```',
    ];
    for (const block of kept) expect(cardsOf(`# 덱\n\n## 예제\n\n설명한다.\n\n${block}\n`)[0]!.back, block).toBe(`설명한다.\n\n${block}`);
    // Prose keeps its quote: an answer's number, a comparison written `==`, one double space (a typo).
    const prose = cardsOf('# 덱\n\n## 예제\n\n```\n정답: 3\n스토리지 == 저장소라고 보면 된다.\nA, B 둘 다  틀렸다.\n```\n')[0]!.back;
    expect(prose).toBe('> 정답: 3\n> 스토리지 \\=\\= 저장소라고 보면 된다.\n> A, B 둘 다  틀렸다.');
  });

  it('keeps what a tool prints in Korean in its fence: status lines, file names, hints, and a box after a command', () => {
    const kept = [
      // Version control's status lines: a branch named bare, the work tree's state in fragments.
      '```\n현재 브랜치 main\n커밋할 사항 없음, 작업 폴더 깨끗함\n```',
      '```\n변경 사항 있음\n```',
      // A file name with its extension, a command quoted in a hint.
      '```\n수정함: 설정.md\n```',
      '```\n새로 만듦: README.md\n```',
      '```\n커밋하려면 "git add <파일>"을 사용하십시오\n```',
    ];
    for (const block of kept) expect(cardsOf(`# 깃\n\n## 상태\n\n확인한다.\n\n${block}\n`)[0]!.back, block).toBe(`확인한다.\n\n${block}`);
    // After a command, typed as code or at a prompt, the box is what it prints, though each line reads as prose.
    const printed = '```\n브랜치가 최신 상태입니다.\n```';
    for (const command of ['`git status`를 실행하면 다음과 같다.', '```bash\n$ git status\n```', '```\ngit status\n```']) {
      expect(cardsOf(`# 깃\n\n## 상태\n\n${command}\n\n${printed}\n`)[0]!.back, command).toBe(`${command}\n\n${printed}`);
    }
    // Prose about a tool, or after words that type no command, is still a quote; so is a product's name (`Node.js`).
    expect(cardsOf(`# 깃\n\n## 상태\n\n상태를 본다.\n\n${printed}\n`)[0]!.back).toBe('상태를 본다.\n\n> 브랜치가 최신 상태입니다.');
    expect(cardsOf('# 깃\n\n## 브랜치\n\n```\n브랜치를 새로 만들어 작업한다.\nNode.js 프로젝트도 같다.\n```\n')[0]!.back).toBe(
      '> 브랜치를 새로 만들어 작업한다.\n> Node.js 프로젝트도 같다.',
    );
  });

  it('leaves the back of a question with no choices on its front, or whose answer line names none of them, as written', () => {
    // The reasoning boxed in a fence reads as text (it is prose) and stays first.
    const boxed = '```\n잘 모르겠다.\n```';
    // Under a heading that does not ask, lettered lines are its explanation, not choices.
    expect(cardsOf(`# 운영체제\n\n## 교착 상태\n\nA. 상호 배제\nB. 점유 대기\nC. 비선점\n\n${boxed}\n\n**\`정답 : C\`**\n`)[0]!.back).toBe('A. 상호 배제\nB. 점유 대기\nC. 비선점\n\n> 잘 모르겠다.\n\n**`정답 : C`**');
    // `정답 : F` names no choice of A to C, and `정답은 나중에` none at all.
    for (const answer of ['**`정답 : F`**', '정답은 나중에 확인한다.']) {
      const card = cardsOf(`# 네트워크\n\n## Q. 다음 중 L7 로드 밸런서는?\n\nA. ALB\nB. NLB\nC. GWLB\n\n${boxed}\n\n${answer}\n`)[0]!;
      expect(card.back, answer).toBe(`> 잘 모르겠다.\n\n${answer}`);
    }
  });

  it('keeps lettered lines on the back where nothing names one as the answer and the question does not ask to choose', () => {
    const conditions = 'A. 상호 배제\nB. 점유 대기\nC. 비선점\nD. 순환 대기';
    // They are the four conditions it asks for: on the front they would give the answer away.
    const listed = cardsOf(`# 운영체제\n\n## Q. 교착 상태의 네 조건은?\n\n${conditions}\n\n넷이 모두 성립해야 생긴다.\n`);
    expect(listed.map((card) => [card.front, card.back])).toEqual([['교착 상태의 네 조건은?', `${conditions}\n\n넷이 모두 성립해야 생긴다.`]]);
    // Under a heading that does not ask, they are its explanation.
    expect(cardsOf(`# 운영체제\n\n## 교착 상태\n\n${conditions}\n\n정답: C\n`).map((card) => [card.front, card.back])).toEqual([['교착 상태', `${conditions}\n\n정답: C`]]);
  });

  it('what the audit of other people’s notes found: aspects of an aspect, numbered sections, labels-only and `<br>` backs', () => {
    // An aspect under a title that names an aspect is asked of the thing itself.
    const stacked = '# 네트워크\n\n## HTTP와 HTTPS\n\n- HTTPS의 장단점\n    - 장점\n        - 안전하다\n        - 믿을 수 있다\n    - 단점\n        - 느리다\n        - 비싸다\n';
    expect(frontsOf(stacked)).toEqual(['HTTP와 HTTPS › HTTPS의 장점은?', 'HTTP와 HTTPS › HTTPS의 단점은?']);
    expect(['HTTPS의 장단점', '뮤텍스와 세마포어의 차이', 'REST 특징', 'REST가 필요한 이유', '함수 정의 장점', '리전'].map(aspectOwner)).toEqual(['HTTPS', '뮤텍스와 세마포어', 'REST', 'REST가 필요한 이유', '함수 정의', '리전']);
    // Section numbers go, also `1-1.`, `4-1)` and `1.` written flush with the title; `3.5 버전` stays.
    const numbered = '# DB\n\n### 1-1. 갱신 이상에는 어떠한 것들이 있는가?\n\n삽입, 삭제, 수정 이상이 있다.\n\n### 1.품질보증의 개념\n\n- 품질보증 : 품질을 보장하는 활동\n\n### 3.5 버전\n\n새 기능이 있다.\n';
    // (`품질보증의 개념` over only `- 품질보증 : …` would name it again: no card but the term's.)
    expect(frontsOf(numbered)).toEqual(['갱신 이상에는 어떠한 것들이 있는가?', '품질보증의 개념 › 품질보증이란?', '3.5 버전']);
    // A toggle's triangle and importance stars before a title lay the note out: not in fronts, contexts or tags.
    const starred = '# 클라우드\n\n## ★ S3 Standard\n\n자주 쓰는 데이터용이다.\n\n## ★★ 보안\n\n- ▶ 보안 그룹\n    - 허용 규칙만 둔다.\n    - 상태를 저장한다.\n- ▶ NACL\n    - 거부 규칙도 둔다.\n    - 상태를 저장하지 않는다.\n\n## ★별점 제도\n\n별 다섯 개까지 준다.\n';
    expect(cardsOf(starred).map((card) => [card.front, card.tags])).toEqual([
      ['S3 Standard', ['S3_Standard']],
      ['보안', ['보안']],
      ['보안 › 보안 그룹이란?', ['보안']],
      ['보안 › NACL이란?', ['보안']],
      ['★별점 제도', ['★별점_제도']], // a star written into the word is part of it
    ]);
    // An outline number without a final dot (`1.1 서브넷`, `2.3.1`) goes under the heading whose number it
    // extends, from fronts, contexts and tags alike; elsewhere (`3.5 버전`, `HTTP 1.1`) it is the subject.
    const outlined =
      '# VPC\n\n## 1. 구성 요소\n\n### 1.1 서브넷\n\nIP 주소 범위를 나눈 단위이다.\n\n- 퍼블릭 서브넷: 인터넷으로 라우팅된다\n\n## 2) 보안\n\n### 2.1 보안 그룹\n\n#### 2.1.1 인바운드\n\n들어오는 트래픽이다.\n\n### 3.5 버전\n\n새 기능이 있다.\n\n### HTTP 1.1\n\n지속 연결을 쓴다.\n';
    expect(cardsOf(outlined).map((card) => [card.front, card.tags])).toEqual([
      ['구성 요소 › 서브넷', ['구성_요소::서브넷']],
      ['서브넷 › 퍼블릭 서브넷이란?', ['구성_요소::서브넷']],
      ['보안 그룹 › 인바운드', ['보안::보안_그룹::인바운드']],
      ['보안 › 3.5 버전', ['보안::3.5_버전']],
      ['보안 › HTTP 1.1', ['보안::HTTP_1.1']],
    ]);
    // A card whose back would list only aspect labels, each a card of its own, says nothing: none is made.
    const labels = '# 네트워크\n\n## HTTP와 HTTPS\n\n- HTTP 프로토콜\n  - 개념\n    - 웹에서 데이터를 주고받는 규약\n  - 특징\n    - 상태가 없다\n';
    expect(frontsOf(labels)).toEqual(['HTTP와 HTTPS › HTTP 프로토콜의 개념은?', 'HTTP와 HTTPS › HTTP 프로토콜의 특징은?']);
    // So does one listing aspects named in full (`REST의 정의`, `일반 소켓과의 차이점`); names of kinds answer still.
    const outline = '# 웹\n\n## REST\n\n* REST API\n  * REST API의 정의\n    * 자원을 URI로 나타낸다\n    * 상태를 전달한다\n  * 일반 RPC와의 차이점\n    * 행위를 메서드로 나타낸다\n    * 더 단순하다\n* HTTP 메서드\n  * GET 방식\n    * 조회한다\n  * POST 방식\n    * 생성한다\n';
    expect(frontsOf(outline)).toEqual(['REST', 'REST › REST API의 정의는?', 'REST API › 일반 RPC와의 차이점은?', 'REST › HTTP 메서드란?', 'HTTP 메서드 › GET 방식이란?', 'HTTP 메서드 › POST 방식이란?']);
    // Items all ending in one aspect are the kinds of it the title asks for: its back lists them, an answer.
    const kinds = '# 운영체제\n\n## 교착 상태 발생 조건\n\n- 상호 배제 조건\n  - 자원을 한 번에 하나만 쓴다\n- 순환 대기 조건\n  - 서로를 원형으로 기다린다\n';
    expect(cardsOf(kinds)[0]).toMatchObject({ front: '교착 상태 발생 조건은?', back: '- 상호 배제 조건\n- 순환 대기 조건' });
    // Its list of terms is an answer: "OSI 계층" lists the layers.
    const terms = '# 네트워크\n\n## OSI 계층\n\n- 물리 계층 : 비트를 전송한다\n- 전송 계층 : 종단 간 전달을 맡는다\n';
    expect(cardsOf(terms)[0]).toMatchObject({ front: 'OSI 계층', back: '- 물리 계층\n- 전송 계층' });
    // A bare aspect label as context is named with what it is an aspect of, as its own card asks it.
    const keys = '# DB\n\n## 키\n\n- 종류\n    - 수퍼키 : 유일성을 만족하는 속성 집합\n    - 후보키 : 유일성과 최소성을 만족하는 속성 집합\n- 구성요소\n    - 속성 : 키를 이루는 열\n';
    expect(frontsOf(keys)).toEqual(['키의 종류는?', '키의 종류 › 수퍼키란?', '키의 종류 › 후보키란?', '키의 구성요소는?', '키의 구성요소 › 속성이란?']);
    // A count naming no owner of what it counts is context with the title above it, which names it.
    const counted = '# 소프트웨어 공학\n\n## 품질 모델\n\n- CMM ; 능력을 정량화\n  - 프로세스 성숙단계 5단계\n    - 초기 ; 예측 불가\n    - 최적화 ; 개선되는 프로세스\n- GWLB(Gateway Load Balancer)\n  - 2개의 기능 통합\n    - 게이트웨이 : 단일 출입구\n    - 부하 분산기 : 트래픽을 나눈다\n';
    expect(frontsOf(counted)).toEqual([
      '품질 모델',
      '품질 모델 › CMM이란?',
      'CMM › 프로세스 성숙단계 5단계는?',
      'CMM › 프로세스 성숙단계 5단계 › 초기란?',
      'CMM › 프로세스 성숙단계 5단계 › 최적화란?',
      '품질 모델 › GWLB(Gateway Load Balancer)란?',
      'GWLB(Gateway Load Balancer) › 2개의 기능 통합이란?',
      'GWLB › 2개의 기능 통합 › 게이트웨이란?',
      'GWLB › 2개의 기능 통합 › 부하 분산기란?',
    ]);
    // A count alone too; one that names its owner (`OSI 7계층`) needs no more.
    const layers = '# 네트워크\n\n## 계층 모델\n\n- OSI 7계층\n  - 물리 계층 : 비트를 보낸다\n  - 전송 계층 : 종단 간 전달\n- 프로그래밍 언어의 종류\n  - 1세대 ; 기계어\n  - 3세대\n    - 구조적 언어 ; C\n    - 객체지향 언어 ; Java\n';
    expect(frontsOf(layers)).toEqual(expect.arrayContaining(['OSI 7계층 › 물리 계층이란?', '프로그래밍 언어의 종류 › 3세대 › 구조적 언어', '프로그래밍 언어의 종류 › 3세대 › 객체지향 언어']));
    // A generic label of parts (`프로세스 영역`) does not say whose: as context it carries the title above it.
    const areas = '# 품질\n\n## 프로세스 평가\n\n- 심사 모델 ; 조직의 능력을 잰다\n  - 프로세스 영역\n    - 개발 프로세스 ; 분석과 구현을 하는 과정\n    - 지원 프로세스 ; 문서와 검토를 돕는 과정\n';
    expect(frontsOf(areas)).toEqual(expect.arrayContaining(['심사 모델 › 프로세스 영역 › 개발 프로세스란?', '심사 모델 › 프로세스 영역 › 지원 프로세스란?']));
    // A chapter's number names no owner.
    const chapter = '# 테스트\n\n## 3장\n\n### 테스트 단계\n\n- 단위 : 모듈 하나를 본다\n- 통합 : 모듈 묶음을 본다\n';
    expect(frontsOf(chapter)).toEqual(expect.arrayContaining(['테스트 단계 › 단위란?', '테스트 단계 › 통합이란?']));
    // Steps in order written as a title are the answer to the order of the title above, not a front; the
    // steps' own cards are placed by that title.
    const order = '# 관리\n\n## 일정 계획\n\n### 요구 수집 -> 작업 분해 -> 일정표 작성\n\n- 요구 수집\n  - 만들 것을 정한다\n- 작업 분해\n  - 일을 작게 나눈다\n- 일정표 작성\n  - 막대 도표로 그린다\n';
    expect(cardsOf(order).map((card) => [card.front, card.back]).slice(0, 2)).toEqual([
      ['일정 계획의 순서는?', '요구 수집 -> 작업 분해 -> 일정표 작성\n\n- 요구 수집\n- 작업 분해\n- 일정표 작성'],
      ['일정 계획 › 요구 수집이란?', '- 만들 것을 정한다'],
    ]);
    // Beside other sections it is no order of the title above, a topic of several things: kept as written.
    const besides = '# 빌드\n\n## 변환\n\n### 소스 -> 바이트코드 변환\n\n- 컴파일러가 맡는다\n\n### 요청 → 응답 → 로그 기록\n\n- 필터 체인이 처리한다\n';
    expect(frontsOf(besides)).toEqual(['변환 › 소스 -> 바이트코드 변환', '변환 › 요청 → 응답 → 로그 기록']);
    // A sum or a flow is no name to ask about: it stays in the explanation above it.
    const flow = '# 네트워크\n\n## HTTPS의 원리\n\n- 공개키 : 모두에게 공개된 키\n- 클라이언트 -> 서버\n    - 공개키로 암호화해 보낸다\n    - 서버가 개인키로 푼다\n- 요청 메소드 + 요청 URI\n    - GET / HTTP/1.1\n';
    expect(frontsOf(flow)).toEqual(['HTTPS의 원리는?', 'HTTPS의 원리 › 공개키란?']);
    expect(cardsOf(flow)[0]!.back).toContain('- 클라이언트 -> 서버\n    - 공개키로 암호화해 보낸다');
    // Steps joined by spaced dashes are a flow too, not the first step described by the rest; one dash
    // between a term and its description still makes a term.
    const dashed = '# 공학\n\n## 위험 관리\n\n- 수집 - 평가 - 대응 - 점검\n- 평가 단계 ; 위험을 매기는 단계\n- VPC - 가상 네트워크\n';
    expect(frontsOf(dashed)).toEqual(['위험 관리', '위험 관리 › 평가 단계란?', '위험 관리 › VPC란?']);
    expect(cardsOf(dashed)[0]!.back).toBe('- 수집 - 평가 - 대응 - 점검\n- 평가 단계\n- VPC');
    // A formula after the dash is part of the description; a number after one among bare names is a value asked.
    expect(frontsOf('# DB\n\n## 키의 종류\n\n- 후보키 - 유일성과 최소성을 가진 키\n- 기본키 - 후보키 중 고른 키 (PK = 유일 + NOT NULL)\n')).toEqual([
      '키의 종류는?',
      '키의 종류 › 후보키란?',
      '키의 종류 › 기본키란?',
    ]);
    expect(cardsOf('# 네트워크\n\n## 포트\n\n- SSH - 22\n- HTTP - 80\n- DNS\n- FTP\n').map((card) => [card.front, card.back])).toEqual([
      ['포트', '- SSH - 22\n- HTTP - 80\n- DNS\n- FTP'],
      ['포트 › SSH', '22'],
      ['포트 › HTTP', '80'],
    ]);
    // So is a flow with what it is said after it: no card asking the first step.
    const said = '# 공학\n\n## 위험 관리\n\n- 수집 - 평가 - 대응 : 위험 관리의 순서\n- 평가 단계 ; 위험을 매기는 단계\n';
    expect(frontsOf(said)).toEqual(['위험 관리', '위험 관리 › 평가 단계란?']);
    expect(cardsOf(said)[0]!.back).toBe('- 수집 - 평가 - 대응 : 위험 관리의 순서\n- 평가 단계');
    // A question is answered by all its answer says, not by the names of the parts that are cards too.
    const question = '# Java\n\n### 오버로딩과 오버라이딩 차이는?\n\n- 오버로딩\n    - 이름이 같고 매개변수가 다른 메소드\n- 오버라이딩\n    - 상위 클래스의 메소드를 다시 정의\n';
    const answered = cardsOf(question);
    expect(answered.map((card) => card.front)).toEqual(['오버로딩과 오버라이딩 차이는?', '오버로딩과 오버라이딩 차이는? › 오버로딩이란?', '오버로딩과 오버라이딩 차이는? › 오버라이딩이란?']);
    expect(answered[0]!.back).toBe('- 오버로딩\n    - 이름이 같고 매개변수가 다른 메소드\n- 오버라이딩\n    - 상위 클래스의 메소드를 다시 정의');
    // A mark before a bold term, and no-break spaces copied from a web page, still make a term.
    const marked = '# OS\n\n## 프로세스 상태\n\n상태는 다섯 가지다.\n\n✓\u00a0**승인 (Admitted)**\u00a0: 프로세스 생성이 가능하여 승인됨.\n\n✓ **인터럽트 (Interrupt)** : 준비 상태로 바꾼다.\n';
    expect(frontsOf(marked)).toEqual(['프로세스 상태', '프로세스 상태 › 승인 (Admitted)이란?', '프로세스 상태 › 인터럽트 (Interrupt)란?']);
    // A highlight around the bold term (`==**TCP**==`, as Obsidian marks what to learn) is the term's too, in a list or a paragraph.
    const highlighted = '# 네트워크\n\n## 전송 계층\n\n- ==**TCP**== : 연결 지향, ==신뢰성== 보장\n- **==UDP==** : 비연결\n\n==**혼잡 제어**== : 보내는 양을 줄인다.\n';
    expect(cardsOf(highlighted).map((card) => [card.front, card.back]).slice(1)).toEqual([
      ['전송 계층 › TCP란?', '연결 지향, ==신뢰성== 보장'],
      ['전송 계층 › UDP란?', '비연결'],
      ['전송 계층 › 혼잡 제어란?', '보내는 양을 줄인다.'],
    ]);
    // A highlight that is not only the term stays a line of the explanation.
    expect(frontsOf('# 네트워크\n\n## 전송 계층\n\n- ==**TCP** 연결== : 세 단계\n')).toEqual(['전송 계층']);
    // A title line ended by a hard break, its explanation under it in the same paragraph, as its siblings have theirs below.
    const hardBreaks = '# DB\n\n#### 데이터베이스의 특징\n\n1.  데이터의 독립성\n    * 물리적 독립성 : 파일을 늘려도 된다.\n2.  데이터의 무결성   \n    잘못된 데이터를 막는 기능이다.\n';
    expect(cardsOf(hardBreaks).map((card) => [card.front, card.back]).slice(3)).toEqual([['데이터베이스의 특징 › 데이터의 무결성이란?', '잘못된 데이터를 막는 기능이다.']]);
    // A quote of nothing but `용어 : 설명` lines sets definitions apart: each is a term; a lead-in among them is not.
    const quoted = '# DB\n\n## 장애, 회복\n\n> 장애 : 시스템이 제대로 동작하지 않는 상태\n>\n> 회복 : 일관된 상태로 되돌리는 것\n>\n> 크게 2가지 : 즉시, 지연\n';
    expect(frontsOf(quoted)).toEqual(['장애, 회복', '장애, 회복 › 장애란?', '장애, 회복 › 회복이란?']);
    expect(frontsOf('# DB\n\n## 장애\n\n> 장애는 흔하다. 원인 : 여러 가지\n')).toEqual(['장애']);
    // A heading written inside a list item titles the item.
    const headed = '# OS\n\n## 데드락 발생 조건\n\n네 가지 모두 성립해야 한다.\n\n1. ##### 상호 배제(Mutual exclusion)\n\n   > 자원은 한 번에 한 프로세스만 쓴다\n\n2. ##### 비선점(No preemption)\n\n   > 남의 자원을 빼앗을 수 없다\n';
    expect(cardsOf(headed).map((card) => [card.front, card.back])).toEqual([
      ['데드락 발생 조건은?', '네 가지 모두 성립해야 한다.\n\n1. 상호 배제(Mutual exclusion)\n2. 비선점(No preemption)'],
      ['데드락 발생 조건 › 상호 배제(Mutual exclusion)란?', '> 자원은 한 번에 한 프로세스만 쓴다'],
      ['데드락 발생 조건 › 비선점(No preemption)이란?', '> 남의 자원을 빼앗을 수 없다'],
    ]);
    // `A vs B` asks for their difference; an aspect in brackets after it (`기능(활동)`) is still asked with 은/는.
    expect(frontsOf('# SW\n\n## 시험 기법\n\n- Stub vs Driver : 호출되는 쪽과 호출하는 쪽\n- 오버로딩 vs 오버라이딩 : 이름은 같고 하는 일이 다르다\n- 형상관리의 기능(활동) : 식별, 통제, 감사\n- 재공학의 목표 : 유지보수성 향상\n')).toEqual([
      '시험 기법',
      '시험 기법 › Stub과 Driver의 차이는?',
      '시험 기법 › 오버로딩과 오버라이딩의 차이는?',
      '시험 기법 › 형상관리의 기능(활동)은?',
      '시험 기법 › 재공학의 목표는?',
    ]);
    // A `<br>` put for space is no explanation.
    expect(frontsOf('# SW\n\n## 재공학\n\n- 역공학\n\n  <br>\n\n- 재사용 : 다시 쓰는 것\n')).toEqual(['재공학', '재공학 › 재사용이란?']);
  });
  it('makes no card of a table of contents: sections listed, one asked …란 or an aspect, or the parent named again', () => {
    // A definition asked among the sections: the parent's back would only name them.
    const asked = '# 웹\n\n## REST와 RESTful\n\n- REST란\n  - 자원을 이름으로 구분하는 구조\n- REST API\n  - REST를 따르는 API\n- RESTful\n  - REST를 잘 따르는 것\n';
    expect(frontsOf(asked)).toEqual(['REST와 RESTful › REST란?', 'REST와 RESTful › REST API란?', 'REST와 RESTful › RESTful이란?']);
    expect(explainText(asked).blocks.find((block) => block.line === 3)?.reason).toMatch(/^its list only names its sections .*: a table of contents, no answer$/);
    // Names mixed with an aspect of the parent, bare or named in full.
    const mixed = '# 운영체제\n\n## 페이지 교체\n\n- FIFO\n  - 먼저 들어온 페이지를 뺀다\n- LRU\n  - 오래 쓰지 않은 페이지를 뺀다\n- 문제점\n  - 페이지를 늘려도 부재가 늘 수 있다\n';
    expect(frontsOf(mixed)).toEqual(['페이지 교체 › FIFO란?', '페이지 교체 › LRU란?', '페이지 교체의 문제점은?']);
    const namedInFull = '# 운영체제\n\n## 동기화\n\n- 스레드 동기화 방법\n  - 실행 순서를 맞춘다\n- 동기화 기법의 종류\n  - 유저 모드 동기화 ; 커널을 부르지 않는다\n  - 커널 모드 동기화 ; 커널을 부른다\n';
    expect(frontsOf(namedInFull)).not.toContain('동기화');
    // Any list naming its parent again, terms too.
    const again = '# 네트워크\n\n## ICMP\n\n- ICMP\n  - 오류를 알리는 프로토콜\n  - ping ; 도달을 확인한다\n- IGMP ; 그룹을 관리하는 프로토콜\n- 유니캐스트 ; 하나에게 보낸다\n';
    expect(frontsOf(again)).toEqual(['ICMP란?', 'ICMP › ping이란?', 'ICMP › IGMP란?', 'ICMP › 유니캐스트란?']);
    // With a text of its own, the parent keeps its card, the list of sections under it.
    const introduced = asked.replace('## REST와 RESTful\n', '## REST와 RESTful\n\n웹의 자원을 다루는 방식이다.\n');
    expect(cardsOf(introduced)[0]).toMatchObject({ front: 'REST와 RESTful', back: '웹의 자원을 다루는 방식이다.\n\n- REST란\n- REST API\n- RESTful' });
    // Answers still: kinds alone, a counted group among the parts, terms with an aspect after them, a question's list.
    const kinds = '# DB\n\n## 트랜잭션 특징\n\n- 원자성\n  - 전부 되거나 전혀 안 된다\n- 일관성\n  - 규칙을 지킨다\n';
    expect(cardsOf(kinds)[0]).toMatchObject({ front: '트랜잭션 특징은?', back: '- 원자성\n- 일관성' });
    const counted = '# 아키텍처\n\n## 시스템의 구성\n\n- 클라이언트-서버 시스템 4계층\n  - 표현 계층 ; 화면을 그린다\n  - 데이터 계층 ; 저장한다\n- 미들웨어\n  - 둘을 잇는다\n';
    expect(cardsOf(counted)[0]).toMatchObject({ front: '시스템의 구성은?', back: '- 클라이언트-서버 시스템 4계층\n- 미들웨어' });
    const glossary = '# 객체지향\n\n## 객체지향의 요소\n\n- 객체 ; 데이터와 함수를 묶은 것\n- 클래스 ; 객체의 틀\n- 객체지향의 장단점\n  - 장점 ; 재사용이 쉽다\n  - 단점 ; 느리다\n';
    expect(cardsOf(glossary)[0]).toMatchObject({ front: '객체지향의 요소', back: '- 객체\n- 클래스\n- 객체지향의 장단점' });
    const question = '# 웹\n\n## 쿠키와 세션의 차이점은?\n\n- 저장 위치\n  - 쿠키는 클라이언트, 세션은 서버\n- 보안\n  - 세션이 안전하다\n';
    expect(cardsOf(question)[0]).toMatchObject({ front: '쿠키와 세션의 차이점은?', back: '- 저장 위치\n  - 쿠키는 클라이언트, 세션은 서버\n- 보안\n  - 세션이 안전하다' });
  });

  it('answers a title asking what a thing is (`…의 개념`) with what is said of it, not the names of its sections', () => {
    const sections = '- 배포 전략의 분류\n  - 한 번에 바꾼다\n  - 조금씩 바꾼다\n- 배포 비용\n  - 서버가 두 배로 든다\n';
    // Names of sections only: no card ("배포의 개념은?" is not answered by "분류, 비용"); each section is one.
    const named = `# 공학\n\n## 배포의 개념\n\n${sections}`;
    expect(frontsOf(named)).toEqual(['배포의 개념 › 배포 전략의 분류는?', '배포의 개념 › 배포 비용이란?']);
    expect(explainText(named).blocks.find((block) => block.line === 3)?.reason).toMatch(/^its list only names its sections .*what a thing is.*: a table of contents, no answer$/);
    // A line that says something stays, without the sections' names; so does the text of the title's own.
    expect(cardsOf(`# 공학\n\n## 배포의 개념\n\n- CD Continuous Deployment 지속적 배포\n${sections}`)[0]).toMatchObject({ front: '배포의 개념은?', back: '- CD Continuous Deployment 지속적 배포' });
    expect(cardsOf(`# 공학\n\n## 배포의 정의\n\n새 버전을 내보내는 일이다.\n\n${sections}`)[0]).toMatchObject({ front: '배포의 정의는?', back: '새 버전을 내보내는 일이다.' });
    // Under a title that asks nothing of the kind, the names stay.
    expect(cardsOf(`# 공학\n\n## 배포\n\n새 버전을 내보내는 일이다.\n\n${sections}`)[0]).toMatchObject({ front: '배포', back: '새 버전을 내보내는 일이다.\n\n- 배포 전략의 분류\n- 배포 비용' });
    // Terms defined on their lines are the thing's own words: they answer it.
    const terms = '# DB\n\n## 데이터베이스 정의\n\n- 공유 데이터 : 여럿이 함께 쓴다\n- 통합 데이터 : 중복을 줄였다\n';
    expect(cardsOf(terms)[0]).toMatchObject({ front: '데이터베이스 정의는?', back: '- 공유 데이터\n- 통합 데이터' });
    // One term among sections says what it is on its line: the line stays whole, not a name that says nothing.
    const baseline = '# 형상\n\n## 형상관리의 개념\n\n- SCM 소프트웨어 형상관리\n\n- 기준선 ; 공식적으로 검토되어 변경 통제 절차로만 바꿀 수 있는 산출물\n\n- 형상관리의 기능\n\n  - 형상 식별\n    - 항목에 이름을 붙인다.\n  - 형상 통제\n    - 변경을 심의한다.\n';
    expect(cardsOf(baseline).map((card) => [card.front, card.back]).slice(0, 2)).toEqual([
      ['형상관리의 개념은?', '- SCM 소프트웨어 형상관리\n- 기준선 ; 공식적으로 검토되어 변경 통제 절차로만 바꿀 수 있는 산출물'],
      ['형상관리의 개념 › 기준선이란?', '공식적으로 검토되어 변경 통제 절차로만 바꿀 수 있는 산출물'],
    ]);
  });

  it('ends no back with the title of another thing\'s parts, which heads a section and a card of its own', () => {
    const note = '# 아키텍처\n\n## 미들웨어\n\n- 메시지 큐\n  - 메시지를 비동기로 주고받게 돕는다.\n  - 느슨한 결합\n  - 분산 구조의 종류\n    - 마스터-슬레이브 구조\n    - 피어 투 피어 구조\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['미들웨어 › 메시지 큐란?', '- 메시지를 비동기로 주고받게 돕는다.\n- 느슨한 결합'],
      ['메시지 큐 › 분산 구조의 종류는?', '- 마스터-슬레이브 구조\n- 피어 투 피어 구조'],
    ]);
    // The owner's own parts stay on its back, and so do names alike, one of them its last.
    expect(cardsOf(note.replace('분산 구조의 종류', '메시지 큐의 종류'))[0]!.back).toBe('- 메시지를 비동기로 주고받게 돕는다.\n- 느슨한 결합\n- 메시지 큐의 종류');
  });

  it('keeps the names of a concept title\'s sections where, without them, only a table, code or images would remain', () => {
    const sections = '- 배포 전략의 분류\n  - 한 번에 바꾼다\n  - 조금씩 바꾼다\n- 배포 비용\n  - 서버가 두 배로 든다\n';
    const table = '| 단계 | 도구 | 개발 | 운영 |\n| --- | --- | --- | --- |\n| 1단계 | 블루그린 | O | O |\n| 2단계 | 카나리 |  | O |\n| 3단계 | 재생성 | O |  |\n';
    // A table of strategies by phase does not say what 배포 is: the sections' names stay before it.
    expect(cardsOf(`# 공학\n\n## 배포의 개념\n\n${sections}\n${table}`)[0]).toMatchObject({ front: '배포의 개념은?', back: `- 배포 전략의 분류\n- 배포 비용\n\n${table.trim()}` });
    expect(cardsOf(`# 공학\n\n## 배포의 개념\n\n${sections}\n\`\`\`sh\ndeploy --all\n\`\`\`\n`)[0]!.back).toBe('- 배포 전략의 분류\n- 배포 비용\n\n```sh\ndeploy --all\n```');
    // A sentence beside the table says something: the names are left out.
    expect(cardsOf(`# 공학\n\n## 배포의 개념\n\n새 버전을 내보내는 일이다.\n\n${sections}\n${table}`)[0]!.back).toBe(`새 버전을 내보내는 일이다.\n\n${table.trim()}`);
  });

  it('names after a label on its owner\'s back the few members its own card lists, so that the label leads somewhere', () => {
    const stages = '# 공학\n\n## 개발 모형\n\n- 나선형 ; 위험을 줄이며 되풀이한다\n  - 4가지 작업\n    - 계획 수립 ; 목표를 정한다\n    - 위험 분석 ; 위험을 따진다\n    - 개발과 검증 ; 만들어 본다\n    - 고객 평가 ; 평가를 받는다\n';
    const cards = cardsOf(stages);
    expect(cards.find((card) => card.front === '개발 모형 › 나선형이란?')?.back).toBe('위험을 줄이며 되풀이한다\n\n- 4가지 작업: 계획 수립, 위험 분석, 개발과 검증, 고객 평가');
    expect(cards.find((card) => card.front.startsWith('나선형 › 4가지 작업'))?.back).toBe('- 계획 수립\n- 위험 분석\n- 개발과 검증\n- 고객 평가'); // still a card of its own
    // More than five, or longer: the label stays alone, the names on its card only.
    const six = '# 공학\n\n## 개발 모형\n\n- 폭포수 ; 단계를 차례로 밟는다\n  - 여섯 단계\n    - 요구 분석 ; 무엇을 만들지 정한다\n    - 설계 ; 구조를 정한다\n    - 구현 ; 코드를 짠다\n    - 시험 ; 결함을 찾는다\n    - 배포 ; 내보낸다\n    - 유지보수 ; 고쳐 쓴다\n';
    expect(cardsOf(six).find((card) => card.front === '개발 모형 › 폭포수란?')?.back).toBe('단계를 차례로 밟는다\n\n- 여섯 단계');
    // A label made of its members' names says them already.
    const both = '# 품질\n\n## 감사\n\n- 형상 감사 ; 기준선이 요구와 맞는지 본다\n  - 검증 및 확인\n    - 검증 ; 명세대로인가\n    - 확인 ; 요구대로인가\n';
    expect(cardsOf(both).find((card) => card.front === '감사 › 형상 감사란?')?.back).toBe('기준선이 요구와 맞는지 본다\n\n- 검증 및 확인');
    // Among bare names, as a kind among kinds (`회복 기법 유형은?`), it is a name as they are.
    const kinds = '# DB\n\n## 회복 기법 유형\n\n- 로그 회복\n  - 즉시 갱신 ; 바로 쓴다\n  - 지연 갱신 ; 나중에 쓴다\n- 검사 시점 회복\n';
    expect(cardsOf(kinds)[0]).toMatchObject({ front: '회복 기법 유형은?', back: '- 로그 회복\n- 검사 시점 회복' });
  });

  it('leaves out an outline of the items below it, which name themselves again over their content', () => {
    // In one list: the names first, then each again over its content. The back names them once.
    const oneList = '# 설계\n\n## 디자인 패턴\n\n- 생성 패턴\n- 구조 패턴\n\n- 생성 패턴\n  - 객체를 만드는 방법을 다룬다.\n- 구조 패턴\n  - 클래스를 묶는 방법을 다룬다.\n';
    expect(cardsOf(oneList).map((card) => [card.front, card.back])).toEqual([
      ['디자인 패턴', '- 생성 패턴\n- 구조 패턴'],
      ['디자인 패턴 › 생성 패턴이란?', '- 객체를 만드는 방법을 다룬다.'],
      ['디자인 패턴 › 구조 패턴이란?', '- 클래스를 묶는 방법을 다룬다.'],
    ]);
    expect(explainText(oneList).blocks.find((block) => block.line === 5 && block.block === 'list item')?.reason).toBe('an outline of the items below it, which say their names again: a table of contents');
    // A list of its own over the list of the kinds: asked once, by the kinds card, not by the title's.
    const twoLists = '# 설계\n\n## 패턴\n\n- 생성 패턴\n- 구조 패턴\n\n* 생성 패턴\n  - 객체를 만드는 방법을 다룬다.\n* 구조 패턴\n  - 클래스를 묶는 방법을 다룬다.\n';
    expect(cardsOf(twoLists).map((card) => [card.front, card.back])).toEqual([
      ['패턴의 종류는?', '- 생성 패턴\n- 구조 패턴'],
      ['패턴 › 생성 패턴이란?', '- 객체를 만드는 방법을 다룬다.'],
      ['패턴 › 구조 패턴이란?', '- 클래스를 묶는 방법을 다룬다.'],
    ]);
    expect(explainText(twoLists).blocks.find((block) => block.line === 5)?.reason).toBe('an outline of the items below it, which say their names again: a table of contents');
    // Still the answer: names of sub-headings (on no other card's back), and names not written again below.
    const overHeadings = '# 알고리즘\n\n## 정렬\n\n- 버블 정렬\n- 퀵 정렬\n\n### 버블 정렬\n\n이웃한 두 값을 바꾼다.\n\n### 퀵 정렬\n\n기준 값으로 나눈다.\n';
    expect(cardsOf(overHeadings)[0]).toMatchObject({ front: '정렬', back: '- 버블 정렬\n- 퀵 정렬' });
    const notAgain = '# 설계\n\n## 디자인 패턴\n\n- 생성 패턴\n- 구조 패턴\n\n* 싱글톤\n  - 객체를 하나만 만들어 모두가 함께 쓴다.\n* 어댑터\n  - 맞지 않는 인터페이스를 서로 맞춘다.\n';
    expect(cardsOf(notAgain)[0]).toMatchObject({ front: '디자인 패턴', back: '- 생성 패턴\n- 구조 패턴\n\n- 싱글톤\n- 어댑터' });
  });

  it('asks a list naming kinds of its title (`기능적 응집도` under `응집도`) for them, though an aspect is among them', () => {
    const cohesion = '# 설계\n\n## 응집도\n\n- 기능적 응집도\n  - 한 기능만 수행한다\n- 순차적 응집도\n  - 출력이 다음 입력이 된다\n- 교환적 응집도\n  - 같은 자료를 쓴다\n- 응집도의 특징\n  - 높을수록 좋다\n';
    const cards = cardsOf(cohesion);
    // The aspect is asked on its own card, not listed as a kind.
    expect(cards.map((card) => [card.front, card.back])).toEqual([
      ['응집도의 종류는?', '- 기능적 응집도\n- 순차적 응집도\n- 교환적 응집도'],
      ['응집도 › 기능적 응집도란?', '- 한 기능만 수행한다'],
      ['응집도 › 순차적 응집도란?', '- 출력이 다음 입력이 된다'],
      ['응집도 › 교환적 응집도란?', '- 같은 자료를 쓴다'],
      ['응집도의 특징은?', '- 높을수록 좋다'],
    ]);
    expect(explainText(cohesion).blocks.find((block) => block.line === 5 && block.block === 'list')?.front).toBe('응집도의 종류는?');
    // A numbered line alone over its explanation is a sub-title, and explained as one, not as a list of kinds.
    const stage = explainText('# 공학\n\n## 개발 모형\n\n3) 스크럼\n\n- 짧은 주기로 반복한다\n').blocks.find((block) => block.line === 5);
    expect([stage?.block, stage?.front, ruleName(stage!)]).toEqual(['list item', '개발 모형 › 스크럼이란?', 'list item used as a sub-title']);
    // Terms too, written on the name without a space (`내용결합도`); the title's own text stays its card.
    const coupling = '# 설계\n\n## 결합도\n\n모듈 사이의 의존 정도다.\n\n- 내용결합도 : 남의 내부를 직접 쓴다\n- 자료 결합도 : 값만 넘긴다\n';
    expect(cardsOf(coupling).map((card) => [card.front, card.back])).toEqual([
      ['결합도', '모듈 사이의 의존 정도다.'],
      ['결합도의 종류는?', '- 내용결합도\n- 자료 결합도'],
      ['결합도 › 내용결합도란?', '남의 내부를 직접 쓴다'],
      ['결합도 › 자료 결합도란?', '값만 넘긴다'],
    ]);
    // Not kinds: a Latin name inside another (`NoSQL`), the title's thing after 의, or fewer than half the list.
    expect(frontsOf('# DB\n\n## SQL\n\n- NoSQL : 스키마가 없다\n- MySQL : 오픈 소스 DBMS\n')).toEqual(['SQL', 'SQL › NoSQL이란?', 'SQL › MySQL이란?']);
    expect(frontsOf('# 설계\n\n## 응집도\n\n- 모듈의 응집도 : 모듈 안의 관련 정도\n- 클래스의 응집도 : 클래스 안의 관련 정도\n')[0]).toBe('응집도');
    const fewKinds = '# 설계\n\n## 응집도\n\n- 기능적 응집도\n  - 한 기능만 수행한다\n- 모듈\n  - 나눈 단위\n- 측정\n  - 수준을 매긴다\n- 응집도의 특징\n  - 높을수록 좋다\n';
    expect(frontsOf(fewKinds)).not.toContain('응집도의 종류는?');
    expect(frontsOf(fewKinds)).not.toContain('응집도'); // still a table of contents
  });

  it('makes no card of an intro that only leads into a list of the title\'s kinds: the announcement stays above the names', () => {
    const kinds = '- 생성 패턴 : 객체를 만드는 방법을 다룬다\n- 구조 패턴 : 객체를 엮는 방법을 다룬다\n';
    const announced = cardsOf(`# 설계\n\n## 패턴\n\n각 패턴을 살펴보면 다음과 같다.\n\n${kinds}`);
    expect(announced.map((card) => [card.front, card.back])).toEqual([
      ['패턴의 종류는?', '각 패턴을 살펴보면 다음과 같다.\n\n- 생성 패턴\n- 구조 패턴'],
      ['패턴 › 생성 패턴이란?', '객체를 만드는 방법을 다룬다'],
      ['패턴 › 구조 패턴이란?', '객체를 엮는 방법을 다룬다'],
    ]);
    expect(explainText(`# 설계\n\n## 패턴\n\n각 패턴을 살펴보면 다음과 같다.\n\n${kinds}`).blocks.find((block) => block.line === 5)?.front).toBe('패턴의 종류는?');
    // A question asking which there are is the one the kinds card asks: it goes.
    expect(cardsOf(`# 설계\n\n## 패턴\n\n어떤 패턴이 있을까?\n\n${kinds}`)[0]).toMatchObject({ front: '패턴의 종류는?', back: '- 생성 패턴\n- 구조 패턴' });
    // An intro that says something stays the title's card.
    expect(cardsOf(`# 설계\n\n## 패턴\n\n자주 만나는 문제의 해법이다.\n\n${kinds}`)[0]).toMatchObject({ front: '패턴', back: '자주 만나는 문제의 해법이다.' });
  });

  it('keeps `A : …` a term (the DNS A record), and takes no `e.g.` line or lettered steps out of order for choices', () => {
    expect(frontsOf('# DNS\n\n## 레코드\n\n- A : 도메인을 IPv4 주소에 연결한다\n- AAAA : 도메인을 IPv6 주소에 연결한다\n')).toEqual(['레코드', '레코드 › A란?', '레코드 › AAAA란?']);
    const notChoices = '# 덱\n\n## 비교\n\n1. 프로세스와 스레드의 차이는?\n\n   A. 프로세스는 자원을 따로 가진다.\n\n   e.g. 크롬의 탭마다 프로세스가 있다.\n';
    expect(cardsOf(notChoices).map((card) => card.kind)).not.toContain('qa');
  });

  it('what the eleventh audit found: listing lead-ins, asides before a dash, counts and phrases that enumerate', () => {
    // `- 주요 항목들` only lines its items up: they are the title's above it.
    const headers = '# 웹\n\n## 헤더\n\n- 일반 헤더 항목\n    - 요청과 응답 모두에 쓰는 헤더\n    - 주요 항목들\n        - **Date**: 메시지를 만든 일시\n        - **Connection**: 연결 옵션\n';
    const cards = cardsOf(headers);
    expect(cards.map((card) => card.front)).toEqual(['헤더 › 일반 헤더 항목은?', '일반 헤더 항목 › Date란?', '일반 헤더 항목 › Connection이란?']);
    expect(cards[0]!.back).toBe('- 요청과 응답 모두에 쓰는 헤더\n- 주요 항목들\n  - Date\n  - Connection');
    // `참고 - 포트 상태 정보`: the remark goes, the title stays; `암기법 ; …` is no title.
    expect(frontsOf('# TCP\n\n## 연결\n\n* 참고 - ***포트 상태 정보***\n  * CLOSED: 포트가 닫힌 상태\n  * LISTEN: 연결 요청 대기 중\n')).toEqual(['연결 › 포트 상태 정보란?', '포트 상태 정보 › CLOSED란?', '포트 상태 정보 › LISTEN이란?']);
    expect(frontsOf('# SW\n\n## 품질\n\n- ISO 9126 ; 신사이기유효\n  - 암기법 ; **신사이기(에) 유효**\n- 품질 보증 ; 요구 기능 만족 여부 검사\n').join('\n')).not.toContain('암기법');
    // A title that ends in a count, or in an aspect after a count, enumerates; so do `구성 요소`, `동작 방식`.
    // (The section over such lists only would list what they enumerate: no card, as over aspect labels.)
    expect(frontsOf('# SW\n\n## 모델\n\n- UML 시스템 모델 3가지\n  - 기능 모델 : 사용자 관점의 기능\n  - 정적 모델 : 객체의 구조\n- 시스템의 3가지 관점\n  - 외부 관점 : 환경과의 관계\n- 클라이언트-서버 시스템 4계층\n  - 표현 계층 : 사용자 화면\n')).toEqual([
      '모델 › UML 시스템 모델 3가지는?',
      'UML 시스템 모델 3가지 › 기능 모델이란?',
      'UML 시스템 모델 3가지 › 정적 모델이란?',
      '모델 › 시스템의 3가지 관점은?',
      '시스템의 3가지 관점 › 외부 관점이란?',
      '모델 › 클라이언트-서버 시스템 4계층은?',
      '클라이언트-서버 시스템 4계층 › 표현 계층이란?',
    ]);
    expect(frontsOf('# 웹\n\n## REST\n\n- REST 구성 요소\n  - 자원 : URI로 나타낸다\n  - 행위 : HTTP 메서드로 나타낸다\n- REST API 설계 규칙\n  - 소문자를 쓴다.\n')).toEqual([
      'REST 구성 요소는?',
      'REST 구성 요소 › 자원이란?',
      'REST 구성 요소 › 행위란?',
      'REST API 설계 규칙은?',
    ]);
    expect(frontsOf('# 웹\n\n## 쿠키와 세션\n\n### 쿠키란?\n\n브라우저에 저장된다.\n\n> 동작 방식\n\n서버가 쿠키를 보낸다.\n')).toContain('쿠키와 세션 › 쿠키의 동작 방식은?');
    // A picture in a list item is no title; a bullet typed into a heading is not part of it.
    const steps = cardsOf('# ASG\n\n## 생성\n\n1. 시작 템플릿 생성\n   - ![asg-create-1](./img/a.png)\n   - AMI를 고른다\n');
    expect(steps.map((card) => card.front)).toEqual(['생성 › 시작 템플릿 생성이란?']);
    expect(steps[0]!.back).toContain('![asg-create-1](./img/a.png)');
    // Nor is a setting written out as code with its value: it is an example, its remark with it.
    const header = cardsOf('# 웹\n\n## 응답 헤더\n\n- **Allow-Origin** : 허용할 출처\n  - `Allow-Origin: *`\n    - 모든 출처를 허용한다.\n  - `timeout=30`\n    - 30초를 기다린다.\n  - `Vary`\n    - 캐시 키를 나눈다.\n');
    expect(header.map((card) => card.front)).toEqual(['응답 헤더', '응답 헤더 › Allow-Origin이란?', 'Allow-Origin › Vary란?']);
    expect(header[1]!.back).toContain('- `Allow-Origin: *`\n  - 모든 출처를 허용한다.\n- `timeout=30`\n  - 30초를 기다린다.');
    // Under a title alone, such settings are what it lists, each a card.
    expect(frontsOf('# 웹\n\n## 캐시 지시어\n\n- `Cache-Control: no-store`\n  - 아무것도 저장하지 않는다.\n- `Cache-Control: no-cache`\n  - 저장하되 매번 검증한다.\n')).toEqual([
      '캐시 지시어',
      '캐시 지시어 › Cache-Control: no-store란?',
      '캐시 지시어 › Cache-Control: no-cache란?',
    ]);
    expect(frontsOf('# SW\n\n## 일정\n\n####  - SDLC 선정 -> WBS\n\n* SDLC 선정\n  * 개발 모델을 고른다.\n* WBS\n  * 작업을 나눈다.\n')).toEqual(['일정 › SDLC 선정 -> WBS', 'SDLC 선정 -> WBS › SDLC 선정이란?', 'SDLC 선정 -> WBS › WBS란?']);
    // A table in a list item gives the item's rows; a key column headed `종류` names the item's kinds.
    const flags = cardsOf('# TCP\n\n## TCP 헤더\n\n* Flag Bit\n\n  |종류|내용|\n  |----|----|\n  |URG|긴급 위치 필드 유효 여부|\n  |ACK|응답 유효 여부|\n');
    expect(flags.map((card) => card.front)).toEqual(['Flag Bit › URG란?', 'Flag Bit › ACK란?', 'TCP 헤더 › Flag Bit의 종류는?']);
    expect(flags[2]!.back).toBe('- URG\n- ACK');
    // Under a title that asks for them already (`## 조인의 종류`), the kinds are its answer, with the
    // image above them: one card, not a second `조인의 종류는?`. Over a list of kinds, the same.
    const joins = (kinds: string) => cardsOf(`# DB\n\n## 조인의 종류\n\n![조인](join.png)\n\n${kinds}`).map((card) => [card.front, card.back]);
    const joinCards = [
      ['조인의 종류는?', '![조인](join.png)\n\n- 내부 조인\n- 외부 조인'],
      ['조인의 종류 › 내부 조인이란?', '양쪽에 있는 행만'],
      ['조인의 종류 › 외부 조인이란?', '한쪽에만 있어도'],
    ];
    expect(joins('| 종류 | 설명 |\n|---|---|\n| 내부 조인 | 양쪽에 있는 행만 |\n| 외부 조인 | 한쪽에만 있어도 |\n')).toEqual(joinCards);
    expect(joins('- 내부 조인 : 양쪽에 있는 행만\n- 외부 조인 : 한쪽에만 있어도\n')).toEqual(joinCards);
    // A title ending in the corner's word (`디자인 패턴 분류` over `| 분류 | 패턴 |`) asks for the rows' names
    // as well; and the rows are read alike, an aspect's word among them (`구조`) being one of the names.
    expect(cardsOf('# 설계\n\n## 디자인 패턴 분류\n\n| 분류 | 패턴 |\n|---|---|\n| 생성 | 싱글톤, 빌더 |\n| 구조 | 어댑터, 프록시 |\n| 행위 | 옵저버, 전략 |\n').map((card) => [card.front, card.back])).toEqual([
      ['디자인 패턴 분류', '- 생성\n- 구조\n- 행위'],
      ['디자인 패턴 분류 › 생성의 패턴은?', '싱글톤, 빌더'],
      ['디자인 패턴 분류 › 구조의 패턴은?', '어댑터, 프록시'],
      ['디자인 패턴 분류 › 행위의 패턴은?', '옵저버, 전략'],
    ]);
    // A callout asking for kinds (`> 인덱스 종류`) over `| 유형 |`: its own question, answered by the names.
    expect(cardsOf('# DB\n\n## 인덱스\n\n검색을 빠르게 한다.\n\n> 인덱스 종류\n\n| 유형 | 설명 |\n|---|---|\n| 클러스터형 | 행을 정렬해 둔다 |\n| 보조 | 따로 만든다 |\n').map((card) => [card.front, card.back])).toEqual([
      ['인덱스', '검색을 빠르게 한다.'],
      ['인덱스 종류는?', '- 클러스터형\n- 보조'],
      ['인덱스 종류 › 클러스터형이란?', '행을 정렬해 둔다'],
      ['인덱스 종류 › 보조란?', '따로 만든다'],
    ]);
    // Its kinds asked of a title that names the thing only (`## 조인`) are still a card of their own.
    expect(frontsOf('# DB\n\n## 조인\n\n두 테이블을 묶는다.\n\n| 종류 | 설명 |\n|---|---|\n| 내부 조인 | 양쪽에 있는 행만 |\n| 외부 조인 | 한쪽에만 있어도 |\n')).toEqual([
      '조인',
      '조인 › 내부 조인이란?',
      '조인 › 외부 조인이란?',
      '조인의 종류는?',
    ]);
    // A picture that is all such a title holds shows the kinds: it goes on their card, which the title
    // would otherwise stand beside as a card of a picture alone. So over a list of kinds (`- 내부 조인 : …`).
    const pictured = (kinds: string, intro = '') => cardsOf(`# DB\n\n## 조인\n\n${intro}![조인](join.png)\n\n${kinds}`);
    const kindsTable = '| 종류 | 설명 |\n|---|---|\n| 내부 조인 | 양쪽에 있는 행만 |\n| 외부 조인 | 한쪽에만 있어도 |\n';
    const kindsList = '- 내부 조인 : 양쪽에 있는 행만\n- 외부 조인 : 한쪽에만 있어도\n';
    for (const kinds of [kindsTable, kindsList]) {
      const cards = pictured(kinds);
      expect(cards.map((card) => card.front).sort()).toEqual(['조인 › 내부 조인이란?', '조인 › 외부 조인이란?', '조인의 종류는?']);
      expect(cards.find((card) => card.front === '조인의 종류는?')!.back).toBe('![조인](join.png)\n\n- 내부 조인\n- 외부 조인');
    }
    // With a text of its own, the title keeps its card and the picture.
    expect(pictured(kindsTable, '두 테이블을 묶는다.\n\n').find((card) => card.front === '조인')?.back).toBe('두 테이블을 묶는다.\n\n![조인](join.png)');
    // A row label of a table comparing its columns is asked of them where the item names them (also
    // glossed in English) or the label is an aspect, and kept as written with the item as context where
    // neither.
    const compared = '# SW\n\n## 객체지향\n\n- 오버로딩 vs 오버라이딩\n\n  |      | 오버로딩 overloading | 오버라이딩 overriding |\n  | ---- | ---- | ---- |\n  | 설명 | 중복정의 | 재정의 |\n  | 비고 | 개수가 다름 | 같음 |\n';
    expect(frontsOf(compared)).toContain('객체지향 › 오버로딩과 오버라이딩의 설명은?');
    expect(frontsOf(compared.replace(' overloading', '').replace(' overriding', ''))).toContain('객체지향 › 오버로딩과 오버라이딩의 설명은?');
    expect(frontsOf(compared.replace('- 오버로딩 vs 오버라이딩', '- 다형성'))).toContain('다형성 › 오버로딩과 오버라이딩의 설명은?');
    expect(frontsOf(compared.replace('- 오버로딩 vs 오버라이딩', '- 다형성').replace('| 설명 |', '| 이름 |'))).toContain('다형성 › 이름');
    expect(aspectOwner('시스템의 3가지 관점')).toBe('시스템');
    // Siblings are read alike: beside an item with a table, items written as a name over a sentence are titles too.
    expect(frontsOf('# 네트워크\n\n## IP 헤더\n\n* Version\n  IP 버전을 나타낸다.\n* Flags\n\n  |필드|설명|\n  |---|---|\n  |DF|분할 금지|\n  |MF|조각이 더 있음|\n\n* TTL\n  패킷이 살아 있을 수 있는 홉 수이다.\n')).toEqual([
      'IP 헤더',
      'IP 헤더 › Version이란?',
      'IP 헤더 › Flags란?',
      'Flags › DF란?',
      'Flags › MF란?',
      'IP 헤더 › TTL이란?',
    ]);
    // … but not a sentence wrapped in two, nor a name over a name or an address.
    expect(frontsOf('# 운영체제\n\n## 프로세스 상태\n\n- 실행(Running)\n  - CPU를 점유하고 명령을 수행하는 상태\n- 준비(Ready)\n  - CPU를 기다리는 상태\n- 운영체제는 대기 상태의 프로세스\n  중 하나를 골라 준비 큐로 옮긴다.\n- 보통 5가지 상태로 나누며 Linux\n  에서는 더 세분화된다.\n- HTTP/1.1\n  HTTP/2\n- 참고 사이트\n  https://example.com/os\n')).toEqual([
      '프로세스 상태',
      '프로세스 상태 › 실행(Running)이란?',
      '프로세스 상태 › 준비(Ready)란?',
    ]);
    // A phrase that names a task (three words or more ending in 선택, 설계, 생성…) is kept as written; two words name one thing.
    expect(frontsOf('# SAA\n\n## 출제 영역\n\n- 적절한 데이터 보안 옵션 선택\n  - 데이터 암호화를 안다\n- 형상 식별\n  - 대상을 정한다\n- REST API의 정의\n  - 자원을 URI로 나타낸다\n')).toEqual([
      '출제 영역',
      '출제 영역 › 적절한 데이터 보안 옵션 선택',
      '출제 영역 › 형상 식별이란?',
      '출제 영역 › REST API의 정의는?',
    ]);
    // A callout that says what the heading is for (`…하기 위해 …`) explains it; its aspects are the heading's.
    expect(frontsOf('# OS\n\n### 1. 스케줄링\n\n> CPU 를 잘 사용하기 위해 프로세스를 잘 배정하기\n\n- 조건 : 오버헤드 ↓ / 사용률 ↑\n- 목표 : 처리량과 응답 시간\n')).toEqual(['스케줄링', '스케줄링의 조건은?', '스케줄링의 목표는?']);
    // Names whose words end as 서, 면, 고 do (문서, 화면, 프로세서) are names; a picture alone explains nothing.
    expect(frontsOf('# 웹\n\n## 브라우저\n\n- 브라우저 엔진\n  - HTML을 읽고 화면에 그린다\n  - 렌더링 엔진이라고도 한다\n- 문서 객체 모델\n  HTML 문서를 객체의 트리로 나타낸 구조이다.\n- 멀티 프로세서 구조\n  여러 프로세서가 메모리를 나눠 쓰는 구조이다.\n- 네트워크 계층\n  ![네트워크 계층 구성 그림](./img/net.png)\n')).toEqual([
      '브라우저',
      '브라우저 › 브라우저 엔진이란?',
      '브라우저 › 문서 객체 모델이란?',
      '브라우저 › 멀티 프로세서 구조란?',
    ]);
    // A title with …을 위해 that ends in a noun is still a title; three words ending in 설계 name a method.
    expect(frontsOf('# 캐시\n\n## 프로토콜\n\n- 캐시 일관성을 위해 쓰이는 MESI 프로토콜\n  - 상태를 넷으로 나눈다\n  - 버스를 엿본다\n- 도메인 주도 설계\n  - 도메인을 중심에 둔다\n  - 모델을 코드에 옮긴다\n- 검증(Verification) 및 확인(Validation)\n  - 요구와 명세를 본다\n  - 사용자가 확인한다\n')).toEqual([
      '프로토콜',
      '프로토콜 › 캐시 일관성을 위해 쓰이는 MESI 프로토콜이란?',
      '프로토콜 › 도메인 주도 설계란?',
      '프로토콜 › 검증(Verification) 및 확인(Validation)이란?',
    ]);
    expect(aspectOwner('3가지 관점')).toBe('3가지 관점'); // no owner named: kept whole, not a crash
    expect(frontsOf('# 설계\n\n## 3가지 관점\n\n### 장점\n\n- 빠르다\n')).toEqual(['3가지 관점의 장점은?']);
    // Only a key column that lists kinds asks for them: `| 내용 | 설명 |` leaves the title's own card.
    expect(frontsOf('# 웹\n\n## HTTP 메서드\n\n|내용|설명|\n|---|---|\n|GET|조회|\n|POST|생성|\n')[0]).toBe('HTTP 메서드');
    expect(aspectOwner('REST 구성 요소')).toBe('REST');
  });
});

describe('a note without a `#` title', () => {
  const untitled = [
    '클라우드 컴퓨팅은 인터넷을 통해 IT 자원을 필요한 만큼 빌려 쓰는 것이다.',
    '',
    '- IaaS : 서버와 스토리지 같은 인프라를 빌려 주는 서비스',
    '- SaaS : 완성된 소프트웨어를 빌려 주는 서비스',
    '',
    '> 정리',
    '> 쓴 만큼 내고, 필요할 때 늘린다.',
    '',
  ].join('\n');

  it('puts the blocks above its first heading on a card named as its deck, as a `#` title of that name would', () => {
    const cards = cardsOf(untitled, '클라우드');
    expect(cards.map((card) => [card.front, card.back])).toEqual([
      ['클라우드', '클라우드 컴퓨팅은 인터넷을 통해 IT 자원을 필요한 만큼 빌려 쓰는 것이다.\n\n- IaaS\n- SaaS\n\n> 정리\n> 쓴 만큼 내고, 필요할 때 늘린다.'],
      ['IaaS란?', '서버와 스토리지 같은 인프라를 빌려 주는 서비스'],
      ['SaaS란?', '완성된 소프트웨어를 빌려 주는 서비스'],
    ]);
    expect(cards[0]).toMatchObject({ kind: 'heading', title: '클라우드', line: 1, section: [], tags: [] });
    // The same cards as the note with the title written on top, apart from the lines.
    const titled = cardsOf(`# 클라우드\n\n${untitled}`);
    expect(titled.map(({ kind, title, front, back, section }) => ({ kind, title, front, back, section }))).toEqual(cards.map(({ kind, title, front, back, section }) => ({ kind, title, front, back, section })));
  });

  it('shows the card in explain, where its first block is, and leaves nothing out for want of a title', () => {
    const explanation = explainText(untitled, '클라우드');
    expect(explanation.deckName).toBeUndefined(); // still named after the file by build
    expect(explanation.blocks.slice(0, 2)).toEqual([
      { line: 1, block: 'file name', outcome: 'card', rule: 'heading', front: '클라우드', reason: 'the note has no # title: named after the file' },
      { line: 1, block: 'paragraph', outcome: 'explanation', front: '클라우드' },
    ]);
    expect(explanation.blocks.filter((block) => block.outcome === 'dropped')).toEqual([]);
    // A library caller who names no deck gets what it got before: the blocks have no title above them.
    expect(explainText(untitled).blocks.filter((block) => block.reason === 'no title above it').map((block) => block.line)).toEqual([1, 3, 6]);
  });

  it("is named by its front matter's `title:` where it has one, before its file; a `#` title still comes first", () => {
    const named = cardsFromText(`---\ntitle: "  클라우드   컴퓨팅 "\ndate: 2024-03-01\n---\n\n${untitled}`, 'cloud-notes');
    expect(named.deckName).toBe('클라우드 컴퓨팅');
    expect(named.cards[0]).toMatchObject({ front: '클라우드 컴퓨팅', line: 6 });
    expect(explainText(`---\ntitle: 클라우드\n---\n\n${untitled}`, 'cloud-notes').blocks[1]).toMatchObject({ block: 'title:', outcome: 'card', front: '클라우드' });
    // Only front matter: the deck still takes its name.
    expect(cardsFromText('---\ntitle: 운영체제\n---\n', 'onlyfm').deckName).toBe('운영체제');
    // A `#` title is the note's name, whatever its front matter says; no `title:`, or one over lines, names nothing.
    expect(cardsFromText(`---\ntitle: 다른 이름\n---\n\n# 클라우드\n\n${untitled}`, 'cloud-notes').deckName).toBe('클라우드');
    expect(cardsFromText(`---\ndate: 2024-03-01\n---\n\n${untitled}`, 'cloud-notes').deckName).toBeUndefined();
    expect(cardsFromText(`---\ntitle: >\n  여러 줄\n---\n\n${untitled}`, 'cloud-notes').deckName).toBeUndefined();
    // A comment after it is no part of it; a long run of blanks in it is read at once (it took seconds).
    expect(cardsFromText(`---\ntitle: 클라우드   # 임시 제목\n---\n\n${untitled}`, 'cloud-notes').deckName).toBe('클라우드');
    const started = performance.now();
    expect(cardsFromText(`---\ntitle: 클라우드${' '.repeat(100_000)}컴퓨팅\n---\n\n${untitled}`, 'cloud-notes').deckName).toBe('클라우드 컴퓨팅');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('titles only the blocks above its first heading; the sections below keep their own cards, and their ids', () => {
    const note = '운영체제는 자원을 관리하는 소프트웨어이다.\n\n## 프로세스\n\n실행 중인 프로그램이다.\n\n- PCB : 프로세스 제어 블록\n';
    const cards = cardsOf(note, '운영체제');
    expect(cards.map((card) => [card.front, card.back])).toEqual([
      ['운영체제', '운영체제는 자원을 관리하는 소프트웨어이다.'],
      ['프로세스', '실행 중인 프로그램이다.\n\n- PCB'],
      ['프로세스 › PCB란?', '프로세스 제어 블록'],
    ]);
    // Built before without the new card: every card it had keeps its id, and the new one gets its own.
    const before = cardsOf(note).map((card, n) => ({ ...card, id: `00000000000${n}` }));
    const ids = assignIds('운영체제', cards, before);
    expect(ids.slice(1)).toEqual(['000000000000', '000000000001']);
    expect(before.map((card) => card.id)).not.toContain(ids[0]);
    // The title written later on top (`# 운영체제`) continues the card the file's name made.
    const titled = cardsOf(`# 운영체제\n\n${note}`);
    expect(assignIds('운영체제', titled, cards.map((card, n) => ({ ...card, id: ids[n]! })))).toEqual(ids);
  });

  it('changes nothing in a note that starts with a heading, or has a `#` title further down (a citation above it stays out)', () => {
    const sections = '## 스레드\n\n프로세스 안의 실행 단위이다.\n';
    expect(cardsOf(sections, '스레드')).toEqual(cardsOf(sections));
    const cited = '> 2020학년도 운영체제 강의자료 참고\n> 교재 3장\n\nhttps://example.com/os\n\n# 운영체제\n\n자원을 관리한다.\n';
    expect(cardsOf(cited, '운영체제-정리').map((card) => card.front)).toEqual(['운영체제']);
    expect(explainText(cited, '운영체제-정리').blocks.filter((block) => block.outcome === 'dropped').map((block) => [block.line, block.reason])).toEqual([
      [1, 'no title above it'],
      [4, 'no title above it'],
    ]);
    // `# 참고 자료` is a reference section, not the note's title: the blocks above it are the note's own.
    expect(frontsOf('네트워크는 통신망이다.\n\n# 참고 자료\n\n- https://example.com\n').length).toBe(0);
    expect(cardsOf('네트워크는 통신망이다.\n\n# 참고 자료\n\n- https://example.com\n', '네트워크').map((card) => [card.front, card.back])).toEqual([['네트워크', '네트워크는 통신망이다.']]);
  });

  it('leaves front matter and an author\'s preface out, and the card starts at the first block it holds', () => {
    const note = '---\ntitle: 메모\ntags: [aws]\n---\n\n---\n\n이 문서는 강의를 들으며 공부하면서 정리한 내용입니다.\n\nVPC는 격리된 가상 네트워크이다.\n';
    const cards = cardsOf(note, 'VPC');
    // Named by its front matter's `title:`, before its file.
    expect(cards.map((card) => [card.front, card.back, card.line])).toEqual([['메모', 'VPC는 격리된 가상 네트워크이다.', 10]]);
    const reasons = explainText(note, 'VPC').blocks.map((block) => `${block.line} ${block.outcome} ${block.reason ?? block.front}`);
    expect(reasons).toEqual(['1 dropped front matter (its tags go on every card: aws)', '6 dropped separator', '8 dropped the author\'s preface', "10 card the note has no # title: named by its front matter's title", '10 explanation 메모']);
  });

  it('makes no card of a note with nothing to put on one', () => {
    expect(cardsOf('<!-- 나중에 -->\n\n---\n', '메모')).toEqual([]);
    expect(explainText('<!-- 나중에 -->\n\n---\n', '메모').blocks.map((block) => block.outcome)).toEqual(['dropped', 'dropped']);
  });

  it('reads a `#` title of nothing (spaces, or markup alone) as one named after the file', () => {
    for (const heading of ['# ', '#   ', '# <!-- 제목 -->', '# <br>']) {
      const note = `${heading}\n\n네트워크는 컴퓨터들이 데이터를 주고받는 통신망이다.\n\n- LAN : 근거리 통신망\n\n## TCP\n\n연결형 프로토콜이다.\n`;
      expect(cardsOf(note, '네트워크').map((card) => [card.front, card.back, card.line])).toEqual([
        ['네트워크', '네트워크는 컴퓨터들이 데이터를 주고받는 통신망이다.\n\n- LAN', 1],
        ['LAN이란?', '근거리 통신망', 5],
        ['TCP', '연결형 프로토콜이다.', 7],
      ]);
      expect(cardsOf(note, '네트워크')[2]!.tags).toEqual(['TCP']);
    }
    expect(explainText('# \n\n통신망이다.\n', '네트워크').blocks[0]).toMatchObject({ line: 1, block: 'heading 1', outcome: 'card', front: '네트워크' });
  });
});

describe('nothing the note says is lost', () => {
  it('keeps what a heading of nothing (`### `, `### <br>`, `### **  **`) heads with the title it stands under', () => {
    for (const blank of ['### ', '###   ', '### <br>', '### **  **']) {
      const note = `# 네트워크\n\n## TCP\n\n연결형 프로토콜이다.\n\n### 흐름 제어\n\n수신 속도에 맞춘다.\n\n${blank}\n\n3-way handshake로 연결한다.\n\n## UDP\n\n비연결형이다.\n`;
      expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
        ['TCP', '연결형 프로토콜이다.\n\n3-way handshake로 연결한다.'],
        ['TCP › 흐름 제어', '수신 속도에 맞춘다.'],
        ['UDP', '비연결형이다.'],
      ]);
      expect(explainText(note).blocks.find((block) => block.line === 11)).toMatchObject({ block: 'heading 3', outcome: 'dropped', reason: 'heading with no title: what it heads joins the section it stands in' });
    }
    // Under a `## ` of nothing, the text is the `#` title's, on the card named as the deck.
    expect(cardsOf('# 네트워크\n\n## TCP\n\n연결형이다.\n\n## \n\n계층으로 나뉜다.\n').map((card) => [card.front, card.back])).toEqual([
      ['네트워크', '계층으로 나뉜다.'],
      ['TCP', '연결형이다.'],
    ]);
    // In a note without a `#` title, below its first heading, the section before it goes on.
    expect(cardsOf('## TCP\n\n연결형이다.\n\n## <br>\n\n3-way handshake로 연결한다.\n', '네트워크').map((card) => [card.front, card.back])).toEqual([
      ['TCP', '연결형이다.\n\n3-way handshake로 연결한다.'],
    ]);
    // A picture in it stays, where it stands.
    const pictured = '# 네트워크\n\n## TCP\n\n연결형 프로토콜이다.\n\n### ![](./img/tcp.png)\n\n헤더는 20바이트이다.\n';
    expect(cardsOf(pictured).map((card) => card.back)).toEqual(['연결형 프로토콜이다.\n\n### ![](./img/tcp.png)\n\n헤더는 20바이트이다.']);
    expect(cardsOf(pictured)[0]!.concept.images.map((image) => image.src)).toEqual(['./img/tcp.png']);
  });

  it('reads text given with a BOM, as a file saved by Notepad holds it, without losing a character', () => {
    const note = '\uFEFF# 운영체제\n\n## 프로세스\n\n실행 중인 프로그램이다.\r\n메모리에 올라와 있다.\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([['프로세스', '실행 중인 프로그램이다.\n메모리에 올라와 있다.']]);
  });
});

describe('images of a card', () => {
  it('are listed in note order, also two in one paragraph or list', async () => {
    const note = '# 로드 밸런서\n\n## 구성\n\nALB와 NLB의 구성도.\n\n![ALB](./img/alb.png) 그리고 <img src="./img/nlb.png">\n\n- 대상 그룹 ![TG](./img/tg.png)\n- 리스너 ![리스너](./img/listener.png)\n';
    const extracted = await extractNote('lb.md', 'lb.md', new TextEncoder().encode(note), '로드 밸런서');
    if (extracted.binary) throw new Error('read as text');
    expect(extracted.images).toEqual([
      { src: './img/alb.png', line: 7 },
      { src: './img/nlb.png', line: 7 },
      { src: './img/tg.png', line: 9 },
      { src: './img/listener.png', line: 10 },
    ]);
  });
});

describe('a section of only screenshots', () => {
  const screenshots = 'its back is only screenshots of a lab or a step (`CLB 실습`, `5. 생성` under `AS 생성`), with at most words announcing the step (`…테스트를 해보자`) or pointing at its screenshot (`다음과 같이 …을 확인할 수 있다`): a console shown, nothing to recall';

  it('makes no card of a lab, a task set up or a step whose whole content is screenshots, and explain says why', () => {
    const note = [
      '# 로드 밸런서',
      '## CLB 실습',
      '![콘솔](./img/clb.png)',
      '## ALB 실습 - 리스너 실습',
      '![하나](./img/a.png)',
      '<img src="./img/b.png">',
      '## NLB 따라하기',
      '- ![콘솔](./img/nlb.png)',
      '## AS 생성',
      '1. 시작 템플릿 생성',
      '   - ![하나](./img/one.png)',
      '2. 상태 체크 선택',
      '   - 기본 상태 검사는 EC2 상태만 본다.',
      '3. 생성',
      '   - ![셋](./img/three.png)',
      '',
    ].join('\n');
    expect(frontsOf(note)).toEqual(['AS 생성', 'AS 생성 › 상태 체크 선택']);
    const reasons = explainText(note).blocks.filter((block) => block.reason === screenshots).map((block) => `${block.line} ${block.block}`);
    expect(reasons).toEqual(['2 heading 2', '3 paragraph', '4 heading 2', '5 paragraph', '7 heading 2', '8 list', '10 list item', '14 list item']);
  });

  it('keeps the card of an image under a title that names a thing or a process, and of a lab that says something besides', () => {
    const note = [
      '# 네트워크',
      '## OSI 7계층',
      '![계층 그림](./img/osi.png)',
      '## 핸드셰이크 과정',
      '![흐름](./img/hs.png)',
      '## NLB 실습',
      '![콘솔](./img/nlb.png)',
      'NLB는 고정 IP를 가진다.',
      '',
    ].join('\n');
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['OSI 7계층은?', '![계층 그림](./img/osi.png)'],
      ['핸드셰이크 과정은?', '![흐름](./img/hs.png)'],
      ['NLB 실습', '![콘솔](./img/nlb.png)\nNLB는 고정 IP를 가진다.'],
    ]);
  });

  it('counts words that only announce the step beside its screenshots as nothing said, and keeps a sentence saying why', () => {
    const note = [
      '# 로드 밸런서',
      '## 접속 테스트',
      '### 테스트 1 : 경로 바꾸기',
      '경로를 없는 곳으로 바꾼 후 다시 요청을 해보자.',
      '',
      '![하나](./img/one.png)',
      '',
      '결과를 확인한다.',
      '### 테스트 2 : 포트 열기',
      '외부에서 접속하기 위해 80번 포트를 연다. 이제 요청해보자.',
      '',
      '![둘](./img/two.png)',
      '### 테스트 3 : 서버 추가',
      '- 서버를 추가한다.',
      '- ![셋](./img/three.png)',
      '',
    ].join('\n');
    expect(cardsOf(note).map((card) => card.front)).toEqual(['접속 테스트 › 테스트 2 : 포트 열기']);
    const reasons = explainText(note).blocks.filter((block) => block.reason === screenshots).map((block) => block.line);
    expect(reasons).toEqual([3, 4, 6, 8, 13, 14]);
    // Without screenshots, the words are all the step has, and they stay.
    expect(frontsOf('# 로드 밸런서\n\n## 접속 테스트\n\n### 테스트 1 : 경로 바꾸기\n\n경로를 없는 곳으로 바꾼 후 다시 요청을 해보자.\n')).toEqual(['접속 테스트 › 테스트 1 : 경로 바꾸기']);
    // What was seen (`…없는 것을 확인할 수 있다`) is a result to recall: the card stays.
    expect(frontsOf('# 로드 밸런서\n\n## 접속 테스트\n\n### 테스트 4 : 포트 닫기\n\n80번 포트를 닫아보자.\n\n![넷](./img/four.png)\n\n인스턴스에 접근할 수 없는 것을 확인할 수 있다.\n')).toEqual(['접속 테스트 › 테스트 4 : 포트 닫기']);
  });
});

describe('a back of only a placeholder', () => {
  it('makes no card of a title whose answer is a word left for later, and explain says why', () => {
    const note = '# 네트워크\n\n## 다이어그램을 정리하면?\n\n- 표\n- \n\n## 라우팅\n\n(작성 중)\n\n## 스위칭\n\nTBD\n\n## 전송 계층 프로토콜은?\n\n- TCP\n\n## 세션의 저장 위치\n\n서버\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['전송 계층 프로토콜은?', '- TCP'],
      ['세션의 저장 위치', '서버'],
    ]);
    const reasons = explainText(note).blocks.filter((block) => block.reason?.includes('standing in for an answer')).map((block) => block.line);
    expect(reasons).toEqual([3, 5, 8, 10, 12, 14]);
    // A figure's name stands in for the figure only where a summary is asked; elsewhere it is an answer.
    expect(frontsOf('# DB\n\n## 관계형 DB가 데이터를 저장하는 구조는?\n\n- 표\n')).toEqual(['관계형 DB가 데이터를 저장하는 구조는?']);
  });
});

describe('a back that only says its title again', () => {
  it('makes no card of a term whose back is its own words again, a synonym at most; its name stays on its owner\'s card', () => {
    const note = '# 시스템\n\n## 배포 도구\n\n- 입력 장치 ; 자료를 넣는 장치\n- 임시 보관소 ; 임시 저장소\n- 단계적인 배포 ; 단계적으로 배포\n- 변환기 ; 처리기\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['배포 도구', '- 입력 장치\n- 임시 보관소\n- 단계적인 배포\n- 변환기'],
      ['배포 도구 › 입력 장치란?', '자료를 넣는 장치'],
      // A word wholly its own (`처리기` for `변환기`) may say what the title's does: kept.
      ['배포 도구 › 변환기란?', '처리기'],
    ]);
    expect(explainText(note).blocks.filter((block) => block.reason?.includes("the title's words again")).map((block) => block.line)).toEqual([6, 7]);
  });

  it('keeps a short definition beginning as its title does, and an opposite made alike (`데이터베이스 ; 데이터집합`, `하향식 설계`)', () => {
    const note = '# 용어\n\n## 핵심\n\n- 데이터베이스 ; 데이터집합\n- 서브넷 ; 서브네트워크\n- 지연 시간 ; 지연 기간\n- 내부 단편화 ; 내부 조각화\n';
    expect(cardsOf(note).slice(1).map((card) => [card.front, card.back])).toEqual([
      ['핵심 › 데이터베이스란?', '데이터집합'],
      ['핵심 › 서브넷이란?', '서브네트워크'],
      // A word of two syllables other in one (`기간`, `시간`) may be an opposite as well as a synonym: kept.
      ['핵심 › 지연 시간이란?', '지연 기간'],
    ]);
    const opposites = '# 설계\n\n## 대비\n\n| 개념 | 반대 개념 |\n| --- | --- |\n| 상향식 설계 | 하향식 설계 |\n| 정적 바인딩 | 동적 바인딩 |\n| 선입선출 방식 | 후입선출 방식 |\n';
    expect(cardsOf(opposites).slice(1).map((card) => card.back)).toEqual(['하향식 설계', '동적 바인딩', '후입선출 방식']);
  });
});

describe('what is not study material', () => {
  const linksOnly = "its back is only a link to a page elsewhere (`[샘플 문항](….pdf)`), with at most the author's log of it (a score): nothing to recall";
  const studyLog = "the author's study log (a score, the day it was written, a to-do)";

  it('makes no card of a title whose back is only a link, with the score the author wrote under it left out, and keeps the questions under it', () => {
    const note = [
      '# 자격증 준비',
      '## 모의고사 풀기',
      '[모의고사 1회](https://example.com/mock-1.pdf)  <br>',
      '',
      '(7 of 10) 2, 5, 9 틀림',
      '',
      '1. 연결 지향 프로토콜은 무엇입니까?',
      '',
      '   A. UDP',
      '',
      '   **B. TCP**',
      '',
      '**정답 : (B)**',
      '',
      '## 공식 문서',
      '- [VPC 사용 설명서](https://docs.example.com/vpc)',
      '- <https://docs.example.com/ec2>',
      '',
    ].join('\n');
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([['연결 지향 프로토콜은 무엇입니까?\nA. UDP\nB. TCP', '**정답 : (B)**']]);
    const reasons = explainText(note).blocks.filter((block) => block.reason === linksOnly || block.reason === studyLog).map((block) => `${block.line} ${block.reason === studyLog ? 'log' : 'link'}`);
    expect(reasons).toEqual(['2 link', '3 link', '5 log', '15 link', '16 link']);
    // The card stays where a word beside the link says something, or the link's text is a sentence.
    expect(frontsOf('# AWS\n\n## EC2-Classic\n\n이전 세대의 네트워크이다. [공지](https://example.com/retire)\n')).toEqual(['EC2-Classic']);
    expect(frontsOf('# AWS\n\n## EC2-Classic\n\n[EC2-Classic은 2022년 8월에 종료된다.](https://example.com/retire)\n')).toEqual(['EC2-Classic']);
    // An image is what the card shows, link or not.
    expect(frontsOf('# 네트워크\n\n## OSI 7계층\n\n[![계층 그림](./img/osi.png)](https://example.com/osi)\n')).toEqual(['OSI 7계층은?']);
  });

  it("leaves out the author's score, the day of writing and a to-do, but not an answer or a number that answers its title", () => {
    const note = '# 네트워크\n\n## TCP\n\n작성일: 2024-03-02\n\n연결 지향 프로토콜이다.\n\n점수: 80점\n\nTODO: 혼잡 제어 추가\n\n추후 정리 예정\n\n오답: 3, 7\n';
    expect(cardsOf(note).map((card) => card.back)).toEqual(['연결 지향 프로토콜이다.']);
    expect(explainText(note).blocks.filter((block) => block.reason === studyLog).map((block) => block.line)).toEqual([5, 9, 11, 13, 15]);
    expect(cardsOf('# AWS\n\n## SAA 합격 점수는?\n\n720점\n\n## 가용성 목표\n\n99.99%\n\n## Q. 정답은?\n\n정답: 3\n').map((card) => card.back)).toEqual(['720점', '99.99%', '3']);
    // `todo` as a word of the topic is no to-do.
    expect(cardsOf('# 할 일 앱\n\n## 모델\n\nTODO 항목은 제목과 마감일을 가진다.\n').map((card) => card.back)).toEqual(['TODO 항목은 제목과 마감일을 가진다.']);
  });

  it("makes no card of a section on the study's own plan, nor of anything under it; a topic named alike keeps its cards", () => {
    const note = [
      '# 과제',
      '## 강의 콘텐츠 선정',
      '```',
      '1. IAM',
      '2. EC2 기초',
      '```',
      '- 선정 이유',
      '    - 출제 비율 고려',
      '### 스터디 일정',
      '매주 화요일',
      '## 회고',
      '생각보다 어려웠다.',
      '## 일정 계획',
      '프로젝트의 작업 순서와 기간을 정하는 일이다.',
      '',
    ].join('\n');
    expect(frontsOf(note)).toEqual(['일정 계획']);
    const reason = "the study's own plan or look back (which lectures, a schedule, 회고), not its topic";
    expect(explainText(note).blocks.filter((block) => block.reason === reason).map((block) => block.line)).toEqual([2, 3, 7, 9, 10, 11, 12]);
    // A whole note so titled is read as any note: its title names the deck.
    expect(frontsOf('# 회고\n\n## 잘한 점\n\n매일 복습했다.\n')).toEqual(['잘한 점']);
  });

  it('leaves out licence lines and sections, and a table of works with their links and licences; a table of links without licences stays', () => {
    const note = [
      '# 실습 노트 모음',
      '다른 사람의 노트를 모은 폴더이다.',
      '',
      'License: MIT',
      '',
      '| # | 파일 | 저장소 | 라이선스 |',
      '|---|---|---|---|',
      '| 1 | `tcp.md` | [kim/notes](https://github.com/kim/notes) | MIT |',
      '| 2 | `os.md` | [lee/til](https://github.com/lee/til) | 없음 |',
      '',
      '## 라이선스',
      '이 저장소의 글은 CC BY 4.0을 따른다.',
      '',
    ].join('\n');
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([['실습 노트 모음', '다른 사람의 노트를 모은 폴더이다.']]);
    expect(explainText(note).blocks.find((block) => block.line === 6)?.reason).toBe('a table of sources: works, their links and licences');
    const services = '# AWS\n\n## 서비스\n\n| 번호 | 서비스 | 설명 | 링크 |\n|---|---|---|---|\n| 1 | EC2 | 가상 서버 | [문서](https://docs.example.com/ec2) |\n';
    expect(cardsOf(services)[0]!.back).toContain('가상 서버');
  });

  it('makes no card of a note named as references by its file, as under `# 참고자료`', () => {
    const readingList = '- [TCP 정리](https://example.com/tcp)\n- [운영체제 강의](https://example.com/os) : 무료 강의\n';
    expect(cardsOf(readingList, '참고자료')).toEqual([]);
    expect(cardsOf(readingList, '네트워크').map((card) => card.front)).toEqual(['네트워크']);
  });

  it('makes no card of a lab step whose words only point at its screenshot, and keeps one saying what was seen', () => {
    const step = (words: string) => `# 로드 밸런서\n\n## 접속 테스트\n\n### 테스트 1 : 인스턴스 확인\n\n${words}\n\n![결과](./img/one.png)\n`;
    expect(frontsOf(step('LB의 DNS로 접속하였을 때 다음과 같이 index.html 내용을 확인할 수 있다.'))).toEqual([]);
    expect(frontsOf(step('경로를 고친 후 테스트를 해보자.\n\n다시 LB 주소로 인스턴스를 확인할 수 있다.'))).toEqual([]);
    expect(frontsOf(step('새로고침할 때마다 다른 인스턴스로 연결되는 것을 확인할 수 있다.'))).toEqual(['접속 테스트 › 테스트 1 : 인스턴스 확인']);
    expect(frontsOf(step('위와 같이 설정하면 요청이 두 인스턴스로 나뉘는 것을 확인할 수 있다.'))).toEqual(['접속 테스트 › 테스트 1 : 인스턴스 확인']);
  });

  it('keeps a card whose title asks or names a term where the link is all its back says: the link text answers it', () => {
    const note = [
      '# 웹',
      '## HTTP/2를 정의한 문서는?',
      '[RFC 7540](https://example.com/rfc7540)',
      '',
      '## REST란?',
      '[자원을 주소로 다루는 아키텍처 스타일](https://example.com/rest)',
      '',
      '## DNS 레코드',
      '- A 레코드 : [IPv4 주소](https://example.com/a)',
      '- AAAA 레코드 : IPv6 주소',
      '',
      '## 공식 문서',
      '- [HTTP 안내서](https://example.com/http)',
      '',
    ].join('\n');
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['HTTP/2를 정의한 문서는?', '[RFC 7540](https://example.com/rfc7540)'],
      ['REST란?', '[자원을 주소로 다루는 아키텍처 스타일](https://example.com/rest)'],
      ['DNS 레코드', '- A 레코드\n- AAAA 레코드'],
      ['DNS 레코드 › A 레코드란?', '[IPv4 주소](https://example.com/a)'],
      ['DNS 레코드 › AAAA 레코드란?', 'IPv6 주소'],
    ]);
  });

  it('keeps a to-do tag defined, a date under the title it answers and a pass mark, as the topic they are', () => {
    const note = [
      '# 코드 리뷰',
      '## 주석 태그',
      'TODO: 나중에 구현할 작업을 표시하는 주석 태그',
      '',
      '## 남은 일',
      '구현은 끝났다.',
      '',
      'TODO: 예외 처리 예제 추가',
      '',
    ].join('\n');
    expect(cardsOf(note).map((card) => card.back)).toEqual(['TODO: 나중에 구현할 작업을 표시하는 주석 태그', '구현은 끝났다.']);
    // A date labelled as any date dates the note only at its top; under a title it is what the title asks.
    const dates = '# 웹 표준\n\n날짜: 2024-05-03\n\n## ES2015 발표일은?\n\n날짜: 2015-06-17\n';
    expect(cardsOf(dates).map((card) => [card.front, card.back])).toEqual([['ES2015 발표일은?', '날짜: 2015-06-17']]);
    // A score under a title about the mark to reach is no one's score; under a practice test it is the author's.
    const marks = '# 자격증\n\n## 합격 기준\n\n점수: 720점\n\n## 모의고사 2회\n\n점수: 65점\n';
    expect(cardsOf(marks).map((card) => [card.front, card.back])).toEqual([['합격 기준', '점수: 720점']]);
  });

  it('reads a look back defined, not written as the author\'s, and a rule of learning as topics', () => {
    const note = [
      '# 스크럼',
      '## 데일리 스크럼',
      '매일 짧게 진행 상황을 나누는 회의이다.',
      '',
      '## 회고',
      '스프린트가 끝난 뒤 일하는 방식을 돌아보고 고칠 점을 정하는 회의이다.',
      '',
      '## 학습 규칙',
      '신경망의 가중치를 바꾸는 규칙이다.',
      '',
      '## 스터디 규칙',
      '- 매주 발표한다.',
      '',
    ].join('\n');
    expect(frontsOf(note)).toEqual(['데일리 스크럼', '회고', '학습 규칙은?']);
    // The author's own look back, in the past or the first person, is left out as before.
    expect(frontsOf('# TIL\n\n## 캐시\n\n자주 쓰는 데이터를 가까이 둔다.\n\n## 회고\n\n캐시 교체 정책이 어려웠다.\n')).toEqual(['캐시']);
  });

  it('keeps a table whose entries are licences, and a licence title over its definition, as a note on licences', () => {
    const note = [
      '# 오픈소스',
      '## 라이선스 종류',
      '| 라이선스 | 조건 | 원문 |',
      '|---|---|---|',
      '| MIT | 저작권 표시 | [MIT](https://example.com/mit) |',
      '| GPL | 파생물 공개 | [GPL](https://example.com/gpl) |',
      '',
      '## 저작권',
      '창작물에 대해 만든 사람이 가지는 권리이다.',
      '',
    ].join('\n');
    expect(frontsOf(note)).toEqual(['라이선스 종류는?', '라이선스 종류 › MIT란?', '라이선스 종류 › GPL이란?', '저작권']);
  });

  it('keeps a lab step that says what was seen as a value, a clause or what an action brought', () => {
    const step = (words: string) => `# 로드 밸런서\n\n## 접속 테스트\n\n### 테스트 2 : 상태 검사\n\n${words}\n\n![결과](./img/two.png)\n`;
    const kept = ['접속 테스트 › 테스트 2 : 상태 검사'];
    expect(frontsOf(step('다음과 같이 503 응답을 확인할 수 있다.'))).toEqual(kept);
    expect(frontsOf(step('두 인스턴스가 번갈아 응답하는 모습을 확인할 수 있다.'))).toEqual(kept);
    expect(frontsOf(step('경로를 없는 곳으로 바꾸면 아래와 같이 오류를 확인할 수 있다.'))).toEqual(kept);
    // A thing looked at, nothing seen of it, points at the screenshot only.
    expect(frontsOf(step('다음과 같이 대상 그룹 목록을 확인할 수 있다.'))).toEqual([]);
  });

  it('keeps a lab whose screenshot stands beside a short sentence saying what a thing does, not a step to take', () => {
    const lab = (words: string) => `# 로드 밸런서\n\n## CLB 실습\n\n![콘솔](./img/clb.png)\n\n${words}\n`;
    expect(cardsOf(lab('헬스 체크는 30초마다 인스턴스를 검사한다.')).map((card) => [card.front, card.back])).toEqual([
      ['CLB 실습', '![콘솔](./img/clb.png)\n\n헬스 체크는 30초마다 인스턴스를 검사한다.'],
    ]);
    expect(frontsOf(lab('로드 밸런서가 요청을 나눈다.'))).toEqual(['CLB 실습']);
    // A step, or a call to try that names what it acts on, is still no card.
    expect(frontsOf(lab('인스턴스를 생성한다.'))).toEqual([]);
    expect(frontsOf(lab('헬스 체크는 경로를 바꿔서 테스트를 해보자.'))).toEqual([]);
  });

  it("shows the answer the author states first, and their reasoning as written even where it picks another", () => {
    const note = '# SAA\n\n## 모의고사\n\n1. 일시적으로 늘어나는 수요에 가장 알맞은 인스턴스는 무엇입니까?\n\n   A. 온디맨드 인스턴스\n\n   B. 예약 인스턴스\n\n```\n예약이 더 쌀 것 같아서\nB를 선택\n```\n\n**`정답 : (A)`**\n';
    expect(cardsOf(note)[0]!.back).toBe('**정답 : (A)**\n\n- A. 온디맨드 인스턴스\n\n> 예약이 더 쌀 것 같아서\n> B를 선택');
  });
});

describe('a label of study aids that asks nothing', () => {
  it('makes each term line under it a card, without the label as context, and no card of the label where they are all it holds', () => {
    const note = '# 스토리지\n\n## 암기 포인트\n★ 표준과 단일 영역 차이: 단일 영역은 한 곳에만 저장\n빙하 : 보관용\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['표준과 단일 영역 차이는?', '단일 영역은 한 곳에만 저장'],
      ['빙하란?', '보관용'],
    ]);
    expect(explainText(note).blocks.find((block) => block.line === 3)).toMatchObject({ outcome: 'no-card', reason: expect.stringContaining('asks nothing') });
    expect(frontsOf('# 스토리지\n\n## 시험 포인트\n- 빙하 : 보관용\n- 표준 : 자주 쓰는 데이터\n')).toEqual(['빙하란?', '표준이란?']);
    expect(frontsOf('# 스토리지\n\n## 빙하\n\n보관용이다.\n\n### Tip\n\n- 검색 : 몇 시간 걸림\n')).toEqual(['빙하', '빙하 › 검색이란?']);
    // A summary with no topic above it asks nothing either.
    expect(frontsOf('# 스토리지\n\n## 핵심 정리\n- 빙하 : 보관용\n')).toEqual(['빙하란?']);
  });

  it('keeps the label\'s card for the lines that are no terms, and any other heading over terms as before', () => {
    const note = '# 스토리지\n\n## 외울 것\n★ 수명 주기 → 표준 → 빙하\n빙하 : 보관용\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['외울 것', '★ 수명 주기 → 표준 → 빙하'],
      ['빙하란?', '보관용'],
    ]);
    expect(frontsOf('# 스토리지\n\n## 시험 포인트\n- 버킷 이름은 전역에서 고유하다\n')).toEqual(['시험 포인트']);
    // A flow of steps joined by dashes is such a line, in a list as in a paragraph; the label lists none of the terms, each its own card.
    expect(cardsOf('# 스토리지\n\n## 암기 포인트\n- 생성 - 보관 - 삭제\n- 빙하 : 보관용\n').map((card) => [card.front, card.back])).toEqual([
      ['암기 포인트', '- 생성 - 보관 - 삭제'],
      ['빙하란?', '보관용'],
    ]);
    expect(cardsOf('# 스토리지\n\n## 암기 포인트\n생성 - 보관 - 삭제\n빙하 : 보관용\n').map((card) => [card.front, card.back])).toEqual([
      ['암기 포인트', '생성 - 보관 - 삭제'],
      ['빙하란?', '보관용'],
    ]);
    // A topic over terms keeps its card and is their context; its plain lines stay prose.
    expect(frontsOf('# 스토리지\n\n## 클래스\n- 빙하 : 보관용\n')).toEqual(['클래스', '클래스 › 빙하란?']);
    expect(cardsOf('# 스토리지\n\n## 클래스\n빙하 : 보관용\n').map((card) => card.front)).toEqual(['클래스']);
    expect(frontsOf('# 데이터베이스\n\n## 인덱스\n\n빠르다.\n\n### 정리\n- 빙하 : 보관용\n')).toEqual(['인덱스', '인덱스를 정리하면?', '인덱스 정리 › 빙하란?']);
  });
});

describe('amgi explain of a list under a title with no card', () => {
  it('says its items are cards of their own, not that the list is left out', () => {
    const note = '# 네트워크\n\n#### TCP 질문 1\n\n* Q. 연결 종료가 4단계인 이유?\n  * A. 서버가 보낼 데이터가 남아 있을 수 있기 때문이다.\n';
    const list = explainText(note).blocks.find((block) => block.block === 'list');
    expect(list).toMatchObject({ line: 5, outcome: 'no-card', reason: 'its items are cards of their own' });
    expect(cardsOf(note).map((card) => card.front)).toEqual(['연결 종료가 4단계인 이유?']);
  });
});

describe('a table of terms under a title that asks for all of it', () => {
  it('keeps the whole table on the back of a difference title, and only the names under another', () => {
    const note = '# 네트워크\n\n## TCP와 UDP의 차이\n\n| 프로토콜 | 특징 |\n|---|---|\n| TCP | 연결형, 순서를 보장한다 |\n| UDP | 비연결형, 빠르다 |\n\n## 프로토콜 목록\n\n| 프로토콜 | 특징 |\n|---|---|\n| HTTP | 웹 |\n| FTP | 파일 |\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['TCP와 UDP의 차이는?', '| 프로토콜 | 특징 |\n|---|---|\n| TCP | 연결형, 순서를 보장한다 |\n| UDP | 비연결형, 빠르다 |'],
      ['TCP와 UDP의 차이 › TCP의 특징은?', '연결형, 순서를 보장한다'],
      ['TCP와 UDP의 차이 › UDP의 특징은?', '비연결형, 빠르다'],
      ['프로토콜 목록은?', '- HTTP\n- FTP'], // a list asked for its items: their names
      ['프로토콜 목록 › HTTP의 특징은?', '웹'],
      ['프로토콜 목록 › FTP의 특징은?', '파일'],
    ]);
  });
});

describe('parts that are cards of their own, under a title that asks for all it says', () => {
  it('answers what a thing is with its definition and the lines on no other card, leaving its sections to their cards', () => {
    const note =
      '# 웹\n\n## 캐시와 쿠키\n\n- 캐시(Cache)란\n  - 캐시의 정의\n    - 자주 쓰는 데이터를 가까이 복사해 두는 저장소\n  - 브라우저와 서버 어디에나 둘 수 있다.\n' +
      '  - 캐시 장단점\n    - 장점\n      - 응답이 빨라진다.\n    - 단점\n      - 오래된 데이터를 줄 수 있다.\n  - 캐시 교체 정책\n    - LRU는 가장 오래 안 쓴 것을 버린다.\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      // `캐시의 정의` asks what the title asks: on its back, no card of its own. `캐시 장단점`, over only cards, would dangle.
      ['캐시와 쿠키 › 캐시(Cache)란?', '- 캐시의 정의\n  - 자주 쓰는 데이터를 가까이 복사해 두는 저장소\n- 브라우저와 서버 어디에나 둘 수 있다.'],
      ['캐시와 쿠키 › 캐시의 장점은?', '- 응답이 빨라진다.'],
      ['캐시와 쿠키 › 캐시의 단점은?', '- 오래된 데이터를 줄 수 있다.'],
      ['캐시(Cache) › 캐시 교체 정책이란?', '- LRU는 가장 오래 안 쓴 것을 버린다.'],
    ]);
  });

  it('keeps the sections of a question that asks what a thing is where nothing else answers it', () => {
    const note = '# 웹\n\n## 프로토콜\n\n- 쿠키란?\n  - 특징\n    - 브라우저에 저장된다.\n  - 장점\n    - 서버 부담이 적다.\n';
    expect(cardsOf(note)[0]).toMatchObject({ front: '프로토콜 › 쿠키란?', back: '- 특징\n  - 브라우저에 저장된다.\n- 장점\n  - 서버 부담이 적다.' });
  });

  it('answers how things differ with what states it, leaving the things compared to their cards', () => {
    const note =
      '# 동기화\n\n## 락과 세마포어의 차이\n\n- 락(Lock)\n  - 한 번에 한 스레드만 들어간다.\n- 세마포어(Semaphore)\n  - 정해진 수만큼 들어간다.\n- 차이\n  - 락은 하나만, 세마포어는 여럿을 허용한다.\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['락과 세마포어의 차이는?', '- 차이\n  - 락은 하나만, 세마포어는 여럿을 허용한다.'],
      ['락과 세마포어의 차이 › 락(Lock)이란?', '- 한 번에 한 스레드만 들어간다.'],
      ['락과 세마포어의 차이 › 세마포어(Semaphore)란?', '- 정해진 수만큼 들어간다.'],
    ]);
  });

  it('answers how things differ with the things compared, whole, where nothing else states it: their sections are how they differ', () => {
    const note =
      '# 네트워크\n\n## TCP와 UDP의 차이\n\n- TCP\n  - 특징\n    - 연결을 맺고 보낸다.\n  - 쓰임\n    - 웹\n' +
      '- UDP\n  - 특징\n    - 연결 없이 보낸다.\n  - 쓰임\n    - 스트리밍\n';
    const cards = cardsOf(note);
    expect(cards[0]).toMatchObject({
      front: 'TCP와 UDP의 차이는?',
      back: '- TCP\n  - 특징\n    - 연결을 맺고 보낸다.\n  - 쓰임\n    - 웹\n- UDP\n  - 특징\n    - 연결 없이 보낸다.\n  - 쓰임\n    - 스트리밍',
    });
    // Each section is a card of its own all the same.
    expect(cards.map((card) => card.front)).toContain('TCP와 UDP의 차이 › UDP의 특징은?');
    // Two things described side by side, nothing carded inside them: they are the answer, whole.
    const pair = '# 자바\n\n## 오버로딩과 오버라이딩 차이는?\n\n- 오버로딩\n  - 매개변수가 다르다.\n- 오버라이딩\n  - 부모의 메소드를 다시 정의한다.\n';
    expect(cardsOf(pair)[0]!.back).toBe('- 오버로딩\n  - 매개변수가 다르다.\n- 오버라이딩\n  - 부모의 메소드를 다시 정의한다.');
  });

  it('keeps a section naming the definition under a title asked what a thing is, alone or first of more', () => {
    const note =
      '# 운영체제\n\n## 메모리\n\n- 캐시(Cache)란\n  - 개요\n    - 자주 쓰는 데이터를 빠른 곳에 두는 메모리\n  - 특징\n    - 지역성을 이용한다.\n  - 여러 단계로 나뉜다.\n' +
      '- 교착 상태(Deadlock)란\n  - 개념 및 조건\n    - 서로의 자원을 기다리며 멈춘 상태\n    - 상호 배제, 순환 대기\n  - 해결 방법\n    - 예방, 회피\n  - 은행원 알고리즘이 회피의 예이다.\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['메모리', '- 캐시(Cache)란\n- 교착 상태(Deadlock)란'],
      // `개요` asks what the title asks, as `정의` does: on its back, no card of its own.
      ['메모리 › 캐시(Cache)란?', '- 개요\n  - 자주 쓰는 데이터를 빠른 곳에 두는 메모리\n- 여러 단계로 나뉜다.'],
      ['메모리 › 캐시(Cache)의 특징은?', '- 지역성을 이용한다.'],
      ['메모리 › 교착 상태(Deadlock)란?', '- 개념 및 조건\n  - 서로의 자원을 기다리며 멈춘 상태\n  - 상호 배제, 순환 대기\n- 은행원 알고리즘이 회피의 예이다.'],
      ['교착 상태(Deadlock) › 개념 및 조건은?', '- 서로의 자원을 기다리며 멈춘 상태\n- 상호 배제, 순환 대기'],
      ['메모리 › 교착 상태(Deadlock)의 해결 방법은?', '- 예방, 회피'],
    ]);
  });

  it('names the rows of a wide table under a title asked what it is, each row on its own card', () => {
    const table = '| 단계 | 초점 | 활동 |\n| --- | --- | --- |\n| 반복 | 프로젝트 관리 | 계획 수립 |\n| 최적화 | 개선 | 원인 분석 |\n';
    const item = `# 품질\n\n## 프로세스 품질\n\n- 성숙도 모델\n  - 조직의 능력을 단계로 본다.\n\n${table.replace(/^/gmu, '  ')}`;
    expect(cardsOf(item).map((card) => [card.front, card.back])).toEqual([
      ['프로세스 품질 › 성숙도 모델이란?', '- 조직의 능력을 단계로 본다.\n\n- 반복\n- 최적화'],
      ['성숙도 모델 › 반복이란?', '- **초점**: 프로젝트 관리\n- **활동**: 계획 수립'],
      ['성숙도 모델 › 최적화란?', '- **초점**: 개선\n- **활동**: 원인 분석'],
    ]);
    // A heading asked as written keeps its table, an overview of what it names.
    expect(cardsOf(`# 품질\n\n## 성숙도 모델\n\n조직의 능력을 단계로 본다.\n\n${table}`)[0]!.back).toBe(`조직의 능력을 단계로 본다.\n\n${table.trim()}`);
  });

  it('keeps all that answers any other question, sections and all', () => {
    const note = '# 자바\n\n## 자바의 메모리 영역은?\n\n- 스택 영역\n  - 지역 변수가 저장된다.\n- 힙 영역\n  - 객체가 저장된다.\n';
    expect(cardsOf(note)[0]!.back).toBe('- 스택 영역\n  - 지역 변수가 저장된다.\n- 힙 영역\n  - 객체가 저장된다.');
  });
});

describe('a table written flush left under a list\'s last item', () => {
  it('gives the table to a label whose siblings head content of their own, not to the title above', () => {
    const note = '# 설계\n\n## 디자인 패턴\n\n- 생성 패턴\n\n  | 종류 | 목적 |\n  | --- | --- |\n  | 싱글톤 | 객체를 하나만 만든다 |\n\n- 행위 패턴\n\n| 종류 | 목적 |\n| --- | --- |\n| 옵저버 | 변화를 알린다 |\n| 전략 | 알고리즘을 바꿔 끼운다 |\n';
    const cards = cardsOf(note);
    expect(cards.map((card) => card.front)).toEqual([
      '디자인 패턴',
      '생성 패턴 › 싱글톤의 목적은?',
      '디자인 패턴 › 생성 패턴의 종류는?',
      '행위 패턴 › 옵저버의 목적은?',
      '행위 패턴 › 전략의 목적은?',
      '디자인 패턴 › 행위 패턴의 종류는?',
    ]);
    expect(cards[5]!.back).toBe('- 옵저버\n- 전략');
  });

  it('gives the table to a term over it, among titles over content or alone in its list', () => {
    const note = '# 설계\n\n## 설계 원리\n\n- 모듈화\n  - 기능 단위로 나눈다.\n- 응집도 ; 모듈 안 요소의 관련성\n\n| 우연적 | 논리적 | 기능적 |\n| --- | --- | --- |\n| 약함 | < | 강함 |\n\n- 결합도 ; 모듈 사이의 의존도\n\n| 자료 | 스탬프 | 내용 |\n| --- | --- | --- |\n| 약함 | < | 강함 |\n';
    expect(cardsOf(note).map((card) => [card.front, card.back])).toEqual([
      ['설계 원리는?', '- 모듈화\n- 응집도\n\n- 결합도'],
      ['설계 원리 › 모듈화란?', '- 기능 단위로 나눈다.'],
      ['설계 원리 › 응집도란?', '모듈 안 요소의 관련성\n\n| 우연적 | 논리적 | 기능적 |\n| --- | --- | --- |\n| 약함 | < | 강함 |'],
      ['설계 원리 › 결합도란?', '모듈 사이의 의존도\n\n| 자료 | 스탬프 | 내용 |\n| --- | --- | --- |\n| 약함 | < | 강함 |'],
    ]);
  });

  it('leaves the table to the title above after a list of bare names or ending in a sentence', () => {
    const names = '# 클라우드\n\n## 요금 모델\n\n- 온디맨드\n- 예약 인스턴스\n\n| 온디맨드 | 예약 | 스팟 |\n| --- | --- | --- |\n| 비쌈 | > | 쌈 |\n';
    expect(cardsOf(names).map((card) => [card.front, card.back])).toEqual([['요금 모델', '- 온디맨드\n- 예약 인스턴스\n\n| 온디맨드 | 예약 | 스팟 |\n| --- | --- | --- |\n| 비쌈 | > | 쌈 |']]);
    const sentence = '# 설계\n\n## 모듈\n\n- 모듈화\n  - 기능 단위로 나눈다.\n- 모듈은 작을수록 읽기 쉽다.\n\n| 작음 | 중간 | 큼 |\n| --- | --- | --- |\n| 쉬움 | < | 어려움 |\n';
    expect(cardsOf(sentence).map((card) => [card.front, card.back])).toEqual([
      ['모듈', '- 모듈화\n- 모듈은 작을수록 읽기 쉽다.\n\n| 작음 | 중간 | 큼 |\n| --- | --- | --- |\n| 쉬움 | < | 어려움 |'],
      ['모듈 › 모듈화란?', '- 기능 단위로 나눈다.'],
    ]);
  });
});
