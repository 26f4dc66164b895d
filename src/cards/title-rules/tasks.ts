/**
 * Lines that say what to do rather than name a thing: a task or a step (`리전 선택`, `VPC 만들기`,
 * `increase instance size`), a procedure (`AS 생성`, `배포 과정`) and hands-on work (`CLB 실습`); and, under
 * a step, a line that says what a thing set up is rather than what to do.
 */
import { remembered } from '../../util/memo.js';
import { trimEndWhere } from '../../util/text.js';
import { withoutGloss } from '../titles.js';
import { endsInAspect } from './aspects.js';
import { PURPOSE_CLAUSE, SENTENCE_ENDING } from './names.js';
import { ACTION_NOUNS, DESCRIBES, isObject, PROCEDURE_VERB_NOUNS, TOPIC } from './words.js';

/**
 * A verb made a noun with 기 (`Thread-safe하게 구현하기`, `인스턴스 생성하기`, `VPC 만들기`) after other words
 * says what to do. A stem of two syllables or more: `더하기`, `곱하기` are the names of operations.
 */
const DOING_ENDING = /(?:[\uac00-\ud7a3]{2,}(?:하기|되기|시키기)|만들기)$/;

/**
 * A task named with how it is done (`AWS 서비스를 사용하여 결합 해제 메커니즘 설계`, `워크로드를 위한 탄력적이고
 * 확장 가능한 컴퓨팅 솔루션 식별`): its connectives make it read as a clause, but it ends as a task's name, as
 * its siblings in an exam guide's list do. Not with a topic (`하이픈은 … 사용`) or a purpose (`…위해 …하기`).
 */
export function isNamedTask(title: string): boolean {
  const words = title.split(' ');
  return (
    isActionPhrase(title) &&
    !SENTENCE_ENDING.test(title) &&
    !PURPOSE_CLAUSE.test(title) &&
    !words.some((word) => word.length > 1 && TOPIC.test(word)) &&
    !/[.。!,;…?？]$/u.test(title)
  );
}

/**
 * A line saying a task, written as a phrase (`요구 사항에 따라 적절한 서브넷 구성을 선택`) or politely in full
 * (`…연결하는 방식을 결정합니다.`), as exam guides and to-do lists list them (see isActionPhrase).
 */
export function saysATask(line: string): boolean {
  return isActionPhrase(line.replace(/\s*(?:합니다|하십시오)\.?$/u, ''));
}

/**
 * A phrase of four words or more that names something to do (`적절한 데이터 보안 옵션 선택`, `처리 비용
 * 감소 및 응답 시간 단축`): a task or a step, kept as written, where 이란 would ask for the definition of
 * an action. Fewer words (`형상 식별`, `도메인 주도 설계`) are the name of one. A phrase ending in a
 * verb made a noun with 기 is a task whatever its length, and so is a verb noun right after its object
 * (`변경을 수용`, `요청을 전달`): a name takes no 을/를 inside it.
 */
export const isActionPhrase = remembered(function isActionPhrase(title: string): boolean {
  const name = withoutGloss(title);
  const words = name.split(/\s+/);
  if (words.length >= 2 && DOING_ENDING.test(words[words.length - 1]!)) return true;
  if (words.length >= 2 && isObject(words[words.length - 2]!) && /^[\uac00-\ud7a3]{2,}$/.test(words[words.length - 1]!)) return true;
  // Four words or more, not counting bracketed asides and 및: `도메인 주도 설계`, `요구 사항 분석` and
  // `검증(Verification) 및 확인(Validation)` name methods and concepts.
  const counted = words.filter((word) => word !== '및' && !/^\(.*\)$/.test(word));
  return counted.length >= 4 && ACTION_NOUNS.has(words[words.length - 1]!) && !endsInAspect(name);
});

/** English verbs that lead what to do (`increase instance size`, `handle failures`) in English bullet lists. */
const ENGLISH_ACTION_VERB =
  /^(increase|decrease|reduce|improve|use|support|enable|disable|allow|provide|handle|manage|create|deploy|add|remove|delete|run|send|receive|store|connect|forward|route|scale|launch|attach|expose|spread|protect|prevent|avoid|choose|select|configure|define|keep|make|get|set|check|monitor|distribute|encrypt|replicate|restore|upload|download|install|update|upgrade)$/i;
