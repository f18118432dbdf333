package cn.fengqiao.resident.domain;

/** The levels of the standard address tree, from the top down; a child sits below its parent's level. */
public enum AddressLevel {
    DISTRICT,
    STATION,
    COMMUNITY,
    GRID,
    STREET,
    NUMBER,
    BUILDING,
    UNIT,
    FLOOR,
    ROOM;

    /** Levels may be skipped (a courtyard has no units), never reversed. */
    public boolean mayHoldChild(AddressLevel child) {
        return child.ordinal() > ordinal();
    }
}
