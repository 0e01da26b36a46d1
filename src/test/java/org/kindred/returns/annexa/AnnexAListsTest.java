package org.kindred.returns.annexa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnnexAListsTest {
    @Test
    void everyListHasTheSchemasColumnsInTheSchemasOrder() throws Exception {
        AnnexASchema schema = AnnexASchema.load();
        for (AnnexAList list : AnnexAList.values()) {
            assertThat(list.columns()).as(list.sheetName()).containsExactlyElementsOf(schema.columns(list));
        }
    }
}
