#include "model/server/ServerSchema.h"

#include "model/domain/CoalitionError.h"
#include "model/server/ServerConnection.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {

// Migration steps, frozen once shipped: step N takes the schema from version N-1 to N.
// Members may only read (through row-level security: their own teams' rows) and call the
// functions below, which check membership by session_user and never alter a segment.
const char *const step1 = R"sql(
CREATE SCHEMA coalition;
REVOKE ALL ON SCHEMA coalition FROM PUBLIC;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'coalition_member') THEN
        CREATE ROLE coalition_member NOLOGIN;
    END IF;
END $$;
GRANT USAGE ON SCHEMA coalition TO coalition_member;

CREATE TABLE coalition.schema_version (version integer NOT NULL);
INSERT INTO coalition.schema_version VALUES (1);

-- A team: its name in addresses (?team=NAME), and its feed's plain header (format, team
-- id, key id and the passphrase lock) once a laptop has started the feed.
CREATE TABLE coalition.teams (
    name text PRIMARY KEY CHECK (name <> ''),
    header bytea,
    key_id text
);
CREATE TABLE coalition.members (
    member name NOT NULL,
    team text NOT NULL REFERENCES coalition.teams (name) ON DELETE CASCADE,
    PRIMARY KEY (member, team)
);
-- The feed's segments, sealed: the server sees who pushed what and when, never what.
CREATE TABLE coalition.segments (
    seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    team text NOT NULL REFERENCES coalition.teams (name) ON DELETE CASCADE,
    device text NOT NULL,
    segment_id text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('snapshot', 'changes')),
    bytes bytea NOT NULL,
    member name NOT NULL,
    pushed_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (team, segment_id)
);
CREATE INDEX segments_by_team ON coalition.segments (team, seq);
CREATE UNIQUE INDEX one_snapshot_per_team ON coalition.segments (team) WHERE kind = 'snapshot';

ALTER TABLE coalition.members ENABLE ROW LEVEL SECURITY;
ALTER TABLE coalition.teams ENABLE ROW LEVEL SECURITY;
ALTER TABLE coalition.segments ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_memberships ON coalition.members FOR SELECT TO coalition_member
    USING (member = current_user);
CREATE POLICY own_teams ON coalition.teams FOR SELECT TO coalition_member
    USING (name IN (SELECT team FROM coalition.members WHERE member = current_user));
CREATE POLICY own_segments ON coalition.segments FOR SELECT TO coalition_member
    USING (team IN (SELECT team FROM coalition.members WHERE member = current_user));
GRANT SELECT ON coalition.schema_version, coalition.teams, coalition.members,
    coalition.segments TO coalition_member;

CREATE FUNCTION coalition.require_member(p_team text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = coalition, pg_temp AS $f$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM members WHERE member = session_user AND team = p_team) THEN
        RAISE EXCEPTION 'permission denied: % is not a member of team %', session_user, p_team
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END $f$;

-- Appends a laptop's segment of changes, unless the team key changed since the laptop
-- read the feed (NULL then: it reads and merges again). The team's row is locked, so
-- pushes of one team take turns and sequence numbers follow the order of commits.
CREATE FUNCTION coalition.push(p_team text, p_key_id text, p_device text, p_segment_id text,
                               p_bytes bytea) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = coalition, pg_temp AS $f$
DECLARE
    v_seq bigint;
BEGIN
    PERFORM require_member(p_team);
    PERFORM 1 FROM teams WHERE name = p_team AND key_id = p_key_id FOR UPDATE;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    INSERT INTO segments (team, device, segment_id, kind, bytes, member)
        VALUES (p_team, p_device, p_segment_id, 'changes', p_bytes, session_user)
        RETURNING seq INTO v_seq;
    PERFORM pg_notify('coalition_' || md5(p_team), '');
    RETURN v_seq;
END $f$;

-- A new snapshot (the feed started, compacted, or written under a new key) in place of
-- the segments it covers (sequence up to p_covered), if the snapshot is still the one the
-- laptop read; under a new key only if nothing came after p_covered (those segments would
-- be sealed with the old key). NULL when the laptop must read and merge again.
CREATE FUNCTION coalition.replace_snapshot(p_team text, p_expected_snapshot text,
                                           p_covered bigint, p_header bytea, p_key_id text,
                                           p_device text, p_segment_id text, p_bytes bytea)
    RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = coalition, pg_temp AS $f$
DECLARE
    v_key text;
    v_snapshot text;
    v_seq bigint;
BEGIN
    PERFORM require_member(p_team);
    SELECT key_id INTO v_key FROM teams WHERE name = p_team FOR UPDATE;
    SELECT segment_id INTO v_snapshot FROM segments WHERE team = p_team AND kind = 'snapshot';
    IF v_snapshot IS DISTINCT FROM p_expected_snapshot THEN
        RETURN NULL;
    END IF;
    IF v_key IS DISTINCT FROM p_key_id
       AND EXISTS (SELECT 1 FROM segments WHERE team = p_team AND seq > p_covered) THEN
        RETURN NULL;
    END IF;
    DELETE FROM segments WHERE team = p_team AND seq <= p_covered;
    INSERT INTO segments (team, device, segment_id, kind, bytes, member)
        VALUES (p_team, p_device, p_segment_id, 'snapshot', p_bytes, session_user)
        RETURNING seq INTO v_seq;
    UPDATE teams SET header = p_header, key_id = p_key_id WHERE name = p_team;
    PERFORM pg_notify('coalition_' || md5(p_team), '');
    RETURN v_seq;
