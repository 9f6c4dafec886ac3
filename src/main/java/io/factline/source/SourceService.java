package io.factline.source;

import io.factline.web.Cursor;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads the stored sources. */
@ApplicationScoped
public class SourceService {

    /** Sort key of a source in listings. */
    public record Key(LocalDate publishedOn, String id) {

        String encode() {
            return Cursor.encode(List.of(publishedOn.toString(), id));
        }
    }

    public SourceView.Page list(int limit, Key after) {
        String where = "1 = 1";
        Parameters params = new Parameters();
        if (after != null) {
            where = "s.publishedOn > :on or (s.publishedOn = :on and s.id > :id)";
            params.and("on", after.publishedOn()).and("id", after.id());
        }
        List<Source> sources = Source.<Source>find("from Source s where " + where + " order by s.publishedOn, s.id",
                params).range(0, limit).list();
        boolean more = sources.size() > limit;
        List<Source> page = more ? sources.subList(0, limit) : sources;
        String next = more ? new Key(page.get(limit - 1).publishedOn, page.get(limit - 1).id).encode() : null;
        return new SourceView.Page(page.stream().map(SourceView::of).toList(), next);
    }

    public Optional<SourceView> get(String id) {
        return Source.<Source>findByIdOptional(id).map(SourceView::of);
    }

    public Optional<String> text(String id) {
        return Source.<Source>findByIdOptional(id).map(source -> source.text);
    }
}
