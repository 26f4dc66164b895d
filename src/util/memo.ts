/**
 * A pure function of one string that remembers its answers. Card rules ask the same few thousand
 * titles the same questions many times over (each card's front looks at every title above it), so a
 * lookup replaces patterns tried again and again. Long texts (whole paragraphs) are asked once and
 * not kept; the store is emptied when full, so memory stays bounded in a build of any size.
 */
export function remembered<T>(answer: (text: string) => T, capacity = 8192, longest = 256): (text: string) => T {
  const answers = new Map<string, T>();
  return (text: string): T => {
    if (text.length > longest) return answer(text);
    const known = answers.get(text);
    if (known !== undefined || answers.has(text)) return known as T;
    const value = answer(text);
    if (answers.size >= capacity) answers.clear();
    answers.set(text, value);
    return value;
  };
}
