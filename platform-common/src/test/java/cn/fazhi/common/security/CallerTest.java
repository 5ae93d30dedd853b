package cn.fazhi.common.security;

import cn.fazhi.api.Roles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

    private static Caller of(String org, String... roles) {
        return new Caller("u", org, Set.of(roles));
    }

    @Test
    void reporterSubmitsAndReadsOnlyTheirOwnTownship() {
        Caller clerk = of("320684104", Roles.REPORTER);
        assertTrue(clerk.maySubmitFor("320684104"));
        assertFalse(clerk.maySubmitFor("320684105"));
        assertTrue(clerk.mayRead("320684104"));
        assertFalse(clerk.mayRead("320684105"));
        assertEquals("320684104", clerk.listPrefix());
    }

    @Test
    void reviewerReadsTheSubtreeButCannotSubmit() {
        Caller county = of("320684", Roles.REVIEWER);
        assertTrue(county.mayRead("320684104"));
        assertFalse(county.mayRead("320685101"));
        assertFalse(county.maySubmitFor("320684104"));
        assertEquals("320684", county.listPrefix());
    }

    @Test
    void viewerReadsTheSubtreeAndCannotSubmit() {
        Caller viewer = of("32", Roles.VIEWER);
        assertTrue(viewer.mayRead("320684104"));
        assertFalse(viewer.mayRead("500240110"));
        assertFalse(viewer.maySubmitFor("320684104"));
    }

    @Test
    void adminDoesEverything() {
        Caller admin = of("32", Roles.ADMIN);
        assertTrue(admin.mayRead("500240110"));
        assertTrue(admin.maySubmitFor("500240110"));
        assertNull(admin.listPrefix());
    }

    @Test
    void portalSubmitsForItsRegionButReadsNoUnpublishedReport() {
        Caller portal = of("32", Roles.PORTAL);
        assertTrue(portal.maySubmitFor("320684104"));
        assertFalse(portal.maySubmitFor("500240110"));
        assertFalse(portal.mayRead("320684104"));
        assertEquals(Caller.NOTHING, portal.listPrefix());
    }

    @Test
    void aTokenWithoutOrgCodeCoversNothing() {
        Caller noPlace = of(null, Roles.REVIEWER);
        assertFalse(noPlace.mayRead("320684104"));
        assertEquals(Caller.NOTHING, noPlace.listPrefix());
    }
}
