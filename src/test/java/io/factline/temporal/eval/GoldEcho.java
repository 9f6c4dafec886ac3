package io.factline.temporal.eval;

import io.factline.temporal.Mod;
import io.factline.temporal.Precision;
import io.factline.temporal.Timex;
import io.factline.temporal.TimexType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A stand-in system that returns the gold of each document (negatives left out): it must score perfectly. */
final class GoldEcho {

    private GoldEcho() {
    }

    static SystemUnderTest of(List<GoldDocument> documents) {
        Map<String, GoldDocument> byText = new HashMap<>();
        documents.forEach(d -> byText.put(d.text() + "|" + d.publishedOn(), d));
        return (text, publishedOn, language) -> {
            GoldDocument d = byText.get(text + "|" + publishedOn);
            List<Timex> out = new ArrayList<>();
            if (d == null) {
                return out;
            }
            for (GoldTimex g : d.timexes()) {
                if (g.isNegative()) {
                    continue;
                }
                out.add(new Timex(g.text(), g.start(), g.end(), TimexType.valueOf(g.type()), g.value(),
                        g.precision() == null ? null : Precision.valueOf(g.precision()), g.earliest(), g.latest(),
                        g.mod() == null ? null : Mod.valueOf(g.mod()), null, "gold-echo"));
            }
            return out;
        };
    }
}
