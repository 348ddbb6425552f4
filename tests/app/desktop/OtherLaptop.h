#pragma once

#include <QString>

class TestDatabase;

// Another laptop of the team (other.sqlite in t's folder, the sample loaded the first
// time, author Bo) adds an action item titled title and syncs with feed, encrypted with
// passphrase or, without one, not encrypted (serverPassword: the member's, on a team
// server).
void otherLaptopAddsAndSyncs(const TestDatabase &t, const QString &feed, const QString &title,
                             const QString &passphrase = {}, const QString &serverPassword = {});
