package org.kindred.returns.imports;

import java.nio.file.Path;
import org.kindred.returns.validation.ReturnFileException;
import org.springframework.stereotype.Service;

/** The one door for importing past returns: SSDA903 or the CIN census. */
@Service
public class ReturnImports {
    private final Ssda903Import ssda903;

    ReturnImports(Ssda903Import ssda903) {
        this.ssda903 = ssda903;
    }

    public ImportResult run(String returnName, Path input, Integer year, double threshold) {
        return switch (returnName) {
            case "ssda903" -> ssda903.run(input, year, threshold);
            default -> throw new ReturnFileException(input.toString(), 0, 0, "importing a " + returnName + " return is not built yet");
        };
    }
}
