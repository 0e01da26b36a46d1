package org.kindred.returns.ssda903.rules.episodes;

import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** An open episode cannot still have legal status D1 (freeing order). */
public class Rule451 extends RowRule {
    @Override
    public boolean fails(Table episodes, int r) {
        return na(episodes.get(r, "DEC")) && na(episodes.get(r, "REC")) && "D1".equals(episodes.get(r, "LS"));
    }
}
