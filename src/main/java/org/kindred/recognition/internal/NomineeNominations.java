package org.kindred.recognition.internal;

import java.util.List;
import org.kindred.recognition.Nomination;

/** One nominee's certificate: their name, team and every nomination they received in the window. */
record NomineeNominations(String username, String name, String team, List<Nomination> nominations) {
}
