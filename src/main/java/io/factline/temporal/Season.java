package io.factline.temporal;

/** The four seasons with their TIMEX3 codes and first month. */
enum Season {
    SPRING("SP", 3),
    SUMMER("SU", 6),
    FALL("FA", 9),
    WINTER("WI", 12);

    final String code;
    final int firstMonth;

    Season(String code, int firstMonth) {
        this.code = code;
        this.firstMonth = firstMonth;
    }
}
