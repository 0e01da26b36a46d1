package org.kindred.protection.web;

/** A radio option built at run time (the radios fragment needs name() and label()). */
record Option(String name, String label) {
}
