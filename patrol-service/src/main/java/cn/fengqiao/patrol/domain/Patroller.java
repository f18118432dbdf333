package cn.fengqiao.patrol.domain;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Someone who patrols; the code is the unit code incident-service dispatches by. */
@Entity
@Table(name = "patroller")
public class Patroller extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Level level;

    public String community;

    @Column(name = "squad_code")
    public String squadCode;

    /** The Keycloak user name, so patrollers can see their own schedule. */
    public String username;

    /** Comma-separated skill codes, e.g. DRIVING. */
    @Column(nullable = false)
    public String skills = "";

    @Column(name = "avoid_nights", nullable = false)
    public boolean avoidNights;

    @Column(nullable = false)
    public boolean active = true;

    @Version
    public long version;

    public Set<String> skillSet() {
        return Arrays.stream(skills.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
