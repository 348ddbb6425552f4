// The fuzzers' committed corpora — the seeds, and every input that once crashed a
// fuzzer (named crash-…) — replayed through the same targets in the regular and the
// sanitizer builds. A target that crashes or aborts on one of them fails the test.
#include "tests/fuzz/FuzzTargets.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

#include <functional>

namespace {

int replay(const QString &corpus, const std::function<void(const QByteArray &)> &target)
{
    const QDir folder(QStringLiteral(COALITION_FUZZ_DATA_DIR "/") + corpus);
    const QStringList names = folder.entryList(QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(folder.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        INFO(corpus.toStdString() << "/" << name.toStdString());
        target(file.readAll());
    }
    return int(names.size());
}

} // namespace

TEST_CASE("The feed fuzzer's corpus decodes and merges without a crash")
{
    CHECK(replay(QStringLiteral("feed_merge"), FuzzTargets::feedMerge) >= 5);
}

TEST_CASE("The CSV fuzzer's corpus reads and imports without a crash")
{
    CHECK(replay(QStringLiteral("csv_import"), FuzzTargets::csvImport) >= 5);
}

TEST_CASE("The command-line fuzzer's corpus parses without a crash")
{
    CHECK(replay(QStringLiteral("command_line"), FuzzTargets::commandLine) >= 5);
}

TEST_CASE("The partner feed fuzzer's corpus reads and drafts without a crash")
{
    CHECK(replay(QStringLiteral("partner_feed"), FuzzTargets::partnerFeed) >= 5);
}
