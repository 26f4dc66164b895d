/**
 * Labels that name no concept: of a remark or an example (`참고`, `예`, `Note`), of how many or which
 * items follow (`크게 2가지`, `주요 항목들`), of the parts of an interview answer template (`답변`,
 * `꼬리 질문`), of a study aid (`암기 포인트`). A callout's labels are in alerts.ts.
 */
import { trimEndWhere } from '../../util/text.js';
import { cleanTitle } from './clean.js';

/** Lead-ins that look like `용어 : 설명` but introduce an example or a remark, not a term. */
export const NOT_A_TERM = /^(ex|e\.g|eg|예|예시|예를\s*들어|예를들어|참고|참고\s*(사항|자료|링크)|주의|출처|단|즉|중요|해설|결론|핵심|요점|힌트|비고|암기법|암기\s*팁|note|tip|hint|warning|source|reference)$/i;

/** `참고`, `예`, `Note`: a label that introduces an aside or an example, never a concept to ask about. */
export function isNotATerm(title: string): boolean {
  const label = withoutMarks(title).replace(/[:.]$/, '').trim();
  return NOT_A_TERM.test(label) || COUNT_LEAD_IN.test(label) || LISTING_LEAD_IN.test(label);
}

/** `암기법 ; 신사이기 유효`, `참고: …`: a line led by such a label, which is no title either. */
export function startsWithLeadIn(line: string): boolean {
  const label = leadInLabel(cleanTitle(line));
  return label !== undefined && isNotATerm(label);
}

/**
 * What `line` says before its first `:` or `;` with a blank after it, without the blanks before it; undefined
 * where that is nothing or runs over a line break. A scan: `/^(.+?)\s*[:;]\s/` tried a long blank run
 * from each of its blanks.
 */
function leadInLabel(line: string): string | undefined {
  for (let colon = 1; colon < line.length - 1; colon++) {
    if ((line[colon] !== ':' && line[colon] !== ';') || !/\s/.test(line[colon + 1]!)) continue;
    let end = colon;
    while (end > 1 && /\s/.test(line[end - 1]!)) end--;
    const label = line.slice(0, end);
    return /[\n\r\u2028\u2029]/.test(label) ? undefined : label;
  }
  return undefined;
}

/** `주요 항목들` over a list of them: it says "here they are", and the items belong to the title above it. */
const LISTING_LEAD_IN = /^(주요\s*)?(항목|내용)들$|^주요\s*(항목|내용)$|^항목\s*(목록|리스트)$/;

export function isListingLeadIn(title: string): boolean {
  return LISTING_LEAD_IN.test(withoutMarks(title).replace(/[:.]$/, '').trim());
}

/** `크게 2가지 : A, B`, `세 가지` : how many, leading in a list, not a concept (`UML 모델 3가지` names one). */
const COUNT_LEAD_IN = /^((크게|총|모두|주로)\s*)?(\d+|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*(가지|개|종류)$/;

/** A label without the emoji or marks before it: `💡 답변` → `답변`. */
function withoutMarks(title: string): string {
  return title.replace(/^[^\p{L}\p{N}]+/u, '');
}

/**
 * The parts of an interview answer template (`### 질문?` then `> 배경 & 질문 의도`, `> 답변`,
 * `> 키워드 & 꼬리 질문`): labels of the question's own answer, not concepts of their own.
 */
const ANSWER_TEMPLATE_LABEL = /^((배경|의도)\s*(&|및|와|,|\/)?\s*)?(질문\s*)?의도$|^(모범\s*)?(답변|답안|정답)$|^(핵심\s*)?키워드(\s*(&|및|와|,|\/)\s*꼬리\s*질문)?$|^꼬리\s*질문$/;

export function isAnswerTemplateLabel(title: string): boolean {
  return ANSWER_TEMPLATE_LABEL.test(withoutMarks(title).trim());
}

/** The template's label of the answer itself (`> 답변`, `> 모범 답안`), as against the question's intent or follow-ups. */
export function isAnswerLabel(title: string): boolean {
  return /^(모범\s*)?(답변|답안|정답)$/.test(withoutMarks(title).trim());
}

/** Blanks and the marks a label may end with (`암기법!`, `참고:`), which say nothing of what it labels. */
export const isClosingMark = (char: string) => /[\s!.:：]/.test(char);

/**
 * A heading that labels the kind of study aid under it (`## 암기 포인트`, `## 시험 포인트`, `## 외울 것`,
 * `## Tip`) rather than what it is about: it asks nothing, so its lines that are terms are cards of their
 * own, the label no context of theirs (see `asksNothing` in front.ts).
 */
const STUDY_AID_LABEL =
  /^(?:(?:암기|시험|핵심|중요)\s*(?:포인트|사항)|외울\s*(?:것|거|내용)|외워야\s*할\s*(?:것|거|내용)|암기법|암기\s*팁|기억법|외우는\s*법|팁|꿀팁|포인트|tips?|key\s*points?)$/i;

export function isStudyAidLabel(title: string): boolean {
  return STUDY_AID_LABEL.test(trimEndWhere(title, isClosingMark));
}
