package io.factline.extract;

/** Converts UTF-16 indices of one text into Unicode code-point offsets in constant time. */
final class CodePointIndex {

    /** Code-point offset of each UTF-16 index, or null when the text has no surrogate pair (they are equal). */
    private final int[] offsets;

    CodePointIndex(String text) {
        if (text.codePointCount(0, text.length()) == text.length()) {
            offsets = null;
            return;
        }
        offsets = new int[text.length() + 1];
        int codePoint = 0;
        for (int i = 0; i < text.length(); i++) {
            offsets[i] = codePoint;
            if (!Character.isLowSurrogate(text.charAt(i)) || i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))) {
                codePoint++;
            } else {
                offsets[i] = codePoint - 1;
            }
        }
        offsets[text.length()] = codePoint;
    }

    int of(int utf16Index) {
        return offsets == null ? utf16Index : offsets[utf16Index];
    }
}
