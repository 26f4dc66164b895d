/**
 * Version of the extraction rules. Bump it whenever a change to `src/cards` changes what a note
 * becomes: every deck is then rebuilt instead of being skipped as unchanged. A module of its own so
 * that a build can compare it without loading the parser.
 */
// 4: control characters dropped on input, front matter never closed read as Markdown, <img>
// attributes decoded (`&amp;` is `&`).
// 5: comparisons written as lists, aspects of a question-titled parent, `- 참고` never a title,
// tables of contents with unlinked parts, particles after -ic and -Vt English words, English
// sentences and topic-verb clauses not titles, interview answer templates read as one answer,
// a card per row of wider tables, bold `**용어** : 설명` paragraphs as terms,
// `1) 제목` over bullets a sub-title, numbered multiple-choice questions.
// 6: a title that names an aspect (`REST가 필요한 이유`, `HTTPS의 장단점`) asked with 은/는, not 이란;
// a statement with a subject (`컴파일러가 변환`) kept as written; a tag a title names as code or text
// kept (`` `<div>` 태그 ``); a <details> summary's character references read (`&amp;` is `&`).
// `용어 : …` lines under `> 키워드 & 꼬리 질문` stay in the answer.
// 7: a multiple-choice question's choices on the front (its back what answers it), questions up to
// 1,000 characters, choices starting on the question's last line; `HTTPS의 장단점` › `장점` asked
// "HTTPS의 장점은?"; `1-1.`, `4-1)` and `1.제목` numbers dropped; no card whose back only lists aspect
// labels that are cards of their own, or is only `<br>`; a bare aspect label as context named with its
// owner (`키의 종류 › 수퍼키란?`); `구성요소` and `연산` are aspects; a sum or a flow (`A + B`,
// `A -> B`) not a title; a question's back keeps what its parts say, not just their names; a mark
// before a bold term (`✓ **승인** : …`) and no-break spaces around a term's colon allowed; a hard
// line break ends a title's line as a soft one does; a quote of only `용어 : 설명` lines gives terms;
// a count (`크게 2가지`) is no term; a heading inside a list item (`1. ##### 상호 배제`) titles it;
// `A vs B` asked for their difference; 분류, 목표 are aspects; -Vb English words end in a consonant;
// a heading question's choices in a fenced block set apart as a numbered question's are; choices
// written flush left after a blank line under a numbered question are its choices.
// 8: choices flush left after a blank line under a numbered question, an answer line ending the
// choices, marks of the answer off the front; a question whose parts are aspect labels keeps its card;
// a lone bullet with a hard-broken title line answers the title above it (as in 6).
// 9: a list whose every item is a title line over its sentence gives titles.
// 10: … only where each first line ends as a name does (not a sentence wrapped in two).
// 11: `- 주요 항목들` over a list hands its items to the title above; `참고 - 제목` titled by what follows
// the dash; `암기법 ; …` no title; titles ending in a count (`모델 3가지`, `4계층`), in an aspect after a
// count (`3가지 관점`), or in `구성 요소`, `동작 방식`, `사용 방법`, `규칙`, `공통점` asked with 은/는.
// 12: a list item that is only a picture is no title; a bullet typed into a heading dropped; a table
// in a list item gives the item's rows, and a key column headed by a kind (`| 종류 | 내용 |`, 유형…) asks
// the owner's kinds (`Flag Bit의 종류는?`); a row label kept as written keeps its table's owner as context;
// `Template`, `private` take 이란 (템플릿, 프라이빗).
// 13: Obsidian image embeds (`![[그림.png]]`) are images of the card, listed in the deck's images.
// 14: beside siblings that head explanations, an item written as a name over a sentence is a title;
// a numbered question's choices one to a line in a paragraph after a blank line are its choices, an
// answer line under them ending them; a phrase of three words or more naming a task (`… 옵션 선택`)
// kept as written, not asked with 이란; a long line with `…위해`, `…통해` is a clause, no title.
// 15: reference-style images and links (`![구성도][arch]`, `[문서][docs]`) are images and links of the
// card, their definitions carried on its back, the images listed in the deck's images.
// 16: an image reference whose label the note never defines (`![구성도][vcp]`) is kept in the deck's
// notices, so that build warns of it also when the note has not changed since.
// 17: part and chapter numbers (`PART 01`, `제2장`) dropped from titles; a title asking what something
// is (`REST란`) said as context by what it asks about (`REST`); a question naming its nearest context
// (`REST의 정의는?` under `REST란`) takes the context above it, unless fronts would collide; a `#`
// title that asks (`# Cloud Computing?`) is never a context; a name given another
// (`들고 기다리기(hold and wait) = **점유대기**`) is a title, not a formula; a title that asks without a
// question mark (`REST란`) keeps what its parts say, as one with the mark does; a line to a blog's
// readers (`…댓글로 달아주시면…`) left out.
// 18: a formula with a one-letter variable (`운동 제2법칙 F = ma`, `넓이 = 가로 x 세로`) is no title;
// capitals read as a word (`FAN OUT`, `BACKUP`, `NAT`) and English words in -out (`Layout`) take 이란.
// 19: a Korean term whose description is only a short English name, unit or abbreviation (`물리 계층 :
// Bit`) asked as written, not with 이란.
// 20: a numbered line over a quote that is no callout title (`1) DBMS의 구조` over `> 용어 : …` lines)
// is a sub-title, the quote its explanation.
// 21: a one-letter name given a Korean one (`비타민 C = 아스코르브산`) is a name, not a formula; an
// aspect label with an English value (`장점 : Caching`) is asked of its owner, as before 19.
// 22: a paragraph of only a bold title line (`**보안 그룹 설정**`) over its explanation is a sub-title.
// 23: a title asking for a difference (`뮤텍스와 세마포어의 차이`, `A vs B`) keeps what its parts say; a
// term whose description only lists names (`인공지능 ; LISP, PROLOG`) asked as written.
// 24: questions led by `Q1.`, `**Q.**`, `문제 1.` or `질문 1:` (alone on its line), answers by `A1.`,
// `**A.**`, `답 :` or `정답:`; a numbered `문제` label only where it asks or an answer follows.
// 25: a heading that asks makes no level of the cards' tag.
// 26: a definition label (`사전적 의미`, `개념`) under a title asking what something is (`세션이란?`) is
// its answer, not a card of its own.
// 27: a bold sub-title only where its section has two or more, not a lead-in (`**요약하면**`), not under
// a title that asks; an unanswered question stays a line of its section; a definition label is left to
// the asking title only where its text is on that title's back; `AUP` 란; properties (`신뢰성 높음`) no names.
// 28: English `key: value` facts: aspects (`goal`, `pros`) asked of the parent, actions (`increase
// instance size`), conditions (`with Cross-Zone`), examples (`ex) …`) and numbers (`Code 1`) kept as
// written; an author's preface under the `#` title (`…정리한 내용입니다`) and a list of only links there
// left out; a quiz boxed in a fenced block (`질문 1:` … `답 : …`) a question card; bullets in a fence under
// a heading that asks its choices where an answer line follows; `장 ;`/`단 ;` in one list are 장점/단점.
// 29: a note without a `#` title reads the blocks above its first heading as explained by a title named
// as its deck (the file's name), and a `#` title of nothing as that name; a card's images in note order.
// 30: numbered choices (`1. ALB`, `① …`, `(1) …`, `1) …`) under `Q1.`, `문제 1.` or a heading that asks go on
// the front where an answer line names one (`A1. 2번`, `정답 : ②`) or the question asks to choose (`다음 중 …`).
// 31: indented code is never a fenced quiz, nor `print()` a blank; a preface sentence that says
// something of its topic or defines (`정리해 보면, 프로세스는 …이다`) is content.
// 32: a heading of nothing (`### `, `### <br>`) no longer loses what it heads: that joins the section it
// stands in; names listed (`Stack : 지역 변수, 매개 변수`) beside a term of their list asked 이란 asked 이란 too.
// 33: particles after English as read aloud: one digit onto capitals in English (`S3란`, `ES6란`), `C++`
// and `C#` (씨플플, 씨샵, asked as names), a capital at the end or a letter alone by its name (`IoC란`,
// `R이란`), a camel-case compound by its last word (`GitHub란`), `O(n)` with its argument, -pe/-oop 프
// (`Scope란`, `Loop란`), a vowel before a final c (`Exec이란`), `QUIC`, `MAC`, `.NET` as words; a title
// ending as a predicate (`유지 안 함`, `디스패처 필요`) or a task in -하기 (`…하게 구현하기`) kept as written.
// 34: English names that a verb or a preposition begins (`for loop`, `set theory`, `use case
// diagram`, `run queue`) asked with 이란, not kept as written as actions and conditions are.
// 35: an English action on a plural or on `table`/`file` kept as written again (`delete files`,
// `create table`), names ended by a singular head noun asked 이란; values listed with a setting's
// number (`LB SG : HTTP/HTTPS, 80/443, src 0.0.0.0/0`) kept as written.
// 36: a title that asks for all its parts say (`TCP와 UDP의 차이`, `…?`) keeps a two-column table of
// terms whole on its back, not the rows' names.
// 37: `Vue3`, `Web3`, `Python3` read 쓰리 (란); `IMAP`, `LDAP` read as words (이란).
// 38: a preface that names the note as what was written, with words between (`…정리한 로드 밸런서
// 노트입니다`).
// 39: a setting's number is a port pair or an IPv4 address or range only, in values without Hangul
// (`HTTP/2 : …, HTTP 1.1보다 빠름` asked 이란 again); a head noun makes a name only after a preposition
// or a verb that begins names (`attach policy` an action again).
// 40: the HTTP methods `GET` 겟 and `PUT` 풋 are read as words (`GET이란`), not letter by letter.
// 41: a lower-case key over one word of a value (`host: localhost`, `engine: InnoDB`) kept as written, a
// setting as `port: 5432` is; `* Q. …?` over nested numbered choices that an answer (`* A. 2`) names
// shows them on the front, and a nested list with no `A.` item in it stays one list on the back;
// numbered headings after a heading of nothing at their level (`## CAP 이론`, `## 1. 일관성`) are its
// parts, named by it on their fronts and tags.
// 42: an item kept as written among lines made for its siblings takes their marker (`* 개념` beside a
// made `- 특징` showed as two lists).
// 43: numbered headings 1, 2… after a heading with an intro of its own, or after a question of nothing,
// at their level are its parts too (`저장 방식별 분류 › 키-값 모델`); the intro stays its own card.
// 44: a heading whose back is only a question leading into the headings under it (`그렇다면 …는 어떻게
// …하는가`) has no card, as a heading of nothing over its parts has none.
// 45: a common setting's word as a key however written (`Engine: InnoDB`, `Region: ap-northeast-2`) over
// one word of a value kept as written, a setting as `engine: InnoDB` is.
// 46: a back listing only aspects named in full, each a card (`- REST API의 정의`, `- 일반 RPC와의
// 차이점`, `- 시스템의 3가지 관점`), is an outline and no back, as one of bare labels (`- 개념`) is.
// 47: a label of the answer template left empty (`> 배경 & 질문 의도` right before `> 답변`) is left out
// of the back.
// 48: a lead-in (44) is one short sentence asking with a question word or after 그렇다면, and items all
// ending in one aspect (`- 상호 배제 조건`, `- 순환 대기 조건`) are kinds the back lists, not an outline (46).
// 49: a label of the answer template whose quote goes on with the answer (`> 답변` over `> 타입을 …`) is
// no empty label: 47 had dropped it, answer and all, where a title came right after it.
// 50: numbered headings after a heading with an intro of its own are its parts only where the heading
// or its intro announces parts (`분류`, `두 가지`, `다음과 같다`): an intro that explains its heading is
// followed by chapters (`## 시간 복잡도`, then `## 1. 정렬`).
// 51: a heading that says again the one above it (`PART 12 소프트웨어 재공학` › `2. 소프트웨어 재공학`) shows
// no context repeating it; an item named as the item it is under (`- 신뢰성` under `- 신뢰성 ; …`) stays on
// that one's back, no card asking it again. The numbered steps of a procedure (`AS 생성`, `… 설정 방법`,
// `… 과정`) and a verb noun after its object (`변경을 수용`) are kept as written, not asked "…이란?". An
// aspect's word between names of one list (`정의` among the levels `초기`, `반복`, `관리`) is asked as they are.
// 52: a heading of nothing that asks for kinds, a count or steps (`샤딩의 종류는?`, `교착 상태의 4가지
// 조건`) over sub-headings or numbered parts is a card listing their names (`- 범위 샤딩`, `- 해시 샤딩`).
// 53: the same heading over callouts (`> 범용`) or bold sub-titles (`**범용**`) lists their names too.
// 54: a count of two or more before what it counts (`클라우드 컴퓨팅의 3대 배포 모델`, `두 가지 방식`) asks
// for its parts as `4가지 조건` does: a heading of nothing over them names them.
// 55: under a procedure (`VPC 설정`), a numbered term defined on its line that names no action
// (`1. 서브넷 : VPC 안의 IP 주소 범위`) is asked "…이란?" again: 51 had kept it as written, as a step. An
// aspect's word between names is one of them only under a title of ranks, stages or kinds (`발달 단계`):
// under `## TCP`, `- 특징 : …` between terms is `TCP의 특징은?` again (51 had asked `TCP › 특징이란?`).
// An intro announces parts with `단계`, `원칙` or `조건` only after a count (`세 단계`): one that mentions a
// stage in passing (`실행 단계가 몇 번 도는지`) is followed by chapters, not its parts (50 had read them so).
// 56: a heading whose intro only asks which parts there are (`트랜잭션은 어떤 성질을 가질까?`) over two
// sub-titles or more, each a name, is a card listing them, asked by that question (or by its title
// where it asks for them or ends in an aspect); an intro of only an announcement (`다음과 같은 성질이
// 있다`), or a lead-in question then one, is no card (44), or stays above the names the kinds rule lists.
// 57: a section that sums up its topic is asked for the summary: `인덱스를 정리하면?` (정리, 마무리),
// `인덱스를 요약하면?`, `인덱스의 결론은?`, not `인덱스의 정리는?` or `인덱스 › 결론`.
// 58: under a procedure, a short name defined under its line (`1. 서브넷` over `- VPC 안의 IP 주소 범위`) is
// asked "…이란?" as one defined on its line is; one over what to do (`- 기본 VPC 선택`) stays a step.
// 59: the note's `#` title asking for kinds or a count (`# 샤딩의 종류`) over sub-titles naming them lists
// their names as a `##` one does (`샤딩의 종류는?`); 52 had left the note's name out.
// 60: `만들기` says what to do as `…하기` does: `VPC 만들기` is a procedure, its numbered items steps, and
// `스레드 풀 만들기` is kept as written (both had been names, asked "…이란?").
// 61: a heading labelled `Q.` (`## Q. 프로세스와 스레드의 차이는?`) is its question without the label, and the
// `A.` (`**A.**`) opening its answer is left out, as after a `Q.` paragraph.
// 62: a back listing only sections, each a card, one asked `…란` or an aspect (`- REST란`, `- REST API`),
// or any naming the owner again, is a table of contents and no back, as an outline of aspects is (46).
// 63: an aspect label under a question about one thing it names first (`인덱스란 무엇이고 왜 사용하나요?`,
// `캐시를 사용하는 이유는?`, `배열의 장단점은?`) is asked of that thing (`인덱스의 장점은?`), not kept bare.
// 64: a follow-up's label (`꼬리 질문:`, `추가 질문:`, `Follow-up:`) is left off the front, as `Q.` is, on a
// heading, a `<summary>` (which loses `Q.` too) or a line; one that points back follows its question.
// 65: a heading that asks without `?` (`…설명해 주세요.`, `…까`) or is labelled `Q.` makes no tag level, as one
// ending in `?` makes none.
// 66: a note without a `#` title is named by its front matter's `title:` where it has one, before its file
// (its deck, and the card of the blocks above its first heading).
// 67: 이란 written after a space (`프로세스(Process) 란`) is asked on its word, with the particle the word takes
// (`프로세스(Process)란?`, `3-way handshake 이란` → `3-way handshake란?`); a noun 란 (`입력 란`) is kept.
// 68: a bullet with nothing after it (`- ` left to fill in) is left out of a back, except inside a fenced block.
// 69: an item asking a heading's 란 again, the name spelled out (`- CORS(Cross Origin Resource Sharing)란` under
// `### CORS란`), is no second card: it stays on the heading's back.
// 70: a sub-title (heading, callout, bold line) naming an aspect (`DBMS 장점`, `REST가 필요한 이유`) asked
// with 은/는 as a list title is (`DBMS 장점은?`); a label asking that aspect again (`- 차이` under
// `## A와 B의 차이`) is no card.
// 71: under a procedure, a name over a value chosen (`1. 테넌시` over `- 기본값`, `- 10.0.0.0/16`) is a step again,
// not asked "…이란?" (58 had); a procedure's numbered steps are never a table of contents (`인스턴스 유형` among
// them had dropped `EC2 인스턴스 만들기`); an `A.` followed by `B.`, `C.` under `Q.` is the first choice, kept with
// its letter (61 had dropped it); a question asking what a second thing is (`스택은 무엇이고 큐는 무엇인가요?`)
// asks its aspects of neither (63 had `스택의 차이점은?`); an announcement naming an aspect (`뷰의 장점은 다음과
// 같다.`) lists the names under it asked so (`뷰의 장점은?`; 56 had dropped it, `장점` lost); a bullet whose
// content starts on the line under its marker is no empty bullet (68 had moved that content into the item above).
// 72: a question about one thing it names (`인덱스란 무엇이고 왜 사용하나요?`, `샤딩의 종류는?`) makes a tag
// level of that thing (65 had made none, so `### 장점` under it was a bare `장점`), unless the level above
// names it; `그래서 정규화란 무엇인가?` is about `정규화`, the connective left out.
// 73: Obsidian: a callout titled with a name or an aspect (`> [!note] OSI 7계층`) is a sub-title over its body; wikilinks are their text; a list of only wikilinks is no card.
// 74: a title's code keeps `[[…]]` and `==…==` as written (`` `[[nodiscard]]` 속성 ``; 73 had read them as a wikilink and a highlight).
// 75: a fence line with an info string (```` ```js ````) inside a fenced block is code, not its end: a lone
// `-` after it is kept (68 had taken it for an empty bullet outside the block and dropped it).
// 76: a term over only a quantity (`시험 시간 : 130분`, `3~5일`, `최대 5개`, `99.99%`) kept as written, as a setting is.
// 77: an embedded note (`![[VPC]]`), which a card cannot show, is named in the back (`[노트: VPC]`), not left raw.
// 78: a note's front-matter tags (`tags: [aws, saa]`, Obsidian's `aws/vpc` as `aws::vpc`) on each of its cards.
// 79: a row of a table comparing the columns a title names (`| 구분 | TCP | UDP |` under `## TCP와 UDP의 비교`)
// is asked `TCP와 UDP의 연결은?` without that title as context, unless fronts collide; a column glossed in
// English (`오버로딩 overloading`) is asked by the name the title gives it.
// 80: a row of such a table asked of its columns also where no title names them but every row names an
// aspect (`| 장점 | … |`, `| 용도 | … |`): `전송 계층 › TCP와 UDP의 장점은?`, not `전송 계층 › 장점`.
// 81: Obsidian's inline tags (`#aws`, `#aws/vpc` in the text) on each card of the note, left out of its backs; TOML front-matter tags.
// 82: a parent's back keeps a label whole with the value on its line (`required: port, protocol`), lists only
// names asked 이란 by their names, and leaves out an aspect label (`- 장점`) whose content under it is its own card.
// 83: a table flush left right under a list's last item, a label or term among titles over content (or a
// term alone), is that item's (`- 행위적 패턴`, `- 응집도 ; …` over it), not the title's above.
// 84: a heading asking what a thing is with a space before 이란 (`Helm 이란 무엇인가?`, `도커 란?`) is asked `Helm이란?` (78 kept the space).
// 85: a list naming kinds of its title (`기능적 응집도`, `순차적 응집도` under `응집도`), most of it, is asked
// `응집도의 종류는?` → the kinds, an aspect among them (`응집도의 특징`) left to its own card (84 dropped it as a
// table of contents, or kept the names on the title's card).
// 86: a `| 종류 |` table under a title asking for them already (`## 조인의 종류`) is that title's answer, beside an
// image above it (85 made a second card `조인의 종류는? (2)`, the first holding the image alone).
// 87: a title's back of a picture alone (`## 조인`, `![조인](join.png)`) goes on the card asking for its kinds
// below it (`조인의 종류는?`, from a `| 종류 |` table or a list of kinds; 86 kept a card of the picture alone).
// 88: a heading whose intro only asks why, how, when or where (`교착 상태는 왜 생길까?`) over two sub-headings or
// more, each a name, is a card listing them, asked by that question (44 had made it no card, as 56 did).
// 89: lettered choices (`A. 연결 지향`, `B. …`) right under `## Q.`, a heading that asks or `Q.` (in its paragraph or
// after it) go on the front where an answer line names one (`**A.** C`, `정답: C`) or it asks to choose (`다음 중 …`);
// that `A.` label is left off the back (71 had kept them all on the back, and read `Q.`'s own `A.` line as its answer).
// 90: steps joined by spaced dashes (`식별 - 분석 - 감시`) are a flow, prose of their parent, not the term `식별`.
// 91: a statement over what it does on one line (`컴파일러가 변환: 소스 -> 바이트 코드`, `디스패처 필요 - …`) is prose of its
// parent, not a term kept as written (6 had `Java 컴파일 과정 › 컴파일러가 변환`).
// 92: a clause said of the title above (`…전문가에게 의뢰`, `…기법이지만 비정형 모델`) over items stays in that title's
// explanation with them, not a sub-title asking `…의뢰의 장점은?` (over a table it is still one, its rows cards).
// 93: an action's -ing form with its object and where it goes (`routing tables to different TG`) kept as written, not asked 란.
// 94: a section of only screenshots is no card where it is hands-on work: a lab (`CLB 실습`), a task set up
// (`AS 생성`) or a procedure's step (`5. 생성`); under a name (`OSI 7계층` over its diagram) it is still one.
// 95: under a term spelled out (`PDU (Protocol Data Unit)`), items that each give one name (`- 물리 계층 : Bit`)
// are asked `물리 계층의 PDU는?` (94 had kept them as written, `PDU (Protocol Data Unit) › 물리 계층`).
// 96: `항목` and `목록` are aspects asking for the items, as `종류` asks for the kinds: `요청 헤더 항목은?`, not `…항목이란?`.
// 97: a GFM footnote (`[^1]: …`) is no part of the card above it; its text goes under each card that refers to it, the reference a superscript.
// 98: an editor's table of contents marker (Typora's `[TOC]`, `[[_TOC_]]`, `${toc}`) on a line of its own is no card nor part of one.
// 99: Notion's callout, `<aside>…</aside>`, is read as the `>` quote it stands for (a callout title, or the quote in a back).
// 100: an outline number without a final dot (`1.1 서브넷` under `1. 구성 요소`, `2.3.1` under `2.3`) is dropped; tags lose section numbers as fronts do (`1._VPC` → `VPC`).
// 101: a toggle's triangle (`▶ 보안 그룹`) and importance stars (`★★ S3 Standard-IA`) before a title are dropped from fronts, contexts and tags.
// 102: a `※` remark on how the part matters for an exam (`※ 시험에 매년 나오는 파트`) under the `#` title is the author's preface: no card.
// 103: a heading labelling study aids (`## 암기 포인트`, `## Tip`) or a summary with no topic above it asks nothing: its terms, also lines of a paragraph (`★ A와 B 차이: …`), are asked without it as context, and it is no card where they are all it holds.
// 104: a highlighted bold term (`- ==**TCP**== : …`, also a paragraph's line) is a term as `**TCP**` is (`TCP란?`).
// 105: an outline of the items below it (`- 생성 패턴`, `- 구조 패턴`, each written again further down over its content) is left out: the names are asked once.
// 106: items under a title asking why (`Why use ELB?`, `왜 …?`, `…이유는?`) are its reasons, with all they hold: no cards of their own (an aspect among them, `- 단점`, still is).
// 107: a clause said of the item above over tables (`- 수학적 기법이지만 비정형 모델` over `| 유형 | … |`) is a line of that item, and the tables its (106 had kept it a sub-title there).
// 108: a footnote a title refers to (`## UDP[^2]`) goes on that card's back; `[^Note]` and `[^note]`, one footnote, are given once.
// 109: an intro of only an announcement over a list of the title's kinds (`각 패턴을 살펴보면 다음과 같다.` over
// `- 생성 패턴 : …`) is no card: it goes above the names on `패턴의 종류는?` (a lead-in question there goes).
// 110: one item alone under a title asking why (`## Why use CDN?` over `- 빠른 응답` and its bullets) is its reason,
// in its back, as several are (109 made it a sub-title, `Why use CDN? › 빠른 응답이란?`, and the title no card).
// 111: an inline tag on a paragraph's next line indented or quoted (`…이다.\n  #aws`, `> … #aws`) is a tag as
// others are, on every card and out of the back (110 left it in the back, no tag).
// 112: items under a title naming the reasons or purposes without `?` (`ELB를 사용하는 이유`, `사용 이유`, `필요성`, `목적`, `도입 배경`, `Why ELB`) are its reasons as under `Why use ELB?`: no cards of their own, its back all of them; `사용 이유`, `도입 배경` asked of the topic (`ELB의 도입 배경은?`), `Why ELB` as `Why ELB?`.
// 113: under a label that asks nothing (`## 암기 포인트`), a list's terms are not named on the label's card (each is a card of its own), as in a paragraph: it keeps only its other lines (a flow `A - B - C`, a sentence).
// 114: an interview answer template written intent first (`> 배경 & 질문 의도` over `> 답변`) puts the answer's
// part first on the back, the intent and follow-ups after it (113 kept the note's order: the answer came second).
// 115: a list item that is only code setting a value (`` `Access-Control-Allow-Origin: *` ``) over a remark is an
// example, in the back above with its remark (114 made it a sub-title card and left its name bare there).
// 116: lettered choices written as list items (`- A. …`, `- ①…`) go on the question's front as those in a
// paragraph do; an answer naming choices by their marks alone (`정답: B`, `정답: A, C`, `Answer: 1 and 3`, `답: ①③`)
// has them written out under it on the back; `(2개 선택)`, `(Choose two.)` ask to choose.
// 117: a plain line right over its list, in a row of such (`영역 1. …`, `영역 2. …`), is a sub-title as a bold
// line is; a count naming no owner as context (`2개의 기능 통합`) names the title above it too; a long question
// as context gives way to its subject or the title above it (116 had lost the first two, kept the third).
// 118: 방법 after a verb noun (`비용 산정 방법`, `스레드 동기화 방법`) asked with 은/는; things with sections of their own
// listed together under two topics (`- ALB` under `## Cross-Zone Load Balancing`) kept as written, not `ALB란?`; no term
// split at a formula's minus (`여유시간 = 늦은 착수일 - 이른 착수일`), nor at a code after one of bare names (`EC2 tasks - HTTP`).
// 119: a term defined on its line under a title that only names purposes or reasons (`- 기밀성 : …` under
// `## 정보보안의 목적`) is a card of its own again; under one asking why (`Why use ELB?`) it stays in the answer.
// 120: a flow of dashed steps with what it is after a colon (`수집 - 평가 - 대응 : 위험 관리의 순서`) is prose, no
// term `수집` (119 split it at its first dash).
// 121: a two-column table under a title ending in its corner's word (`디자인 패턴 분류` over `| 분류 | … |`) answers it,
// no second kinds card, and an aspect's word among its rows (`구조`) is a name; no card of a back of one placeholder
// word (`- 표`, `TBD`); words only announcing a lab step beside its screenshots count as none; `A ; star` row names as `A (star)`.
// 122: a multiple-choice question's answer line goes first on its back, before the reasoning written above it, its
// named choices under it; an answer line boxed as code (`` `정답 : (A)` ``, a fence of only it) is written as text.
// 123: a paragraph of numbered lines (`① 기능적 응집도: …`, `⑴`, `(1)`, `2)`), most of them terms, and a definition
// list (`보안 그룹` over `: 인스턴스 수준의 방화벽`) are read as lists: a card per term, the title's back naming them.
// 124: fixes a review found to rules 115–122: a formula after a term's dash no longer blocks the term
// (`기본키 - … (PK = 유일 + NOT NULL)`); a number after a dash among bare names is a value again (`- SSH - 22`); a code
// setting is an example only under a term explained on its line (under a title alone, a card); `…확인할 수 있다`
// is a result seen, no announcement; `- 표` is a placeholder only under a title asking for a summary; a labelled
// reason under `…이유`/`도입 배경` is part of the answer again (only under `…목적` is a defined term a card).
// 125: a back ending on an announcement (`문제3. 출제 영역은 다음과 같습니다.`, `캐시의 위치:`) right over sub-titles
// that are cards of their own (label or bold lines, callouts, list sub-titles, sub-headings) lists their names after it.
// 126: a two-column table whose second header names a property (`| 서비스 | 포트 |`, `| 종류 | 목적 |`) asks each
// row for it (`포트 번호 › SSH의 포트는?`); 125 asked `SSH란?`, answered `22`.
// 127: prose boxed in a fence with no language (`수직 스케일링성`, `정답 C` over a sentence and a URL) is a quote on
// the back, a line each as written, which wraps; code, diagrams and output stay code blocks (prose-box.ts).
// 128: fixes a review found to 125–127: no names listed after an announcement over sub-headings; no property
// asked of a column of answers or values (`| 질문 | 답 |`, `| Before | After |`, `| Key | Value |`, `내용 요약`, `풀이`);
// what a program prints or a machine logs (time stamps, `[INFO]`, paths, `합계: 15`, `포트 = 8080`) stays a code block.
// 129: a title kept as written under a long question with nothing else above it (`Dirty Read`) keeps that
// question as context (128 left a bare `Dirty Read`, asking nothing).
// 130: a list item naming a task with how it is done (`AWS 서비스를 사용하여 결합 해제 메커니즘 설계`) is a sub-title
// as its siblings are (129 read its connective as a clause and left it in the parent's back).
// 131: an interview template's label sharing its quote with what it labels (`> 배경 & 질문 의도⏎> - …`) counts
// as a label too: the answer's part first (130 kept such a template in the note's order).
// 132: the author's end mark (`_OS.end_`, `**끝**`) and a line about a link not kept (`…링크를 첨부합니다`) are
// left out (131 put them at the end of the last card's back).
// 133: `Common` (or `공통점`) under `A vs B` asks `A와 B의 공통점은?` (132: `Common이란?`, `A vs B의 공통점은?`); a
// layer's number under a thing working at it (`Layer 4` under `Network Load Balancer`) is kept as written, not `…란?`.
// 134: a table row's name glossed already takes its alias after ` ; ` into that gloss (`에고레스(Egoless, mesh)`;
// 133 added a second bracket, `에고레스(Egoless) (mesh)`).
// 135: a heading whose back is only an aside in italics (`_스케줄링 대상은 …_`) over cards under it is no card
// (134 asked `CPU 스케줄러` and answered with the aside).
// 136: a table row naming a term an item under the same title defines (`Verification` beside `검증(Verification)
// ; …`) puts its cells on that item's card (135 asked the term twice, `검증(Verification)이란?`, `Verification이란?`).
// 137: a two-column table written without a header (`| TCP | 연결형 |` over `|---|---|`, `| UDP | 비연결형 |`) has
// that row as its first pair (132 lost it and asked the others `UDP의 연결형은?`).
// 138: a title asking for an aspect or its parts (`개발 조직 방법은?`) over a wider table of entries is answered by
// the rows' names, as over a two-column one (133 put the whole table on its back, each row's card saying it again).
// 139: what a tool prints in Korean stays a code block, not a quote: a file name with its extension (`설정.md`), a
// command quoted in a hint, version control's status (`현재 브랜치 main`, `커밋할 사항 없음, 작업 폴더 깨끗함`), and a
// box right after a command (`` `git status`를 실행하면 ``, `$ git status`).
// 140: a list whose every item asks (`1. 데드락이 뭔가요?`, `2. …설명해보세요.`) is read as `Q.` items: one answered under
// it is a card asked as written, the others lines of its section (135 kept them all, answer and all, on the section's back).
// 141: labels of only the members they group, side by side, are asked `…에 해당하는 것은?` (140: `…이란?`, answered by names);
// names written as code are names however many words (`` `I/O or Event Wait` ``); steps after a procedure section's sub-title are kept as written.
// 142: a title asking what a thing is (`유지보수의 개념`) leaves the names of its sections out of its back (no card with
// nothing else); a label whose card lists a few short names (`프로세스 성숙단계 5단계`) shows them after it on its owner's
// back; a count of kinds (`세 가지 종류가 존재한다`) ending a back lists the sub-headings it counts (141 left them bare).
// 143: a level code (`Lv1`, `1단계`) is asked with its scale (`SPICE › 수행 능력 Lv1은?`), a value's number for its word
// (`Port Unreachable의 Code는?`), a bare aspect question (`단점은 없을까?`) under its title, a `문제1.` statement over a
// list or announcing sub-titles as a question, and tasks over their tasks stay whole on their title's card.
// 144: a value's number is asked for only by a field's word (`Code 3`, `ID 7`; 143 asked `람다 표현식의 Java는?` of
// `Java 8`); labels are asked `…에 해당하는 것은?` only under kinds or as kinds of the title (143 asked `프로세스에 해당하는
// 것은?` over its regions); an italic-only back drops its heading only as a remark on the note (143 also dropped a
// definition, `CPU 스케줄러`); a concept title keeps its sections' names where only a table would remain (143: the
// table alone); a `문제3.` line asked on the front leaves the back (143 opened it); a layer over a few words on its
// owner's line is no card (143: `… › Layer 3 (Network Layer)` → `IP Packets`).
// 145: under a title asking what a thing is (`REST란`), sections that are cards of their own are left to them, its
// definition (`- REST의 정의`, no card of its own then) kept; under one asking how things differ, the things compared are
// where a `- 차이` states it (144 kept all, 1,800 characters on `REST란?`); `6) …` after the sub-title `5) RAD …` ends its
// section however long; a wide table under a title asked `…란?` (`CMMi`) is named by its rows (144: the whole table).
// 146: no card of what is not study material: a back of only links (`[샘플 문항](….pdf)`), the author's study log left out
// (`(9 of 10) 8 틀림`, `작성일: …`, `TODO: …`), a section on the study's own plan (`강의 콘텐츠 선정`), licence lines and a
// table of works and their licences, a file named as references (`참고자료.md`), a lab step whose words only point at its
// screenshot (`다음과 같이 …을 확인할 수 있다`); 145 made cards of all of them.
// 147: a title kept as written over names alone is asked `…에 해당하는 것은?`; a sequence title (`A -> B -> C`) asked as its
// owner's order; a generic label of parts (`프로세스 영역`) carries its owner as context; a process step answered by a name goes
// under its line; no trailing title of another thing's kinds, nor a bare term name on a concept's back; a question asked
// twice of one thing in a note is one card; a topic counting its own kinds asks for them (146 kept all these as labels).
// 148: fixes after review of 145 and 146: things compared with nothing stating how they differ are kept whole (146:
// `- TCP`, `- UDP` bare, their features left out); `- 개요`, `- 개념 및 발생 조건` are a what-is title's definition
// (146: left out); a numbered sub-title's name is judged without its gloss; a title that asks or a term keeps a back
// of only a link (`[RFC 7540](…)`); a result seen as a value, a clause or after an action keeps a lab step (`503 응답을`);
// `TODO: …` defining the tag, `날짜: …` under a title, a score under `합격 기준`, `## 회고` defined, `## 학습 규칙`,
// `## 저작권` defined and a table of licences are kept (146 left them all out).
// 149: no fact lost beside what a rule leaves out: a clause before an announcement (`힙은 완전 이진 트리이며, 다음과 같은
// 종류가 있다.`) keeps its card, which names the kinds under it; the sentences under `## 참고` (an aside) go on the card above;
// a list of in-page links that says what each section is is no table of contents; a lab's sentence saying what a thing
// does (`헬스 체크는 30초마다 검사한다.`) keeps its card beside the screenshot.
// 150: a common word asked again under another title is that title's (`트랜잭션 성질 › 일관성`, `CAP 정리 › 일관성`; 147 put CAP's
// back in ACID's place), a question twice under one title one card; what is done (`종료비용 최소화`), a process's step or a label
// under `프로세스 상태` is no `…에 해당하는 것은?`; a system among parts asks its `구성 요소`; a sequence only as its owner's only section.
// 151: a what-is title written on its word with nothing after it (`인덱스란`, `교착 상태란`) asks what it is, its aspects
// the subject's (150: `인덱스란의 특징은?`), and a word whose 란 is its own (`혼란`) is asked `혼란이란?` (150: `혼란?`);
// `<details><summary>정답</summary>` answers the question right above it (150: a card `정답`); a two-column table headed
// by a classification's name (`…에 따른 분류`) asks for its rows by it (150: the name on no card).
// 152: a term or label asked 이란 whose back only names things (`인수시험 ; 알파 시험, 베타 시험`, `개체-관계 모델` over its parts) asks
// which: `…의 종류는?` (each name ends in a word of the title), `…의 구성 요소는?` (the title made of some), else `…에 해당하는 것은?`;
// over its members' cards only as kinds or parts.
// 153: a question asked again is found as read, not as spaced or marked (`ISO / IEC 9126`, `ISO/IEC 9126`); a name of its own asked
// again within the first's section is one card, its lines said once; `- ICMP ; …` under `- ICMP Internet Control …` a line of its back.
// 154: a title whose whole answer is its own words again, a synonym at most (`자료 저장소 ; 자료 보관소`, `점증적인 인도 | 점증적으로 인도`), no sentence, no card.
// 155: the names of a back's terms a line of it says all together (`M = P + K exp(c-d)` over `- M ; …`) are not listed again after it.
// 156: a back restating its title is another ending of its words or a synonym other before its last syllable (155 also ate
// `데이터베이스 ; 데이터집합`, `서브넷 ; 서브네트워크`, opposites `상향식 설계 | 하향식 설계`); names saying what a term does (`정규화 ;
// 중복 제거, 이상 현상 방지`) or describing it (`논리적 작업 단위`) keep `…이란?`; `교착상태란?` and `교착 상태란?` one question;
// `동그란`, `사프란` no `…란?`; `<details><summary>정답</summary>` under a question and its choices answers it, choices on its front.
// 157: a table of merged cells (first column blank on the rows that go on with a group) is a card per group, the title above naming the groups, no raw table; a table under `암기법 ; …` is the title's above.
// 158: a paragraph of bold terms asked 이란 is named on the back above, as list terms are (paragraphs in a row one list); a bold name's gloss bold apart (`**단편화** (**Fragmentation**) :`) is the term's; a plain `압축 : …` paragraph after such named terms is a term too.
// 159: a title naming a class of things (…요인, …분야, …도구, …뷰, …기법, …기술, …알고리즘, …패턴) over two names or more, its members' cards too, asks `…의 종류는?`, not `…이란?`.
// 160: a class title's kinds are no aspects (`탐색 알고리즘` over `- 시간 복잡도`, `- 공간 복잡도`), and `뷰` names a class only as
// a word or after a number (`4+1뷰`), not in `코드 리뷰`; a table whose blank-first-cell row is a note (`※ …`) is not read as
// groups (159: `…의 종류는?` for both, and the note said as a group's cell).
// 161: a plain `용어 : …` paragraph is a term only right after bold terms, and not as a remark's lead-in (`참고로 말하면 : …`,
// `주의할 점 : …`; 160 made cards `참고로 말하면이란?`).
export const RULES_VERSION = 161;
