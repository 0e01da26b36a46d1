package org.kindred.returns.imports;

import java.nio.file.Path;
import org.kindred.returns.validation.ReturnFileException;
import org.springframework.stereotype.Service;

/** The one door for importing past returns: SSDA903 or the CIN census. */
@Service
public class ReturnImports {
    private final Ssda903Import ssda903;
    private final CinImport cin;

    private final org.springframework.transaction.support.TransactionTemplate tx;

    ReturnImports(Ssda903Import ssda903, CinImport cin, org.springframework.transaction.PlatformTransactionManager tm) {
        this.ssda903 = ssda903;
        this.cin = cin;
        this.tx = new org.springframework.transaction.support.TransactionTemplate(tm);
    }

    public ImportResult run(String returnName, Path input, Integer year, double threshold) {
        return run(returnName, input, year, threshold, null);
    }

    /**
     * A file imports whole or not at all: one transaction for the file, each child or row a savepoint within it (a
     * row the modules refuse is reported and undone alone). A crash, a timeout or an unexpected fault part-way leaves
     * nothing of the file, so there is no half-imported return to find and mark.
     *
     * @param worker the social worker or team manager recorded on imported assessments (null: assessments not imported)
     */
    public ImportResult run(String returnName, Path input, Integer year, double threshold, String worker) {
        return run(returnName, input, year, threshold, worker, ImportProgress.NONE);
    }

    /** As above, telling {@code progress} how far it has got (the CIN census, which is streamed a child at a time). */
    public ImportResult run(String returnName, Path input, Integer year, double threshold, String worker,
                            ImportProgress progress) {
        return tx.execute(s -> switch (returnName) {
            case "ssda903" -> ssda903.run(input, year, threshold);
            case "cin" -> cin.run(input, year, threshold, worker, progress);
            default -> throw new ReturnFileException(input.toString(), 0, 0, "importing a " + returnName + " return is not built yet");
        });
    }
}
