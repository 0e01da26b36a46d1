package org.kindred.returns.imports;

import java.util.List;
import org.kindred.person.PersonReferences;
import org.springframework.stereotype.Component;

/** The ledger names the person each imported row belongs to: a merge moves those rows too. */
@Component
class ImportReferences implements PersonReferences {
    @Override
    public List<PersonColumn> personColumns() {
        return List.of(PersonColumn.of("return_import_ledger", "child_id"));
    }
}
