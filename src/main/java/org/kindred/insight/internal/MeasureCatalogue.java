package org.kindred.insight.internal;

import java.util.List;
import java.util.Optional;
import org.kindred.insight.Measure;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Every measure the modules contribute, in their declared order; the frame adds none of its own. */
@Component
public class MeasureCatalogue {
    private final ObjectProvider<Measure> measures;

    MeasureCatalogue(ObjectProvider<Measure> measures) { this.measures = measures; }

    public List<Measure> all() { return measures.orderedStream().toList(); }

    public Optional<Measure> find(String id) { return all().stream().filter(m -> m.id().equals(id)).findFirst(); }
}
