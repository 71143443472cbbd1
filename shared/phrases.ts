// British English list style: "a, b and c" (no serial comma), as the rest of the app's messages.
const AND_LIST = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** Items joined as a phrase: "a", "a and b", "a, b and c". */
export const andList = (items: readonly string[]): string => AND_LIST.format(items);