/** Prepositions and conjunctions that lead a condition (`with Cross-Zone`, `for LB HTTPS listener`, `when idle`). */
const ENGLISH_CONDITION = /^(with|without|for|in|on|by|via|per|at|from|to|into|over|under|after|before|during|when|if|while|through|across|within|unless)$/i;

/**
 * An English phrase that says what to do (`increase instance size`), under which condition (`with
 * Cross-Zone`, `for LB HTTPS listener`) or how a thing is made (`integrated with AWS services`): no
 * name, so 이란 after it asks nothing; it is kept as written, as a Korean action phrase is.
 */
export function isEnglishActionOrCondition(title: string): boolean {
  if (/[\uac00-\ud7a3]/.test(title)) return false;
  const words = title.split(/\s+/);
  if (words.length < 2) return false;
  const [first, second] = words as [string, string];
  // `on demand self service`, `in memory cache`: a preposition that makes an adjective of the next word.
  if (/^(on|in)\s(demand|premises?|memory|place|line)\b/i.test(title)) return false;
  // A name's head noun ends it (`for loop`, `set theory`, `use case diagram`, `update anomaly`), after a
  // preposition or one of the verbs that begin names; after another verb it is what is acted on
  // (`attach policy`, `deploy model`).
  if (ENGLISH_TERM_HEAD.test(words[words.length - 1]!) && (ENGLISH_CONDITION.test(first) || NAME_VERB.test(first))) return false;
  // Capitalised, a verb is a name's first word (`Launch Configuration`, `Route Table`); lowercase, it
  // leads an action (`increase instance size`, `create table`).
  const leadsAction = /^[a-z]/.test(first) && ENGLISH_ACTION_VERB.test(first);
  // `routing tables to different TG`: an action's -ing form, its object, then where it goes, says what is
  // done; `routing table` alone names a thing.
  const doing = /^[a-z]/.test(first) && isActionGerund(first) && words.slice(2).some((word) => ENGLISH_CONDITION.test(word));
  return leadsAction || doing || ENGLISH_CONDITION.test(first) || (/[a-z]ed$/.test(first) && ENGLISH_CONDITION.test(second));
}

/** `routing`, `sending`, `running`: the -ing form of an action verb (`route`, `send`, `run`). */
function isActionGerund(word: string): boolean {
  const stem = /^(.+)ing$/i.exec(word)?.[1];
  if (stem === undefined) return false;
  const undoubled = /([b-df-hj-np-tv-z])\1$/.test(stem) ? stem.slice(0, -1) : stem;
  return [stem, `${stem}e`, undoubled].some((verb) => ENGLISH_ACTION_VERB.test(verb));
}

/** Verbs that begin names as well as actions (`set theory`, `run queue`, `use case`, `update anomaly`). */
const NAME_VERB = /^(set|run|use|update|insert|delete|select)$/i;

/**
 * Nouns that end names led by a verb or a preposition (`for loop`, `set theory`, `use case diagram`),
 * singular only: plural, they are what an action acts on (`delete files`, `handle edge cases`), and
 * nouns as often an action's object (`create table`, `delete file`) are not among them.
 */
const ENGLISH_TERM_HEAD = /^(loop|statement|theory|diagram|anomaly|queue|pattern|model|principle|problem|algorithm|protocol|policy|case|buffer|clause)$/i;

/**
 * A title that names a procedure (`AS 생성`, `인스턴스 설정 방법`, `배포 과정`, `DB 만들기`): its numbered
 * items are steps, kept as written; 이란 would ask for a step's definition (`생성이란?`). `동기화 방법`
 * names ways, each a name (`실행 순서의 동기화란?`): 방법 is a procedure's only after one of its verbs.
 */
export function isProcedureTitle(title: string): boolean {
  const words = withoutGloss(title).split(/\s+/);
  const last = words[words.length - 1]!;
  if (/(?:과정|절차|순서)$/.test(last) || DOING_ENDING.test(last)) return true;
  const named = last === '방법' ? words.slice(0, -1) : words;
  return named.length >= 2 && PROCEDURE_VERB_NOUNS.has(named[named.length - 1]!);
}

/** Words that say a section is hands-on work (`CLB 실습`, `VPC 따라하기`, `테스트 1 : 접속`, `Lab 2`). */
const PRACTICE = /실습|따라\s?하기|(?:^|\s)테스트\s*\d+|(?:^|\s)(?:lab|hands-on)(?:\s|\d|$)/iu;

