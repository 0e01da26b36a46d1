package org.kindred.returns.export;

import java.time.LocalDate;

/**
 * What the person register says about a child, as the returns need it: sex as the DfE codes it (1 male, 2 female,
 * 0 not known, 9 indeterminate), the DfE ethnicity code, UPN, date of birth or expected date of birth.
 */
public record RegisterChild(String id, String sexCode, String ethnicity, String upn, LocalDate dateOfBirth,
                            LocalDate expectedDateOfBirth) {
}
