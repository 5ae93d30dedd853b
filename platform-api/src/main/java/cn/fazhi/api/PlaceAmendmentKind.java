package cn.fazhi.api;

/**
 * What an amendment does to the register of places, from its effective date on. A place is never
 * deleted: an abolished or merged one keeps its code, names and reports of the years it existed.
 */
public enum PlaceAmendmentKind {
    /** A new place under its code's parent; the code must never have been used. */
    ADD,
    /** The place takes a new name; the former name stays the name of the years before. */
    RENAME,
    /** The place is absorbed by another place of the same level and ends. */
    MERGE,
    /** The place ends without a successor. */
    ABOLISH
}