export function isPracticeTitle(title: string): boolean {
  return PRACTICE.test(title);
}

/**
 * A title of hands-on work: a lab (`Classic Load Balancer (CLB) 실습`, `테스트 1 : 접속`) or a task set up
 * in a console (`VPC 만들기`, `AS 생성`). Screenshots under it show a console, nothing to recall. A
 * process (`… 과정`, `… 순서`) is not one: its diagram explains how a thing works.
 */
export function isHandsOnTitle(title: string): boolean {
  if (isPracticeTitle(title)) return true;
  return isProcedureTitle(title) && !/(?:과정|절차|순서)$/.test(withoutGloss(title));
}

/**
 * A step's title: it ends in a verb noun or a verb made a noun (`리전 선택`, `키 페어 생성`,
 * `보안 그룹 추가하기`, `생성`). `서브넷 : VPC 안의 IP 범위` under `VPC 설정` is a term defined, not a step.
 */
export function endsInVerbNoun(title: string): boolean {
  const last = withoutGloss(title).split(/\s+/).at(-1)!;
  return ACTION_NOUNS.has(last) || PROCEDURE_VERB_NOUNS.has(last) || DOING_ENDING.test(last);
}

/**
 * Verb nouns a title ends in to say what is done to reach an end (`프로세스 종료비용 최소화`, `자원의
 * 우선순위 할당`, `교착 상태 해결`), besides a step's (see endsInVerbNoun).
 */
const DONE_TO_AN_END: ReadonlySet<string> = new Set('최소화 최대화 최적화 할당 해결 예방 회피 방지 선점'.split(' '));

/**
 * A title saying what is done (`프로세스 종료비용 최소화`, `자원 선점`, `리전 선택`): what answers it is how,
 * or what it weighs (`우선순위, 진행비용, 복귀비용`), never things of its kind.
 */
export function namesADoing(title: string): boolean {
  return endsInVerbNoun(title) || DONE_TO_AN_END.has(withoutGloss(title).split(/\s+/u).at(-1)!);
}

/**
 * A name short enough to be one thing set up (`서브넷`, `라우팅 테이블`, `Auto Scaling Group`), not a step
 * (`리전 선택`, `생성`) nor a phrase of what happens (`웹 서버와 TCP 연결 시도`).
 */
export function isShortName(title: string): boolean {
  const words = withoutGloss(title).split(/\s+/);
  return words.length <= 3 && !endsInVerbNoun(title) && !/[?？]$/.test(title);
}

/**
 * A line that says what a thing is (`VPC 안의 IP 주소 범위`, `…를 말한다`, `IP range of a VPC`), not
 * what to do (`확인 버튼을 누른다`, `기본 VPC 선택`, `click Create`): under a step's name it explains a
 * part set up, not the step.
 */
export function saysWhatItIs(line: string): boolean {
  const text = trimEndWhere(line, (char) => /[.!。]/u.test(char)).trim();
  if (text === '') return false;
  // A value set in a console (`my-vpc`, `10.0.0.0/16`, `Amazon Linux 2`, `8GB gp2`) names no kind of
  // thing: English describes in words, one of them lower-case (`IP range of a VPC`).
  if (!/[\uac00-\ud7a3]/.test(text)) return !isEnglishActionOrCondition(text) && /\s/.test(text) && /(?:^|\s)[a-z]{2,}(?=\s|$)/.test(text);
  if (/(?:이다|입니다|이며|이고|(?:을|를)\s*(?:말한다|뜻한다|의미한다|가리킨다))$/u.test(text)) return true;
  // A verb's ending (`누른다`, `고르세요`, `눌러야 함`) tells what to do or what happens; a noun may end
  // in the same syllable (`규칙 모음`, `개요`), so only endings no noun has are read.
  if (/(?:다|세요|시오|[해어아]요)$|\s(?:함|됨)$/u.test(text)) return false;
  // Without one of those endings, a thing is described by what it is of or what it does (`VPC 안의 IP 주소
  // 범위`, `규칙을 정하는 모음`); a value chosen (`기본값`, `서울(ap-northeast-2)`, `모두 체크`) is no such phrase.
  return !endsInVerbNoun(text) && DESCRIBES.test(text);
}
