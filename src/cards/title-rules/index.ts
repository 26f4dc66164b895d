/**
 * The small rules about lines and titles: is a line a title, a term, a question, navigation or a
 * reference. Each is a pure function of text, so it can be tested on its own; `extract/` applies them
 * to the tree, `front.ts` and `cards.ts` to the concepts found. One module per question they decide:
 *   clean.ts            markup out of a title: titleText, cleanTitle, a title of nothing, a label's number
 *   names.ts            is a line a name or a sentence: isTitleLike, clauses, statements, flows; title lengths
 *   words.ts            what one Korean word is: a subject, an object, a topic, a describing form, a verb noun, 란 asking
 *   glosses.ts          a name and another in brackets: aliases, one term under two names, acronyms spelled out
 *   aspects.ts          aspects of a thing (`HTTPS의 장단점`): their words, owner, parts asked for; counts, levels, layers
 *   comparisons.ts      things compared (`A vs B`) and what they share; a kind of another (`기능적 응집도`)
 *   tasks.ts            what to do: tasks, steps, procedures, hands-on work; a line saying what a thing is
 *   terms.ts            `용어 : 설명`: where a line splits into a term and its description
 *   values.ts           a description that does not define: a value, quantity, setting, names listed
 *   labels.ts           labels that name no concept: `참고`, `예`, `주요 항목들`, `답변`, `암기 포인트`
 *   alerts.ts           `> [!NOTE]` alerts: type, title, a title that only labels the box; the marker taken off
 *   questions.ts        what asks and about what: asks, asksWhy, questionSubject, questions referring back
 *   question-labels.ts  `Q.`, `문제 1.`, `꼬리 질문:`, `A.`, `정답:` before questions and answers
 *   lead-ins.ts         lines that only lead into what follows: lead-in questions, announcements, definition intros
 *   choices.ts          multiple choice: choices, the question over them, the choices an answer names
 *   tables.ts           table cells: corners, entries, property headers, a header that is a row
 *   references.ts       lines about the note, not its topic: references, licences, navigation, contents, prefaces, end marks,
 *                       the author's study log (scores, dates, to-dos), sections on the study's own plan; an aside's
 *                       heading (`## 참고`), whose sentences are kept
 * Rules that need nothing else, for a build's own thread, are in `../titles.ts` (displayTitle, aspect labels).
 * Each module imports the ones it builds on, never the other way round: words and clean first, then
 * names, aspects, questions; import from the module that holds a rule (this file exports nothing).
 */
export {};
