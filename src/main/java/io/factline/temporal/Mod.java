package io.factline.temporal;

/** TIMEX3 modifier for "début", "mi-", "fin", "early", "mid", "late": the part of the unit meant. */
public enum Mod {
    START,
    MID,
    END
}
