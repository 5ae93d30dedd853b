package cn.fazhi.common.security;

import cn.fazhi.api.Roles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopeTest {

    private static Scope of(String org, String... roles) {
        return new Scope("u", org, Set.of(roles));
    }

    @Test
    void reporterSubmitsAndReadsOnlyTheirOwnTownship() {
        Scope clerk = of("320684104", Roles.REPORTER);
        assertTrue(clerk.maySubmitFor("320684104"));
        assertFalse(clerk.maySubmitFor("320684105"));
        assertTrue(clerk.mayRead("320684104"));
        assertFalse(clerk.mayRead("320684105"));
        assertEquals("320684104", clerk.listPrefix());
    }

    @Test
    void reviewerReadsTheSubtreeButCannotSubmit() {
        Scope county = of("320684", Roles.REVIEWER);
        assertTrue(county.mayRead("320684104"));
        assertFalse(county.mayRead("320685101"));
        assertFalse(county.maySubmitFor("320684104"));
        assertEquals("320684", county.listPrefix());
    }

    @Test
    void viewerReadsTheSubtreeAndCannotSubmit() {
        Scope viewer = of("32", Roles.VIEWER);
        assertTrue(viewer.mayRead("320684104"));
        assertFalse(viewer.mayRead("500240110"));
        assertFalse(viewer.maySubmitFor("320684104"));
    }

    @Test
    void adminDoesEverything() {
        Scope admin = of("32", Roles.ADMIN);
        assertTrue(admin.mayRead("500240110"));
        assertTrue(admin.maySubmitFor("500240110"));
        assertNull(admin.listPrefix());
    }

    @Test
    void portalSubmitsForItsRegionButReadsNoUnpublishedReport() {
        Scope portal = of("32", Roles.PORTAL);
        assertTrue(portal.maySubmitFor("320684104"));
        assertFalse(portal.maySubmitFor("500240110"));
        assertFalse(portal.mayRead("320684104"));
        assertEquals(Scope.NOTHING, portal.listPrefix());
    }

    @Test
    void aTokenWithoutOrgCodeCoversNothing() {
        Scope noPlace = of(null, Roles.REVIEWER);
        assertFalse(noPlace.mayRead("320684104"));
        assertEquals(Scope.NOTHING, noPlace.listPrefix());
    }
}