END $f$;

-- A new passphrase lock for the same key; false if the key changed meanwhile.
CREATE FUNCTION coalition.set_header(p_team text, p_key_id text, p_header bytea)
    RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = coalition, pg_temp AS $f$
BEGIN
    PERFORM require_member(p_team);
    UPDATE teams SET header = p_header WHERE name = p_team AND key_id = p_key_id;
    RETURN FOUND;
END $f$;

-- For the database's owner (coalition server add-member / remove-member). A role that
-- exists and is no member of any team is left alone: the name is someone else's. An
-- existing member's password changes only when p_replace_password says so.
CREATE FUNCTION coalition.add_member(p_member name, p_team text, p_password text,
                                     p_replace_password boolean)
    RETURNS boolean
LANGUAGE plpgsql SET search_path = coalition, pg_temp AS $f$
DECLARE
    v_created boolean := false;
BEGIN
    INSERT INTO teams (name) VALUES (p_team) ON CONFLICT DO NOTHING;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_member) THEN
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_member, p_password);
        v_created := true;
    ELSIF NOT EXISTS (SELECT 1 FROM members WHERE member = p_member) THEN
        RAISE EXCEPTION 'a role named % exists and is not a Coalition member', p_member
            USING ERRCODE = 'duplicate_object';
    ELSIF p_replace_password THEN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', p_member, p_password);
    END IF;
    IF NOT pg_has_role(p_member, 'coalition_member', 'MEMBER') THEN
        EXECUTE format('GRANT coalition_member TO %I', p_member);
    END IF;
    INSERT INTO members (member, team) VALUES (p_member, p_team) ON CONFLICT DO NOTHING;
    RETURN v_created;
END $f$;

-- Ends a membership; the login role goes with the last one. Returns whether the member
-- was one.
CREATE FUNCTION coalition.remove_member(p_member name, p_team text) RETURNS boolean
LANGUAGE plpgsql SET search_path = coalition, pg_temp AS $f$
BEGIN
    DELETE FROM members WHERE member = p_member AND team = p_team;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM members WHERE member = p_member) THEN
        EXECUTE format('DROP ROLE %I', p_member);
    END IF;
    RETURN true;
END $f$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA coalition FROM PUBLIC;
GRANT EXECUTE ON FUNCTION coalition.push(text, text, text, text, bytea),
    coalition.replace_snapshot(text, text, bigint, bytea, text, text, text, bytea),
    coalition.set_header(text, text, bytea) TO coalition_member;
)sql";

const char *const steps[] = {step1};
static_assert(sizeof(steps) / sizeof(steps[0]) == ServerSchema::latestVersion,
              "one migration step per schema version");

} // namespace

int ServerSchema::versionOf(ServerConnection &connection)
{
    QSqlQuery exists = connection.run(
        QStringLiteral("SELECT to_regclass('coalition.schema_version') IS NOT NULL"));
    if (!exists.next() || !exists.value(0).toBool())
        return 0;
    QSqlQuery version =
        connection.run(QStringLiteral("SELECT version FROM coalition.schema_version"));
    return version.next() ? version.value(0).toInt() : 0;
}

ServerSchema::InitResult ServerSchema::init(ServerConnection &connection)
{
    connection.begin();
    try {
        // One initialisation at a time, also from two terminals at once.
        connection.run(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('coalition init'))"));
        const int version = versionOf(connection);
        if (version > latestVersion)
            throw CoalitionError(QCoreApplication::translate("ServerSchema",
                                                             "The team server's schema is "
                                                             "version %1, newer than this "
                                                             "Coalition's %2; update Coalition.")
                                     .arg(version)
                                     .arg(latestVersion));
        for (int step = version; step < latestVersion; ++step) {
            connection.run(QString::fromUtf8(steps[step]));
            connection.run(QStringLiteral("UPDATE coalition.schema_version SET version = ?"),
                           {step + 1});
        }
        connection.commit();
        return version == latestVersion ? InitResult::AlreadyCurrent
               : version == 0           ? InitResult::Created
                                        : InitResult::Migrated;
    } catch (...) {
        connection.rollback();
        throw;
    }
}

int ServerSchema::check(ServerConnection &connection)
{
    const int version = versionOf(connection);
    if (version == 0)
        throw CoalitionError(
            QCoreApplication::translate("ServerSchema", "The database %1 on %2 holds no "
                                                        "Coalition team server; its owner sets "
                                                        "one up with: coalition server init.")
                .arg(connection.address().database(), connection.address().host()));
    if (version > latestVersion)
        throw CoalitionError(QCoreApplication::translate("ServerSchema",
                                                         "The team server was set up by a newer "
                                                         "Coalition (schema %1); update "
                                                         "Coalition to sync.")
                                 .arg(version));
    return version;
}
