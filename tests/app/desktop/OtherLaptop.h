#pragma once

#include <QString>

struct TestDatabase;

// Another laptop of the team (other.sqlite in t's folder, the sample loaded the first
// time, author Bo) adds an action item titled title and syncs with feed, encrypted with
// passphrase or, without one, not encrypted (serverPassword: the member's, on a team
// server).
void otherLaptopAddsAndSyncs(const TestDatabase &t, const QString &feed, const QString &title,
                             const QString &passphrase = {}, const QString &serverPassword = {});

// Two laptops edit the sample's vigil (due date, status, organization) while apart and
// sync through a file feed in t's folder: one whose person never gave a name first, then
// this one (t, author Ana, the sample loaded here), whose later values win; the sync
// lists four conflicts. Returns the other laptop's device id.
QString laptopsEditTheVigilApart(TestDatabase &t);
